// callwright-cli corpus run as a script uses it: it imports the tldr pages into a project and
// runs the embedded stages, says the mode is heuristic, does nothing twice on a second run,
// refuses bad JSON Lines with the file and line, and runs the stages on an endpoint profile
// (--endpoint) against the loopback test server run as a process of its own, with the rerun
// answered from the project's cache.
#include "backends/endpointprofile.h"
#include "model/json.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Callwright;

class TestCliCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importsAndRunsTheStages();
    void aSecondRunKeepsWhatIsDone();
    void adoptAddsToolsAndDialoguesOnce();
    void badJsonLinesAreRefusedByFileAndLine();
    void endpointAndBadArgumentsAreRefused();
    void endpointRunsTheStagesAndRerunsFromTheCache();
    void cleanupTestCase();

private:
    QProcess m_server;
    QTemporaryDir m_dir;
    QString m_project;
    QString m_input;
};

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
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

void TestCliCorpus::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Profiles where the CLI looks for them ($XDG_CONFIG_HOME/Callwright/Callwright.conf), never
    // the user's own; the children inherit this environment.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("CALLWRIGHT_SECRETS", "session");
    m_project = m_dir.filePath(QStringLiteral("corpus.callwright"));
    m_input = TestSupport::sharedDataPath(QStringLiteral("corpus/tldr_pages/tldr_pages.jsonl"));
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("new"), m_project}).exitCode, 0);
}

void TestCliCorpus::importsAndRunsTheStages()
{
    const Result r
            = cli({QStringLiteral("corpus"), QStringLiteral("run"), QStringLiteral("--project"),
                   m_project, QStringLiteral("--input"), m_input, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json j = parseJson(r.out);
    QCOMPARE(j.at("mode").get<std::string>(), std::string("embedded"));
    QCOMPARE(j.at("heuristic").get<bool>(), true);
    QCOMPARE(j.at("documents").get<int>(), 63);
    QCOMPARE(j.at("added").get<int>(), 63);
    QCOMPARE(j.at("passages_run").get<int>(), j.at("passages").get<int>());
    QVERIFY(j.at("tools").get<int>() > 100);
    QCOMPARE(j.at("rule_issues").get<int>(), 0);
    QCOMPARE(j.at("stages").at("relevance").at("done").get<int>(), j.at("passages").get<int>());

    ProjectStore store;
    QVERIFY(!store.open(m_project, ProjectStore::OpenMode::ReadOnly));
    QCOMPARE(store.corpusDocumentCount(), qint64(63));
    const std::optional<qint64> tar = store.corpusDocumentId(QStringLiteral("tar"));
    QVERIFY(tar);
    const std::vector<Passage> passages = store.corpusPassages(*tar);
    QCOMPARE(int(passages.size()), 1);
    const std::optional<PassageStages> stages = store.corpusPassageStages(passages.front().id);
    const std::optional<ExtractionResult> e = (*stages)[1].extraction();
    QVERIFY(e);
    QVERIFY(e->findTool(QStringLiteral("tar_extract")));
}

void TestCliCorpus::aSecondRunKeepsWhatIsDone()
{
    // For people: progress on stderr, and the heuristic notice.
    const Result r
            = cli({QStringLiteral("corpus"), QStringLiteral("run"), QStringLiteral("--project"),
                   m_project, QStringLiteral("--input"), m_input});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("heuristic"), r.err.constData());
    QVERIFY(r.out.contains("unchanged: 63"));
    QVERIFY2(r.out.contains("passages_run: 0"), r.out.constData());
}

void TestCliCorpus::adoptAddsToolsAndDialoguesOnce()
{
    const QStringList args{QStringLiteral("corpus"),    QStringLiteral("adopt"),
                           QStringLiteral("--project"), m_project,
                           QStringLiteral("--catalog"), QStringLiteral("tldr"),
                           QStringLiteral("--json")};
    Result r = cli(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    Json j = parseJson(r.out);
    QCOMPARE(j.at("catalog").get<std::string>(), std::string("tldr"));
    QCOMPARE(j.at("catalog_created").get<bool>(), true);
    const int tools = j.at("tools_added").get<int>();
    const int dialogues = j.at("dialogues_added").get<int>();
    QVERIFY(tools > 0);
    QVERIFY(dialogues > 0);
    {
        ProjectStore store;
        QVERIFY(!store.open(m_project, ProjectStore::OpenMode::ReadOnly));
        const std::optional<Catalog> catalog = store.catalog(j.at("catalog_id").get<qint64>());
        QVERIFY(catalog);
        QCOMPARE(int(catalog->tools.size()), tools);
        QVERIFY(store.dialogueCount() >= dialogues);
    }

    r = cli(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    j = parseJson(r.out);
    QCOMPARE(j.at("catalog_created").get<bool>(), false);
    QCOMPARE(j.at("tools_added").get<int>(), 0);
    QCOMPARE(j.at("tools_skipped").get<int>(), tools);
    QCOMPARE(j.at("dialogues_added").get<int>(), 0);
    QCOMPARE(j.at("dialogues_skipped").get<int>(), dialogues);

    // Only the dialogues, by a document that does not exist: a usage error.
    r = cli({QStringLiteral("corpus"), QStringLiteral("adopt"), QStringLiteral("--project"),
             m_project, QStringLiteral("--dialogues"), QStringLiteral("--document"),
             QStringLiteral("no-such-document")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("no-such-document"));
}

void TestCliCorpus::badJsonLinesAreRefusedByFileAndLine()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.jsonl"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"id\": \"a\", \"text\": \"# A\\n\\nRun `ls -l`.\"}\n{\"id\": \"b\", \"text\": }\n");
    f.close();
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.callwright"));
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("new"), fresh}).exitCode, 0);
    const Result r = cli({QStringLiteral("corpus"), QStringLiteral("run"),
                          QStringLiteral("--project"), fresh, QStringLiteral("--input"), bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("bad.jsonl:2: not valid JSON"), r.err.constData());
    QVERIFY(r.err.contains("nothing was imported"));
    ProjectStore store;
    QVERIFY(!store.open(fresh, ProjectStore::OpenMode::ReadOnly));
    QCOMPARE(store.corpusDocumentCount(), qint64(0));
}

void TestCliCorpus::endpointAndBadArgumentsAreRefused()
{
    const Result endpoint = cli({QStringLiteral("corpus"), QStringLiteral("run"),
                                 QStringLiteral("--project"), m_project, QStringLiteral("--input"),
                                 m_input, QStringLiteral("--endpoint"), QStringLiteral("gpt")});
    QCOMPARE(endpoint.exitCode, 2);
    QVERIFY2(endpoint.err.contains("no endpoint profile 'gpt'"), endpoint.err.constData());
    QCOMPARE(cli({QStringLiteral("corpus"), QStringLiteral("run"), QStringLiteral("--project"),
                  m_project})
                     .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("corpus"), QStringLiteral("run"), QStringLiteral("--project"),
                  m_dir.filePath(QStringLiteral("missing.callwright")), QStringLiteral("--input"),
                  m_input})
                     .exitCode,
             3);
    QCOMPARE(cli({QStringLiteral("corpus"), QStringLiteral("walk")}).exitCode, 2);
}

void TestCliCorpus::endpointRunsTheStagesAndRerunsFromTheCache()
{
    m_server.start(QStringLiteral(CALLWRIGHT_LLM_TESTSERVER), {QStringLiteral("--scripted")});
    QVERIFY(m_server.waitForReadyRead(10000));
    const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
    QVERIFY2(line.startsWith(QLatin1String("listening on ")), qPrintable(line));
    EndpointProfile p;
    p.id = QStringLiteral("scripted");
    p.name = QStringLiteral("Scripted");
    p.baseUrl = QUrl(line.mid(13));
    p.model = QStringLiteral("scripted");
    p.auth = AuthKind::None;
    p.maxInFlight = 2;
    {
        QSettings settings(m_dir.filePath(QStringLiteral("config/Callwright/Callwright.conf")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("endpoints/profiles"),
                          QByteArray::fromStdString(Json::array({Json(p)}).dump()));
    }

    const QString input = m_dir.filePath(QStringLiteral("runbook.md"));
    QFile f(input);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# Disk full\n\nWhen /var fills up:\n\n1. Check the usage with `df -h /var`.\n"
            "2. Find the biggest directories with `du -sh /var/log`.\n");
    f.close();
    const QString project = m_dir.filePath(QStringLiteral("llm.callwright"));
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("new"), project}).exitCode, 0);
    const QStringList run{QStringLiteral("corpus"),     QStringLiteral("run"),
                          QStringLiteral("--project"),  project,
                          QStringLiteral("--input"),    input,
                          QStringLiteral("--endpoint"), QStringLiteral("Scripted"),
                          QStringLiteral("--json")};
    Result r = cli(run);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    Json j = parseJson(r.out);
    QCOMPARE(j.at("mode").get<std::string>(), std::string("Scripted"));
    QCOMPARE(j.at("heuristic").get<bool>(), false);
    QCOMPARE(j.at("documents").get<int>(), 1);
    for (const char *stage : {"relevance", "extraction", "grounding", "refinement"})
        QVERIFY2(j.at("stages").at(stage).at("done").get<int>() == 1, r.out.constData());
    QCOMPARE(j.at("tools").get<int>(), 2);
    QCOMPARE(j.at("rule_issues").get<int>(), 0);
    QCOMPARE(j.at("endpoint").at("requests").get<int>(), 4);
    QCOMPARE(j.at("endpoint").at("cache_hits").get<int>(), 0);

    ProjectStore store;
    QVERIFY(!store.open(project, ProjectStore::OpenMode::ReadOnly));
    const std::optional<qint64> doc = store.corpusDocumentId(QStringLiteral("runbook.md"));
    QVERIFY(doc);
    const std::vector<Passage> passages = store.corpusPassages(*doc);
    QVERIFY(!passages.empty());
    const std::optional<PassageStages> stages = store.corpusPassageStages(passages.front().id);
    QVERIFY(stages);
    for (const CorpusStageRecord &rec : *stages) {
        QCOMPARE(rec.engine, QStringLiteral("Scripted"));
        QVERIFY(!rec.heuristic);
    }
    const std::optional<ExtractionResult> e = (*stages)[1].extraction();
    QVERIFY(e);
    QVERIFY(e->findTool(QStringLiteral("df")));
    QVERIFY(e->findTool(QStringLiteral("du")));
    QCOMPARE(e->executionGraph, QStringLiteral("(df)->(du)"));
    const std::optional<TrajectoryResult> refined = (*stages)[3].trajectory();
    QVERIFY(refined);
    QCOMPARE(refined->trajectory.persona.name, QStringLiteral("Priya"));
    QCOMPARE(int(refined->trajectory.calls.size()), 2);
    store.close();

    // Run again: every answer comes from the project's cache.
    r = cli(run + QStringList{QStringLiteral("--rerun")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    j = parseJson(r.out);
    QCOMPARE(j.at("stages").at("refinement").at("done").get<int>(), 1);
    QCOMPARE(j.at("endpoint").at("requests").get<int>(), 0);
    QCOMPARE(j.at("endpoint").at("cache_hits").get<int>(), 4);
}

void TestCliCorpus::cleanupTestCase()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill();
        m_server.waitForFinished();
    }
}

QTEST_GUILESS_MAIN(TestCliCorpus)
#include "tst_clicorpus.moc"
