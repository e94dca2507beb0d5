#include "scoring/scoringrun.h"

#include "model/dialogue.h"
#include "scoring/dialoguescorer.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>
#include <thread>

namespace Callwright {

struct ScoringPass::Lane
{
    Lane(const std::vector<Catalog> &catalogs, std::shared_ptr<const RoundSimilarity> similarity)
        : scorer(catalogs, std::move(similarity))
    {}
    DialogueScorer scorer;
    DatasetStats stats;
};

ScoringPass::ScoringPass(std::vector<Catalog> catalogs, std::vector<ToolGraph> graphs,
                         const Options &options)
    : m_catalogs(std::move(catalogs))
    , m_graphs(std::move(graphs))
    , m_options(options)
    , m_finder(options.nearDuplicateOptions)
{
    int threads = options.threads > 0 ? options.threads
                                      : int(std::max(1u, std::thread::hardware_concurrency()));
    m_pool.setMaxThreadCount(threads);
    for (int i = 0; i < threads; ++i)
        m_lanes.push_back(std::make_unique<Lane>(m_catalogs, options.similarity));
}

ScoringPass::~ScoringPass()
{
    m_pool.waitForDone();
}

void ScoringPass::process(std::vector<Dialogue> &batch)
{
    const std::size_t lanes = m_lanes.size();
    std::vector<NearDuplicateFinder::Signature> signatures(m_options.nearDuplicates ? batch.size()
                                                                                    : 0);
    std::vector<std::size_t> laneIndex(lanes);
    std::iota(laneIndex.begin(), laneIndex.end(), std::size_t(0));
    // Dialogues are dealt round-robin, so a run of long ones does not land on one lane.
    QtConcurrent::blockingMap(&m_pool, laneIndex, [&](std::size_t lane) {
        Lane &own = *m_lanes[lane];
        for (std::size_t i = lane; i < batch.size(); i += lanes) {
            Dialogue &d = batch[i];
            if (m_options.score)
                DialogueScorer::apply(d, own.scorer.score(d).scores);
            own.stats.add(d);
            if (m_options.nearDuplicates)
                signatures[i] = m_finder.signature(d);
        }
    });
    for (std::size_t i = 0; i < signatures.size(); ++i)
        m_finder.add(batch[i].uid, std::move(signatures[i]));
    m_dialogues += qint64(batch.size());
}

ScoringReport ScoringPass::finish()
{
    ScoringReport report;
    report.dialogues = m_dialogues;
    for (const auto &lane : m_lanes)
        report.stats.merge(lane->stats);
    m_lanes.clear();
    report.coverage = report.stats.coverage(m_catalogs, m_graphs);
    if (m_options.nearDuplicates)
        report.nearDuplicates = m_finder.clusters();
    return report;
}

ScoringRunner::ScoringRunner(ProjectStore &store)
    : m_store(store)
{}

ScoringReport ScoringRunner::run(const Options &options, const std::atomic_bool *cancel,
                                 const std::function<void(const ScoringProgress &)> &progress)
{
    QElapsedTimer clock;
    clock.start();
    std::vector<Catalog> catalogs = m_store.catalogs();
    std::vector<ToolGraph> graphs;
    for (const Catalog &c : catalogs) {
        if (std::optional<ToolGraph> g = m_store.graph(c.id))
            graphs.push_back(std::move(*g));
    }
    ScoringPass pass(catalogs, std::move(graphs), options.pass);
    std::unique_ptr<JudgePass> judging;
    if (!options.judges.empty())
        judging = std::make_unique<JudgePass>(options.judges, options.judgeThreads);
    const bool write = options.write && (options.pass.score || judging) && !m_store.isReadOnly();

    ScoringProgress state;
    state.total = m_store.dialogueCount();
    qint64 written = 0;
    bool cancelled = false;
    QString error;
    std::vector<Dialogue> batch;
    std::size_t batchSize = std::size_t(std::max(1, options.batchSize));
    // Judges take seconds per dialogue: smaller batches keep progress and the stored
    // verdicts close behind them.
    if (judging)
        batchSize = std::min(batchSize, std::size_t(std::max(16, 2 * judging->threads())));
    batch.reserve(batchSize);

    const auto flush = [&] {
        if (batch.empty())
            return true;
        // A cancelled judge pass keeps the verdicts that came in: they are stored with the
        // batch's embedded scores, and the pass stops after it.
        if (judging && !judging->process(batch, cancel, [&](qint64 rated, qint64 failed) {
                state.judged = rated;
                state.judgeFailures = failed;
                if (progress)
                    progress(state);
            }))
            cancelled = true;
        pass.process(batch);
        if (write) {
            std::vector<std::pair<qint64, std::vector<Score>>> updates;
            updates.reserve(batch.size());
            for (const Dialogue &d : batch)
                updates.emplace_back(d.id, d.scores);
            if (!m_store.setDialogueScores(updates)) {
                error = m_store.lastError().message;
                return false;
            }
            written += qint64(updates.size());
        }
        batch.clear();
        return true;
    };
    const bool read = m_store.forEachDialogue([&](const Dialogue &d) {
        ++state.done;
        if (!options.select || options.select(d))
            batch.push_back(d);
        if (batch.size() < batchSize && state.done % 1024 != 0)
            return true;
        if (cancel && cancel->load()) {
            cancelled = true;
            return false;
        }
        if (!flush() || cancelled)
            return false;
        if (progress) {
            state.dialoguesPerSecond
                    = double(state.done) * 1000.0 / double(std::max<qint64>(1, clock.elapsed()));
            progress(state);
        }
        return true;
    });
    if (!read && error.isEmpty() && !cancelled)
        error = m_store.lastError().message;
    if (!cancelled && error.isEmpty())
        flush();
    ScoringReport report = pass.finish();
    if (judging) {
        report.judges = judging->figures();
        report.judged = judging->rated();
        report.judgeFailures = judging->failed();
    }
    report.written = written;
    report.cancelled = cancelled;
    report.error = error;
    report.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (progress && !cancelled) {
        state.dialoguesPerSecond = double(state.done) / std::max(1e-9, report.seconds);
        progress(state);
    }
    return report;
}

} // namespace Callwright
