#include "callrecord.h"

#include <QCryptographicHash>

namespace Callwright {

namespace {
const std::pair<ValidationIssue::Severity, const char *> kSeverities[] = {
        {ValidationIssue::Severity::Error, "error"},
        {ValidationIssue::Severity::Warning, "warning"},
};
} // namespace

QString requestHashOf(const QString &toolName, const Json &request, const Json &envelope)
{
    // nlohmann's object keeps keys sorted, so dump() is already canonical.
    const Json canonical{{"tool", toolName}, {"request", request}, {"envelope", envelope}};
    const std::string text = canonical.dump();
    return QString::fromLatin1(
            QCryptographicHash::hash(QByteArrayView(text.data(), qsizetype(text.size())),
                                     QCryptographicHash::Sha256)
                    .toHex());
}

void to_json(Json &j, const ValidationIssue &v)
{
    j = Json::object();
    j["severity"] = enumName(kSeverities, v.severity);
    j["pointer"] = v.pointer;
    j["keyword"] = v.keyword;
    j["message"] = v.message;
}

void from_json(const Json &j, ValidationIssue &v)
{
    v.severity = enumField(kSeverities, j, "severity", "severity");
    v.pointer = JsonRead::optional<QString>(j, "pointer");
    v.keyword = JsonRead::optional<QString>(j, "keyword");
    v.message = JsonRead::field<QString>(j, "message");
}

void to_json(Json &j, const CallRecord &r)
{
    j = Json::object();
    j["schema_version"] = kModelSchemaVersion;
    j["call_id"] = r.callId;
    j["tool"] = r.toolName;
    j["request"] = r.request;
    j["response"] = r.response;
    j["request_hash"] = r.requestHash;
    j["started_at_ms"] = r.startedAtMs;
    j["duration_us"] = r.durationUs;
    if (!r.envelope.is_null())
        j["envelope"] = r.envelope;
    if (r.isError)
        j["is_error"] = true;
    if (!r.issues.empty())
        j["issues"] = r.issues;
}

void from_json(const Json &j, CallRecord &r)
{
    JsonRead::checkSchemaVersion(j, "call record");
    r.callId = JsonRead::field<QString>(j, "call_id");
    r.toolName = JsonRead::field<QString>(j, "tool");
    r.request = JsonRead::optional<Json>(j, "request", Json::object());
    r.envelope = JsonRead::optional<Json>(j, "envelope");
    r.response = JsonRead::optional<Json>(j, "response");
    r.isError = JsonRead::optional<bool>(j, "is_error", false);
    r.requestHash = JsonRead::optional<QString>(j, "request_hash");
    r.startedAtMs = JsonRead::optional<qint64>(j, "started_at_ms", 0);
    r.durationUs = JsonRead::optional<qint64>(j, "duration_us", 0);
    r.issues = JsonRead::list<ValidationIssue>(j, "issues");
}

} // namespace Callwright
