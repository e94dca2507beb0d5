// callwright-cli as a script would use it: exit codes, JSON output, refused files left alone.
#include "model/json.h"
#include "testsupport.h"

#include <QCryptographicHash>
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
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newThenInfoAsJson()
    {
        const QString path = m_dir.filePath(QStringLiteral("returns.callwright"));
        Result r = cli({QStringLiteral("project"), QStringLiteral("new"), path,
                        QStringLiteral("--name"), QStringLiteral("Returns desk")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(path));

        r = cli({QStringLiteral("project"), QStringLiteral("info"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const Json info = parseJson(r.out);
        QCOMPARE(info.at("name").get<QString>(), QStringLiteral("Returns desk"));
        QCOMPARE(info.at("dialogues").get<int>(), 0);
        QVERIFY(info.at("schema_version").get<int>() >= 2);
    }

    void demoProjectInfo()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo")); // suffix is added
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("new"), path,
                      QStringLiteral("--demo")}).exitCode, 0);
        const Result r = cli({QStringLiteral("project"), QStringLiteral("info"),
                              path + QStringLiteral(".callwright"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const Json info = parseJson(r.out);
        QCOMPARE(info.at("tools").get<int>(), 30);
        QCOMPARE(info.at("catalogs").size(), std::size_t(2));
        QCOMPARE(info.at("catalogs")[0].at("name").get<QString>(), QStringLiteral("retail"));

        const Result check = cli({QStringLiteral("project"), QStringLiteral("check"),
                                  path + QStringLiteral(".callwright")});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.contains("ok: true"));
    }

    void newRefusesExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("twice.callwright"));
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("new"), path}).exitCode, 0);
        const QByteArray before = digest(path);
        const Result r = cli({QStringLiteral("project"), QStringLiteral("new"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("twice.callwright"));
        QCOMPARE(digest(path), before);
    }

    void refusedFileExitsThreeAndStaysUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.callwright"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a project\n");
        f.close();
        const QByteArray before = digest(path);
        const Result r = cli({QStringLiteral("project"), QStringLiteral("info"), path,
                              QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(parseJson(r.out).at("error").get<QString>().contains(QStringLiteral("notes")));
        QCOMPARE(digest(path), before);
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("info"),
                      m_dir.filePath(QStringLiteral("missing.callwright"))}).exitCode, 3);
    }

    void catalogImportReportsAndExportRoundTrips()
    {
        const QString project = m_dir.filePath(QStringLiteral("catalogs.callwright"));
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("new"), project}).exitCode, 0);
        const QString bfcl = TestSupport::sharedDataPath(
            QStringLiteral("bfcl/multi_turn_func_doc/gorilla_file_system.json"));
        Result r = cli({QStringLiteral("catalog"), QStringLiteral("import"),
                        QStringLiteral("--project"), project, bfcl, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Json report = parseJson(r.out);
        QCOMPARE(report.at("format").get<QString>(), QStringLiteral("bfcl"));
        QCOMPARE(report.at("tools_imported").get<int>(), 18);
        QVERIFY(!report.at("warnings").empty()); // dict -> object and friends are reported

        const QString exported = m_dir.filePath(QStringLiteral("fs.openai.json"));
        r = cli({QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--project"),
                 project, QStringLiteral("--format"), QStringLiteral("openai"),
                 QStringLiteral("--out"), exported});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--project"),
                 project, exported, QStringLiteral("--name"), QStringLiteral("again"),
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(parseJson(r.out).at("format").get<QString>(), QStringLiteral("openai"));
        QCOMPARE(parseJson(r.out).at("tools_imported").get<int>(), 18);

        r = cli({QStringLiteral("project"), QStringLiteral("info"), project,
                 QStringLiteral("--json")});
        QCOMPARE(parseJson(r.out).at("tools").get<int>(), 36);
    }

    void failedImportLeavesProjectUnchanged()
    {
        const QString project = m_dir.filePath(QStringLiteral("unchanged.callwright"));
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("new"), project,
                      QStringLiteral("--demo")}).exitCode, 0);
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[{\"type\": \"function\", \"function\": {\"name\": \"a\"}},\n  {\"name\": ]");
        f.close();
        const Result r = cli({QStringLiteral("catalog"), QStringLiteral("import"),
                              QStringLiteral("--project"), project, bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("bad.json") && r.err.contains("line 2"), r.err.constData());
        const Result info = cli({QStringLiteral("project"), QStringLiteral("info"), project,
                                 QStringLiteral("--json")});
        QCOMPARE(parseJson(info.out).at("tools").get<int>(), 30);
    }

    void mcpImportRunsTheGivenServer()
    {
        const QString server = TestSupport::sourceDir()
            + QStringLiteral("/tests/peers/node_modules/@modelcontextprotocol/server-everything"
                             "/dist/index.js");
        QVERIFY2(QFile::exists(server), "run packaging/install-test-peers first");
        const QString project = m_dir.filePath(QStringLiteral("mcp.callwright"));
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("new"), project}).exitCode, 0);
        const Result r = cli({QStringLiteral("catalog"), QStringLiteral("import"),
                              QStringLiteral("--project"), project, QStringLiteral("--mcp"),
                              QStringLiteral("node ") + server, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Json report = parseJson(r.out);
        QVERIFY(report.at("tools_imported").get<int>() >= 5);
        const Result dead = cli({QStringLiteral("catalog"), QStringLiteral("import"),
                                 QStringLiteral("--project"), project, QStringLiteral("--mcp"),
                                 QStringLiteral("node -e \"console.error('no such tool server');"
                                                " process.exit(4)\"")});
        QCOMPARE(dead.exitCode, 1);
        QVERIFY2(dead.err.contains("no such tool server"), dead.err.constData());
    }

    void graphInferThenSample()
    {
        const QString project = m_dir.filePath(QStringLiteral("graph.callwright"));
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("new"), project,
                      QStringLiteral("--demo")})
                         .exitCode,
                 0);
        const QString p = QStringLiteral("--project");
        const QString catalog = QStringLiteral("--catalog");
        Result r = cli({QStringLiteral("graph"), QStringLiteral("infer"), p, project, catalog,
                        QStringLiteral("retail"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        Json report = parseJson(r.out);
        const int added = report.at("added").get<int>();
        QVERIFY(added > 20);
        QCOMPARE(report.at("kept_manual").get<int>(), 0);
        QCOMPARE(report.at("total").get<int>(), added);
        QVERIFY(report.at("data_flow").get<int>() > 10);

        // A stricter threshold replaces the inferred edges with fewer.
        r = cli({QStringLiteral("graph"), QStringLiteral("infer"), p, project, catalog,
                 QStringLiteral("retail"), QStringLiteral("--threshold"), QStringLiteral("0.9"),
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        report = parseJson(r.out);
        QCOMPARE(report.at("replaced").get<int>(), added);
        QVERIFY(report.at("total").get<int>() < added);
        r = cli({QStringLiteral("graph"), QStringLiteral("infer"), p, project, catalog,
                 QStringLiteral("retail")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("added: "));

        const QStringList sample{QStringLiteral("graph"),
                                 QStringLiteral("sample"),
                                 p,
                                 project,
                                 catalog,
                                 QStringLiteral("retail"),
                                 QStringLiteral("--sampler"),
                                 QStringLiteral("chain"),
                                 QStringLiteral("--size"),
                                 QStringLiteral("3"),
                                 QStringLiteral("--count"),
                                 QStringLiteral("5"),
                                 QStringLiteral("--seed"),
                                 QStringLiteral("7"),
                                 QStringLiteral("--json")};
        r = cli(sample);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Json batch = parseJson(r.out);
        QCOMPARE(batch.at("samples").size(), std::size_t(5));
        for (const Json &s : batch.at("samples")) {
            QVERIFY(s.at("tools").size() >= 2);
            const Json &chain = s.at("chain");
            QCOMPARE(chain.size(), s.at("tools").size());
            // Every call after the first takes the previous call's output: "$1", "$2.x" ...
            for (std::size_t k = 1; k < chain.size(); ++k) {
                const Json &arguments = chain[k].at("arguments");
                QCOMPARE(arguments.size(), std::size_t(1));
                QVERIFY(arguments.begin()->get<QString>().startsWith(QLatin1Char('$')
                                                                     + QString::number(k)));
            }
        }
        QCOMPARE(batch.at("coverage").at("tools_total").get<int>(), 16);
        QVERIFY(batch.at("coverage").at("tools_covered").get<int>() >= 2);
        QCOMPARE(cli(sample).out, r.out); // the same seed, the same samples

        r = cli({QStringLiteral("graph"), QStringLiteral("sample"), p, project, catalog,
                 QStringLiteral("retail"), QStringLiteral("--sampler"),
                 QStringLiteral("coverage")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("coverage: "));
    }

    void graphCommandErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString project = QStringLiteral("PROJECT");
        const QString p = QStringLiteral("--project");
        const QString infer = QStringLiteral("infer");
        const QString sample = QStringLiteral("sample");
        const QString graph = QStringLiteral("graph");
        QTest::newRow("no project") << QStringList{graph, infer} << 2;
        QTest::newRow("two catalogs") << QStringList{graph, infer, p, project} << 2;
        QTest::newRow("bad threshold") << QStringList{graph,
                                                      infer,
                                                      p,
                                                      project,
                                                      QStringLiteral("--catalog"),
                                                      QStringLiteral("retail"),
                                                      QStringLiteral("--threshold"),
                                                      QStringLiteral("2")}
                                       << 2;
        QTest::newRow("unknown sampler") << QStringList{graph,
                                                        sample,
                                                        p,
                                                        project,
                                                        QStringLiteral("--catalog"),
                                                        QStringLiteral("retail"),
                                                        QStringLiteral("--sampler"),
                                                        QStringLiteral("bfs")}
                                         << 2;
        QTest::newRow("no edges yet") << QStringList{graph,
                                                     sample,
                                                     p,
                                                     project,
                                                     QStringLiteral("--catalog"),
                                                     QStringLiteral("airline")}
                                      << 1;
        QTest::newRow("missing file")
                << QStringList{graph, sample, p, QStringLiteral("missing.callwright")} << 3;
    }

    void graphCommandErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const QString project = m_dir.filePath(QStringLiteral("grapherrors.callwright"));
        if (!QFile::exists(project))
            QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("new"), project,
                          QStringLiteral("--demo")})
                             .exitCode,
                     0);
        for (QString &a : args) {
            if (a == QLatin1String("PROJECT"))
                a = project;
            else if (a == QLatin1String("missing.callwright"))
                a = m_dir.filePath(a);
        }
        const QByteArray before = digest(project);
        const Result r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(digest(project), before); // a refused command changes nothing
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("nothing") << QStringList() << 2;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0;
        QTest::newRow("no subcommand") << QStringList{QStringLiteral("project")} << 2;
        QTest::newRow("unknown") << QStringList{QStringLiteral("project"), QStringLiteral("fly")}
                                 << 2;
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("project"), QStringLiteral("info")} << 2;
        QTest::newRow("bad option") << QStringList{QStringLiteral("project"),
                                                   QStringLiteral("info"),
                                                   QStringLiteral("--frobnicate"),
                                                   QStringLiteral("x")}
                                    << 2;
        QTest::newRow("command help") << QStringList{QStringLiteral("project"),
                                                     QStringLiteral("new"),
                                                     QStringLiteral("--help")}
                                      << 0;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Result r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 2)
            QVERIFY(!r.err.isEmpty());
        else
            QVERIFY(!r.out.isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
