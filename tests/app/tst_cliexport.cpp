// callwright-cli export and dialogues import as a script uses them: a dataset that passes its
// validator with a card beside it, usage errors with exit code 2, and an import that names
// the line and field of a bad record.
#include "export/datasetformat.h"
#include "model/json.h"
#include "store/dialoguequery.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Callwright;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CALLWRIGHT_CLI), args);
    if (!p.waitForFinished(180000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

int lineCount(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : -1;
}

const QString kProject = QStringLiteral("--project");

} // namespace

class TestCliExport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        m_project = m_dir.filePath(QStringLiteral("demo.callwright"));
        Result r = cli({QStringLiteral("project"), QStringLiteral("new"), m_project,
                        QStringLiteral("--demo")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("generate"), kProject, m_project, QStringLiteral("--catalog"),
                 QStringLiteral("retail"), QStringLiteral("--count"), QStringLiteral("120"),
                 QStringLiteral("--seed"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void exportWritesAValidDatasetAndCard()
    {
        const QString out = m_dir.filePath(QStringLiteral("openai"));
        const Result r
                = cli({QStringLiteral("export"), kProject, m_project, QStringLiteral("--format"),
                       QStringLiteral("openai"), QStringLiteral("--out"), out,
                       QStringLiteral("--split"), QStringLiteral("0.1"), QStringLiteral("--seed"),
                       QStringLiteral("4"), QStringLiteral("--status"), QStringLiteral("any"),
                       QStringLiteral("--system-prompt"), QStringLiteral("You serve {catalog}."),
                       QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Json summary = parseJson(r.out);
        const int train = summary.at("train").get<int>();
        const int validation = summary.at("validation").get<int>();
        QCOMPARE(train + validation, 120);
        QVERIFY2(validation >= 8 && validation <= 16, qPrintable(QString::number(validation)));
        QVERIFY(summary.at("megabytes_per_second").get<double>() > 0);
        QCOMPARE(lineCount(QDir(out).filePath(QStringLiteral("train.jsonl"))), train);
        QCOMPARE(lineCount(QDir(out).filePath(QStringLiteral("validation.jsonl"))), validation);
        const auto problems = validateDatasetFiles(
                ExportFormat::OpenAi, {QDir(out).filePath(QStringLiteral("train.jsonl"))});
        QVERIFY(problems.empty());
        QFile card(QDir(out).filePath(QStringLiteral("README.md")));
        QVERIFY(card.open(QIODevice::ReadOnly));
        const QByteArray text = card.readAll();
        QVERIFY(text.contains("| Dialogues | 120 |"));
        QVERIFY(text.contains("## Generation settings"));
        QFile first(QDir(out).filePath(QStringLiteral("train.jsonl")));
        QVERIFY(first.open(QIODevice::ReadOnly));
        QVERIFY(first.readLine().contains("You serve retail."));
    }

    // Copies of one conversation go out once; a different conversation is kept.
    void nearDuplicatesLeftOutOnRequest()
    {
        QFile source(m_dir.filePath(QStringLiteral("openai/train.jsonl")));
        QVERIFY2(source.open(QIODevice::ReadOnly), "runs after exportWritesAValidDatasetAndCard");
        const QByteArray first = source.readLine();
        const QByteArray second = source.readLine();
        QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
        const QString copies = m_dir.filePath(QStringLiteral("copies.jsonl"));
        QFile out(copies);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(first + first + first + second);
        out.close();
        const QString project = m_dir.filePath(QStringLiteral("copies.callwright"));
        Result r = cli({QStringLiteral("project"), QStringLiteral("new"), project});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("dialogues"), QStringLiteral("import"), kProject, project,
                 QStringLiteral("--format"), QStringLiteral("openai"), QStringLiteral("--file"),
                 copies});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto exported = [&](bool drop) {
            QStringList args{QStringLiteral("export"),
                             kProject,
                             project,
                             QStringLiteral("--out"),
                             m_dir.filePath(QStringLiteral("dedup")),
                             QStringLiteral("--status"),
                             QStringLiteral("any"),
                             QStringLiteral("--json")};
            if (drop)
                args << QStringLiteral("--drop-near-duplicates");
            const Result e = cli(args);
            return e.exitCode == 0 ? parseJson(e.out).at("train").get<int>() : -1;
        };
        QCOMPARE(exported(false), 4);
        QCOMPARE(exported(true), 2);
    }

    // A filter saved in the review browser picks what goes out; an unknown name is refused.
    void savedFilterSelectsTheDialogues()
    {
        const QString copy = m_dir.filePath(QStringLiteral("filtered.callwright"));
        QVERIFY(QFile::copy(m_project, copy));
        qint64 expected = 0;
        {
            ProjectStore store;
            QVERIFY(!store.open(copy));
            SavedFilter saved;
            saved.name = QStringLiteral("exchanges");
            saved.filter.tools = {QStringLiteral("exchange_delivered_order_items")};
            QVERIFY(store.saveFilter(saved));
            const auto counts = store.reviewCounts(saved.filter);
            QVERIFY(counts);
            expected = counts->total;
        }
        QVERIFY(expected > 0 && expected < 120);
        const QString out = m_dir.filePath(QStringLiteral("filtered"));
        Result r = cli({QStringLiteral("export"), kProject, copy, QStringLiteral("--out"), out,
                        QStringLiteral("--filter"), QStringLiteral("exchanges"),
                        QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(parseJson(r.out).at("train").get<int>(), int(expected));
        QFile train(QDir(out).filePath(QStringLiteral("train.jsonl")));
        QVERIFY(train.open(QIODevice::ReadOnly));
        while (!train.atEnd())
            QVERIFY(train.readLine().contains("exchange_delivered_order_items"));
        r = cli({QStringLiteral("export"), kProject, copy, QStringLiteral("--out"), out,
                 QStringLiteral("--filter"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("exchanges"), r.err.constData());
    }

    void acceptedOnlyByDefault()
    {
        // Nothing is reviewed yet: the export is empty but still complete.
        const QString out = m_dir.filePath(QStringLiteral("accepted"));
        const Result r = cli({QStringLiteral("export"), kProject, m_project,
                              QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(parseJson(r.out).at("train").get<int>(), 0);
        QCOMPARE(lineCount(QDir(out).filePath(QStringLiteral("train.jsonl"))), 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("csv")}
                                << QStringLiteral("--format");
        QTest::newRow("split") << QStringList{QStringLiteral("--split"), QStringLiteral("2")}
                               << QStringLiteral("--split");
        QTest::newRow("status") << QStringList{QStringLiteral("--status"), QStringLiteral("good")}
                                << QStringLiteral("--status");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QStringList all{QStringLiteral("export"), kProject, m_project, QStringLiteral("--out"),
                        m_dir.filePath(QStringLiteral("never"))};
        all << args;
        const Result r = cli(all);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never"))));
    }

    void importBackAndBadFiles()
    {
        const QString out = m_dir.filePath(QStringLiteral("hermes"));
        Result r = cli({QStringLiteral("export"), kProject, m_project, QStringLiteral("--format"),
                        QStringLiteral("hermes"), QStringLiteral("--status"), QStringLiteral("any"),
                        QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString target = m_dir.filePath(QStringLiteral("target.callwright"));
        r = cli({QStringLiteral("project"), QStringLiteral("new"), target});
        QVERIFY(r.exitCode == 0);
        r = cli({QStringLiteral("dialogues"), QStringLiteral("import"), kProject, target,
                 QStringLiteral("--format"), QStringLiteral("hermes"), QStringLiteral("--file"),
                 QDir(out).filePath(QStringLiteral("train.jsonl")), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(parseJson(r.out).at("dialogues").get<int>(), 120);
        r = cli({QStringLiteral("project"), QStringLiteral("info"), target,
                 QStringLiteral("--json")});
        QCOMPARE(parseJson(r.out).at("dialogues").get<int>(), 120);

        const QString bad = m_dir.filePath(QStringLiteral("bad.jsonl"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}, "
                "{\"role\": \"assistant\", \"content\": \"ok\"}]}\n"
                "{\"messages\": [{\"role\": \"user\"}]}\n");
        f.close();
        r = cli({QStringLiteral("dialogues"), QStringLiteral("import"), kProject, target,
                 QStringLiteral("--format"), QStringLiteral("openai"), QStringLiteral("--file"),
                 bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("bad.jsonl:2: /messages/0/content: is missing"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
