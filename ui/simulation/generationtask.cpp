#include "generationtask.h"

#include "store/projectstore.h"

#include <QCoreApplication>

namespace Callwright {

namespace {

/// More rows than the live list keeps would be made only to be dropped.
constexpr std::size_t kMaxSummariesPerBatch = LiveResultsModel::kCapacity;

} // namespace

GenerationTask::GenerationTask(QObject *parent)
    : QObject(parent)
{
    // One run at a time, started at once even while the global pool is busy elsewhere.
    m_pool.setMaxThreadCount(1);
}

GenerationTask::~GenerationTask()
{
    cancel();
    // The worker posts to this object until it returns; it must not outlive it.
    m_pool.waitForDone();
}

bool GenerationTask::start(const QString &path, const Job &job)
{
    if (isRunning() || job.id == 0)
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_jobId = job.id;
    const int run = ++m_run;
    const int batch = batchSize;
    const int lanes = threads;
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const GenerationRunner::EndpointOpener opener = endpointOpener;
    m_pool.start([this, path, job, run, batch, lanes, cancel, opener] {
        ProjectStore store;
        const StoreError error = store.open(path);
        if (error) {
            Job failed = job;
            failed.state = Job::State::Failed;
            failed.error = error.message;
            QMetaObject::invokeMethod(
                    this, [this, failed, run] { deliverFinished(failed, run); },
                    Qt::QueuedConnection);
            return;
        }
        GenerationRunner runner(store);
        runner.batchSize = batch;
        runner.threads = lanes;
        runner.setEndpointOpener(opener);
        GenerationRunner::Callbacks callbacks;
        callbacks.progress = [this, run](const GenerationProgress &progress) {
            QMetaObject::invokeMethod(
                    this,
                    [this, progress, run] {
                        if (run == m_run)
                            Q_EMIT progressChanged(progress);
                    },
                    Qt::QueuedConnection);
        };
        callbacks.batchStored = [this, run](const std::vector<Dialogue> &written) {
            const std::size_t from = written.size() > kMaxSummariesPerBatch
                                             ? written.size() - kMaxSummariesPerBatch
                                             : 0;
            std::vector<DialogueSummary> rows;
            rows.reserve(written.size() - from);
            for (std::size_t i = from; i < written.size(); ++i) {
                // A cancelled batch is not written, so every dialogue here has an id.
                rows.push_back(DialogueSummary::of(written[i]));
            }
            QMetaObject::invokeMethod(
                    this,
                    [this, rows = std::move(rows), run] {
                        if (run == m_run)
                            Q_EMIT batchStored(rows);
                    },
                    Qt::QueuedConnection);
        };
        // A cancelled job being resumed is marked running again by the runner at once.
        const Job end = runner.run(job, cancel.get(), callbacks);
        QMetaObject::invokeMethod(
                this, [this, end, run] { deliverFinished(end, run); }, Qt::QueuedConnection);
    });
    return true;
}

void GenerationTask::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void GenerationTask::wait()
{
    m_pool.waitForDone();
    // What the worker posted last, finished included, arrives now rather than later.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void GenerationTask::deliverFinished(const Job &job, int run)
{
    if (run != m_run)
        return;
    m_jobId = 0;
    m_cancel.reset();
    Q_EMIT finished(job);
}

} // namespace Callwright
