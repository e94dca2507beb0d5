#include "scoring/judgepass.h"

#include "model/dialogue.h"

#include <QCoreApplication>

#include <algorithm>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JudgePass)
};

} // namespace

JudgePass::JudgePass(std::vector<std::shared_ptr<Judge>> judges, int threads)
    : m_judges(std::move(judges))
{
    int wanted = 0;
    for (const auto &judge : m_judges) {
        m_rubrics.push_back(judge->rubrics());
        JudgeFigures figures;
        figures.profile = judge->profile();
        m_figures.push_back(std::move(figures));
        wanted += std::max(1, judge->concurrency());
    }
    m_threads = std::clamp(threads > 0 ? threads : wanted, 1, kMaxThreads);
    m_pool.setMaxThreadCount(m_threads);
}

JudgePass::~JudgePass()
{
    m_pool.waitForDone();
}

void JudgePass::apply(Dialogue &dialogue, const QString &source, const QStringList &rubrics,
                      std::vector<Score> verdicts)
{
    auto &scores = dialogue.scores;
    scores.erase(std::remove_if(scores.begin(), scores.end(),
                                [&](const Score &s) {
                                    return s.source == source && rubrics.contains(s.metric);
                                }),
                 scores.end());
    for (Score &s : verdicts)
        scores.push_back(std::move(s));
}

bool JudgePass::process(std::vector<Dialogue> &batch, const std::atomic_bool *cancel,
                        const std::function<void(qint64, qint64)> &progress, int pollMs)
{
    if (cancel && cancel->load())
        return false;
    if (m_judges.empty() || batch.empty())
        return true;

    struct Outcome
    {
        std::vector<Score> scores;
        QString error;
        bool cutShort = false; ///< failed after the pass was cancelled
    };
    const std::size_t judges = m_judges.size();
    const std::size_t tasks = batch.size() * judges;
    std::vector<Outcome> outcomes(tasks);
    // Per dialogue: judges still to answer, and whether one failed (for live progress).
    std::unique_ptr<std::atomic<int>[]> left(new std::atomic<int>[batch.size()]);
    std::unique_ptr<std::atomic_bool[]> anyFailed(new std::atomic_bool[batch.size()]);
    for (std::size_t d = 0; d < batch.size(); ++d) {
        left[d].store(int(judges));
        anyFailed[d].store(false);
    }
    std::atomic<std::size_t> next{0};
    std::atomic_bool stop{false};
    std::atomic<qint64> ratedNow{0};
    std::atomic<qint64> failedNow{0};

    const auto work = [&] {
        for (;;) {
            if (stop.load())
                return;
            const std::size_t i = next.fetch_add(1);
            if (i >= tasks)
                return;
            const std::size_t d = i / judges;
            Outcome &o = outcomes[i];
            o.scores = m_judges[i % judges]->judge(batch[d], &o.error);
            if (o.scores.empty() && o.error.isEmpty())
                o.error = Tr::tr("dialogue %1: the judge gave no verdict").arg(batch[d].uid);
            if (!o.scores.empty())
                o.error.clear();
            o.cutShort = !o.error.isEmpty() && stop.load();
            if (!o.error.isEmpty() && !o.cutShort)
                anyFailed[d].store(true);
            if (left[d].fetch_sub(1) == 1)
                (anyFailed[d].load() ? failedNow : ratedNow).fetch_add(1);
        }
    };
    const int lanes = int(std::min<std::size_t>(std::size_t(m_threads), tasks));
    for (int l = 0; l < lanes; ++l)
        m_pool.start(work);

    bool cancelled = false;
    qint64 shownRated = -1;
    qint64 shownFailed = -1;
    while (!m_pool.waitForDone(std::max(1, pollMs))) {
        if (cancel && cancel->load()) {
            cancelled = true;
            stop.store(true);
            // Again on every wake: a lane may have sent its next request just after.
            for (const auto &judge : m_judges)
                judge->cancel();
        }
        const qint64 rated = m_rated + ratedNow.load();
        const qint64 failed = m_failed + failedNow.load();
        if (progress && (rated != shownRated || failed != shownFailed)) {
            shownRated = rated;
            shownFailed = failed;
            progress(rated, failed);
        }
    }
    cancelled = cancelled || (cancel && cancel->load());

    for (std::size_t d = 0; d < batch.size(); ++d) {
        bool complete = true;
        bool failed = false;
        for (std::size_t j = 0; j < judges; ++j) {
            Outcome &o = outcomes[d * judges + j];
            JudgeFigures &figures = m_figures[j];
            if (!o.scores.empty()) {
                ++figures.rated;
                for (const Score &s : o.scores) {
                    auto it = figures.verdicts.find(s.metric);
                    if (it == figures.verdicts.end())
                        it = figures.verdicts.emplace(s.metric, Histogram::forMetric(s.metric))
                                     .first;
                    it->second.add(s.value);
                }
                apply(batch[d], figures.profile, m_rubrics[j], std::move(o.scores));
                continue;
            }
            complete = false;
            if (o.error.isEmpty() || o.cutShort)
                continue; // never asked, or cut short by the cancellation
            failed = true;
            ++figures.failed;
            if (figures.failures.size() < JudgeFigures::kMaxFailures)
                figures.failures.push_back({batch[d].uid, o.error});
        }
        if (failed)
            ++m_failed;
        else if (complete)
            ++m_rated;
    }
    if (progress && (m_rated != shownRated || m_failed != shownFailed))
        progress(m_rated, m_failed);
    return !cancelled;
}

} // namespace Callwright
