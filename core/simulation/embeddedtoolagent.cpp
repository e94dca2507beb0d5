#include "embeddedtoolagent.h"

#include "model/callrecord.h"
#include "schema/schemavalidator.h"
#include "schema/valuesynthesizer.h"
#include "tooltext.h"

#include <map>

namespace Callwright {

struct EmbeddedToolAgent::Compiled
{
    Json parameters;
    Json declaredReturns;
    std::unique_ptr<SchemaValidator> parameterValidator;
    std::unique_ptr<ValueSynthesizer> synthesizer;
    std::map<std::string, std::unique_ptr<SchemaValidator>> fieldValidators;
};

namespace {

quint64 seedOf(const ToolAgentInput &input)
{
    // The request hash is already canonical; its first 16 hex digits make a 64-bit seed.
    const QString hash = requestHashOf(input.tool.name, input.arguments, input.envelope);
    return hash.left(16).toULongLong(nullptr, 16);
}

} // namespace

EmbeddedToolAgent::EmbeddedToolAgent() = default;
EmbeddedToolAgent::~EmbeddedToolAgent() = default;

const EmbeddedToolAgent::Compiled &EmbeddedToolAgent::compiled(const Tool &tool)
{
    auto it = m_compiled.find(tool.name);
    if (it != m_compiled.end() && (*it)->parameters == tool.parameters
        && (*it)->declaredReturns == tool.returns) {
        return **it;
    }
    auto entry = std::make_shared<Compiled>();
    entry->parameters = tool.parameters;
    entry->declaredReturns = tool.returns;
    entry->parameterValidator = std::make_unique<SchemaValidator>(tool.parameters);
    const Json returns = ToolText::effectiveReturns(tool);
    // Every field the schema names is present, so a later call that references one
    // ("$1.user_id") finds it.
    SynthesisOptions options;
    options.optionalProbability = 1.0;
    options.nullProbability = 0;
    entry->synthesizer = std::make_unique<ValueSynthesizer>(returns, options);
    const Json properties = returns.value("properties", Json::object());
    for (auto p = properties.begin(); p != properties.end(); ++p)
        entry->fieldValidators.emplace(p.key(), std::make_unique<SchemaValidator>(*p));
    it = m_compiled.insert(tool.name, std::move(entry));
    return **it;
}

ToolAgentOutput EmbeddedToolAgent::respond(const ToolAgentInput &input)
{
    const Compiled &c = compiled(input.tool);
    const std::vector<SchemaError> problems = c.parameterValidator->validate(input.arguments);
    if (!problems.empty()) {
        const SchemaError &first = problems.front();
        Json error{{"error", "invalid_arguments"},
                   {"message", first.message.toStdString()},
                   {"field", first.instanceLocation.toStdString()}};
        return {std::move(error), true};
    }
    try {
        Json result = c.synthesizer->generate(seedOf(input), input.tool.name);
        // Echo arguments into same-named result fields where the result's schema allows.
        if (result.is_object() && input.arguments.is_object()) {
            for (auto it = input.arguments.begin(); it != input.arguments.end(); ++it) {
                const auto v = c.fieldValidators.find(it.key());
                if (v != c.fieldValidators.end() && result.contains(it.key())
                    && v->second->isValid(*it))
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
