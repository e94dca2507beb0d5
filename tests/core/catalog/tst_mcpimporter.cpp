// MCP: saved tools/list results, and live listing from real servers (tests/peers) and from
// fake ones that page, hang, die or answer badly.
#include "catalog/mcpclient.h"
#include "catalog/mcpimporter.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Callwright;

#define COMPARE_JSON(actual, expected) \
    QVERIFY2((actual) == (expected), \
             qPrintable(QStringLiteral("actual: ") + toQString(actual) \
                        + QStringLiteral("\nexpected: ") + toQString(expected)))

// QFAIL in a helper only leaves the helper; these leave the test too.
#define REQUIRE_NODE() \
    do { \
        requireNode(); \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)
#define REQUIRE_PEERS() \
    do { \
        requirePeers(); \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)

namespace {

QString examples(const QString &relative)
{
    return TestSupport::sharedDataPath(QStringLiteral("mcp_schema/2026-07-28/examples/")
                                       + relative);
}

QString peer(const QString &package)
{
    return TestSupport::sourceDir() + QStringLiteral("/tests/peers/node_modules/") + package
           + QStringLiteral("/dist/index.js");
}

QString node()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

bool processGone(qint64 pid)
{
    return pid > 0 && !QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

QStringList namesOf(const Catalog &catalog)
{
    QStringList names;
    for (const Tool &t : catalog.tools)
        names << t.name;
    return names;
}

bool hasWarning(const ImportReport &report, const QString &fragment)
{
    return std::any_of(report.warnings.begin(), report.warnings.end(),
                       [&](const auto &w) { return w.message.contains(fragment); });
}

QString fakeServer()
{
    return TestSupport::sourceDir() + QStringLiteral("/tests/core/catalog/fakemcpserver.js");
}

} // namespace

class TestMcpImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedResponseImports()
    {
        ImportReport report;
        QString error;
        const auto catalog = McpImporter::readFile(
                examples(QStringLiteral("ListToolsResultResponse/list-tools-result-response.json")),
                &report, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(namesOf(*catalog), QStringList{QStringLiteral("get_weather")});
        const Tool &t = catalog->tools[0];
        QCOMPARE(t.origin.kind, ToolOrigin::Kind::Mcp);
        QCOMPARE(t.description, QStringLiteral("Get current weather information for a location"));
        QCOMPARE(t.tags, QStringList{QStringLiteral("mcp:title=Weather Information Provider")});
        COMPARE_JSON(t.parameters.at("required"), Json::parse(R"(["location"])"));
        QVERIFY(t.returns.is_null());
        QVERIFY(hasWarning(report, QStringLiteral("\"icons\" is not kept")));
        QVERIFY(hasWarning(report, QStringLiteral("next cursor \"next-page-cursor\"")));
    }

    void bareResultImports()
    {
        ImportReport report;
        QString error;
        const auto catalog = McpImporter::readFile(
                examples(QStringLiteral("ListToolsResult/tools-list-with-cursor-and-ttl.json")),
                &report, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(namesOf(*catalog), QStringList{QStringLiteral("get_weather")});
        QCOMPARE(report.toolsImported, 1);
    }

    void toolExamplesImport()
    {
        // A saved list made of every Tool example of the spec, in file-name order.
        const QDir dir(examples(QStringLiteral("Tool")));
        Json tools = Json::array();
        for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            tools.push_back(parseJson(f.readAll()));
        }
        QCOMPARE(int(tools.size()), 6);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("examples.tools.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(Json{{"tools", tools}}.dump(2)));
        out.close();

        ImportReport report;
        QString error;
        const auto catalog = McpImporter::readFile(path, &report, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(namesOf(*catalog),
                 (QStringList{QStringLiteral("list_users"), QStringLiteral("find_resource"),
                              QStringLiteral("calculate_sum"), QStringLiteral("calculate_sum_2"),
                              QStringLiteral("get_current_time"),
                              QStringLiteral("get_weather_data")}));
        QCOMPARE(catalog->tools[3].origin.originalName, QStringLiteral("calculate_sum"));
        QVERIFY(hasWarning(report, QStringLiteral("renamed from \"calculate_sum\"")));
        // outputSchema is the returns, arrays included; oneOf and $schema are kept as they are
        COMPARE_JSON(catalog->tools[0].returns.at("type"), Json("array"));
        QVERIFY(catalog->tools[1].parameters.contains("oneOf"));
        COMPARE_JSON(catalog->tools[3].parameters.at("$schema"),
                     Json("http://json-schema.org/draft-07/schema#"));
        COMPARE_JSON(catalog->tools[4].parameters,
                     Json::parse(R"({"type": "object", "additionalProperties": false})"));
        QCOMPARE(catalog->tools[5].returns.at("required").size(), std::size_t(3));
        QCOMPARE(catalog->name, QStringLiteral("examples.tools"));
    }

    void badSavedListsSayWhere_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("malformed") << QByteArray("{\"tools\": [\n  {\"name\": }\n]}")
                                   << QStringLiteral("line 2, column 12");
        QTest::newRow("rpc error") << QByteArray(
                R"({"jsonrpc":"2.0","id":1,"error":{"code":-32602,"message":"Invalid cursor"}})")
                                   << QStringLiteral("JSON-RPC error: {\"code\":-32602");
        QTest::newRow("no tools") << QByteArray(R"({"result": {}})")
                                  << QStringLiteral("not a tools/list result");
        QTest::newRow("no name") << QByteArray(R"({"result": {"tools": [{"inputSchema": {}}]}})")
                                 << QStringLiteral("/result/tools/0/name is missing");
        QTest::newRow("schema not object")
                << QByteArray(R"({"tools": [{"name": "a", "inputSchema": []}]})")
                << QStringLiteral("/tools/0/inputSchema must be a JSON Schema object");
        QByteArray deep = R"({"tools": [{"name": "a", "inputSchema": )";
        for (int i = 0; i < 80; ++i)
            deep += R"({"not": )";
        deep += "{}" + QByteArray(80, '}') + "}]}";
        QTest::newRow("too deep") << deep << QStringLiteral("deeper than 64 levels");
    }

    void badSavedListsSayWhere()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, fragment);
        QString error;
        QVERIFY(!McpImporter::read(data, QStringLiteral("saved.json"), nullptr, &error));
        QVERIFY2(error.startsWith(QStringLiteral("saved.json: ")), qPrintable(error));
        QVERIFY2(error.contains(fragment), qPrintable(error));
    }

    void commandsSplitLikeAShell()
    {
        const auto words = McpClient::splitCommand(
                QStringLiteral("node \"my server.js\" 'it''s' a\\ b \"q\\\"x\" --flag=1"));
        QVERIFY(words);
        QCOMPARE(*words, (QStringList{QStringLiteral("node"), QStringLiteral("my server.js"),
                                      QStringLiteral("its"), QStringLiteral("a b"),
                                      QStringLiteral("q\"x"), QStringLiteral("--flag=1")}));
        QString error;
        QVERIFY(!McpClient::splitCommand(QStringLiteral("node 'open"), &error));
        QVERIFY2(error.contains(QStringLiteral("unclosed")), qPrintable(error));
        // commandLine() quotes so that splitting gives the words back
        const QStringList tricky{QStringLiteral("a b"), QStringLiteral("it's"), QString(),
                                 QStringLiteral("$HOME")};
        const McpClient client(QStringLiteral("/usr/bin/my server"), tricky);
        const auto back = McpClient::splitCommand(client.commandLine());
        QVERIFY(back);
        QCOMPARE(*back, QStringList{QStringLiteral("/usr/bin/my server")} + tricky);
    }

    void liveEverythingServer()
    {
        REQUIRE_PEERS();
        McpClient client(node(), {peer(QStringLiteral("@modelcontextprotocol/server-everything")),
                                  QStringLiteral("stdio")});
        ImportReport report;
        QString error;
        const auto catalog = client.listTools(&report, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->name, QStringLiteral("mcp-servers/everything"));
        const QStringList names = namesOf(*catalog);
        for (const char *name : {"echo", "get-sum", "get-env", "get-tiny-image",
                                 "get-structured-content", "trigger-long-running-operation"})
            QVERIFY2(names.contains(QLatin1String(name)), qPrintable(names.join(u',')));
        QCOMPARE(names.size(), 13); // @modelcontextprotocol/server-everything 2026.8.31
        const Tool *echo = catalog->findTool(QStringLiteral("echo"));
        COMPARE_JSON(echo->parameters.at("properties").at("message").at("type"), Json("string"));
        COMPARE_JSON(echo->parameters.at("required"), Json::parse(R"(["message"])"));
        QVERIFY(echo->tags.contains(QStringLiteral("mcp:title=Echo Tool")));
        QVERIFY(echo->tags.contains(QStringLiteral("mcp:annotations.readOnlyHint=true")));
        QCOMPARE(echo->origin.kind, ToolOrigin::Kind::Mcp);
        QCOMPARE(echo->origin.source, client.commandLine());
        QVERIFY(catalog->findTool(QStringLiteral("get-structured-content"))->returns.is_object());
        QVERIFY(processGone(client.lastProcessId()));
    }

    void liveFilesystemServer()
    {
        REQUIRE_PEERS();
        QTemporaryDir allowed;
        McpClient client(node(), {peer(QStringLiteral("@modelcontextprotocol/server-filesystem")),
                                  allowed.path()});
        QString error;
        const auto catalog = client.listTools(nullptr, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->name, QStringLiteral("secure-filesystem-server"));
        QCOMPARE(namesOf(*catalog),
                 (QStringList{QStringLiteral("read_file"), QStringLiteral("read_text_file"),
                              QStringLiteral("read_media_file"),
                              QStringLiteral("read_multiple_files"), QStringLiteral("write_file"),
                              QStringLiteral("edit_file"), QStringLiteral("create_directory"),
                              QStringLiteral("list_directory"),
                              QStringLiteral("list_directory_with_sizes"),
                              QStringLiteral("directory_tree"), QStringLiteral("move_file"),
                              QStringLiteral("search_files"), QStringLiteral("get_file_info"),
                              QStringLiteral("list_allowed_directories")}));
        const Tool *list = catalog->findTool(QStringLiteral("list_directory"));
        COMPARE_JSON(list->parameters.at("required"), Json::parse(R"(["path"])"));
        QVERIFY(list->returns.is_object());
        QVERIFY(processGone(client.lastProcessId()));
    }

    void pagesAndServerRequests()
    {
        REQUIRE_NODE();
        McpClient client(node(), {fakeServer(), QStringLiteral("pages")});
        ImportReport report;
        QString error;
        const auto catalog = client.listTools(&report, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(namesOf(*catalog), (QStringList{QStringLiteral("tool_0"), QStringLiteral("tool_1"),
                                                 QStringLiteral("tool_2")}));
        QCOMPARE(catalog->tools[2].origin.originalName, QStringLiteral("tool.2"));
        QCOMPARE(catalog->name, QStringLiteral("pager"));
        QVERIFY(catalog->description.contains(QStringLiteral("1.2.3")));
        QVERIFY(hasWarning(report, QStringLiteral("starting up (not JSON-RPC)")));
        QVERIFY(processGone(client.lastProcessId()));
    }

    void hangingServerTimesOut_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("node") << QStringLiteral("node")
                              << QStringList{QStringLiteral("-e"),
                                             QStringLiteral("console.error('warming up');"
                                                            "setInterval(() => {}, 1000)")};
        QTest::newRow("sleep") << QStringLiteral("sleep") << QStringList{QStringLiteral("30")};
    }

    void hangingServerTimesOut()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        if (program == QLatin1String("node"))
            REQUIRE_NODE();
        McpClient::Options options;
        options.requestTimeoutMs = 1500;
        McpClient client(program, arguments, options);
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(!client.listTools(nullptr, &error));
        // Only a guard against hanging: the error text below is what shows the timeout.
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(error.contains(QStringLiteral("no answer to initialize within 1.5 s")),
                 qPrintable(error));
        if (program == QLatin1String("node"))
            QVERIFY2(error.contains(QStringLiteral("warming up")), qPrintable(error));
        QVERIFY(processGone(client.lastProcessId()));
    }

    void dyingServerSaysWhy()
    {
        REQUIRE_NODE();
        McpClient client(node(), {QStringLiteral("-e"),
                                  QStringLiteral("console.error('boom'); process.exit(3)")});
        QString error;
        QVERIFY(!client.listTools(nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("boom")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("exited with code 3")), qPrintable(error));
        QVERIFY(processGone(client.lastProcessId()));
    }

    void serverErrorIsReported()
    {
        REQUIRE_NODE();
        McpClient client(node(), {fakeServer(), QStringLiteral("refuse")});
        QString error;
        QVERIFY(!client.listTools(nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("answered tools/list with an error"))
                         && error.contains(QStringLiteral("no tools here")),
                 qPrintable(error));
        QVERIFY(processGone(client.lastProcessId()));
    }

    void missingProgramFailsToStart()
    {
        McpClient client(QStringLiteral("/nonexistent/mcp-server"), {});
        QString error;
        QVERIFY(!client.listTools(nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("could not start the MCP server "
                                               "/nonexistent/mcp-server")),
                 qPrintable(error));
    }

    void cancelStopsAWorker()
    {
        McpClient::Options options;
        options.requestTimeoutMs = 60'000;
        McpClient client(QStringLiteral("sleep"), {QStringLiteral("60")}, options);
        QElapsedTimer timer;
        timer.start();
        QString error;
        QFuture<bool> done
                = QtConcurrent::run([&] { return bool(client.listTools(nullptr, &error)); });
        QTest::qWait(300);
        client.cancel();
        done.waitForFinished();
        QVERIFY(!done.result());
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QVERIFY(processGone(client.lastProcessId()));
    }

private:
    void requireNode()
    {
        if (node().isEmpty())
            QFAIL("node is not on PATH: install Node.js (packaging/install-deps)");
    }

    void requirePeers()
    {
        REQUIRE_NODE();
        for (const char *package : {"@modelcontextprotocol/server-everything",
                                    "@modelcontextprotocol/server-filesystem"}) {
            if (!QFileInfo::exists(peer(QLatin1String(package))))
                QFAIL(qPrintable(QStringLiteral("the MCP test peers are not installed (%1 is "
                                                "missing): run packaging/install-test-peers")
                                         .arg(peer(QLatin1String(package)))));
        }
    }
};

QTEST_GUILESS_MAIN(TestMcpImporter)
#include "tst_mcpimporter.moc"
