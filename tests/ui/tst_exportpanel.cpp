// The Export panel on a project with generated dialogues: an export chosen in the form runs
// off the GUI thread, shows its progress, reports what it wrote, links to the folder and shows
// the dataset card; a cancelled export leaves the folder empty.
#include "uitestsupport.h"

#include "catalog/demoproject.h"
#include "export/datasetformat.h"
#include "mainwindow.h"
#include "panels/exportpanel.h"
#include "projectcontroller.h"
#include "projectsession.h"
#include "simulation/generationjob.h"
#include "store/dialoguequery.h"
#include "store/projectstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace Callwright;
using namespace Callwright::UiTestSupport;

class tst_ExportPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("shop.callwright"));
        QVERIFY(!createDemoProject(m_path));
        ProjectStore store;
        QVERIFY(!store.open(m_path));
        SimulationSettings settings;
        settings.catalogId = store.catalogs().front().id;
        settings.count = 3000;
        GenerationRunner runner(store);
        const std::optional<Job> job = runner.create(settings);
        QVERIFY(job);
        QCOMPARE(int(runner.run(*job).state), int(Job::State::Completed));
        // Every fourth dialogue accepted.
        for (const Dialogue &d : store.dialogues(0, 3000)) {
            if (d.id % 4 == 0) {
                QVERIFY(store.setReviewStatus(d.id, ReviewStatus::Accepted, QString()));
                ++m_accepted;
            }
        }
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->controller()->setInteractive(false);
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_panel = m_window->findChild<ExportPanel *>();
        QVERIFY(m_panel);
    }
    void cleanup() { m_window.reset(); }

    void withoutProjectSaysSo()
    {
        QVERIFY(m_window->selectPanel(QStringLiteral("export")));
        QCOMPARE(m_panel->statusText(), QStringLiteral("No project is open."));
    }

    void exportShowsProgressLinkAndCard()
    {
        QVERIFY(m_window->controller()->openProjectFile(m_path));
        QVERIFY(m_window->selectPanel(QStringLiteral("export")));
        // The folder defaults to one beside the project.
        QCOMPARE(QDir::fromNativeSeparators(m_panel->folderEdit()->text()),
                 m_dir.filePath(QStringLiteral("shop-dataset")));
        const QString out = m_dir.filePath(QStringLiteral("ui-export"));
        m_panel->folderEdit()->setText(QDir::toNativeSeparators(out));
        m_panel->formatBox()->setCurrentIndex(
                m_panel->formatBox()->findData(QStringLiteral("sharegpt")));
        m_panel->validationBox()->setValue(10);
        QVERIFY(m_panel->findChild<QLabel *>() != nullptr);

        QSignalSpy finished(m_panel, &ExportPanel::exportFinished);
        QTest::mouseClick(m_panel->exportButton(), Qt::LeftButton);
        QVERIFY(m_panel->isRunning());
        QVERIFY(!m_panel->exportButton()->isEnabled());
        QVERIFY(m_panel->cancelButton()->isEnabled());
        QVERIFY(!m_panel->formatBox()->isEnabled());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.front().at(0).toBool(), true);

        QVERIFY2(m_panel->statusText().contains(QStringLiteral("Exported %1 dialogue(s)")
                                                        .arg(QLocale().toString(m_accepted))),
                 qPrintable(m_panel->statusText()));
        QCOMPARE(m_panel->progressBar()->value(), m_panel->progressBar()->maximum());
        QCOMPARE(m_panel->progressBar()->text(), QStringLiteral("Done"));
        QVERIFY(m_panel->folderLink()->text().contains(QStringLiteral("ui-export")));
        QVERIFY(m_panel->cardView()->toPlainText().contains(QStringLiteral("Tool coverage")));
        QVERIFY(m_panel->exportButton()->isEnabled());
        QVERIFY(!m_panel->cancelButton()->isEnabled());

        QStringList data;
        for (const QString &f : {QStringLiteral("train.jsonl"), QStringLiteral("validation.jsonl")})
            data << QDir(out).filePath(f);
        QVERIFY(validateDatasetFiles(ExportFormat::ShareGpt, {data[0]}).empty());
        QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("dataset_info.json"))));
        QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("README.md"))));
    }

    // A filter saved in the review browser is offered here and decides what goes out.
    void savedFilterFromTheReviewBrowser()
    {
        DialogueFilter filter;
        filter.tools = {QStringLiteral("cancel_pending_order")};
        qint64 expected = 0;
        {
            ProjectStore store;
            QVERIFY(!store.open(m_path));
            SavedFilter saved;
            saved.name = QStringLiteral("cancellations");
            saved.filter = filter;
            QVERIFY(store.saveFilter(saved));
            expected = store.reviewCounts(filter)->total;
        }
        QVERIFY(expected > 0 && expected < 3000);
        QVERIFY(m_window->controller()->openProjectFile(m_path));
        QVERIFY(m_window->selectPanel(QStringLiteral("export")));
        const int index = m_panel->savedFilterBox()->findText(QStringLiteral("cancellations"));
        QVERIFY(index > 0);
        m_panel->savedFilterBox()->setCurrentIndex(index);
        m_panel->statusBox()->setCurrentIndex(
                m_panel->statusBox()->findData(QStringLiteral("any")));
        m_panel->nearDuplicatesBox()->setChecked(true);
        const QString out = m_dir.filePath(QStringLiteral("filtered"));
        m_panel->folderEdit()->setText(QDir::toNativeSeparators(out));
        QSignalSpy finished(m_panel, &ExportPanel::exportFinished);
        QTest::mouseClick(m_panel->exportButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QFile train(QDir(out).filePath(QStringLiteral("train.jsonl")));
        QVERIFY(train.open(QIODevice::ReadOnly));
        int rows = 0;
        while (!train.atEnd()) {
            QVERIFY(train.readLine().contains("cancel_pending_order"));
            ++rows;
        }
        // Generated dialogues are varied: near-duplicate removal keeps nearly all of them.
        QVERIFY2(rows > 0 && rows <= expected && rows >= expected * 9 / 10,
                 qPrintable(QStringLiteral("%1 of %2").arg(rows).arg(expected)));
    }

    void cancelLeavesNothing()
    {
        QVERIFY(m_window->controller()->openProjectFile(m_path));
        QVERIFY(m_window->selectPanel(QStringLiteral("export")));
        const QString out = m_dir.filePath(QStringLiteral("cancelled"));
        m_panel->folderEdit()->setText(out);
        m_panel->statusBox()->setCurrentIndex(
                m_panel->statusBox()->findData(QStringLiteral("any")));
        QSignalSpy finished(m_panel, &ExportPanel::exportFinished);
        QVERIFY(m_panel->start());
        QTest::mouseClick(m_panel->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.front().at(0).toBool(), false);
        QVERIFY2(m_panel->statusText().contains(QStringLiteral("cancelled")),
                 qPrintable(m_panel->statusText()));
        QCOMPARE(m_panel->progressBar()->text(), QStringLiteral("Cancelled"));
        QVERIFY(QDir(out).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(m_panel->folderLink()->text().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_accepted = 0;
    std::unique_ptr<MainWindow> m_window;
    ExportPanel *m_panel = nullptr;
};

QTEST_MAIN(tst_ExportPanel)
#include "tst_exportpanel.moc"
