#include "persona.h"

namespace Callwright {

void to_json(Json &j, const Persona &p)
{
    j = Json::object();
    j["schema_version"] = kModelSchemaVersion;
    j["name"] = p.name;
    j["background"] = p.background;
    j["traits"] = p.traits;
    j["speaking_style"] = p.speakingStyle;
    if (p.id != 0)
        j["id"] = p.id;
}

void from_json(const Json &j, Persona &p)
{
    JsonRead::checkSchemaVersion(j, "persona");
    p.id = JsonRead::optional<qint64>(j, "id", 0);
    p.name = JsonRead::field<QString>(j, "name");
    p.background = JsonRead::optional<QString>(j, "background");
    const auto traits = JsonRead::list<QString>(j, "traits");
    p.traits = QStringList(traits.begin(), traits.end());
    p.speakingStyle = JsonRead::optional<QString>(j, "speaking_style");
}

} // namespace Callwright
