#include "job.h"

namespace Callwright {

namespace {
const std::pair<Job::State, const char *> kStates[] = {
        {Job::State::Running, "running"},
        {Job::State::Completed, "completed"},
        {Job::State::Cancelled, "cancelled"},
        {Job::State::Failed, "failed"},
};
} // namespace

const char *jobStateName(Job::State s)
{
    return enumName(kStates, s);
}

void to_json(Json &j, Job::State s)
{
    j = jobStateName(s);
}

void from_json(const Json &j, Job::State &s)
{
    s = enumFromName(kStates, j, "job state");
}

void to_json(Json &j, const Job &job)
{
    j = Json::object();
    j["schema_version"] = kModelSchemaVersion;
    j["kind"] = job.kind;
    j["state"] = job.state;
    j["settings"] = job.settings;
    j["requested"] = job.requested;
    j["created_at_ms"] = job.createdAtMs;
    j["finished_at_ms"] = job.finishedAtMs;
    if (job.id != 0)
        j["id"] = job.id;
    if (!job.error.isEmpty())
        j["error"] = job.error;
    if (!job.report.empty())
        j["report"] = job.report;
}

void from_json(const Json &j, Job &job)
{
    JsonRead::checkSchemaVersion(j, "job");
    job.id = JsonRead::optional<qint64>(j, "id", 0);
    job.kind = JsonRead::field<QString>(j, "kind");
    // No default: a job whose state is lost must not pass for running or finished.
    job.state = enumField(kStates, j, "state", "job state");
    job.settings = JsonRead::optional<Json>(j, "settings", Json::object());
    job.requested = JsonRead::optional<int>(j, "requested", 0);
    job.createdAtMs = JsonRead::optional<qint64>(j, "created_at_ms", 0);
    job.finishedAtMs = JsonRead::optional<qint64>(j, "finished_at_ms", 0);
    job.error = JsonRead::optional<QString>(j, "error");
    job.report = JsonRead::optional<Json>(j, "report", Json::object());
    if (!job.report.is_object())
        throw ModelError("/report", "a job's report must be an object");
}

} // namespace Callwright
