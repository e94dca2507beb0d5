#pragma once

#include "callrecord.h"
#include "message.h"
#include "persona.h"
#include "plan.h"
#include "score.h"

namespace Callwright {

/// Where a dialogue stands in review.
enum class ReviewStatus { Open, Accepted, Rejected, NeedsFix };

const char *reviewStatusName(ReviewStatus s);
void to_json(Json &j, ReviewStatus s);
void from_json(const Json &j, ReviewStatus &s);

/// One simulated (or imported) conversation with the plan it followed and every call it made.
struct Dialogue
{
    qint64 id = 0; ///< row id in the project; 0 until stored
    QString uid;   ///< stable key: job and index, so a resumed job never writes a twin
    qint64 catalogId = 0;
    qint64 jobId = 0;
    QString engine; ///< "embedded" or an endpoint profile name
    quint64 seed = 0;
    qint64 createdAtMs = 0;
    Persona persona;
    Plan plan;
    std::vector<Message> messages;
    std::vector<CallRecord> calls;
    std::vector<Score> scores;
    ReviewStatus status = ReviewStatus::Open;
    QString reviewNote; ///< the reason for a rejection, or the curator's note

    QStringList toolsUsed() const;

    bool operator==(const Dialogue &o) const
    {
        return id == o.id && uid == o.uid && catalogId == o.catalogId && jobId == o.jobId
               && engine == o.engine && seed == o.seed && createdAtMs == o.createdAtMs
               && persona == o.persona && plan == o.plan && messages == o.messages
               && calls == o.calls && scores == o.scores && status == o.status
               && reviewNote == o.reviewNote;
    }
    bool operator!=(const Dialogue &o) const { return !(*this == o); }
};

void to_json(Json &j, const Dialogue &d);
void from_json(const Json &j, Dialogue &d);

} // namespace Callwright
