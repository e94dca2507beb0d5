#include "embeddedtoolagent.h"

#include "compiledtools.h"
#include "model/callrecord.h"
#include "tooltext.h"

namespace Callwright {

namespace {

quint64 seedOf(const ToolAgentInput &input)
{
    // The request hash is already canonical; its first 16 hex digits make a 64-bit seed.
    const QString hash = requestHashOf(input.tool.name, input.arguments, input.envelope);
    return hash.left(16).toULongLong(nullptr, 16);
}

} // namespace

EmbeddedToolAgent::EmbeddedToolAgent(std::shared_ptr<const CompiledTools> shared)
    : m_shared(std::move(shared))
{}

EmbeddedToolAgent::~EmbeddedToolAgent() = default;

const CompiledTool &EmbeddedToolAgent::compiled(const Tool &tool)
{
    if (m_shared) {
        if (const CompiledTool *c = m_shared->find(tool))
            return *c;
    }
    auto it = m_compiled.find(tool.name);
    if (it == m_compiled.end() || (*it)->parameters != tool.parameters
        || (*it)->returns != tool.returns)
        it = m_compiled.insert(tool.name, std::make_shared<const CompiledTool>(tool));
    return **it;
}

ToolAgentOutput EmbeddedToolAgent::respond(const ToolAgentInput &input)
{
    const CompiledTool &c = compiled(input.tool);
    const std::vector<SchemaError> problems = c.parameterValidator.validate(input.arguments);
    if (!problems.empty()) {
        const SchemaError &first = problems.front();
        Json error{{"error", "invalid_arguments"},
                   {"message", first.message.toStdString()},
                   {"field", first.instanceLocation.toStdString()}};
        return {std::move(error), true};
    }
    try {
        Json result = c.results.generate(seedOf(input), input.tool.name);
        // Echo arguments into same-named result fields where the result's schema allows.
        if (result.is_object() && input.arguments.is_object()) {
            for (auto it = input.arguments.begin(); it != input.arguments.end(); ++it) {
                const auto v = c.resultFields.find(it.key());
                if (v != c.resultFields.end() && result.contains(it.key())
                    && v->second.isValid(*it))
                    result[it.key()] = *it;
            }
        }
        return {std::move(result), false};
    } catch (const SynthesisError &e) {
        // An unsatisfiable returns schema is the catalog's fault; say so rather than invent.
        return {Json{{"error", "unsatisfiable_result_schema"}, {"message", e.what()}}, true};
    }
}

} // namespace Callwright
