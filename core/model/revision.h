#pragma once

#include "json.h"

namespace Callwright {

/// One recorded edit of a dialogue: who changed what and when, with both versions kept.
struct Revision
{
    qint64 id = 0;
    qint64 dialogueId = 0;
    qint64 atMs = 0; ///< milliseconds since the epoch
    QString author;  ///< the curator's name from settings
    QString summary; ///< e.g. "edited argument order_id of call 2"
    Json before;     ///< the dialogue JSON before the edit
    Json after;

    bool operator==(const Revision &o) const
    {
        return id == o.id && dialogueId == o.dialogueId && atMs == o.atMs && author == o.author
               && summary == o.summary && before == o.before && after == o.after;
    }
};

void to_json(Json &j, const Revision &r);
void from_json(const Json &j, Revision &r);

} // namespace Callwright
