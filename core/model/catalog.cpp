#include "catalog.h"

namespace Callwright {

namespace {
const std::pair<EnvelopeStrategy, const char *> kStrategies[] = {
        {EnvelopeStrategy::ContextCarrying, "context_carrying"},
        {EnvelopeStrategy::StateToken, "state_token"},
};
} // namespace

const char *envelopeStrategyName(EnvelopeStrategy s)
{
    return enumName(kStrategies, s);
}

void to_json(Json &j, EnvelopeStrategy s)
{
    j = envelopeStrategyName(s);
}

void from_json(const Json &j, EnvelopeStrategy &s)
{
    s = enumFromName(kStrategies, j, "envelope strategy");
}

const Tool *Catalog::findTool(const QString &toolName) const
{
    for (const Tool &t : tools) {
        if (t.name == toolName)
            return &t;
    }
    return nullptr;
}

int Catalog::indexOfTool(qint64 toolId) const
{
    for (std::size_t i = 0; i < tools.size(); ++i) {
        if (tools[i].id == toolId)
            return int(i);
    }
    return -1;
}

void to_json(Json &j, const Catalog &c)
{
    j = Json::object();
    j["schema_version"] = kModelSchemaVersion;
    j["name"] = c.name;
    j["envelope"] = c.envelope;
    j["tools"] = c.tools;
    if (c.id != 0)
        j["id"] = c.id;
    if (!c.description.isEmpty())
        j["description"] = c.description;
}

void from_json(const Json &j, Catalog &c)
{
    JsonRead::checkSchemaVersion(j, "catalog");
    c.id = JsonRead::optional<qint64>(j, "id", 0);
    c.name = JsonRead::field<QString>(j, "name");
    c.description = JsonRead::optional<QString>(j, "description");
    c.envelope = JsonRead::optional<EnvelopeStrategy>(j, "envelope",
                                                      EnvelopeStrategy::ContextCarrying);
    c.tools = JsonRead::list<Tool>(j, "tools");
}

} // namespace Callwright
