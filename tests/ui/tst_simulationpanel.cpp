#include "uitestsupport.h"

#include "mainwindow.h"
#include "panels/simulationpanel.h"
#include "projectcontroller.h"
#include "projectsession.h"
#include "simulation/jobsmodel.h"
#include "simulation/liveresultsmodel.h"
#include "simulation/simulationsettingsform.h"

#include "backends/endpointprofile.h"
#include "catalog/demoproject.h"
#include "llmtestserver.h"
#include "scriptedmodel.h"
#include "simulation/generationjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

#include <set>

using namespace Callwright;
using namespace Callwright::UiTestSupport;

/// The Simulation panel on the demo project: a job started from the form runs off the GUI
/// thread to completion, shows its progress and the dialogues it writes, and lands in the
/// job list; cancelled and interrupted jobs resume without writing a dialogue twice.
class tst_SimulationPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void formListsCatalogsAndRemembersSettings();
    void runWritesRequestedDialogues();
    void liveListKeepsNewestRowsOnly();
    void cancelledJobResumesWithoutDuplicates();
    void interruptedJobIsShownAndResumes();
    void closingProjectMidRunCancelsJob();
    void guiStaysResponsiveDuringRun();
    void projectWithoutCatalogSaysWhy();
    void jobRunsOnAnEndpointProfile();

private:
    ProjectDocument *document() const { return m_window->session()->document(); }
    ProjectStore &store() const { return document()->store(); }
    SimulationSettingsForm *form() const { return m_panel->settingsForm(); }
    /// Starts a job of count dialogues with the Start button and waits until it has ended.
    bool runToEnd(int count);
    QString jobCell(int row, int column) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    SimulationPanel *m_panel = nullptr;
    int m_fileNumber = 0;
};

void tst_SimulationPanel::initTestCase()
{
    isolateSettings();
    // Endpoint profiles live in a settings file of their own; keep this process's apart.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    qputenv("CALLWRIGHT_SECRETS", "session");
    QVERIFY(m_dir.isValid());
}

void tst_SimulationPanel::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("s%1.callwright").arg(++m_fileNumber));
    const StoreError error = createDemoProject(m_path);
    QVERIFY2(!error, qPrintable(error.message));
    m_window = std::make_unique<MainWindow>();
    m_window->controller()->setInteractive(false);
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->controller()->openProjectFile(m_path));
    QVERIFY(m_window->selectPanel(QStringLiteral("simulation")));
    m_panel = m_window->findChild<SimulationPanel *>();
    QVERIFY(m_panel);
    QVERIFY(m_panel->startButton()->isEnabled());
}

void tst_SimulationPanel::cleanup()
{
    m_window.reset();
}

bool tst_SimulationPanel::runToEnd(int count)
{
    form()->countBox()->setValue(count);
    QSignalSpy finished(m_panel, &SimulationPanel::runFinished);
    QTest::mouseClick(m_panel->startButton(), Qt::LeftButton);
    if (!m_panel->isRunning())
        return false;
    return finished.wait(120000) || finished.size() == 1;
}

QString tst_SimulationPanel::jobCell(int row, int column) const
{
    const JobsModel *jobs = m_panel->jobsModel();
    return jobs->data(jobs->index(row, column)).toString();
}

void tst_SimulationPanel::formListsCatalogsAndRemembersSettings()
{
    QComboBox *catalogs = form()->catalogBox();
    QCOMPARE(catalogs->count(), int(document()->catalogs().size()));
    QVERIFY(catalogs->count() >= 2);
    QVERIFY(catalogs->itemText(0).contains(document()->catalogs()[0].name));
    QCOMPARE(form()->engineBox()->count(), 1);
    QVERIFY(form()->engineBox()->toolTip().contains(QStringLiteral("endpoint")));

    catalogs->setCurrentIndex(1);
    form()->countBox()->setValue(123);
    form()->seedBox()->setValue(77);
    form()->samplerBox()->setCurrentIndex(
            form()->samplerBox()->findData(int(SamplerKind::DataFlowChain)));
    form()->weightBox(PlanStep::Kind::ChitChat)->setValue(0);
    form()->maxStepsBox()->setValue(6);
    form()->minStepsBox()->setValue(8); // drags the upper end along
    QCOMPARE(form()->maxStepsBox()->value(), 8);
    const SimulationSettings chosen = form()->settings();
    QCOMPARE(chosen.catalogId, document()->catalogs()[1].id);
    QCOMPARE(chosen.mix.weight(PlanStep::Kind::ChitChat), 0);

    // A new session starts where this one left off, the catalog found by name.
    SimulationSettingsForm again;
    again.setDocument(document());
    QCOMPARE(again.settings(), chosen);

    // The seed button draws a new seed.
    const int before = form()->seedBox()->value();
    QTest::mouseClick(form()->findChild<QToolButton *>(), Qt::LeftButton);
    QVERIFY(form()->seedBox()->value() != before);

    // No weight left: nothing to plan, nothing to start.
    for (int k = 0; k < PlanMix::kKinds; ++k)
        form()->weightBox(PlanStep::Kind(k))->setValue(0);
    QVERIFY(!m_panel->startButton()->isEnabled());
    QVERIFY(m_panel->statusText().contains(QStringLiteral("weight")));
}

void tst_SimulationPanel::runWritesRequestedDialogues()
{
    QSignalSpy dialoguesChanged(document(), &ProjectDocument::dialoguesChanged);
    QVERIFY(runToEnd(300));
    QVERIFY(!m_panel->isRunning());

    QProgressBar *progress = m_panel->progressBar();
    QCOMPARE(progress->maximum(), 300);
    QCOMPARE(progress->value(), 300);
    QVERIFY2(progress->text().startsWith(QStringLiteral("300 / 300")),
             qPrintable(progress->text()));
    QVERIFY(progress->text().contains(QStringLiteral("dialogues/s")));
    QVERIFY(progress->text().contains(QStringLiteral("unverified")));

    const LiveResultsModel *results = m_panel->resultsModel();
    QCOMPARE(results->rowCount(), 300);
    const QString request
            = results->data(results->index(0, LiveResultsModel::RequestColumn)).toString();
    QVERIFY(!request.isEmpty());
    QVERIFY(!results->data(results->index(0, LiveResultsModel::StepsColumn)).toString().isEmpty());
    QVERIFY(results->data(results->index(0, 0), LiveResultsModel::DialogueIdRole).toLongLong() > 0);

    const std::vector<Job> jobs = store().jobs();
    QCOMPARE(jobs.size(), std::size_t(1));
    QCOMPARE(jobs[0].state, Job::State::Completed);
    QCOMPARE(m_panel->jobsModel()->rowCount(), 1);
    QCOMPARE(jobCell(0, JobsModel::StateColumn), QStringLiteral("Completed"));
    QCOMPARE(jobCell(0, JobsModel::StoredColumn), QStringLiteral("300"));
    QCOMPARE(store().dialogueCount(), qint64(300));
    QCOMPARE(store().jobDialogueCount(jobs[0].id), qint64(300));
    QVERIFY(m_panel->statusText().contains(QStringLiteral("completed")));
    QVERIFY(!m_panel->resumeButton()->isEnabled());
    QVERIFY(m_panel->startButton()->isEnabled());
    // Other panels heard about the new dialogues.
    QVERIFY(!dialoguesChanged.isEmpty());
}

void tst_SimulationPanel::liveListKeepsNewestRowsOnly()
{
    QVERIFY(runToEnd(1200));
    const LiveResultsModel *results = m_panel->resultsModel();
    QCOMPARE(results->rowCount(), results->capacity());
    const qint64 jobId = store().jobs().front().id;
    const auto uid = [results](int row) {
        return results->data(results->index(row, LiveResultsModel::DialogueColumn)).toString();
    };
    QCOMPARE(uid(0), GenerationRunner::uidFor(jobId, 1199));
    QCOMPARE(uid(results->rowCount() - 1),
             GenerationRunner::uidFor(jobId, 1200 - results->capacity()));
    QCOMPARE(store().dialogueCount(), qint64(1200));
}

void tst_SimulationPanel::cancelledJobResumesWithoutDuplicates()
{
    const int count = 5000;
    form()->countBox()->setValue(count);
    // Cancel as soon as the first batch is in: mid-run however fast the machine is.
    const QMetaObject::Connection cancelling
            = connect(m_panel, &SimulationPanel::progressChanged, m_panel, [this](int done) {
                  if (done > 0)
                      m_panel->cancelButton()->click();
              });
    QSignalSpy finished(m_panel, &SimulationPanel::runFinished);
    QTest::mouseClick(m_panel->startButton(), Qt::LeftButton);
    QVERIFY(m_panel->isRunning());
    QVERIFY(m_panel->cancelButton()->isEnabled());
    QVERIFY(finished.wait(120000));
    disconnect(cancelling);

    const qint64 jobId = store().jobs().front().id;
    QCOMPARE(store().job(jobId)->state, Job::State::Cancelled);
    const qint64 stored = store().jobDialogueCount(jobId);
    QVERIFY2(stored > 0 && stored < count, qPrintable(QString::number(stored)));
    QCOMPARE(jobCell(0, JobsModel::StateColumn), QStringLiteral("Cancelled"));
    QCOMPARE(jobCell(0, JobsModel::StoredColumn).remove(QLatin1Char(',')), QString::number(stored));
    QVERIFY(m_panel->statusText().contains(QStringLiteral("cancelled")));

    // The finished job is selected; Resume makes the rest.
    QCOMPARE(m_panel->jobsView()->currentIndex().row(), 0);
    QVERIFY(m_panel->resumeButton()->isEnabled());
    QTest::mouseClick(m_panel->resumeButton(), Qt::LeftButton);
    QVERIFY(m_panel->isRunning());
    QCOMPARE(jobCell(0, JobsModel::StateColumn), QStringLiteral("Running"));
    QVERIFY(!m_panel->resumeButton()->isEnabled());
    QVERIFY(finished.wait(120000));

    QCOMPARE(store().job(jobId)->state, Job::State::Completed);
    QCOMPARE(store().jobs().size(), std::size_t(1));
    QCOMPARE(store().dialogueCount(), qint64(count));
    const std::vector<QString> uids = store().jobDialogueUids(jobId);
    QCOMPARE(std::set<QString>(uids.begin(), uids.end()).size(), std::size_t(count));
    QCOMPARE(m_panel->progressBar()->value(), count);
    QCOMPARE(jobCell(0, JobsModel::StateColumn), QStringLiteral("Completed"));
    QVERIFY(!m_panel->resumeButton()->isEnabled());
}

void tst_SimulationPanel::interruptedJobIsShownAndResumes()
{
    // A job the file says is running, as a crash leaves it, with part of its work stored.
    m_window->session()->close();
    {
        ProjectStore crashed;
        QVERIFY(!crashed.open(m_path));
        GenerationRunner runner(crashed);
        SimulationSettings settings;
        settings.catalogId = crashed.catalogs().front().id;
        settings.count = 400;
        std::optional<Job> job = runner.create(settings);
        QVERIFY(job);
        std::atomic_bool cancel{false};
        GenerationRunner::Callbacks callbacks;
        callbacks.batchStored = [&cancel](const std::vector<Dialogue> &) {
            cancel = true;
        };
        runner.batchSize = 100;
        runner.run(*job, &cancel, callbacks);
        job->state = Job::State::Running; // the process died before recording the outcome
        job->finishedAtMs = 0;
        QVERIFY(crashed.updateJob(*job));
        QCOMPARE(crashed.jobDialogueCount(job->id), qint64(100));
    }
    QVERIFY(m_window->controller()->openProjectFile(m_path));
    QCOMPARE(m_panel->jobsModel()->rowCount(), 1);
    QCOMPARE(jobCell(0, JobsModel::StateColumn), QStringLiteral("Interrupted"));
    QCOMPARE(jobCell(0, JobsModel::StoredColumn), QStringLiteral("100"));

    m_panel->jobsView()->selectRow(0);
    QVERIFY(m_panel->resumeButton()->isEnabled());
    QSignalSpy finished(m_panel, &SimulationPanel::runFinished);
    QTest::mouseClick(m_panel->resumeButton(), Qt::LeftButton);
    QVERIFY(finished.wait(120000));
    QCOMPARE(jobCell(0, JobsModel::StateColumn), QStringLiteral("Completed"));
    QCOMPARE(store().dialogueCount(), qint64(400));
    // The live list shows what this run wrote: the 300 the crash lost.
    QCOMPARE(m_panel->resultsModel()->rowCount(), 300);
}

void tst_SimulationPanel::closingProjectMidRunCancelsJob()
{
    form()->countBox()->setValue(20000);
    QSignalSpy finished(m_panel, &SimulationPanel::runFinished);
    const QMetaObject::Connection closing
            = connect(m_panel, &SimulationPanel::progressChanged, m_panel, [this](int done) {
                  if (done > 0 && document())
                      m_window->session()->close();
              });
    QVERIFY(m_panel->start());
    QTRY_VERIFY_WITH_TIMEOUT(!document(), 60000);
    disconnect(closing);
    // Closing waited for the worker: the run is over and the file says so.
    QVERIFY(!m_panel->isRunning());
    QCOMPARE(finished.size(), 1);
    QVERIFY(m_panel->statusText().contains(QStringLiteral("No project")));
    ProjectStore reopened;
    QVERIFY(!reopened.open(m_path));
    QCOMPARE(reopened.jobs().size(), std::size_t(1));
    QCOMPARE(reopened.jobs().front().state, Job::State::Cancelled);
    QVERIFY(reopened.dialogueCount() < 20000);
}

void tst_SimulationPanel::guiStaysResponsiveDuringRun()
{
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, this, [&] {
        if (sinceTick.isValid())
            longestGap = std::max(longestGap, sinceTick.elapsed());
        sinceTick.start();
        ++ticks;
    });
    form()->countBox()->setValue(3000);
    QSignalSpy finished(m_panel, &SimulationPanel::runFinished);
    timer.start();
    QTest::mouseClick(m_panel->startButton(), Qt::LeftButton);
    QVERIFY(finished.wait(120000));
    timer.stop();
    QCOMPARE(store().dialogueCount(), qint64(3000));
    qInfo("GUI thread: %d timer ticks, longest gap %lld ms", ticks, longestGap);
    QVERIFY(ticks > 5);
    QVERIFY2(longestGap < 150, qPrintable(QStringLiteral("%1 ms").arg(longestGap)));
}

void tst_SimulationPanel::projectWithoutCatalogSaysWhy()
{
    const QString path = m_dir.filePath(QStringLiteral("bare.callwright"));
    {
        StoreError error;
        auto bare = ProjectDocument::create(path, QStringLiteral("Bare"), &error);
        QVERIFY(bare);
    }
    QVERIFY(m_window->controller()->openProjectFile(path));
    QVERIFY(m_panel->statusText().contains(QStringLiteral("catalog")));
    QVERIFY(m_panel->statusText().contains(QStringLiteral("0 dialogue")));
    QVERIFY(!m_panel->start());
    QVERIFY(store().jobs().empty());

    m_window->session()->close();
    QVERIFY(m_panel->statusText().contains(QStringLiteral("No project")));
}

void tst_SimulationPanel::jobRunsOnAnEndpointProfile()
{
    LlmTestServer server;
    server.setBrain(&ScriptedModel::reply);
    QVERIFY(server.listen());
    EndpointProfile profile;
    profile.id = QStringLiteral("panel-llm");
    profile.name = QStringLiteral("Panel LLM");
    profile.baseUrl = server.baseUrl();
    profile.model = QStringLiteral("scripted");
    profile.maxInFlight = 4;
    EndpointProfiles::save({profile});

    // Profiles made meanwhile are offered when the panel is shown again.
    m_window->selectPanel(QStringLiteral("catalog"));
    m_window->selectPanel(QStringLiteral("simulation"));
    QComboBox *engines = form()->engineBox();
    QVERIFY(!form()->backTranslateBox()->isEnabled());
    QVERIFY(form()->selectEndpoint(QStringLiteral("panel-llm")));
    QVERIFY(engines->currentIndex() > 0);
    QVERIFY(engines->currentText().contains(QStringLiteral("Panel LLM")));
    QVERIFY(!form()->selectEndpoint(QStringLiteral("no-such-profile")));
    QVERIFY(form()->backTranslateBox()->isEnabled());
    form()->backTranslateBox()->setChecked(true);
    for (const PlanStep::Kind kind : {PlanStep::Kind::ChainedCalls, PlanStep::Kind::ParallelCalls,
                                      PlanStep::Kind::ErrorRecovery})
        form()->weightBox(kind)->setValue(0);
    const SimulationSettings chosen = form()->settings();
    QCOMPARE(chosen.engine, QStringLiteral("llm"));
    QCOMPARE(chosen.endpoint, QStringLiteral("panel-llm"));
    QVERIFY(chosen.backTranslate);

    QSignalSpy started(m_panel, &SimulationPanel::runStarted);
    QVERIFY(runToEnd(6));
    QCOMPARE(started.size(), 1);
    QVERIFY(server.requestCount() > 20);
    int stored = 0;
    int backTranslated = 0;
    store().forEachDialogue([&](const Dialogue &d) {
        ++stored;
        if (d.engine != QLatin1String("panel-llm"))
            return false;
        backTranslated += std::any_of(d.scores.begin(), d.scores.end(), [](const Score &sc) {
            return sc.metric == QLatin1String("backtranslation");
        });
        return true;
    });
    QCOMPARE(stored, 6);
    QCOMPARE(backTranslated, 6);
    const std::vector<Job> jobs = store().jobs();
    QCOMPARE(jobs.front().state, Job::State::Completed);
    const Json usage = jobs.front().report.value("usage", Json::object());
    QVERIFY2(usage.value("requests", 0.0) > 20, jobs.front().report.dump().c_str());
}

QTEST_MAIN(tst_SimulationPanel)
#include "tst_simulationpanel.moc"
