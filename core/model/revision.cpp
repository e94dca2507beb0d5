#include "revision.h"

namespace Callwright {

void to_json(Json &j, const Revision &r)
{
    j = Json::object();
    j["schema_version"] = kModelSchemaVersion;
    j["dialogue_id"] = r.dialogueId;
    j["at_ms"] = r.atMs;
    j["author"] = r.author;
    j["summary"] = r.summary;
    j["before"] = r.before;
    j["after"] = r.after;
    if (r.id != 0)
        j["id"] = r.id;
}

void from_json(const Json &j, Revision &r)
{
    JsonRead::checkSchemaVersion(j, "revision");
    r.id = JsonRead::optional<qint64>(j, "id", 0);
    r.dialogueId = JsonRead::field<qint64>(j, "dialogue_id");
    r.atMs = JsonRead::field<qint64>(j, "at_ms");
    r.author = JsonRead::optional<QString>(j, "author");
    r.summary = JsonRead::optional<QString>(j, "summary");
    r.before = JsonRead::optional<Json>(j, "before");
    r.after = JsonRead::optional<Json>(j, "after");
}

} // namespace Callwright
