#pragma once

#include "liveresultsmodel.h"

#include "model/job.h"
#include "simulation/generationjob.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Callwright {

/// Runs one generation job at a time on a worker thread of its own, which opens its own
/// ProjectStore on the project file (a store is bound to the thread that opened it). The
/// runner's callbacks come back to the GUI thread as queued calls; the dialogues stay in the
/// file and only their summaries cross over. Destroying the task cancels the run and waits
/// for it, so the job is left cancelled rather than running.
class GenerationTask final : public QObject
{
    Q_OBJECT

public:
    explicit GenerationTask(QObject *parent = nullptr);
    ~GenerationTask() override;

    bool isRunning() const { return m_jobId != 0; }
    qint64 jobId() const { return m_jobId; }

    /// Runs (or resumes) job, already stored in the project at path. False while another
    /// run is going on.
    bool start(const QString &path, const Job &job);
    /// Asks the run to stop; finished follows once the batch in flight is dropped.
    void cancel();
    /// Blocks until the worker is done (for closing a project) and delivers what it sent,
    /// finished included, before returning.
    void wait();

    /// Dialogues written per transaction and worker lanes (0: one per core).
    int batchSize = 256;
    int threads = 0;
    /// Opens the endpoint of "llm" jobs (EndpointConnector::opener in the application).
    GenerationRunner::EndpointOpener endpointOpener;

Q_SIGNALS:
    void progressChanged(const Callwright::GenerationProgress &progress);
    /// Summaries of the batch just written, at most the live list's worth.
    void batchStored(const std::vector<Callwright::DialogueSummary> &batch);
    /// The job as the run left it (completed, cancelled or failed).
    void finished(const Callwright::Job &job);

private:
    void deliverFinished(const Job &job, int run);

    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    qint64 m_jobId = 0;
    int m_run = 0;
};

} // namespace Callwright
