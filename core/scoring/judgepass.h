#pragma once

#include "scoring/datasetstats.h"
#include "scoring/judge.h"

#include <QThreadPool>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace Callwright {

/// A dialogue a judge could not rate, and why.
struct JudgeFailure
{
    QString uid;
    QString error;
};

/// What one judge did in a pass.
struct JudgeFigures
{
    QString profile;
    qint64 rated = 0;  ///< dialogues given a verdict on every rubric
    qint64 failed = 0; ///< dialogues the judge could not rate (their old verdicts stay)
    /// This pass's verdicts per rubric (metric), for the mean and the distribution.
    std::map<QString, Histogram> verdicts;
    std::vector<JudgeFailure> failures; ///< the first kMaxFailures, in batch order

    static constexpr std::size_t kMaxFailures = 100;
};

/// Runs judges over batches of dialogues. Each judge() call blocks on its endpoint, so the
/// calls run on a pool of their own, as many threads as the judges may have requests in
/// flight (at most kMaxThreads). A dialogue a judge fails for is counted and keeps its old
/// verdicts; the pass goes on.
class JudgePass final
{
public:
    static constexpr int kMaxThreads = 64;

    /// threads: 0 for the judges' concurrency() added up.
    explicit JudgePass(std::vector<std::shared_ptr<Judge>> judges, int threads = 0);
    ~JudgePass();
    JudgePass(const JudgePass &) = delete;
    JudgePass &operator=(const JudgePass &) = delete;

    bool isEmpty() const { return m_judges.empty(); }
    int threads() const { return m_threads; }

    /// Rates every dialogue of the batch with every judge and stores the verdicts in
    /// Dialogue::scores (see apply()). Waits on the calling thread, which it wakes every
    /// pollMs to call progress(rated, failed) with the pass's dialogue counts so far and to
    /// look at cancel; once cancel is set it asks the judges to stop (Judge::cancel), keeps
    /// the verdicts that came in and returns false. Calls cut short are not counted as failed.
    bool process(std::vector<Dialogue> &batch, const std::atomic_bool *cancel = nullptr,
                 const std::function<void(qint64 rated, qint64 failed)> &progress = {},
                 int pollMs = 100);

    /// Dialogues rated by every judge, and those some judge failed for, so far.
    qint64 rated() const { return m_rated; }
    qint64 failed() const { return m_failed; }
    const std::vector<JudgeFigures> &figures() const { return m_figures; }

    /// Replaces the verdicts of one judge (rubrics from source) by verdicts; the other scores
    /// of the dialogue stay.
    static void apply(Dialogue &dialogue, const QString &source, const QStringList &rubrics,
                      std::vector<Score> verdicts);

private:
    std::vector<std::shared_ptr<Judge>> m_judges;
    std::vector<QStringList> m_rubrics;
    std::vector<JudgeFigures> m_figures;
    int m_threads = 1;
    qint64 m_rated = 0;
    qint64 m_failed = 0;
    QThreadPool m_pool;
};

} // namespace Callwright
