#include "statelessexecutor.h"

#include "callcache.h"
#include "compiledtools.h"
#include "schema/schemavalidator.h"
#include "toolagent.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace Callwright {

namespace {

void addIssues(std::vector<ValidationIssue> &out, const std::vector<SchemaError> &errors,
               const QString &prefix)
{
    for (const SchemaError &e : errors) {
        out.push_back({e.severity == SchemaError::Severity::Error
                               ? ValidationIssue::Severity::Error
                               : ValidationIssue::Severity::Warning,
                       prefix + e.instanceLocation, e.keyword, e.message});
    }
}

} // namespace

StatelessExecutor::StatelessExecutor(ToolAgent &agent, CallCache *cache,
                                     std::shared_ptr<const CompiledTools> shared)
    : m_agent(agent)
    , m_cache(cache)
    , m_shared(std::move(shared))
{}

StatelessExecutor::~StatelessExecutor() = default;

CallRecord StatelessExecutor::execute(const Tool &tool, const QString &callId,
                                      const Json &arguments, const Json &envelope)
{
    CallRecord record;
    record.callId = callId;
    record.toolName = tool.name;
    record.request = arguments;
    record.envelope = envelope;
    record.requestHash = requestHashOf(tool.name, arguments, envelope);
    record.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();

    const CompiledTool *compiled = m_shared ? m_shared->find(tool) : nullptr;
    const SchemaValidator &parameters = compiled ? compiled->parameterValidator
                                                 : m_validators.get(tool.name, tool.parameters);
    addIssues(record.issues, parameters.validate(arguments), QStringLiteral("/request"));

    std::optional<ToolAgentOutput> output;
    if (m_cache)
        output = m_cache->find(record.requestHash);
    if (output) {
        ++m_cacheHits;
    } else {
        // The agent gets the tool and the request, and nothing else.
        output = m_agent.respond(ToolAgentInput{tool, arguments, envelope});
        ++m_agentCalls;
        if (m_cache)
            m_cache->insert(record.requestHash, *output);
    }
    record.response = output->result;
    record.isError = output->isError;
    if (!record.isError && tool.returns.is_object()) {
        const SchemaValidator &returns
                = compiled ? *compiled->declaredReturns
                           : m_validators.get(tool.name + QStringLiteral("#returns"), tool.returns);
        addIssues(record.issues, returns.validate(record.response), QStringLiteral("/response"));
    }
    record.durationUs = timer.nsecsElapsed() / 1000;
    return record;
}

CallRecord StatelessExecutor::replay(const Tool &tool, const CallRecord &stored)
{
    return execute(tool, stored.callId, stored.request, stored.envelope);
}

} // namespace Callwright
