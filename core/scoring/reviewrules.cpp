#include "scoring/reviewrules.h"

#include "store/projectstore.h"

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
    int written = 0;
    for (const RuleDecision &c : changes) {
        if (!store.setReviewStatus(c.dialogueId, c.to, c.note))
            break;
        ++written;
    }
    return written;
}

} // namespace ReviewRules

} // namespace Callwright
