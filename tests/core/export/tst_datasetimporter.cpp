// Bringing dataset files into a project for review: an export read back gives the dialogues
// that were exported, marked as imported and open for review; bad files are refused whole,
// with the file, line and field of each problem; a second import of a file adds nothing.
#include "exporttestsupport.h"
#include "importsamples.h"

#include "catalog/catalogexporter.h"
#include "export/datasetexporter.h"
#include "export/datasetimporter.h"
#include "store/projectstore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Callwright;
using namespace ExportTestSupport;

Q_DECLARE_METATYPE(Callwright::ExportFormat)

class TestDatasetImporter final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;
    std::vector<Dialogue> m_dialogues;
    int m_badProjects = 0;

    QString newProject(const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".callwright"));
        ProjectStore store;
        if (StoreError e = store.create(path, name))
            qFatal("%s", qPrintable(e.message));
        return path;
    }

    QString writeFile(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = newProject(QStringLiteral("source"));
        ProjectStore store;
        QVERIFY(!store.open(m_source));
        Catalog retail = SimulationTestSupport::demoCatalog("retail");
        retail.id = 0;
        for (Tool &t : retail.tools)
            t.id = 0;
        QVERIFY(store.insertCatalog(retail));
        m_dialogues = simulated(150, 5, retail.id);
        std::vector<Dialogue> batch = m_dialogues;
        QVERIFY(store.insertDialogues(batch));
        QVERIFY(allFeatures(m_dialogues));
    }

    void exportThenImportGivesTheSameDialogues_data()
    {
        QTest::addColumn<ExportFormat>("format");
        for (ExportFormat f : kExportFormats) {
            if (exportFormatImportable(f))
                QTest::newRow(qPrintable(exportFormatName(f))) << f;
        }
    }
    void exportThenImportGivesTheSameDialogues()
    {
        QFETCH(ExportFormat, format);
        const QString out = m_dir.filePath(QStringLiteral("out-") + exportFormatName(format));
        {
            ProjectStore store;
            QVERIFY(!store.open(m_source, ProjectStore::OpenMode::ReadOnly));
            ExportOptions options;
            options.format = format;
            options.statuses = {};
            const ExportResult r = DatasetExporter(store).run(options, out);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.train, qint64(m_dialogues.size()));
        }
        const QString target = newProject(QStringLiteral("target-") + exportFormatName(format));
        ProjectStore store;
        QVERIFY(!store.open(target));
        const DatasetImportResult result = DatasetImporter::importFile(
                store, QDir(out).filePath(QStringLiteral("train.jsonl")), format);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.dialogues, qint64(m_dialogues.size()));
        const auto catalog = store.catalog(result.catalogId);
        QVERIFY(catalog);
        QCOMPARE(catalog->name, QStringLiteral("import: train.jsonl"));
        QVERIFY(catalog->findTool(QStringLiteral("cancel_pending_order")));

        const std::vector<Dialogue> back = store.dialogues(0, 1000);
        QCOMPARE(back.size(), m_dialogues.size());
        for (std::size_t i = 0; i < back.size(); ++i) {
            QCOMPARE(back[i].engine, QStringLiteral("import:") + exportFormatName(format));
            QCOMPARE(int(back[i].status), int(ReviewStatus::Open));
            QCOMPARE(back[i].catalogId, result.catalogId);
            const Json expected = carried(m_dialogues[i], format);
            const Json actual = carried(back[i], format);
            QVERIFY2(expected == actual,
                     qPrintable(QStringLiteral("dialogue %1:\nexported %2\nimported %3")
                                        .arg(i)
                                        .arg(QString::fromStdString(expected.dump()),
                                             QString::fromStdString(actual.dump()))));
        }

        // The same file again: every dialogue is already there.
        const DatasetImportResult again = DatasetImporter::importFile(
                store, QDir(out).filePath(QStringLiteral("train.jsonl")), format);
        QVERIFY(again.ok);
        QCOMPARE(again.dialogues, qint64(0));
        QCOMPARE(again.duplicates, qint64(m_dialogues.size()));
        QCOMPARE(store.dialogueCount(), qint64(m_dialogues.size()));
    }

    void sharegptJsonArrayFilesImport()
    {
        // LLaMA-Factory's own files are one JSON array.
        const QByteArray text = ImportSamples::kGlaive;
        const QString path = writeFile(QStringLiteral("glaive.json"), text);
        ProjectStore store;
        QVERIFY(!store.open(newProject(QStringLiteral("glaive"))));
        const DatasetImportResult r
                = DatasetImporter::importFile(store, path, ExportFormat::ShareGpt);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.dialogues, qint64(1));
        const Dialogue d = store.dialogues(0, 1).front();
        QCOMPARE(d.messages.size(), std::size_t(4));
        QCOMPARE(d.messages[1].toolCalls.front().toolName, QStringLiteral("age"));
        QVERIFY(d.calls.front().response == Json({{"age", 34}}));
    }

    void badFilesAreRefusedNamingFileLineAndField_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QByteArray>("badLine");
        QTest::addColumn<QString>("expected");
        QTest::newRow("openai: arguments not JSON")
                << ExportFormat::OpenAi << QByteArray(ImportSamples::kOpenAiBadArguments)
                << QStringLiteral("bad.jsonl:2: /messages/1/tool_calls/0/function/arguments: ");
        QTest::newRow("openai: unknown role")
                << ExportFormat::OpenAi << QByteArray(ImportSamples::kOpenAiUnknownRole)
                << QStringLiteral("bad.jsonl:2: /messages/0/role: unknown role robot");
        QTest::newRow("trl: tool answering nothing")
                << ExportFormat::Trl << QByteArray(ImportSamples::kTrlToolWithoutCall)
                << QStringLiteral("bad.jsonl:2: /messages/1: answers no call");
        QTest::newRow("sharegpt: odd length")
                << ExportFormat::ShareGpt << QByteArray(ImportSamples::kShareGptOdd)
                << QStringLiteral(
                           "bad.jsonl:2: /conversations: must end with gpt or function_call");
        QTest::newRow("hermes: response count")
                << ExportFormat::Hermes << QByteArray(ImportSamples::kHermesResponses)
                << QStringLiteral("bad.jsonl:2: /conversations/3/value: expected 1 <tool_response> "
                                  "blocks");
        QTest::newRow("not JSON") << ExportFormat::Trl << QByteArray("{\"messages\": [")
                                  << QStringLiteral("bad.jsonl:2: not JSON");
    }
    void badFilesAreRefusedNamingFileLineAndField()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QByteArray, badLine);
        QFETCH(QString, expected);
        // A good first line in the format, then the bad one.
        const auto fmt = DatasetFormat::create(format);
        const Catalog retail = SimulationTestSupport::demoCatalog("retail");
        const Json tools = CatalogExporter::toOpenAiTools(retail);
        RecordContext context;
        context.catalog = &retail;
        context.tools = &tools;
        const QByteArray first
                = QByteArray::fromStdString(fmt->write(m_dialogues[0], context)[0].dump());
        const QString path = writeFile(QStringLiteral("bad.jsonl"), first + '\n' + badLine + '\n');
        ProjectStore store;
        QVERIFY(!store.open(newProject(QStringLiteral("bad-%1").arg(++m_badProjects))));
        const DatasetImportResult r = DatasetImporter::importFile(store, path, format);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(expected), qPrintable(r.error));
        QCOMPARE(r.problems.size(), std::size_t(1));
        QCOMPARE(r.problems.front().line, qint64(2));
        // Nothing of a refused file reaches the project.
        QCOMPARE(store.dialogueCount(), qint64(0));
        QVERIFY(store.catalogs().empty());
    }
};

QTEST_GUILESS_MAIN(TestDatasetImporter)
#include "tst_datasetimporter.moc"
