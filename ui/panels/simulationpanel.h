#pragma once

#include "panel.h"

#include <QElapsedTimer>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Callwright {

class EmptyState;
class GenerationTask;
class JobsModel;
class LiveResultsModel;
class SimulationSettingsForm;
struct DialogueSummary;
struct GenerationProgress;
struct Job;

/// Where dialogues are generated: the settings of a job, a run on a worker thread with its
/// progress and the dialogues it writes as they arrive, and the project's jobs, of which
/// interrupted and cancelled ones can be resumed. The GUI thread never waits for the engine.
class SimulationPanel final : public Panel
{
    Q_OBJECT

public:
    explicit SimulationPanel(QWidget *parent = nullptr);
    ~SimulationPanel() override;

    QString panelId() const override;
    QString title() const override;
    /// What the panel currently says (its status line, or why it is empty), for tests and
    /// accessibility.
    QString statusText() const;

    SimulationSettingsForm *settingsForm() const { return m_form; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *resumeButton() const { return m_resume; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *etaLabel() const { return m_eta; }
    QTableView *resultsView() const { return m_resultsView; }
    QTableView *jobsView() const { return m_jobsView; }
    LiveResultsModel *resultsModel() const { return m_results; }
    JobsModel *jobsModel() const { return m_jobs; }

    bool isRunning() const;
    /// The job being run, 0 when none.
    qint64 runningJobId() const;

    // The commands behind the buttons, for tests and scripted runs.
    /// Records a job with the form's settings and starts it; false (with the reason in the
    /// status line) when it cannot start.
    bool start();
    void cancel();
    /// Continues an interrupted or cancelled job of the project.
    bool resume(qint64 jobId);

Q_SIGNALS:
    void runStarted(qint64 jobId);
    /// After each batch: dialogues of the running job in the project, and how many it asks for.
    void progressChanged(int done, int total);
    /// A run ended, completed or not; report is what the status line says about it.
    void runFinished(qint64 jobId, const QString &report);

protected:
    void documentChanged() override;
    /// Offers the endpoint profiles as they are now (the Endpoints panel may have changed them).
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createRunArea();
    void beginRun(const Job &job);
    void showProgress(const GenerationProgress &progress);
    void addResults(const std::vector<DialogueSummary> &batch);
    void runEnded(const Job &job);
    void notifyDialogues(bool force);
    void refreshJobs();
    void updateActions();
    void showStatus(const QString &text);
    void countDialogues();
    void showIdleStatus();

    GenerationTask *m_task;
    LiveResultsModel *m_results;
    JobsModel *m_jobs;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    SimulationSettingsForm *m_form;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_resume;
    QProgressBar *m_progress;
    QLabel *m_eta;
    QLabel *m_status;
    QStackedWidget *m_resultsStack;
    QTableView *m_resultsView;
    QTableView *m_jobsView;

    QString m_runPath; ///< the project file the run writes to
    /// The project's dialogues as last counted; settings edits reuse it rather than query.
    qint64 m_dialogueCount = 0;
    int m_writtenThisRun = 0;
    int m_unverifiedThisRun = 0;
    QElapsedTimer m_runClock;
    QElapsedTimer m_lastNotify;
};

} // namespace Callwright
