#pragma once

#include "corpusengine.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Callwright {

class ProjectStore;

struct CorpusRunOptions
{
    std::vector<qint64> documentIds; ///< empty: every document of the project
    CorpusStage lastStage = CorpusStage::Refinement;
    /// Keep the curator's edited outputs (and build the later stages from them).
    bool keepEdited = true;
    /// Run stages that are done again; false runs only pending and failed ones (and every
    /// stage after one that ran): what resuming an interrupted run needs.
    bool rerunDone = true;
    /// Also extract tools from passages the relevance stage calls a command reference (a
    /// tldr page): no workflow to ground, but tools worth having.
    bool extractCommandReferences = true;
    int threads = 0;            ///< 0: one per core
    int documentsPerBatch = 32; ///< documents whose outputs are written in one transaction
};

struct CorpusProgress
{
    int documentsDone = 0;
    int documentsTotal = 0;
    int passagesDone = 0;
    std::array<CorpusStageCounts, kCorpusStageCount> stages; ///< what this run made
    int workflows = 0;  ///< passages the relevance stage found a workflow in
    int tools = 0;      ///< tools extracted
    int ruleIssues = 0; ///< rule-check findings on the outputs made
    double documentsPerSecond = 0;
    QString lastFailure;
};

struct CorpusRunReport
{
    CorpusProgress progress;
    bool cancelled = false;
    QString error; ///< the store failed; the run stopped
    double seconds = 0;
};

/// Runs GEM's stages over a project's corpus: passages are processed on a pool of lanes, one
/// engine each, and each batch of documents is written in one transaction, so a crash or a
/// cancellation loses at most the batch in flight. Every stage of every passage is stored with
/// who made it, when, and its rule checks, so any one can be inspected, edited and rerun.
class CorpusPipeline final
{
public:
    using EngineFactory = std::function<std::unique_ptr<CorpusEngine>()>;
    using ProgressCallback = std::function<void(const CorpusProgress &)>;

    /// Without a factory, the embedded engine.
    explicit CorpusPipeline(ProjectStore &store, EngineFactory factory = {});

    CorpusRunReport run(const CorpusRunOptions &options, const std::atomic_bool *cancel = nullptr,
                        const ProgressCallback &progress = {});

    /// Runs one stage of one passage again, and the stages after it, and stores them (a
    /// panel's "rerun"); edits after it are replaced. Nothing with the reason on failure.
    std::optional<PassageStages> rerun(qint64 passageId, CorpusStage stage,
                                       QString *error = nullptr);

    /// Stores the curator's output for one stage after checking it has the stage's shape and
    /// running the rule checks on it; the later stages become pending.
    bool edit(qint64 passageId, CorpusStage stage, const Json &output, QString *error = nullptr);

    /// Runs stages from..to over one passage whose records are in stages, in memory; returns
    /// the stages it changed. The pipeline's core, for tests and benchmarks too.
    static std::vector<CorpusStage>
    processPassage(CorpusEngine &engine, const CorpusDocument &document, const Passage &passage,
                   PassageStages &stages, CorpusStage from, const CorpusRunOptions &options);

    /// The rule checks of a stage output against the outputs before it.
    static std::vector<ValidationIssue> ruleCheck(const CorpusStageRecord &record,
                                                  const PassageStages &stages);

private:
    std::unique_ptr<CorpusEngine> makeEngine() const;

    ProjectStore &m_store;
    EngineFactory m_factory;
};

} // namespace Callwright
