#include "tool.h"

namespace Callwright {

namespace {
const std::pair<ToolOrigin::Kind, const char *> kOriginKinds[] = {
        {ToolOrigin::Kind::Manual, "manual"},   {ToolOrigin::Kind::OpenAI, "openai"},
        {ToolOrigin::Kind::Mcp, "mcp"},         {ToolOrigin::Kind::Bfcl, "bfcl"},
        {ToolOrigin::Kind::OpenApi, "openapi"}, {ToolOrigin::Kind::Corpus, "corpus"},
};
} // namespace

const char *toolOriginKindName(ToolOrigin::Kind kind)
{
    return enumName(kOriginKinds, kind);
}

void to_json(Json &j, const ToolOrigin &o)
{
    j = Json::object();
    j["kind"] = toolOriginKindName(o.kind);
    if (!o.source.isEmpty())
        j["source"] = o.source;
    if (!o.originalName.isEmpty())
        j["original_name"] = o.originalName;
}

void from_json(const Json &j, ToolOrigin &o)
{
    o.kind = enumField(kOriginKinds, j, "kind", "origin kind");
    o.source = JsonRead::optional<QString>(j, "source");
    o.originalName = JsonRead::optional<QString>(j, "original_name");
}

void to_json(Json &j, const Tool &t)
{
    j = Json::object();
    j["schema_version"] = kModelSchemaVersion;
    j["name"] = t.name;
    j["description"] = t.description;
    j["parameters"] = t.parameters;
    if (t.id != 0)
        j["id"] = t.id;
    if (!t.returns.is_null())
        j["returns"] = t.returns;
    if (!t.tags.isEmpty())
        j["tags"] = t.tags;
    j["origin"] = t.origin;
}

void from_json(const Json &j, Tool &t)
{
    JsonRead::checkSchemaVersion(j, "tool");
    t.id = JsonRead::optional<qint64>(j, "id", 0);
    t.name = JsonRead::field<QString>(j, "name");
    if (t.name.isEmpty())
        throw ModelError("/name", "must not be empty");
    t.description = JsonRead::optional<QString>(j, "description");
    t.parameters = JsonRead::optional<Json>(j, "parameters", Json::object());
    if (!t.parameters.is_object())
        throw ModelError("/parameters", "must be a JSON Schema object");
    t.returns = JsonRead::optional<Json>(j, "returns");
    if (!t.returns.is_null() && !t.returns.is_object())
        throw ModelError("/returns", "must be a JSON Schema object");
    const auto tags = JsonRead::list<QString>(j, "tags");
    t.tags = QStringList(tags.begin(), tags.end());
    t.origin = JsonRead::optional<ToolOrigin>(j, "origin");
}

} // namespace Callwright
