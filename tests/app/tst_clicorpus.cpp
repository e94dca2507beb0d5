// callwright-cli corpus run as a script uses it: it imports the tldr pages into a project and
// runs the embedded stages, says the mode is heuristic, does nothing twice on a second run,
// refuses bad JSON Lines with the file and line, and refuses --endpoint while the LLM stages
// are not built.
#include "model/json.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
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
    void badJsonLinesAreRefusedByFileAndLine();
    void endpointAndBadArgumentsAreRefused();

private:
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
    QVERIFY2(endpoint.err.contains("not available"), endpoint.err.constData());
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

QTEST_GUILESS_MAIN(TestCliCorpus)
#include "tst_clicorpus.moc"
