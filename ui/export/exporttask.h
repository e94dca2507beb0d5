#pragma once

#include "export/datasetexporter.h"

#include "widgets/backgroundrun.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace Callwright {

/// Runs one export at a time on a worker thread, which opens its own read-only ProjectStore
/// on the project file. Progress and the result come back to the GUI thread as queued calls.
/// Destroying the task cancels the export and waits for it, so no partial file is left.
class ExportTask final : public QObject
{
    Q_OBJECT

public:
    explicit ExportTask(QObject *parent = nullptr);
    ~ExportTask() override;

    bool isRunning() const { return m_run.isRunning(); }
    /// Exports the project at path into directory; false while another export runs.
    bool start(const QString &path, const ExportOptions &options, const QString &directory);
    void cancel();
    /// Blocks until the worker is done and delivers what it sent, finished included.
    void wait();

Q_SIGNALS:
    void progressChanged(const Callwright::ExportProgress &progress);
    void finished(const Callwright::ExportResult &result);

private:
    BackgroundRun m_run;
};

} // namespace Callwright
