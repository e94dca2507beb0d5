#pragma once

#include "model/tool.h"

namespace Callwright {

/// All a tool agent may see (DESIGN.md): one tool definition and one request. The request is
/// the call's arguments plus the envelope the catalog's strategy gives it; nothing of the
/// dialogue, the plan or other calls reaches a tool.
struct ToolAgentInput
{
    Tool tool;
    Json arguments = Json::object();
    Json envelope; ///< prior results (context-carrying) or null; state tokens travel in arguments
};

/// What a tool returned for one request.
struct ToolAgentOutput
{
    Json result;
    bool isError = false;
};

/// Plays a tool. Implementations must be pure functions of their input: the executor caches
/// and replays responses by request hash.
class ToolAgent
{
public:
    virtual ~ToolAgent() = default;
    virtual ToolAgentOutput respond(const ToolAgentInput &input) = 0;
};

} // namespace Callwright
