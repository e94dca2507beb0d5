#pragma once

#include "model/score.h"

#include <QStringList>

#include <vector>

namespace Callwright {

struct Dialogue;

/// A judge that rates whole dialogues, such as an LLM behind an endpoint profile (LlmJudge).
/// A scoring pass (JudgePass) asks each configured judge for its verdicts and stores them as
/// scores beside the embedded ones, under "judge.<rubric>" with the profile as source and the
/// judge's reasons as the rationale.
class Judge
{
public:
    /// ToolFlow's 1-5 ratings.
    static constexpr const char *kNaturalness = "judge.naturalness";
    static constexpr const char *kCoherence = "judge.coherence";
    static constexpr const char *kHelpfulness = "judge.helpfulness";
    static constexpr const char *kAccuracy = "judge.accuracy";
    /// GEM's binary rubrics: 1 when the fault is present, 0 when not.
    static constexpr const char *kArgumentHallucination = "judge.argument_hallucination";
    static constexpr const char *kCapabilityHallucination = "judge.capability_hallucination";
    static constexpr const char *kCrossTurnInconsistency = "judge.cross_turn_inconsistency";

    /// Whether metric is one of the binary rubrics (0 or 1) rather than a 1-5 rating.
    static bool isBinary(const QString &metric)
    {
        return metric == QLatin1String(kArgumentHallucination)
               || metric == QLatin1String(kCapabilityHallucination)
               || metric == QLatin1String(kCrossTurnInconsistency);
    }

    virtual ~Judge() = default;
    /// The endpoint profile, written as each verdict's source.
    virtual QString profile() const = 0;
    /// The rubrics this judge rates (metric names above).
    virtual QStringList rubrics() const = 0;
    /// One score per rubric; an empty vector with *error set when the judge could not rate
    /// (network, malformed verdict). Must be safe to call from several threads.
    virtual std::vector<Score> judge(const Dialogue &dialogue, QString *error) = 0;
    /// How many judge() calls may usefully run at once (each blocks on its endpoint).
    virtual int concurrency() const { return 1; }
    /// Ends the judge() calls under way soon, with an error; called when a pass is cancelled.
    virtual void cancel() {}
};

} // namespace Callwright
