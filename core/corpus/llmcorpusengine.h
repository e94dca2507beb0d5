#pragma once

#include "backends/chatcompletion.h"
#include "backends/prompttemplates.h"
#include "corpusengine.h"

#include <functional>
#include <memory>

namespace Callwright {

class EndpointScheduler;

/// GEM's four stages on an endpoint: each stage renders its editable prompt (gem_relevance,
/// gem_extraction, gem_grounding, gem_refinement), asks for a JSON object, reads the answer
/// tolerantly and turns it into the result structs the embedded engine gives (tools as Tool,
/// trajectories as Dialogue). The extraction and trajectory answers must pass GEM's rule
/// checks. An unusable answer gets one repair request (the answer and what is wrong with it);
/// after that, or when the endpoint fails, the stage throws CorpusStageFailure naming the
/// passage and the problem.
///
/// The stages block on the scheduler (chatAndWait): call them on worker threads, never on the
/// thread the scheduler's answers are delivered to. The scheduler may be shared by engines.
class LlmCorpusEngine final : public CorpusEngine
{
public:
    struct Settings
    {
        std::shared_ptr<EndpointScheduler> scheduler;
        PromptTemplates prompts;
        double temperature = 0.2;
        int maxTokens = 4096;
        qint64 seed = 0;             ///< sent with every request; the cache keys on it
        int maxPassageChars = 16000; ///< longer passages are cut (and say so) in the prompt
    };

    explicit LlmCorpusEngine(Settings settings);

    /// The endpoint profile's name.
    QString name() const override;
    bool isHeuristic() const override { return false; }

    RelevanceResult relevance(const CorpusStageInput &input) override;
    ExtractionResult extraction(const CorpusStageInput &input) override;
    TrajectoryResult grounding(const CorpusStageInput &input) override;
    TrajectoryResult refinement(const CorpusStageInput &input) override;

    /// The request a stage sends first (tests assert what it holds). Throws
    /// CorpusStageFailure when the stage lacks what it needs (grounding without extraction).
    ChatRequest requestFor(CorpusStage stage, const CorpusStageInput &input) const;

    /// The readers of the stages' answers: the result, with what is wrong with the answer in
    /// *problems (empty when usable; rule-check findings included).
    static RelevanceResult readRelevance(const Json &answer, QStringList *problems);
    static ExtractionResult readExtraction(const Json &answer, const CorpusStageInput &input,
                                           QStringList *problems);
    static TrajectoryResult readTrajectory(const Json &answer, CorpusStage stage,
                                           const CorpusStageInput &input, const QString &engine,
                                           QStringList *problems);

private:
    Json ask(CorpusStage stage, const CorpusStageInput &input,
             const std::function<QStringList(const Json &)> &check);

    Settings m_settings;
};

} // namespace Callwright
