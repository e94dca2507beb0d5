#pragma once

#include "model/dialogue.h"

#include <atomic>
#include <optional>
#include <vector>

namespace Callwright {

class ProjectStore;

/// Accepts or rejects a dialogue by one of its scores: "reject when coherence is below 2.5",
/// "accept when naturalness is at least 4". A dialogue without the score is left alone.
struct ReviewRule
{
    enum class Comparison { Below, AtLeast };

    QString metric;
    Comparison comparison = Comparison::Below;
    double threshold = 0;
    ReviewStatus action = ReviewStatus::Rejected;

    bool matches(const Dialogue &dialogue) const;
    /// "coherence < 2.50", for the note written with the decision.
    QString describe() const;

    bool operator==(const ReviewRule &o) const
    {
        return metric == o.metric && comparison == o.comparison && threshold == o.threshold
               && action == o.action;
    }
};

/// A status a set of rules would give a dialogue.
struct RuleDecision
{
    qint64 dialogueId = 0;
    ReviewStatus from = ReviewStatus::Open;
    ReviewStatus to = ReviewStatus::Open;
    QString note; ///< "auto: coherence < 2.50"
};

/// Applies rules in two steps, so a curator sees how many dialogues would change before
/// anything does. The first rule that matches decides; only dialogues still open are
/// considered unless onlyOpen is false (then earlier decisions can be overturned too).
namespace ReviewRules {

std::optional<RuleDecision> decide(const std::vector<ReviewRule> &rules, const Dialogue &dialogue,
                                   bool onlyOpen = true);
/// Every change the rules would make in the project; nothing is written.
std::vector<RuleDecision> preview(const ProjectStore &store, const std::vector<ReviewRule> &rules,
                                  bool onlyOpen = true, const std::atomic_bool *cancel = nullptr);
/// Writes the changes (ProjectStore::setReviewStatuses, a thousand per transaction); returns
/// how many were written, stopping at the first batch that fails.
int apply(ProjectStore &store, const std::vector<RuleDecision> &changes);

} // namespace ReviewRules

} // namespace Callwright
