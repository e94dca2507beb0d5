#include "corpustask.h"

#include "corpus/corpusimporter.h"
#include "store/projectstore.h"

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
{}

CorpusTask::~CorpusTask() = default;

bool CorpusTask::start(const QString &path, const QString &input)
{
    return m_run.start(this, [this, path, input](const std::atomic_bool &cancel, auto post) {
        ProgressThrottle throttle(kProgressIntervalMs);
        const CorpusTaskResult result
                = runCorpus(path, input, &cancel, [&](const CorpusProgress &p) {
                      if (throttle.due(p.documentsDone >= p.documentsTotal))
                          post([this, p] { Q_EMIT progressChanged(p); });
                  });
        post([this, result] {
            m_run.end();
            Q_EMIT finished(result);
        });
    });
}

void CorpusTask::cancel()
{
    m_run.cancel();
}

void CorpusTask::wait()
{
    m_run.wait(this);
}

} // namespace Callwright
