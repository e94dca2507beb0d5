#include "scoring/reviewrules.h"

#include "store/dialoguequery.h"
#include "store/projectstore.h"

#include <algorithm>

namespace Callwright {

bool ReviewRule::matches(const Dialogue &dialogue) const
{
    for (const Score &s : dialogue.scores) {
        if (s.metric != metric)
            continue;
        return comparison == Comparison::Below ? s.value < threshold : s.value >= threshold;
    }
    return false;
}

QString ReviewRule::describe() const
{
    return QStringLiteral("%1 %2 %3")
            .arg(metric,
                 comparison == Comparison::Below ? QStringLiteral("<") : QStringLiteral(">="))
            .arg(threshold, 0, 'f', 2);
}

namespace ReviewRules {

std::optional<RuleDecision> decide(const std::vector<ReviewRule> &rules, const Dialogue &dialogue,
                                   bool onlyOpen)
{
    if (onlyOpen && dialogue.status != ReviewStatus::Open)
        return std::nullopt;
    for (const ReviewRule &rule : rules) {
        if (!rule.matches(dialogue))
            continue;
        if (rule.action == dialogue.status)
            return std::nullopt;
        return RuleDecision{dialogue.id, dialogue.status, rule.action,
                            QStringLiteral("auto: ") + rule.describe()};
    }
    return std::nullopt;
}

std::vector<RuleDecision> preview(const ProjectStore &store, const std::vector<ReviewRule> &rules,
                                  bool onlyOpen, const std::atomic_bool *cancel)
{
    std::vector<RuleDecision> changes;
    if (rules.empty())
        return changes;
    store.forEachDialogue([&](const Dialogue &d) {
        if (cancel && cancel->load())
            return false;
        if (std::optional<RuleDecision> change = decide(rules, d, onlyOpen))
            changes.push_back(std::move(*change));
        return true;
    });
    return changes;
}

int apply(ProjectStore &store, const std::vector<RuleDecision> &changes)
{
    // One transaction per thousand dialogues rather than one per dialogue.
    constexpr std::size_t kBatch = 1000;
    int written = 0;
    for (std::size_t at = 0; at < changes.size(); at += kBatch) {
        std::vector<ReviewChange> batch;
        const std::size_t end = std::min(changes.size(), at + kBatch);
        for (std::size_t i = at; i < end; ++i)
            batch.push_back({changes[i].dialogueId, changes[i].to, changes[i].note});
        if (!store.setReviewStatuses(batch))
            break;
        written += int(batch.size());
    }
    return written;
}

} // namespace ReviewRules

} // namespace Callwright
