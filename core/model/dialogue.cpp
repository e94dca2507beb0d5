#include "dialogue.h"

#include <set>

namespace Callwright {

namespace {
const std::pair<ReviewStatus, const char *> kStatuses[] = {
        {ReviewStatus::Open, "open"},
        {ReviewStatus::Accepted, "accepted"},
        {ReviewStatus::Rejected, "rejected"},
        {ReviewStatus::NeedsFix, "needs_fix"},
};
} // namespace

const char *reviewStatusName(ReviewStatus s)
{
    return enumName(kStatuses, s);
}

void to_json(Json &j, ReviewStatus s)
{
    j = reviewStatusName(s);
}

void from_json(const Json &j, ReviewStatus &s)
{
    s = enumFromName(kStatuses, j, "review status");
}

QStringList Dialogue::toolsUsed() const
{
    std::set<QString> names;
    for (const Message &m : messages) {
        for (const ToolCall &c : m.toolCalls)
            names.insert(c.toolName);
    }
    return QStringList(names.begin(), names.end());
}

void to_json(Json &j, const Dialogue &d)
{
    j = Json::object();
    j["schema_version"] = kModelSchemaVersion;
    j["uid"] = d.uid;
    j["catalog_id"] = d.catalogId;
    j["job_id"] = d.jobId;
    j["engine"] = d.engine;
    j["seed"] = d.seed;
    j["created_at_ms"] = d.createdAtMs;
    j["persona"] = d.persona;
    j["plan"] = d.plan;
    j["messages"] = d.messages;
    j["calls"] = d.calls;
    j["status"] = d.status;
    if (d.id != 0)
        j["id"] = d.id;
    if (!d.scores.empty())
        j["scores"] = d.scores;
    if (!d.reviewNote.isEmpty())
        j["review_note"] = d.reviewNote;
}

void from_json(const Json &j, Dialogue &d)
{
    JsonRead::checkSchemaVersion(j, "dialogue");
    d.id = JsonRead::optional<qint64>(j, "id", 0);
    d.uid = JsonRead::field<QString>(j, "uid");
    d.catalogId = JsonRead::optional<qint64>(j, "catalog_id", 0);
    d.jobId = JsonRead::optional<qint64>(j, "job_id", 0);
    d.engine = JsonRead::optional<QString>(j, "engine");
    d.seed = JsonRead::optional<quint64>(j, "seed", 0);
    d.createdAtMs = JsonRead::optional<qint64>(j, "created_at_ms", 0);
    d.persona = JsonRead::optional<Persona>(j, "persona");
    d.plan = JsonRead::optional<Plan>(j, "plan");
    d.messages = JsonRead::list<Message>(j, "messages");
    d.calls = JsonRead::list<CallRecord>(j, "calls");
    d.scores = JsonRead::list<Score>(j, "scores");
    d.status = JsonRead::optional<ReviewStatus>(j, "status", ReviewStatus::Open);
    d.reviewNote = JsonRead::optional<QString>(j, "review_note");
}

} // namespace Callwright
