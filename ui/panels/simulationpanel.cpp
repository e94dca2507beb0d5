#include "simulationpanel.h"

#include "backends/endpointconnector.h"
#include "backends/endpointprofile.h"
#include "backends/secretstore.h"

#include "simulation/generationtask.h"
#include "simulation/jobsmodel.h"
#include "simulation/liveresultsmodel.h"
#include "simulation/simulationlabels.h"
#include "simulation/simulationsettingsform.h"
#include "widgets/emptystate.h"
#include "widgets/heading.h"

#include "model/projectdocument.h"
#include "settings/setting.h"
#include "simulation/generationjob.h"
#include "store/projectstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Callwright {

namespace {

Setting<QByteArray> mainSplitterState{"simulationPanel/splitter", {}};
Setting<QByteArray> listsSplitterState{"simulationPanel/listsSplitter", {}};

/// Other panels re-read the project when told; more often than this is only churn.
constexpr qint64 kNotifyIntervalMs = 500;

QTableView *tableView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    // Fixed rows: a view of hundreds of rows that change every batch measures nothing.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

int textWidth(const QWidget *view, const QString &sample)
{
    return view->fontMetrics().horizontalAdvance(sample) + 24;
}

} // namespace

SimulationPanel::SimulationPanel(QWidget *parent)
    : Panel(parent)
    , m_task(new GenerationTask(this))
    , m_results(new LiveResultsModel(this))
    , m_jobs(new JobsModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_form(new SimulationSettingsForm(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_progress(new QProgressBar(this))
    , m_eta(new QLabel(this))
    , m_status(new QLabel(this))
    , m_resultsStack(new QStackedWidget(this))
    , m_resultsView(tableView(m_results, this))
    , m_jobsView(tableView(m_jobs, this))
{
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formScroll->setMinimumWidth(m_form->sizeHint().width()
                                + formScroll->verticalScrollBar()->sizeHint().width());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(formScroll);
    splitter->addWidget(createRunArea());
    splitter->setStretchFactor(1, 1);
    if (!splitter->restoreState(mainSplitterState))
        splitter->setSizes({formScroll->minimumWidth(), 900});
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { mainSplitterState.setValue(splitter->saveState()); });

    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    m_task->endpointOpener = EndpointConnector::opener(SecretStore::application());
    connect(m_start, &QPushButton::clicked, this, [this] { start(); });
    connect(m_cancel, &QPushButton::clicked, this, &SimulationPanel::cancel);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_jobsView->selectionModel()->currentIndex();
        if (const Job *job = m_jobs->job(current.row()))
            resume(job->id);
    });
    connect(m_jobsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SimulationPanel::updateActions);
    connect(m_jobs, &QAbstractItemModel::modelReset, this, &SimulationPanel::updateActions);
    connect(m_jobs, &QAbstractItemModel::dataChanged, this, &SimulationPanel::updateActions);
    connect(m_form, &SimulationSettingsForm::changed, this, [this] {
        updateActions();
        if (!isRunning())
            showIdleStatus();
    });
    connect(m_task, &GenerationTask::progressChanged, this, &SimulationPanel::showProgress);
    connect(m_task, &GenerationTask::batchStored, this, &SimulationPanel::addResults);
    connect(m_task, &GenerationTask::finished, this, &SimulationPanel::runEnded);
    connect(m_results, &QAbstractItemModel::rowsInserted, this,
            [this] { m_resultsStack->setCurrentIndex(1); });
    connect(m_results, &QAbstractItemModel::modelReset, this,
            [this] { m_resultsStack->setCurrentIndex(m_results->rowCount() > 0 ? 1 : 0); });

    documentChanged();
}

SimulationPanel::~SimulationPanel()
{
    // The task's destructor would wait too; here the job is still recorded as cancelled
    // while the panel's models exist.
    m_task->cancel();
    m_task->wait();
}

void SimulationPanel::showEvent(QShowEvent *event)
{
    Panel::showEvent(event);
    if (!isRunning())
        m_form->refreshEngines();
}

QWidget *SimulationPanel::createRunArea()
{
    auto *area = new QWidget(this);

    m_start->setToolTip(tr("Record a job with these settings and start making dialogues"));
    m_cancel->setToolTip(tr("Stop after the dialogues already stored; the job can be resumed"));
    m_resume->setToolTip(tr("Make the dialogues the selected job has not stored yet"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("No run yet"));
    m_progress->setAccessibleName(tr("Generation progress"));
    m_eta->setMinimumWidth(textWidth(m_eta, tr("about 00 min 00 s left")));
    m_eta->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_eta->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_start);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_eta);

    // The live list: newest on top, capped.
    auto *placeholder = new QLabel(tr("Dialogues appear here as the run writes them, newest "
                                      "first (the last %1 are kept).")
                                           .arg(m_results->capacity()),
                                   this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    placeholder->setFrameShape(QFrame::StyledPanel);
    m_resultsStack->addWidget(placeholder);
    m_resultsStack->addWidget(m_resultsView);
    QHeaderView *resultsHeader = m_resultsView->horizontalHeader();
    resultsHeader->setSectionResizeMode(LiveResultsModel::RequestColumn, QHeaderView::Stretch);
    m_resultsView->setColumnWidth(LiveResultsModel::DialogueColumn,
                                  textWidth(m_resultsView, QStringLiteral("job000-000000")));
    m_resultsView->setColumnWidth(
            LiveResultsModel::StepsColumn,
            textWidth(m_resultsView, QStringLiteral("single \u2192 chain \u2192 clarify \u2192 "
                                                    "recovery")));
    m_resultsView->setColumnWidth(LiveResultsModel::CallsColumn,
                                  textWidth(m_resultsView, tr("Calls")));
    m_resultsView->setColumnWidth(LiveResultsModel::VerifiedColumn,
                                  textWidth(m_resultsView, tr("Verified")));
    m_resultsView->setAccessibleName(tr("Latest dialogues"));

    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(heading(tr("Latest dialogues"), results));
    resultsLayout->addWidget(m_resultsStack, 1);

    QHeaderView *jobsHeader = m_jobsView->horizontalHeader();
    jobsHeader->setSectionResizeMode(JobsModel::CreatedColumn, QHeaderView::Stretch);
    m_jobsView->setColumnWidth(JobsModel::IdColumn,
                               textWidth(m_jobsView, tr("Job") + QStringLiteral("0000")));
    m_jobsView->setColumnWidth(JobsModel::CatalogColumn,
                               textWidth(m_jobsView, QStringLiteral("a catalog name")));
    m_jobsView->setColumnWidth(JobsModel::StateColumn,
                               textWidth(m_jobsView, tr("Interrupted") + QStringLiteral("0")));
    m_jobsView->setColumnWidth(JobsModel::RequestedColumn,
                               textWidth(m_jobsView, tr("Requested") + QStringLiteral("0")));
    m_jobsView->setColumnWidth(JobsModel::StoredColumn,
                               textWidth(m_jobsView, QStringLiteral("1,000,000")));
    m_jobsView->setAccessibleName(tr("Jobs"));

    auto *jobsTitle = new QHBoxLayout;
    jobsTitle->addWidget(heading(tr("Jobs"), this), 1);
    jobsTitle->addWidget(m_resume);
    auto *jobs = new QWidget(this);
    auto *jobsLayout = new QVBoxLayout(jobs);
    jobsLayout->setContentsMargins(0, 0, 0, 0);
    jobsLayout->addLayout(jobsTitle);
    jobsLayout->addWidget(m_jobsView, 1);

    auto *lists = new QSplitter(Qt::Vertical, this);
    lists->setChildrenCollapsible(false);
    lists->addWidget(results);
    lists->addWidget(jobs);
    lists->setStretchFactor(0, 3);
    lists->setStretchFactor(1, 1);
    if (!lists->restoreState(listsSplitterState))
        lists->setSizes({480, 180});
    connect(lists, &QSplitter::splitterMoved, this,
            [lists] { listsSplitterState.setValue(lists->saveState()); });

    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(runRow);
    layout->addWidget(m_status);
    layout->addWidget(lists, 1);
    return area;
}

QString SimulationPanel::panelId() const
{
    return QStringLiteral("simulation");
}

QString SimulationPanel::title() const
{
    return tr("Simulation");
}

QString SimulationPanel::statusText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : m_status->text();
}

bool SimulationPanel::isRunning() const
{
    return m_task->isRunning();
}

qint64 SimulationPanel::runningJobId() const
{
    return m_task->jobId();
}

void SimulationPanel::documentChanged()
{
    // A run writes to its own connection, but it belongs to the project it was started on.
    if (m_task->isRunning()) {
        m_task->cancel();
        m_task->wait();
    }
    ProjectDocument *doc = document();
    countDialogues();
    m_form->setDocument(doc);
    m_results->clear();
    refreshJobs();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("No run yet"));
    m_eta->clear();
    if (doc) {
        const auto catalogsChanged = [this] {
            if (!isRunning())
                countDialogues(); // removing a catalog removes its dialogues
            m_form->refreshCatalogs();
            if (!isRunning())
                showIdleStatus();
        };
        connect(doc, &ProjectDocument::catalogInserted, this, catalogsChanged);
        connect(doc, &ProjectDocument::catalogRemoved, this, catalogsChanged);
        connect(doc, &ProjectDocument::toolInserted, this, catalogsChanged);
        connect(doc, &ProjectDocument::toolRemoved, this, catalogsChanged);
        connect(doc, &ProjectDocument::dialoguesChanged, this, [this] {
            if (!isRunning()) {
                countDialogues();
                showIdleStatus();
            }
        });
    }
    showIdleStatus();
    updateActions();
}

bool SimulationPanel::start()
{
    ProjectDocument *doc = document();
    if (!doc || isRunning())
        return false;
    const QString problem = m_form->problem();
    if (!problem.isEmpty()) {
        showStatus(problem);
        return false;
    }
    m_form->remember();
    GenerationRunner runner(doc->store());
    runner.setEndpointOpener(m_task->endpointOpener);
    QString error;
    const std::optional<Job> job = runner.create(m_form->settings(), &error);
    if (!job) {
        showStatus(tr("The job cannot start: %1").arg(error));
        return false;
    }
    beginRun(*job);
    return true;
}

void SimulationPanel::cancel()
{
    if (!isRunning())
        return;
    m_task->cancel();
    m_cancel->setEnabled(false);
    showStatus(tr("Cancelling job %1\u2026").arg(m_task->jobId()));
}

bool SimulationPanel::resume(qint64 jobId)
{
    ProjectDocument *doc = document();
    if (!doc || isRunning())
        return false;
    const int row = m_jobs->rowOfJob(jobId);
    if (row < 0 || !m_jobs->canResume(row)) {
        showStatus(tr("Job %1 has nothing left to resume.").arg(jobId));
        return false;
    }
    const std::optional<Job> job = doc->store().job(jobId);
    if (!job) {
        showStatus(doc->store().lastError().message);
        return false;
    }
    beginRun(*job);
    return true;
}

void SimulationPanel::beginRun(const Job &job)
{
    m_runPath = document()->store().path();
    m_writtenThisRun = 0;
    m_unverifiedThisRun = 0;
    m_results->clear();
    if (!m_task->start(m_runPath, job))
        return;
    m_runClock.start();
    m_lastNotify.start();
    m_jobs->setRunningJob(job.id);
    refreshJobs();
    const int row = m_jobs->rowOfJob(job.id);
    if (row >= 0)
        m_jobsView->selectRow(row);
    m_progress->setRange(0, std::max(1, job.requested));
    m_progress->setValue(0);
    m_progress->setFormat(tr("Starting\u2026"));
    m_eta->clear();
    QString endpoint = QString::fromStdString(job.settings.value("endpoint", std::string()));
    if (const std::optional<EndpointProfile> profile = EndpointProfiles::find(endpoint))
        endpoint = profile->name;
    if (endpoint.isEmpty())
        showStatus(tr("Job %1 is running on the embedded engine\u2026").arg(job.id));
    else
        showStatus(tr("Job %1 is running on the endpoint \u201c%2\u201d\u2026")
                           .arg(job.id)
                           .arg(endpoint));
    updateActions();
    Q_EMIT runStarted(job.id);
}

void SimulationPanel::showProgress(const GenerationProgress &progress)
{
    const QLocale locale;
    m_writtenThisRun = progress.writtenThisRun;
    m_unverifiedThisRun = progress.unverified;
    m_progress->setRange(0, std::max(1, progress.total));
    m_progress->setValue(progress.done);
    QString format = tr("%1 / %2 \u00b7 %3 dialogues/s \u00b7 %4 unverified")
                             .arg(locale.toString(progress.done), locale.toString(progress.total),
                                  locale.toString(progress.dialoguesPerSecond, 'f',
                                                  progress.dialoguesPerSecond < 10 ? 1 : 0),
                                  locale.toString(progress.unverified));
    if (progress.failed > 0)
        format += tr(" \u00b7 %1 failed").arg(locale.toString(progress.failed));
    m_progress->setFormat(format);
    if (!progress.lastFailure.isEmpty())
        showStatus(progress.lastFailure);
    const int left = progress.total - progress.done;
    m_eta->setText(left > 0 && progress.dialoguesPerSecond > 0
                           ? SimulationLabels::timeLeft(left / progress.dialoguesPerSecond)
                           : QString());
    m_jobs->setStored(m_task->jobId(), progress.done);
    notifyDialogues(false);
    Q_EMIT progressChanged(progress.done, progress.total);
}

void SimulationPanel::addResults(const std::vector<DialogueSummary> &batch)
{
    m_results->add(batch);
}

void SimulationPanel::runEnded(const Job &job)
{
    m_jobs->setRunningJob(0);
    const bool sameProject = document() && document()->store().path() == m_runPath;
    QString report;
    const QLocale locale;
    const double seconds = double(m_runClock.elapsed()) / 1000.0;
    switch (job.state) {
    case Job::State::Completed:
        report = tr("Job %1 completed in %2 s: %3 written by this run, %4 of them "
                    "unverified.")
                         .arg(job.id)
                         .arg(locale.toString(seconds, 'f', 1), locale.toString(m_writtenThisRun),
                              locale.toString(m_unverifiedThisRun));
        m_eta->setText(tr("done"));
        break;
    case Job::State::Cancelled:
        report = tr("Job %1 was cancelled with %2 of %3 dialogues stored; Resume makes the "
                    "rest.")
                         .arg(job.id)
                         .arg(locale.toString(m_progress->value()))
                         .arg(locale.toString(job.requested));
        m_eta->setText(tr("cancelled"));
        break;
    case Job::State::Failed:
    case Job::State::Running:
        report = tr("Job %1 failed: %2").arg(job.id).arg(job.error);
        m_eta->setText(tr("failed"));
        break;
    }
    if (sameProject) {
        refreshJobs();
        const int row = m_jobs->rowOfJob(job.id);
        if (row >= 0)
            m_jobsView->selectRow(row);
        notifyDialogues(true);
        showStatus(report);
    }
    updateActions();
    Q_EMIT runFinished(job.id, report);
}

void SimulationPanel::notifyDialogues(bool force)
{
    ProjectDocument *doc = document();
    if (!doc || (!force && m_lastNotify.isValid() && m_lastNotify.elapsed() < kNotifyIntervalMs))
        return;
    m_lastNotify.start();
    doc->notifyDialoguesChanged();
}

void SimulationPanel::refreshJobs()
{
    const Job *current = m_jobs->job(m_jobsView->currentIndex().row());
    const qint64 selected = current ? current->id : 0;
    m_jobs->reload(document());
    const int row = m_jobs->rowOfJob(selected);
    if (row >= 0)
        m_jobsView->selectRow(row);
}

void SimulationPanel::updateActions()
{
    const bool running = isRunning();
    const bool ready = document() && m_form->problem().isEmpty();
    m_start->setEnabled(!running && ready);
    m_cancel->setEnabled(running);
    m_form->setEnabled(!running && document());
    m_resume->setEnabled(!running && m_jobs->canResume(m_jobsView->currentIndex().row()));
}

void SimulationPanel::showStatus(const QString &text)
{
    m_status->setText(text);
}

void SimulationPanel::countDialogues()
{
    m_dialogueCount = document() ? document()->dialogueCount() : 0;
}

void SimulationPanel::showIdleStatus()
{
    ProjectDocument *doc = document();
    if (!doc) {
        m_empty->setTitle(tr("Simulation"));
        m_empty->setText(tr("No project is open."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const QString holds = tr("This project holds %n dialogue(s).", nullptr, int(m_dialogueCount));
    if (doc->catalogs().empty()) {
        m_empty->setTitle(tr("Simulation"));
        m_empty->setText(holds + QLatin1Char('\n')
                         + tr("Add or import a catalog first: dialogues call the tools of one "
                              "catalog."));
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const QString problem = m_form->problem();
    showStatus(problem.isEmpty()
                       ? holds + QLatin1Char(' ') + tr("Choose the settings and press Start.")
                       : holds + QLatin1Char(' ') + problem);
}

} // namespace Callwright
