#include "embeddedtoolagent.h"

#include "model/callrecord.h"
#include "schema/schemavalidator.h"
#include "schema/valuesynthesizer.h"

namespace Callwright {

namespace {

quint64 seedOf(const ToolAgentInput &input)
{
    // The request hash is already canonical; its first 16 hex digits make a 64-bit seed.
    const QString hash = requestHashOf(input.tool.name, input.arguments, input.envelope);
    return hash.left(16).toULongLong(nullptr, 16);
}

// A result for a tool that declares none: what a typical API answers to an action.
Json resultFromCall(const ToolAgentInput &input, quint64 seed)
{
    Json result = Json::object();
    result["status"] = "ok";
    for (auto it = input.arguments.begin(); it != input.arguments.end(); ++it) {
        const std::string &key = it.key();
        const bool identifies
                = key == "id" || (key.size() > 3 && key.compare(key.size() - 3, 3, "_id") == 0);
        if (identifies && it->is_primitive())
            result[key] = *it;
    }
    result["request_id"] = "req_" + QString::number(seed % 0xFFFFFFFFull, 36).toStdString();
    return result;
}

// Echo arguments into same-named result fields where the result's schema allows the value.
void echoArguments(Json &result, const Json &arguments, const Json &returns)
{
    if (!result.is_object() || !arguments.is_object())
        return;
    const Json properties = returns.value("properties", Json::object());
    for (auto it = arguments.begin(); it != arguments.end(); ++it) {
        const auto property = properties.find(it.key());
        if (property == properties.end() || !result.contains(it.key()))
            continue;
        if (SchemaValidator(*property).isValid(*it))
            result[it.key()] = *it;
    }
}

} // namespace

ToolAgentOutput EmbeddedToolAgent::respond(const ToolAgentInput &input)
{
    const SchemaValidator parameters(input.tool.parameters);
    const std::vector<SchemaError> problems = parameters.validate(input.arguments);
    if (!problems.empty()) {
        const SchemaError &first = problems.front();
        Json error{{"error", "invalid_arguments"},
                   {"message", first.message.toStdString()},
                   {"field", first.instanceLocation.toStdString()}};
        return {std::move(error), true};
    }
    const quint64 seed = seedOf(input);
    if (input.tool.returns.is_null() || !input.tool.returns.is_object())
        return {resultFromCall(input, seed), false};
    try {
        Json result = ValueSynthesizer(input.tool.returns).generate(seed, input.tool.name);
        echoArguments(result, input.arguments, input.tool.returns);
        return {std::move(result), false};
    } catch (const SynthesisError &e) {
        // An unsatisfiable returns schema is the catalog's fault; say so rather than invent.
        return {Json{{"error", "unsatisfiable_result_schema"}, {"message", e.what()}}, true};
    }
}

} // namespace Callwright
