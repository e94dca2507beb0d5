// Exporting a project as a curator does: only the chosen dialogues, every file valid for its
// trainer, a seeded split stratified by tool set, a system prompt, a metadata sidecar and a
// dataset card; a cancelled export leaves nothing behind and the previous export untouched.
#include "exporttestsupport.h"
#include "testsupport.h"

#include "export/datasetexporter.h"
#include "store/projectstore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace Callwright;
using namespace ExportTestSupport;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::vector<Json> jsonLines(const QString &path)
{
    std::vector<Json> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        if (!line.trimmed().isEmpty())
            out.push_back(parseJson(line));
    }
    return out;
}

QStringList absolute(const QString &dir, const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << QDir(dir).filePath(n);
    return out;
}

} // namespace

class TestDatasetExporter final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    qint64 m_accepted = 0;
    qint64 m_total = 0;
    qint64 m_jobId = 0;

    ExportResult exportTo(const QString &out, ExportOptions options,
                          const std::atomic_bool *cancel = nullptr,
                          const DatasetExporter::ProgressFn &progress = {})
    {
        ProjectStore store;
        if (StoreError e = store.open(m_project, ProjectStore::OpenMode::ReadOnly))
            qFatal("%s", qPrintable(e.message));
        return DatasetExporter(store).run(options, out, cancel, progress);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("p.callwright"));
        ProjectStore store;
        QVERIFY(!store.create(m_project, QStringLiteral("export test")));
        Catalog retail = SimulationTestSupport::demoCatalog("retail");
        retail.id = 0;
        for (Tool &t : retail.tools)
            t.id = 0;
        QVERIFY(store.insertCatalog(retail));
        Job job;
        job.settings = Json{{"catalog_id", retail.id},  {"seed", 3},
                            {"sampler", "random_walk"}, {"tools_per_sample", 4},
                            {"engine", "embedded"},     {"count", 400}};
        job.requested = 400;
        QVERIFY(store.insertJob(job));
        m_jobId = job.id;
        std::vector<Dialogue> dialogues = simulated(400, 3, retail.id);
        for (std::size_t i = 0; i < dialogues.size(); ++i) {
            Dialogue &d = dialogues[i];
            d.jobId = job.id;
            // Two of three accepted, the rest rejected; a score to summarise.
            d.status = i % 3 == 2 ? ReviewStatus::Rejected : ReviewStatus::Accepted;
            d.scores.push_back({QStringLiteral("naturalness"), double(1 + i % 5),
                                QStringLiteral("embedded"), QString()});
            m_accepted += d.status == ReviewStatus::Accepted ? 1 : 0;
        }
        m_total = qint64(dialogues.size());
        QVERIFY(store.insertDialogues(dialogues));
    }

    void acceptedDialoguesInEveryFormatPassValidation_data()
    {
        QTest::addColumn<int>("format");
        for (ExportFormat f : kExportFormats)
            QTest::newRow(qPrintable(exportFormatName(f))) << int(f);
    }
    void acceptedDialoguesInEveryFormatPassValidation()
    {
        QFETCH(int, format);
        const QString out = m_dir.filePath(QStringLiteral("all-") + QString::number(format));
        ExportOptions options;
        options.format = ExportFormat(format);
        const ExportResult r = exportTo(out, options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.skipped, qint64(0));
        QCOMPARE(r.train, m_accepted);
        const QStringList data = DatasetExporter::dataFiles(options);
        for (const QString &f : data)
            QCOMPARE(qint64(jsonLines(QDir(out).filePath(f)).size()), m_accepted);
        const auto problems = validateDatasetFiles(options.format, absolute(out, data));
        QVERIFY2(problems.empty(),
                 qPrintable(problems.empty() ? QString() : problems[0].toString()));
        QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("README.md"))));
        QCOMPARE(qint64(jsonLines(QDir(out).filePath(QStringLiteral("metadata.jsonl"))).size()),
                 m_accepted);
        QCOMPARE(QFile::exists(QDir(out).filePath(QStringLiteral("dataset_info.json"))),
                 options.format == ExportFormat::ShareGpt);
        // No temporary file is left beside the data.
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), r.files.size());
    }

    void statusFilterAndDroppedUids()
    {
        ExportOptions options;
        options.statuses = {};
        ExportResult r = exportTo(m_dir.filePath(QStringLiteral("any")), options);
        QVERIFY(r.ok());
        QCOMPARE(r.train, m_total);

        options.statuses = {ReviewStatus::Rejected};
        options.dropUids = {QStringLiteral("test-2"), QStringLiteral("test-5")};
        options.filter = [](const Dialogue &d) {
            return d.messages.size() > 4;
        };
        r = exportTo(m_dir.filePath(QStringLiteral("rejected")), options);
        QVERIFY(r.ok());
        const auto meta = jsonLines(m_dir.filePath(QStringLiteral("rejected/metadata.jsonl")));
        QCOMPARE(qint64(meta.size()), r.train);
        QVERIFY(r.train > 0 && r.train < m_total - m_accepted);
        for (const Json &m : meta) {
            QCOMPARE(m["status"].get<QString>(), QStringLiteral("rejected"));
            QVERIFY(m["uid"] != "test-2" && m["uid"] != "test-5");
        }
    }

    void splitIsStratifiedByToolSetAndSeeded()
    {
        ExportOptions options;
        options.validationShare = 0.25;
        options.seed = 7;
        const ExportResult a = exportTo(m_dir.filePath(QStringLiteral("split-a")), options);
        const ExportResult b = exportTo(m_dir.filePath(QStringLiteral("split-b")), options);
        options.seed = 8;
        const ExportResult c = exportTo(m_dir.filePath(QStringLiteral("split-c")), options);
        QVERIFY(a.ok() && b.ok() && c.ok());
        QCOMPARE(a.train + a.validation, m_accepted);
        QVERIFY(a.validation > 0);
        QCOMPARE(fileBytes(m_dir.filePath(QStringLiteral("split-a/validation.jsonl"))),
                 fileBytes(m_dir.filePath(QStringLiteral("split-b/validation.jsonl"))));
        QVERIFY(fileBytes(m_dir.filePath(QStringLiteral("split-a/validation.jsonl")))
                != fileBytes(m_dir.filePath(QStringLiteral("split-c/validation.jsonl"))));
        // Each tool set is within one dialogue of its share.
        std::map<std::string, std::pair<int, int>> strata; // tool set -> (all, validation)
        for (const Json &m : jsonLines(m_dir.filePath(QStringLiteral("split-a/metadata.jsonl")))) {
            auto &s = strata[m["tools_used"].dump()];
            ++s.first;
            s.second += m["split"] == "validation" ? 1 : 0;
        }
        QVERIFY(strata.size() > 10);
        for (const auto &[tools, s] : strata)
            QVERIFY2(std::abs(s.second - 0.25 * s.first) <= 1.0, tools.c_str());
    }

    void systemPromptIsFilledIn()
    {
        ExportOptions options;
        options.systemPrompt = QStringLiteral("You help customers of {catalog}. Tools: {tools}.");
        const ExportResult r = exportTo(m_dir.filePath(QStringLiteral("prompt")), options);
        QVERIFY(r.ok());
        const auto rows = jsonLines(m_dir.filePath(QStringLiteral("prompt/train.jsonl")));
        const Json &first = rows.front()["messages"][0];
        QCOMPARE(first["role"].get<QString>(), QStringLiteral("system"));
        QVERIFY(first["content"].get<QString>().startsWith(
                QStringLiteral("You help customers of retail. Tools: ")));
        QVERIFY(first["content"].get<QString>().contains(QStringLiteral("cancel_pending_order")));
    }

    void datasetCardDescribesTheExport()
    {
        ExportOptions options;
        options.validationShare = 0.1;
        options.licence = QStringLiteral("cc-by-4.0");
        const ExportResult r = exportTo(m_dir.filePath(QStringLiteral("card")), options);
        QVERIFY(r.ok());
        const QString card
                = QString::fromUtf8(fileBytes(m_dir.filePath(QStringLiteral("card/README.md"))));
        QVERIFY(card.startsWith(QStringLiteral("---\nlicense: cc-by-4.0\n")));
        QVERIFY(card.contains(QStringLiteral("| Dialogues | %1 |").arg(m_accepted)));
        QVERIFY(card.contains(QStringLiteral("| Validation | %1 |").arg(r.validation)));
        QVERIFY(card.contains(QStringLiteral("## Tool coverage")));
        QVERIFY(card.contains(QStringLiteral("Catalog **retail**")));
        QVERIFY(card.contains(QStringLiteral("| `get_order_details` |")));
        // Scores 1..5 cycle over the dialogues.
        QVERIFY2(card.contains(QStringLiteral("| naturalness | %1 | ").arg(m_accepted)),
                 qPrintable(card));
        QVERIFY(card.contains(QStringLiteral("| 1.00 |"))
                && card.contains(QStringLiteral("| 5.00 |")));
        QVERIFY(card.contains(
                QStringLiteral("| %1 | generate | retail | 400 | 3 | random_walk |").arg(m_jobId)));
        QVERIFY(card.contains(QStringLiteral("`validation.jsonl`")));
    }

    void sharegptGetsItsDatasetInfoEntry()
    {
        ExportOptions options;
        options.format = ExportFormat::ShareGpt;
        options.validationShare = 0.2;
        options.datasetName = QStringLiteral("retail_calls");
        const ExportResult r = exportTo(m_dir.filePath(QStringLiteral("lf")), options);
        QVERIFY(r.ok());
        const Json info
                = parseJson(fileBytes(m_dir.filePath(QStringLiteral("lf/dataset_info.json"))));
        QCOMPARE(info["retail_calls"]["file_name"].get<QString>(), QStringLiteral("train.jsonl"));
        QCOMPARE(info["retail_calls_validation"]["file_name"].get<QString>(),
                 QStringLiteral("validation.jsonl"));
        QCOMPARE(info["retail_calls"]["formatting"].get<QString>(), QStringLiteral("sharegpt"));
        QCOMPARE(info["retail_calls"]["tags"]["function_tag"].get<QString>(),
                 QStringLiteral("function_call"));
        QCOMPARE(info["retail_calls"]["columns"]["tools"].get<QString>(), QStringLiteral("tools"));
    }

    void cancelLeavesNoFileAndKeepsTheOlderExport()
    {
        const QString out = m_dir.filePath(QStringLiteral("atomic"));
        ExportOptions options;
        options.statuses = {};
        QVERIFY(exportTo(out, options).ok());
        const QByteArray train = fileBytes(QDir(out).filePath(QStringLiteral("train.jsonl")));
        const QByteArray card = fileBytes(QDir(out).filePath(QStringLiteral("README.md")));
        const QStringList before = QDir(out).entryList(QDir::Files | QDir::Hidden);

        // A narrower export into the same folder, cancelled half-way.
        options.statuses = {ReviewStatus::Accepted};
        std::atomic_bool cancel{false};
        qint64 seen = 0;
        const ExportResult r = exportTo(out, options, &cancel, [&](const ExportProgress &p) {
            seen = p.done;
            if (p.done >= m_total / 2)
                cancel = true;
        });
        QCOMPARE(int(r.status), int(ExportResult::Status::Cancelled));
        QVERIFY(seen >= m_total / 2 && seen < m_total);
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden), before);
        QCOMPARE(fileBytes(QDir(out).filePath(QStringLiteral("train.jsonl"))), train);
        QCOMPARE(fileBytes(QDir(out).filePath(QStringLiteral("README.md"))), card);

        // Cancelled into an empty folder: nothing at all.
        const QString fresh = m_dir.filePath(QStringLiteral("atomic-fresh"));
        cancel = false;
        const ExportResult none = exportTo(fresh, options, &cancel, [&](const ExportProgress &p) {
            if (p.done > 0)
                cancel = true;
        });
        QCOMPARE(int(none.status), int(ExportResult::Status::Cancelled));
        QVERIFY(QDir(fresh).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void unwritableFolderFails()
    {
        // A file where the folder should be.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const ExportResult r = exportTo(blocker + QStringLiteral("/out"), ExportOptions());
        QCOMPARE(int(r.status), int(ExportResult::Status::Failed));
        QVERIFY2(r.error.contains(QStringLiteral("blocker")), qPrintable(r.error));
    }

    void weightsMarkTurnsWithBadCalls()
    {
        ExportOptions options;
        options.weights = true;
        const ExportResult r = exportTo(m_dir.filePath(QStringLiteral("weights")), options);
        QVERIFY(r.ok());
        int weighted = 0;
        for (const Json &row : jsonLines(m_dir.filePath(QStringLiteral("weights/train.jsonl")))) {
            for (const Json &m : row["messages"]) {
                QCOMPARE(m.contains("weight"), m["role"] == "assistant");
                weighted += m.contains("weight") ? 1 : 0;
            }
        }
        QVERIFY(weighted > 0);
    }
};

QTEST_GUILESS_MAIN(TestDatasetExporter)
#include "tst_datasetexporter.moc"
