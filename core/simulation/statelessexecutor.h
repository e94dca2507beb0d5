#pragma once

#include "model/callrecord.h"
#include "model/tool.h"
#include "validatorcache.h"

namespace Callwright {

class CallCache;
class CompiledTools;
class ToolAgent;

/// Runs one tool call as a pure function of its request and records everything about it: the
/// request, the envelope, the response, timing, and what validation found (arguments against
/// the parameters schema, the response against the returns schema). An identical request is
/// answered from the cache, so a replay gives the stored response. One executor per thread;
/// the cache and the compiled tools may be shared.
class StatelessExecutor final
{
public:
    explicit StatelessExecutor(ToolAgent &agent, CallCache *cache = nullptr,
                               std::shared_ptr<const CompiledTools> shared = {});
    ~StatelessExecutor();

    CallRecord execute(const Tool &tool, const QString &callId, const Json &arguments,
                       const Json &envelope = {});
    /// Runs a stored call again from its request alone (the tool as it is now).
    CallRecord replay(const Tool &tool, const CallRecord &stored);

    int agentCalls() const { return m_agentCalls; }
    int cacheHits() const { return m_cacheHits; }

private:
    ToolAgent &m_agent;
    CallCache *m_cache;
    std::shared_ptr<const CompiledTools> m_shared;
    ValidatorCache m_validators; ///< a job validates the same few schemas many times
    int m_agentCalls = 0;
    int m_cacheHits = 0;
};

} // namespace Callwright
