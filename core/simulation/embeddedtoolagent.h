#pragma once

#include "toolagent.h"

#include <QHash>

#include <memory>

namespace Callwright {

class CompiledTools;
struct CompiledTool;

/// The offline tool agent: a result synthesised from the tool's returns schema (or, for a tool
/// without one, from ToolText::effectiveReturns: a status, the identifiers it was given and
/// those its name promises), seeded by the request so the same request always gets the same
/// result. Fields of the result that share a name with an argument take the argument's value,
/// so an order looked up by id comes back with that id. Arguments that break the parameters
/// schema get an error result naming the first problem, as a real API would.
/// Schemas come compiled from the job's shared CompiledTools when given; others are compiled
/// here and kept per tool, so one agent serves one thread.
class EmbeddedToolAgent final : public ToolAgent
{
public:
    explicit EmbeddedToolAgent(std::shared_ptr<const CompiledTools> shared = {});
    ~EmbeddedToolAgent() override;

    ToolAgentOutput respond(const ToolAgentInput &input) override;

private:
    const CompiledTool &compiled(const Tool &tool);

    std::shared_ptr<const CompiledTools> m_shared;
    QHash<QString, std::shared_ptr<const CompiledTool>> m_compiled;
};

} // namespace Callwright
