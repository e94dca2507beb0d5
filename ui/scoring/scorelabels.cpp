#include "scorelabels.h"

#include "scoring/dialoguemetrics.h"
#include "scoring/judge.h"

namespace Callwright {

QString ScoreLabels::name(const QString &metric)
{
    const auto is = [&](const char *name) {
        return metric == QLatin1String(name);
    };
    if (is(ScoreNames::Naturalness))
        return tr("Naturalness (1–5)");
    if (is(ScoreNames::Coherence))
        return tr("Coherence (1–5)");
    if (is(ScoreNames::Verified))
        return tr("Verified (0/1)");
    if (is(ScoreNames::RoundSimilarity))
        return tr("Round similarity (SS)");
    if (is(ScoreNames::PlanAdherence))
        return tr("Plan adherence");
    if (is(ScoreNames::GroundedArguments))
        return tr("Grounded arguments");
    if (is(ScoreNames::ResultUse))
        return tr("Use of tool results");
    if (is(ScoreNames::WordEntropy))
        return tr("Word entropy (bits)");
    if (is(ScoreNames::Distinct2))
        return tr("Distinct-2");
    if (is(ScoreNames::Distinct3))
        return tr("Distinct-3");
    if (is(ScoreNames::Repetition))
        return tr("Repetition");
    if (is(ScoreNames::Artefacts))
        return tr("Template artefacts");
    if (is(ScoreNames::TurnBalance))
        return tr("Turn balance");
    if (is(ScoreNames::Readability))
        return tr("Readability (Flesch)");
    if (is(Judge::kNaturalness))
        return tr("Judge: naturalness");
    if (is(Judge::kCoherence))
        return tr("Judge: coherence");
    if (is(Judge::kHelpfulness))
        return tr("Judge: helpfulness");
    if (is(Judge::kAccuracy))
        return tr("Judge: accuracy");
    if (is(Judge::kArgumentHallucination))
        return tr("Judge: argument hallucination (0/1)");
    if (is(Judge::kCapabilityHallucination))
        return tr("Judge: capability hallucination (0/1)");
    if (is(Judge::kCrossTurnInconsistency))
        return tr("Judge: cross-turn inconsistency (0/1)");
    return metric;
}

QStringList ScoreLabels::naturalnessParts()
{
    return {QLatin1String(ScoreNames::WordEntropy), QLatin1String(ScoreNames::Distinct2),
            QLatin1String(ScoreNames::Distinct3),   QLatin1String(ScoreNames::Repetition),
            QLatin1String(ScoreNames::Artefacts),   QLatin1String(ScoreNames::TurnBalance),
            QLatin1String(ScoreNames::Readability)};
}

QStringList ScoreLabels::coherenceParts()
{
    return {QLatin1String(ScoreNames::RoundSimilarity), QLatin1String(ScoreNames::PlanAdherence),
            QLatin1String(ScoreNames::GroundedArguments), QLatin1String(ScoreNames::ResultUse)};
}

} // namespace Callwright
