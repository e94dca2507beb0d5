#pragma once

#include "scoring/datasetstats.h"
#include "scoring/judgepass.h"
#include "scoring/nearduplicates.h"

#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace Callwright {

class DialogueScorer;
class ProjectStore;
class RoundSimilarity;

struct ScoringProgress
{
    qint64 done = 0;  ///< dialogues visited so far
    qint64 total = 0; ///< dialogues in the project
    double dialoguesPerSecond = 0;
    qint64 judged = 0;        ///< dialogues every judge rated (when judges run)
    qint64 judgeFailures = 0; ///< dialogues some judge could not rate
};

/// What a pass over a selection of dialogues found.
struct ScoringReport
{
    qint64 dialogues = 0; ///< selected and processed
    qint64 written = 0;   ///< dialogues whose new scores were stored
    DatasetStats stats;
    std::vector<CatalogCoverage> coverage;
    NearDuplicateClusters nearDuplicates;
    std::vector<JudgeFigures> judges; ///< one per judge of the pass, in order
    qint64 judged = 0;                ///< dialogues every judge rated
    qint64 judgeFailures = 0;         ///< dialogues some judge could not rate
    bool cancelled = false;
    QString error; ///< why the pass stopped early; empty when it did not fail
    double seconds = 0;
};

/// The in-memory engine of a scoring pass: batches of dialogues are scored (or only read, for
/// statistics over stored scores) on a few threads, each with its own scorer and statistics,
/// merged at the end. Feed batches in order with process(), then finish().
class ScoringPass final
{
public:
    struct Options
    {
        bool score = true;          ///< false: statistics over the scores already stored
        bool nearDuplicates = true; ///< compute MinHash signatures and cluster at the end
        int threads = 0;            ///< 0: one per core
        NearDuplicateFinder::Options nearDuplicateOptions;
        std::shared_ptr<const RoundSimilarity> similarity; ///< null: TF-IDF
    };

    ScoringPass(std::vector<Catalog> catalogs, std::vector<ToolGraph> graphs,
                const Options &options);
    ~ScoringPass();
    ScoringPass(const ScoringPass &) = delete;
    ScoringPass &operator=(const ScoringPass &) = delete;

    /// Scores the batch in place (Dialogue::scores updated, see DialogueScorer::apply) and
    /// accumulates its statistics.
    void process(std::vector<Dialogue> &batch);
    /// Clusters near duplicates and computes coverage; the pass is spent afterwards.
    ScoringReport finish();

private:
    struct Lane;
    std::vector<Catalog> m_catalogs;
    std::vector<ToolGraph> m_graphs;
    Options m_options;
    NearDuplicateFinder m_finder;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    QThreadPool m_pool;
    qint64 m_dialogues = 0;
};

/// Scores every selected dialogue of a project and stores the scores, streaming the project
/// (ProjectStore::forEachDialogue) in batches so memory stays flat, with progress and
/// cancellation between batches. Judges, when given, rate each batch first (JudgePass), their
/// verdicts stored beside the embedded scores; a dialogue a judge fails for is counted and the
/// pass goes on. Works on the thread that opened the store.
class ScoringRunner final
{
public:
    struct Options
    {
        ScoringPass::Options pass;
        bool write = true; ///< store the new scores (ignored when pass.score is false)
        int batchSize = 512;
        /// Which dialogues to process; all when empty.
        std::function<bool(const Dialogue &)> select;
        /// Judges that also rate every selected dialogue (called from several threads).
        std::vector<std::shared_ptr<Judge>> judges;
        int judgeThreads = 0; ///< 0: the judges' concurrency (JudgePass)
    };

    explicit ScoringRunner(ProjectStore &store);

    ScoringReport run(const Options &options, const std::atomic_bool *cancel = nullptr,
                      const std::function<void(const ScoringProgress &)> &progress = {});

private:
    ProjectStore &m_store;
};

} // namespace Callwright
