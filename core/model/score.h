#pragma once

#include "json.h"

namespace Callwright {

/// One measured or judged quality figure of a dialogue.
struct Score
{
    QString metric; ///< e.g. "naturalness", "coherence", "distinct_3", "judge.accuracy"
    double value = 0;
    QString source;    ///< "embedded" or the endpoint profile of the judge
    QString rationale; ///< a judge's reasons, or the parts a combined score came from

    bool operator==(const Score &o) const
    {
        return metric == o.metric && value == o.value && source == o.source
               && rationale == o.rationale;
    }
};

void to_json(Json &j, const Score &s);
void from_json(const Json &j, Score &s);

} // namespace Callwright
