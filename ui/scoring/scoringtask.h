#pragma once

#include "scoring/reviewrules.h"
#include "scoring/scoringrun.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Callwright {

/// Runs one scoring job at a time on a worker thread that opens its own ProjectStore on the
/// project file: scoring every dialogue, reading the statistics of the stored scores,
/// previewing review rules or applying them. Results come back to the GUI thread as queued
/// calls. Destroying the task cancels what runs and waits for it.
class ScoringTask final : public QObject
{
    Q_OBJECT

public:
    enum class Kind { None, Score, Summarize, PreviewRules, ApplyRules };

    explicit ScoringTask(QObject *parent = nullptr);
    ~ScoringTask() override;

    bool isRunning() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }

    /// Each returns false while another job runs.
    bool score(const QString &path, int threads = 0);
    bool summarize(const QString &path);
    bool previewRules(const QString &path, const std::vector<ReviewRule> &rules, bool onlyOpen);
    bool applyRules(const QString &path, const std::vector<RuleDecision> &changes);

    void cancel();
    /// Blocks until the worker is done and delivers what it sent before returning.
    void wait();

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    /// Score or Summarize ended; report->cancelled or report->error tell how.
    void reportReady(Callwright::ScoringTask::Kind kind,
                     std::shared_ptr<const Callwright::ScoringReport> report);
    void rulesPreviewed(const std::vector<Callwright::RuleDecision> &changes, bool cancelled);
    void rulesApplied(int written, const QString &error);

private:
    template<typename Work>
    bool launch(Kind kind, const QString &path, Work work);
    /// A scoring pass over the project: scoring and storing, or only reading the figures.
    bool runPass(Kind kind, const QString &path, bool score, int threads);
    void finish(int run);

    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Kind m_kind = Kind::None;
    int m_run = 0;
};

} // namespace Callwright
