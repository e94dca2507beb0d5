#include "corpustask.h"

#include "corpus/corpusimporter.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Callwright {

namespace {

/// More progress reports than the eye can follow only fill the event queue.
constexpr qint64 kProgressIntervalMs = 100;

CorpusTaskResult runCorpus(const QString &path, const QString &input,
                           const std::atomic_bool *cancel,
                           const CorpusPipeline::ProgressCallback &progress)
{
    CorpusTaskResult result;
    ProjectStore store;
    if (const StoreError e = store.open(path)) {
        result.error = e.message;
        return result;
    }
    CorpusRunOptions options;
    options.rerunDone = false;
    if (!input.isEmpty()) {
        CorpusImport import = CorpusImporter().read(input);
        if (!import.ok()) {
            result.error = import.errors.front().toString();
            return result;
        }
        if (import.documents.empty()) {
            result.error = QCoreApplication::translate("Callwright::CorpusTask",
                                                       "No corpus text was found in %1.")
                                   .arg(input);
            return result;
        }
        if (!store.putCorpusDocuments(import.documents)) {
            result.error = store.lastError().message;
            return result;
        }
        result.imported = int(import.documents.size());
        for (const SegmentedDocument &s : import.documents)
            options.documentIds.push_back(s.document.id);
    }
    result.run = CorpusPipeline(store).run(options, cancel, progress);
    result.cancelled = result.run.cancelled;
    result.error = result.run.error;
    result.ok = !result.cancelled && result.error.isEmpty();
    return result;
}

} // namespace

CorpusTask::CorpusTask(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

CorpusTask::~CorpusTask()
{
    cancel();
    m_pool.waitForDone();
}

bool CorpusTask::start(const QString &path, const QString &input)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int run = ++m_run;
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_pool.start([this, path, input, run, cancel] {
        QElapsedTimer sinceReport;
        sinceReport.start();
        const CorpusTaskResult result
                = runCorpus(path, input, cancel.get(), [&](const CorpusProgress &p) {
                      if (sinceReport.elapsed() < kProgressIntervalMs
                          && p.documentsDone < p.documentsTotal)
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

void CorpusTask::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void CorpusTask::wait()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

} // namespace Callwright
