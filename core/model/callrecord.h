#pragma once

#include "json.h"

#include <vector>

namespace Callwright {

/// One finding of validation or grounding, pointing at the value it concerns.
struct ValidationIssue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString pointer; ///< JSON pointer into the request or response
    QString keyword; ///< schema keyword, or "grounding", "format", ...
    QString message;

    bool operator==(const ValidationIssue &o) const
    {
        return severity == o.severity && pointer == o.pointer && keyword == o.keyword
               && message == o.message;
    }
};

/// One stateless execution of a tool: everything it needed was in the request.
struct CallRecord
{
    QString callId; ///< matches ToolCall::id in the dialogue
    QString toolName;
    Json request = Json::object(); ///< the arguments as sent
    Json envelope; ///< prior results (context-carrying) or state tokens; null when none
    Json response; ///< what the tool returned
    bool isError = false;
    QString requestHash;    ///< hex SHA-256 of the canonical request; the replay cache key
    qint64 startedAtMs = 0; ///< milliseconds since the epoch
    qint64 durationUs = 0;
    std::vector<ValidationIssue> issues;

    bool operator==(const CallRecord &o) const
    {
        return callId == o.callId && toolName == o.toolName && request == o.request
               && envelope == o.envelope && response == o.response && isError == o.isError
               && requestHash == o.requestHash && startedAtMs == o.startedAtMs
               && durationUs == o.durationUs && issues == o.issues;
    }
};

/// The canonical request hash: tool name, arguments and envelope with sorted keys.
QString requestHashOf(const QString &toolName, const Json &request, const Json &envelope);

void to_json(Json &j, const ValidationIssue &v);
void from_json(const Json &j, ValidationIssue &v);
void to_json(Json &j, const CallRecord &r);
void from_json(const Json &j, CallRecord &r);

} // namespace Callwright
