#include "exporttask.h"

#include "store/projectstore.h"

namespace Callwright {

namespace {

/// More progress reports than the eye can follow only fill the event queue.
constexpr qint64 kProgressIntervalMs = 50;

} // namespace

ExportTask::ExportTask(QObject *parent)
    : QObject(parent)
{}

ExportTask::~ExportTask() = default;

bool ExportTask::start(const QString &path, const ExportOptions &options, const QString &directory)
{
    return m_run.start(
            this, [this, path, options, directory](const std::atomic_bool &cancel, auto post) {
                ExportResult result;
                ProjectStore store;
                if (const StoreError e = store.open(path, ProjectStore::OpenMode::ReadOnly)) {
                    result.error = e.message;
                } else {
                    ProgressThrottle throttle(kProgressIntervalMs);
                    result = DatasetExporter(store).run(
                            options, directory, &cancel, [&](const ExportProgress &p) {
                                if (throttle.due(p.done >= p.total))
                                    post([this, p] { Q_EMIT progressChanged(p); });
                            });
                }
                post([this, result] {
                    m_run.end();
                    Q_EMIT finished(result);
                });
            });
}

void ExportTask::cancel()
{
    m_run.cancel();
}

void ExportTask::wait()
{
    m_run.wait(this);
}

} // namespace Callwright
