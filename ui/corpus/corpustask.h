#pragma once

#include "corpus/corpuspipeline.h"

#include "widgets/backgroundrun.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace Callwright {

/// How a corpus run ended, as the Corpus panel reports it.
struct CorpusTaskResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;    ///< the import or the store failed
    int imported = 0; ///< documents read by the import, if there was one
    CorpusRunReport run;
};

/// Imports a corpus (optionally) and runs GEM's stages over it on a worker thread, which
/// opens its own ProjectStore on the project file. Progress and the result come back to the
/// GUI thread as queued calls; destroying the task cancels the run and waits for it.
class CorpusTask final : public QObject
{
    Q_OBJECT

public:
    explicit CorpusTask(QObject *parent = nullptr);
    ~CorpusTask() override;

    bool isRunning() const { return m_run.isRunning(); }
    /// Reads input (a folder or a file; empty: no import) into the project at path, then runs
    /// the pending and failed stages of what it read (or of every document without input).
    bool start(const QString &path, const QString &input);
    void cancel();
    /// Blocks until the worker is done and delivers what it sent, finished included.
    void wait();

Q_SIGNALS:
    void progressChanged(const Callwright::CorpusProgress &progress);
    void finished(const Callwright::CorpusTaskResult &result);

private:
    BackgroundRun m_run;
};

} // namespace Callwright
