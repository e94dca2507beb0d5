// The Corpus panel on a temporary project: the Prometheus runbooks imported through the
// panel run through GEM's stages off the GUI thread; the document list shows their stage
// counts, a passage with a workflow shows its extracted tools, and the source view highlights
// exactly the passage's span of its document.
#include "uitestsupport.h"

#include "testsupport.h"

#include "catalog/demoproject.h"
#include "mainwindow.h"
#include "model/projectdocument.h"
#include "panels/corpuspanel.h"
#include "projectcontroller.h"
#include "projectsession.h"
#include "store/projectstore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Callwright;
using namespace Callwright::UiTestSupport;

class tst_CorpusPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("corpus.callwright"));
        QVERIFY(!createDemoProject(m_path));
        m_window = std::make_unique<MainWindow>();
        m_window->controller()->setInteractive(false);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_panel = m_window->findChild<CorpusPanel *>();
        QVERIFY(m_panel);
    }
    void cleanupTestCase() { m_window.reset(); }

    void withoutProjectSaysSo()
    {
        QVERIFY(m_window->selectPanel(QStringLiteral("corpus")));
        QCOMPARE(m_panel->title(), QStringLiteral("Corpus"));
        QCOMPARE(m_panel->statusText(), QStringLiteral("No project is open."));
        QVERIFY(!m_panel->importPath(QStringLiteral("/nonexistent")));
    }

    void importsAndRunsTheRunbooks()
    {
        QVERIFY(m_window->controller()->openProjectFile(m_path));
        QVERIFY(m_window->selectPanel(QStringLiteral("corpus")));
        QCOMPARE(m_panel->documentList()->topLevelItemCount(), 0);
        QVERIFY(!m_panel->runButton()->isEnabled());
        QVERIFY(m_panel->noticeLabel()->text().contains(QStringLiteral("heuristic")));

        QSignalSpy finished(m_panel, &CorpusPanel::runFinished);
        QVERIFY(m_panel->importPath(TestSupport::sharedDataPath(
                QStringLiteral("corpus/prometheus_runbooks/runbooks.jsonl"))));
        QVERIFY(m_panel->isRunning());
        QVERIFY(m_panel->cancelButton()->isEnabled());
        QVERIFY(!m_panel->importButton()->isEnabled());
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(!m_panel->isRunning());
        QVERIFY(m_panel->runButton()->isEnabled());
        QCOMPARE(m_panel->progressBar()->text(), QStringLiteral("Done"));

        const ProjectStore &store = m_window->session()->document()->store();
        const std::vector<CorpusDocumentSummary> summaries = store.corpusDocuments();
        QCOMPARE(int(summaries.size()), 108);
        QTreeWidget *list = m_panel->documentList();
        QCOMPARE(list->topLevelItemCount(), int(summaries.size()));
        int withWorkflows = 0;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = list->topLevelItem(i);
            const CorpusDocumentSummary &s = summaries[std::size_t(i)];
            QCOMPARE(item->text(0), s.title.isEmpty() ? s.uid : s.title);
            QCOMPARE(item->text(1), QLocale().toString(s.passages));
            QCOMPARE(item->text(2), QLocale().toString(s.workflows));
            const CorpusStageCounts &relevance = s.stages[0];
            // Every passage went through the relevance stage.
            QCOMPARE(relevance.pending, 0);
            QCOMPARE(relevance.done + relevance.edited + relevance.failed, s.passages);
            QCOMPARE(item->text(3),
                     QStringLiteral("%1\u2713").arg(relevance.done + relevance.edited)
                             + (relevance.failed ? QStringLiteral(" %1\u2717").arg(relevance.failed)
                                                 : QString()));
            withWorkflows += s.workflows > 0;
        }
        QVERIFY2(withWorkflows >= 20, qPrintable(QString::number(withWorkflows)));

        // Running again has nothing pending.
        QVERIFY(m_panel->runStages());
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.at(1).at(0).toBool());
    }

    void filtersDocuments()
    {
        QTreeWidget *list = m_panel->documentList();
        const QString title = list->topLevelItem(3)->text(0);
        m_panel->filterEdit()->setText(title);
        int visible = 0;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            visible += !list->topLevelItem(i)->isHidden();
        QVERIFY(visible >= 1 && visible < list->topLevelItemCount());
        QVERIFY(!list->topLevelItem(3)->isHidden());
        m_panel->filterEdit()->clear();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            QVERIFY(!list->topLevelItem(i)->isHidden());
    }

    void showsExtractedToolsAndProvenance()
    {
        const ProjectStore &store = m_window->session()->document()->store();
        // A runbook passage the relevance stage found a workflow in, with tools.
        std::optional<Passage> passage;
        std::optional<ExtractionResult> extraction;
        for (const CorpusDocumentSummary &s : store.corpusDocuments()) {
            for (const auto &[id, stages] : store.corpusDocumentStages(s.id)) {
                const std::optional<RelevanceResult> rel = stages[0].relevance();
                const std::optional<ExtractionResult> ext = stages[1].extraction();
                if (rel && rel->holdsWorkflow && ext && !ext->tools.empty()) {
                    passage = store.corpusPassage(id);
                    extraction = ext;
                    break;
                }
            }
            if (passage)
                break;
        }
        QVERIFY(passage);
        QVERIFY(m_panel->selectPassage(passage->id));
        QCOMPARE(m_panel->currentDocumentId(), passage->documentId);
        QCOMPARE(m_panel->currentPassageId(), passage->id);

        // The passage list says it holds a workflow.
        const QTreeWidgetItem *row = m_panel->passageList()->currentItem();
        QVERIFY(row);
        QCOMPARE(row->text(0), QString::number(passage->index + 1));
        QCOMPARE(row->text(2), QStringLiteral("yes"));

        m_panel->stageTabs()->setCurrentIndex(1);
        QTableWidget *tools = m_panel->toolsTable();
        QCOMPARE(tools->rowCount(), int(extraction->tools.size()));
        for (int i = 0; i < tools->rowCount(); ++i) {
            QCOMPARE(tools->item(i, 0)->text(), extraction->tools[std::size_t(i)].name);
            QCOMPARE(tools->item(i, 1)->text(), extraction->tools[std::size_t(i)].description);
        }
        QVERIFY(m_panel->recordLabel()->text().contains(QStringLiteral("embedded")));
        QVERIFY(m_panel->recordLabel()->text().contains(QStringLiteral("heuristic")));

        // The highlight covers exactly the stored span, and that span is the passage's text.
        const QPair<int, int> range = m_panel->highlightedRange();
        QCOMPARE(range.first, passage->start);
        QCOMPARE(range.second, passage->end);
        const std::optional<CorpusDocument> document = store.corpusDocument(passage->documentId);
        QVERIFY(document);
        QCOMPARE(m_panel->sourceView()->toPlainText(), document->text);
        QCOMPARE(document->text.mid(passage->start, passage->end - passage->start), passage->text);
        // Scrolled to it: the passage's first line is on screen.
        const QRect cursor = m_panel->sourceView()->cursorRect();
        QVERIFY(m_panel->sourceView()->viewport()->rect().intersects(cursor));

        // The other stages show their outputs.
        m_panel->stageTabs()->setCurrentIndex(0);
        QVERIFY(m_panel->findChild<QTextBrowser *>(QStringLiteral("corpusRelevance"))
                        ->toPlainText()
                        .contains(QStringLiteral("Holds a multi-step workflow")));
        m_panel->stageTabs()->setCurrentIndex(2);
        QVERIFY(m_panel->findChild<QTextBrowser *>(QStringLiteral("corpusGrounding"))
                        ->toPlainText()
                        .contains(QStringLiteral("Trajectory")));
    }

    void selectsFirstPassageWithTools()
    {
        QVERIFY(m_panel->selectFirstPassageWithTools());
        QCOMPARE(m_panel->stageTabs()->currentIndex(), 1);
        QVERIFY(m_panel->toolsTable()->rowCount() > 0);
    }

    void addsToolsToACatalogAndSendsTrajectoriesToReview()
    {
        QVERIFY(m_panel->selectFirstPassageWithTools());
        const qint64 documentId = m_panel->currentDocumentId();
        QVERIFY(documentId != 0);
        QVERIFY(m_panel->addToolsButton()->isEnabled());
        QVERIFY(m_panel->sendToReviewButton()->isEnabled());
        ProjectDocument *doc = m_window->session()->document();
        const auto corpusCatalog = [doc]() -> const Catalog * {
            for (const Catalog &c : doc->catalogs()) {
                if (c.name == QLatin1String("corpus"))
                    return &c;
            }
            return nullptr;
        };
        QVERIFY(!corpusCatalog());

        QVERIFY(m_panel->addToolsToCatalog(QStringLiteral("corpus")));
        const Catalog *catalog = corpusCatalog();
        QVERIFY(catalog);
        QVERIFY(!catalog->tools.empty());
        const std::size_t toolCount = catalog->tools.size();
        QVERIFY2(m_panel->statusText().contains(QStringLiteral("corpus")),
                 qPrintable(m_panel->statusText()));
        // The file holds it too, and a second press adds nothing.
        const std::optional<Catalog> stored = doc->store().catalog(catalog->id);
        QVERIFY(stored);
        QCOMPARE(stored->tools.size(), toolCount);
        QVERIFY(m_panel->addToolsToCatalog(QStringLiteral("corpus")));
        QCOMPARE(corpusCatalog()->tools.size(), toolCount);
        QVERIFY2(m_panel->statusText().contains(QStringLiteral(": 0 tool")),
                 qPrintable(m_panel->statusText()));

        const qint64 before = doc->store().dialogueCount();
        QSignalSpy changed(doc, &ProjectDocument::dialoguesChanged);
        QVERIFY(m_panel->sendToReview());
        const qint64 sent = doc->store().dialogueCount() - before;
        QVERIFY2(sent > 0, qPrintable(m_panel->statusText()));
        QVERIFY(changed.count() >= 1);
        QVERIFY(m_panel->statusText().contains(QStringLiteral("sent to review")));
        // The review dialogues name their passage and the catalog of the adopted tools.
        const std::vector<Dialogue> all = doc->store().dialogues(0, int(before + sent));
        int fromCorpus = 0;
        for (const Dialogue &d : all) {
            if (!d.uid.startsWith(QLatin1String("corpus:")))
                continue;
            ++fromCorpus;
            QCOMPARE(d.engine, QStringLiteral("corpus"));
            QCOMPARE(d.status, ReviewStatus::Open);
            QCOMPARE(d.catalogId, catalog->id);
            QVERIFY(d.reviewNote.startsWith(QStringLiteral("From corpus passage: ")));
        }
        QCOMPARE(qint64(fromCorpus), sent);
        QVERIFY(m_panel->sendToReview());
        QCOMPARE(doc->store().dialogueCount() - before, sent);
        QVERIFY2(m_panel->statusText().startsWith(QStringLiteral("0 dialogue")),
                 qPrintable(m_panel->statusText()));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    CorpusPanel *m_panel = nullptr;
};

QTEST_MAIN(tst_CorpusPanel)
#include "tst_corpuspanel.moc"
