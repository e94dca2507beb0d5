#pragma once

#include "model/dialogue.h"

namespace Callwright {

/// The dialogues whose score metric lies in [minimum, maximum) — or [minimum, maximum] when
/// includeMaximum, as for the last bar of a histogram. The Scores panel emits one when a bar
/// is clicked (ScoresPanel::filterRequested); the review browser shows what matches.
/// A dialogue without the score never matches.
struct ScoreFilter
{
    QString metric;
    double minimum = 0;
    double maximum = 0;
    bool includeMaximum = false;

    bool matches(const Dialogue &dialogue) const
    {
        for (const Score &s : dialogue.scores) {
            if (s.metric == metric)
                return s.value >= minimum
                       && (s.value < maximum || (includeMaximum && s.value == maximum));
        }
        return false;
    }

    bool operator==(const ScoreFilter &o) const
    {
        return metric == o.metric && minimum == o.minimum && maximum == o.maximum
               && includeMaximum == o.includeMaximum;
    }
};

} // namespace Callwright
