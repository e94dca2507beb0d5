#pragma once

#include "toolagent.h"

namespace Callwright {

/// The offline tool agent: a result synthesised from the tool's returns schema (or, for a tool
/// without one, from the call itself), seeded by the request so the same request always gets
/// the same result. Fields of the result that share a name with an argument take the
/// argument's value, so an order looked up by id comes back with that id. Arguments that break
/// the parameters schema get an error result naming the first problem, as a real API would.
class EmbeddedToolAgent final : public ToolAgent
{
public:
    ToolAgentOutput respond(const ToolAgentInput &input) override;
};

} // namespace Callwright
