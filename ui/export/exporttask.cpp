#include "exporttask.h"

#include "store/projectstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Callwright {

namespace {

/// More progress reports than the eye can follow only fill the event queue.
constexpr qint64 kProgressIntervalMs = 50;

} // namespace

ExportTask::ExportTask(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

ExportTask::~ExportTask()
{
    cancel();
    m_pool.waitForDone();
}

bool ExportTask::start(const QString &path, const ExportOptions &options, const QString &directory)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int run = ++m_run;
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_pool.start([this, path, options, directory, run, cancel] {
        ExportResult result;
        ProjectStore store;
        if (const StoreError e = store.open(path, ProjectStore::OpenMode::ReadOnly)) {
            result.error = e.message;
        } else {
            QElapsedTimer sinceReport;
            sinceReport.start();
            result = DatasetExporter(store).run(
                    options, directory, cancel.get(), [&](const ExportProgress &p) {
                        if (sinceReport.elapsed() < kProgressIntervalMs && p.done < p.total)
                            return;
                        sinceReport.restart();
                        QMetaObject::invokeMethod(
                                this,
                                [this, p, run] {
                                    if (run == m_run)
                                        Q_EMIT progressChanged(p);
                                },
                                Qt::QueuedConnection);
                    });
        }
        QMetaObject::invokeMethod(
                this,
                [this, result, run] {
                    if (run != m_run)
                        return;
                    m_running = false;
                    m_cancel.reset();
                    Q_EMIT finished(result);
                },
                Qt::QueuedConnection);
    });
    return true;
}

void ExportTask::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportTask::wait()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

} // namespace Callwright
