#include "scoringtask.h"

#include "store/projectstore.h"

#include <QCoreApplication>

namespace Callwright {

ScoringTask::ScoringTask(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

ScoringTask::~ScoringTask()
{
    cancel();
    m_pool.waitForDone();
}

template<typename Work>
bool ScoringTask::launch(Kind kind, const QString &path, Work work)
{
    if (isRunning())
        return false;
    m_kind = kind;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int run = ++m_run;
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_pool.start([this, path, run, cancel, work = std::move(work)] {
        ProjectStore store;
        const StoreError error = store.open(path);
        // Delivers on the GUI thread, only for the run still current.
        const auto post = [this, run](auto deliver) {
            QMetaObject::invokeMethod(
                    this,
                    [this, run, deliver = std::move(deliver)] {
                        if (run != m_run)
                            return;
                        finish(run);
                        deliver();
                    },
                    Qt::QueuedConnection);
        };
        const auto progress = [this, run](const ScoringProgress &p) {
            QMetaObject::invokeMethod(
                    this,
                    [this, run, p] {
                        if (run == m_run)
                            Q_EMIT progressChanged(p.done, p.total);
                    },
                    Qt::QueuedConnection);
        };
        work(store, error, *cancel, progress, post);
    });
    return true;
}

void ScoringTask::finish(int run)
{
    if (run == m_run) {
        m_kind = Kind::None;
        m_cancel.reset();
    }
}

bool ScoringTask::score(const QString &path, int threads)
{
    return runPass(Kind::Score, path, true, threads);
}

bool ScoringTask::summarize(const QString &path)
{
    return runPass(Kind::Summarize, path, false, 0);
}

bool ScoringTask::runPass(Kind kind, const QString &path, bool score, int threads)
{
    return launch(kind, path,
                  [this, kind, score, threads](ProjectStore &store, const StoreError &error,
                                               const std::atomic_bool &cancel, auto progress,
                                               auto post) {
                      auto report = std::make_shared<ScoringReport>();
                      if (error) {
                          report->error = error.message;
                      } else {
                          ScoringRunner runner(store);
                          ScoringRunner::Options options;
                          options.pass.score = score;
                          options.pass.threads = threads;
                          *report = runner.run(options, &cancel, progress);
                      }
                      post([this, kind, report] { Q_EMIT reportReady(kind, report); });
                  });
}

bool ScoringTask::previewRules(const QString &path, const std::vector<ReviewRule> &rules,
                               bool onlyOpen)
{
    return launch(Kind::PreviewRules, path,
                  [this, rules, onlyOpen](ProjectStore &store, const StoreError &error,
                                          const std::atomic_bool &cancel, auto, auto post) {
                      std::vector<RuleDecision> changes;
                      if (!error)
                          changes = ReviewRules::preview(store, rules, onlyOpen, &cancel);
                      const bool cancelled = cancel.load() || bool(error);
                      post([this, changes = std::move(changes), cancelled] {
                          Q_EMIT rulesPreviewed(changes, cancelled);
                      });
                  });
}

bool ScoringTask::applyRules(const QString &path, const std::vector<RuleDecision> &changes)
{
    return launch(Kind::ApplyRules, path,
                  [this, changes](ProjectStore &store, const StoreError &error,
                                  const std::atomic_bool &, auto, auto post) {
                      int written = 0;
                      QString why = error ? error.message : QString();
                      if (!error) {
                          written = ReviewRules::apply(store, changes);
                          if (written < int(changes.size()))
                              why = store.lastError().message;
                      }
                      post([this, written, why] { Q_EMIT rulesApplied(written, why); });
                  });
}

void ScoringTask::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ScoringTask::wait()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

} // namespace Callwright
