#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Callwright {

/// What every background task of a panel shares: one run at a time on a thread of its own,
/// the run's cancel flag, and delivery to the owner's thread of what the run sends, dropped
/// when a newer run has started since. Owned by the task (a QObject); destroying it cancels
/// the run and waits for it.
class BackgroundRun final
{
public:
    BackgroundRun() { m_pool.setMaxThreadCount(1); }
    ~BackgroundRun() { stop(); }
    BackgroundRun(const BackgroundRun &) = delete;
    BackgroundRun &operator=(const BackgroundRun &) = delete;

    /// A run was started and has not delivered its end (see end()).
    bool isRunning() const { return bool(m_cancel); }

    /// Runs work(cancel, post) on the worker thread; false while a run is on. post(f) calls f
    /// on owner's thread, unless a newer run has started by then.
    template<typename Work>
    bool start(QObject *owner, Work work)
    {
        if (isRunning())
            return false;
        m_cancel = std::make_shared<std::atomic_bool>(false);
        const int run = ++m_run;
        std::shared_ptr<std::atomic_bool> cancel = m_cancel;
        m_pool.start([this, owner, run, cancel, work = std::move(work)]() mutable {
            const auto post = [this, owner, run](auto deliver) {
                QMetaObject::invokeMethod(
                        owner,
                        [this, run, deliver = std::move(deliver)]() mutable {
                            if (run == m_run)
                                deliver();
                        },
                        Qt::QueuedConnection);
            };
            work(*cancel, post);
        });
        return true;
    }
    /// The run's end was delivered: another may start.
    void end() { m_cancel.reset(); }
    void cancel()
    {
        if (m_cancel)
            m_cancel->store(true);
    }
    /// Blocks until the worker is done and delivers what it posted to owner, its end included.
    void wait(QObject *owner)
    {
        m_pool.waitForDone();
        QCoreApplication::sendPostedEvents(owner, QEvent::MetaCall);
    }
    void stop()
    {
        cancel();
        m_pool.waitForDone();
    }

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_run = 0;
};

/// Lets through at most one progress report per interval, and always the last: more reports
/// than the eye can follow only fill the event queue.
class ProgressThrottle final
{
public:
    explicit ProgressThrottle(qint64 intervalMs = 50)
        : m_intervalMs(intervalMs)
    {
        m_clock.start();
    }
    bool due(bool last)
    {
        if (!last && m_clock.elapsed() < m_intervalMs)
            return false;
        m_clock.restart();
        return true;
    }

private:
    QElapsedTimer m_clock;
    qint64 m_intervalMs;
};

} // namespace Callwright
