#include "uitestsupport.h"

#include "dialogs/importcatalogdialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

using namespace Callwright;
using namespace Callwright::UiTestSupport;

namespace {

/// Answers the next command confirmation box, remembering what it showed.
struct ConfirmationAnswer
{
    bool run = false;
    bool shown = false;
    QString text;
    QString details;

    void arm()
    {
        QTimer::singleShot(0, [this] { answer(); });
    }

    void answer()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(10, [this] { answer(); });
            return;
        }
        shown = true;
        text = box->text();
        details = box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            const bool isRun = box->buttonRole(button) == QMessageBox::AcceptRole;
            if (isRun == run) {
                button->click();
                return;
            }
        }
    }
};

QString node()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

} // namespace

/// File ▸ Import Catalog: what it reports, what it adds (one undo step), and that neither a
/// broken file nor a declined server command touches the project.
class tst_ImportCatalogDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importsTauBenchFileAndAddsOneUndoableCatalog();
    void reportsEveryBfclWarning();
    void malformedFileShowsWhereAndChangesNothing();
    void declinedCommandNeverRuns();
    void confirmedServerIsListed();
    void cancellingAServerLeavesProjectAlone();
    void namesDoNotClashWithExistingCatalogs();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    int m_fileNumber = 0;
};

void tst_ImportCatalogDialog::initTestCase()
{
    isolateSettings();
    QVERIFY(m_dir.isValid());
}

void tst_ImportCatalogDialog::init()
{
    QSettings().clear();
    StoreError error;
    m_document = ProjectDocument::create(
            m_dir.filePath(QStringLiteral("p%1.callwright").arg(++m_fileNumber)),
            QStringLiteral("Imports"), &error);
    QVERIFY2(m_document, qPrintable(error.message));
}

void tst_ImportCatalogDialog::cleanup()
{
    m_document.reset();
}

void tst_ImportCatalogDialog::importsTauBenchFileAndAddsOneUndoableCatalog()
{
    const QString path
            = TestSupport::sharedDataPath(QStringLiteral("tau_bench/retail_tools.openai.json"));
    ImportCatalogDialog dialog(m_document.get());
    dialog.show();
    dialog.setFilePath(path);
    dialog.startImport();
    QTRY_COMPARE(dialog.page(), ImportCatalogDialog::Page::Report);

    // "tool(s)" without the English plural catalogue that the application loads.
    const QString report = dialog.reportText();
    QVERIFY2(report.contains(QLatin1String("retail_tools.openai.json")), qPrintable(report));
    QVERIFY2(report.contains(QLatin1String("OpenAI")), qPrintable(report));
    QVERIFY2(report.contains(QLatin1String("16 tool")), qPrintable(report));
    QVERIFY(dialog.addButton()->isVisible());
    QVERIFY(dialog.addButton()->isEnabled());
    QCOMPARE(m_document->catalogs().size(), std::size_t(0)); // nothing until Add

    dialog.catalogNameField()->setText(QStringLiteral("τ-bench retail"));
    dialog.addButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_document->catalogs().size(), std::size_t(1));
    const Catalog &added = m_document->catalogs().front();
    QCOMPARE(added.name, QStringLiteral("τ-bench retail"));
    QCOMPARE(added.tools.size(), std::size_t(16));
    QCOMPARE(dialog.addedCatalogId(), added.id);
    QCOMPARE(m_document->undoStack()->count(), 1);

    m_document->undoStack()->undo();
    QCOMPARE(m_document->catalogs().size(), std::size_t(0));
}

void tst_ImportCatalogDialog::reportsEveryBfclWarning()
{
    const QString path = TestSupport::sharedDataPath(
            QStringLiteral("bfcl/multi_turn_func_doc/gorilla_file_system.json"));
    ImportReport expected;
    QString error;
    QVERIFY(CatalogImporter::readFile(path, &expected, &error));
    QVERIFY(!expected.warnings.empty());

    ImportCatalogDialog dialog(m_document.get());
    dialog.setFilePath(path);
    dialog.startImport();
    QTRY_COMPARE(dialog.page(), ImportCatalogDialog::Page::Report);
    QVERIFY2(dialog.reportText().contains(QLatin1String("BFCL")), qPrintable(dialog.reportText()));
    QVERIFY(dialog.reportText().contains(QStringLiteral("%1 tool").arg(expected.toolsImported)));

    QTableWidget *table = dialog.warningsTable();
    QCOMPARE(table->rowCount(), int(expected.warnings.size()));
    QCOMPARE(table->columnCount(), 3);
    QStringList shown;
    for (int row = 0; row < table->rowCount(); ++row) {
        shown << table->item(row, 0)->text() + QLatin1Char('|') + table->item(row, 1)->text()
                         + QLatin1Char('|') + table->item(row, 2)->text();
    }
    for (const ImportReport::Warning &w : expected.warnings) {
        const QString line = (w.tool.isEmpty() ? QStringLiteral("(file)") : w.tool)
                             + QLatin1Char('|') + w.field + QLatin1Char('|') + w.message;
        QVERIFY2(shown.contains(line), qPrintable(line));
    }

    QVERIFY(dialog.addToProject());
    QCOMPARE(m_document->catalogs().size(), std::size_t(1));
    QVERIFY(m_document->catalogs().front().findTool(QStringLiteral("ls")));
}

void tst_ImportCatalogDialog::malformedFileShowsWhereAndChangesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[\n  {\"type\": \"function\",\n   \"function\": {\"name\": \"a\",, }}\n]\n");
    file.close();

    ImportCatalogDialog dialog(m_document.get());
    QSignalSpy failed(&dialog, &ImportCatalogDialog::importFailed);
    dialog.setFilePath(path);
    dialog.startImport();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(dialog.page(), ImportCatalogDialog::Page::Source);
    const QString error = dialog.errorText();
    QVERIFY2(error.contains(QLatin1String("broken.json")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("line 3")), qPrintable(error));
    QVERIFY(error.contains(QLatin1String("unchanged")));
    QVERIFY(!dialog.addToProject());
    QCOMPARE(m_document->catalogs().size(), std::size_t(0));
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void tst_ImportCatalogDialog::declinedCommandNeverRuns()
{
    const QString marker = m_dir.filePath(QStringLiteral("server ran"));
    ImportCatalogDialog dialog(m_document.get());
    dialog.show();
    dialog.setCommandLine(QStringLiteral("touch '%1' --flag").arg(marker));

    ConfirmationAnswer answer;
    answer.run = false;
    answer.arm();
    dialog.startImport();
    QVERIFY(answer.shown);
    QCOMPARE(answer.text, QStringLiteral("Run this command?"));
    // The program and every argument, exactly as they would run.
    QVERIFY2(answer.details.contains(QLatin1String(">touch</code>")), qPrintable(answer.details));
    QVERIFY2(answer.details.contains(QStringLiteral("<code>%1</code>").arg(marker)),
             qPrintable(answer.details));
    QVERIFY(answer.details.contains(QLatin1String("<code>--flag</code>")));

    QCOMPARE(dialog.page(), ImportCatalogDialog::Page::Source);
    QVERIFY(dialog.errorText().contains(QLatin1String("not started")));
    QTest::qWait(300);
    QVERIFY(!QFile::exists(marker));
    QCOMPARE(m_document->catalogs().size(), std::size_t(0));
}

void tst_ImportCatalogDialog::confirmedServerIsListed()
{
    if (node().isEmpty())
        QSKIP("node is not installed");
    const QString server
            = TestSupport::sourceDir() + QStringLiteral("/tests/core/catalog/fakemcpserver.js");
    ImportCatalogDialog dialog(m_document.get());
    dialog.setCommandLine(QStringLiteral("'%1' '%2' pages").arg(node(), server));
    ConfirmationAnswer answer;
    answer.run = true;
    answer.arm();
    dialog.startImport();
    QVERIFY(answer.shown);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.page(), ImportCatalogDialog::Page::Report, 20000);
    QVERIFY2(dialog.reportText().contains(QLatin1String("3 tool")),
             qPrintable(dialog.reportText()));
    QVERIFY(dialog.reportText().contains(QLatin1String("MCP server")));
    QVERIFY(dialog.addToProject());
    QCOMPARE(m_document->catalogs().front().tools.size(), std::size_t(3));
}

void tst_ImportCatalogDialog::cancellingAServerLeavesProjectAlone()
{
    // A "server" that never answers: only Cancel ends the wait.
    const QString sleep = QStandardPaths::findExecutable(QStringLiteral("sleep"));
    if (sleep.isEmpty())
        QSKIP("sleep is not installed");
    ImportCatalogDialog dialog(m_document.get());
    dialog.setCommandLine(QStringLiteral("sleep 60"));
    ConfirmationAnswer answer;
    answer.run = true;
    answer.arm();
    dialog.startImport();
    QCOMPARE(dialog.page(), ImportCatalogDialog::Page::Busy);
    QTest::qWait(200);
    QCOMPARE(dialog.page(), ImportCatalogDialog::Page::Busy);
    dialog.reject(); // Escape while busy stops the import and keeps the dialog
    QCOMPARE(dialog.page(), ImportCatalogDialog::Page::Source);
    QVERIFY(dialog.errorText().contains(QLatin1String("cancelled")));
    QTest::qWait(200);
    QCOMPARE(dialog.page(), ImportCatalogDialog::Page::Source);
    QCOMPARE(m_document->catalogs().size(), std::size_t(0));
}

void tst_ImportCatalogDialog::namesDoNotClashWithExistingCatalogs()
{
    m_document->addCatalog(retailCatalog());
    const QString path = m_dir.filePath(QStringLiteral("retail.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"([{"type": "function", "function": {"name": "ping", "parameters": {}}}])");
    file.close();

    ImportCatalogDialog dialog(m_document.get());
    dialog.setFilePath(path);
    dialog.startImport();
    QTRY_COMPARE(dialog.page(), ImportCatalogDialog::Page::Report);
    QCOMPARE(dialog.catalogNameField()->text(), QStringLiteral("retail (2)"));
    dialog.catalogNameField()->clear();
    QVERIFY(!dialog.addButton()->isEnabled());
}

QTEST_MAIN(tst_ImportCatalogDialog)
#include "tst_importcatalogdialog.moc"
