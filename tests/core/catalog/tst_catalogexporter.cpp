// Export to OpenAI tools JSON and MCP tools/list, and back: the same tools.
#include "catalog/bfclimporter.h"
#include "catalog/catalogexporter.h"
#include "catalog/catalogimporter.h"
#include "catalog/mcpimporter.h"
#include "catalog/openaiimporter.h"
#include "catalog/openapiimporter.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Callwright;

#define COMPARE_JSON(actual, expected) \
    QVERIFY2((actual) == (expected), \
             qPrintable(QStringLiteral("actual: ") + toQString(actual) \
                        + QStringLiteral("\nexpected: ") + toQString(expected)))

namespace {

QString shared(const char *relative)
{
    return TestSupport::sharedDataPath(QString::fromLatin1(relative));
}

// The tools as the user sees them: where they were read from is not part of the round trip.
std::vector<Tool> withoutOrigin(std::vector<Tool> tools)
{
    for (Tool &t : tools)
        t.origin = ToolOrigin();
    return tools;
}

QString firstDifference(const std::vector<Tool> &a, const std::vector<Tool> &b)
{
    if (a.size() != b.size())
        return QStringLiteral("%1 tools against %2").arg(a.size()).arg(b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i]) {
            Json ja = a[i];
            Json jb = b[i];
            return QStringLiteral("tool %1:\n%2\n%3").arg(i).arg(toQString(ja), toQString(jb));
        }
    }
    return {};
}

std::optional<Catalog> catalogFrom(const char *kind, const char *relative)
{
    const QString path = shared(relative);
    const QByteArray k(kind);
    if (k == "openai")
        return OpenAiImporter::readFile(path, nullptr, nullptr);
    if (k == "bfcl")
        return BfclImporter::readFile(path, nullptr, nullptr);
    if (k == "openapi")
        return OpenApiImporter::readFile(path, nullptr, nullptr);
    return McpImporter::readFile(path, nullptr, nullptr);
}

} // namespace

class TestCatalogExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handWrittenTagsCannotBreakMcpExport()
    {
        Catalog catalog;
        catalog.name = QStringLiteral("odd");
        Tool tool;
        tool.name = QStringLiteral("lookup");
        tool.parameters = Json{{"type", "object"}};
        // A tag that would overwrite the name, and one that turns "annotations" into a string
        // before another needs it as an object.
        tool.tags = {QStringLiteral("mcp:name=evil"), QStringLiteral("mcp:annotations=x"),
                     QStringLiteral("mcp:annotations.readOnlyHint=true")};
        catalog.tools.push_back(tool);
        const Json exported = CatalogExporter::toMcpToolsList(catalog);
        const Json &entry = exported.at("tools").at(0);
        QCOMPARE(entry.at("name").get<std::string>(), std::string("lookup"));
        QVERIFY(entry.at("annotations").is_object());
    }

    void roundTrips_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("tau-bench retail")
                << QByteArray("openai") << QByteArray("tau_bench/retail_tools.openai.json");
        QTest::newRow("bfcl memory_kv")
                << QByteArray("bfcl") << QByteArray("bfcl/multi_turn_func_doc/memory_kv.json");
        QTest::newRow("bfcl 3108") << QByteArray("bfcl")
                                   << QByteArray("bfcl/bfcl_v4_single_turn_function_catalog."
                                                 "dedup.jsonl");
        QTest::newRow("openapi petstore") << QByteArray("openapi")
                                          << QByteArray("openapi/oas3_readmeio_examples/"
                                                        "3.0_yaml_petstore.yaml");
        QTest::newRow("openapi star-trek") << QByteArray("openapi")
                                           << QByteArray("openapi/oas3_readmeio_examples/"
                                                         "3.0_json_star-trek.json");
        QTest::newRow("mcp response") << QByteArray("mcp")
                                      << QByteArray("mcp_schema/2026-07-28/examples/"
                                                    "ListToolsResultResponse/"
                                                    "list-tools-result-response.json");
    }

    void roundTrips()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QByteArray, file);
        const auto original = catalogFrom(kind.constData(), file.constData());
        QVERIFY(original);
        QVERIFY(!original->tools.empty());
        const std::vector<Tool> expected = withoutOrigin(original->tools);

        // MCP keeps everything: returns and every tag.
        ImportReport mcpReport;
        QString error;
        const auto mcp = McpImporter::read(CatalogExporter::mcpJson(*original),
                                           QStringLiteral("export.json"), &mcpReport, &error);
        QVERIFY2(mcp, qPrintable(error));
        const QString mcpDiff = firstDifference(withoutOrigin(mcp->tools), expected);
        QVERIFY2(mcpDiff.isEmpty(), qPrintable(mcpDiff));
        QVERIFY(mcpReport.warnings.empty());

        // OpenAI with returns keeps all but the tags other than "strict".
        std::vector<Tool> noTags = expected;
        for (Tool &t : noTags)
            t.tags.removeIf([](const QString &tag) { return tag != QLatin1String("strict"); });
        const auto openAi = OpenAiImporter::read(
                CatalogExporter::openAiJson(*original, CatalogExporter::Returns::Include),
                QStringLiteral("export.json"), nullptr, &error);
        QVERIFY2(openAi, qPrintable(error));
        const QString openAiDiff = firstDifference(withoutOrigin(openAi->tools), noTags);
        QVERIFY2(openAiDiff.isEmpty(), qPrintable(openAiDiff));

        // OpenAI as the API takes it: no returns.
        for (Tool &t : noTags)
            t.returns = nullptr;
        const auto plain = OpenAiImporter::read(CatalogExporter::openAiJson(*original),
                                                QStringLiteral("export.json"), nullptr, &error);
        QVERIFY2(plain, qPrintable(error));
        const QString plainDiff = firstDifference(withoutOrigin(plain->tools), noTags);
        QVERIFY2(plainDiff.isEmpty(), qPrintable(plainDiff));
    }

    void openAiShapeIsTheWrappedForm()
    {
        Catalog catalog;
        Tool t;
        t.name = QStringLiteral("get_weather");
        t.description = QStringLiteral("Weather now");
        t.parameters = Json::parse(R"({"type": "object", "properties": {}})");
        t.returns = Json::parse(R"({"type": "string"})");
        t.tags = QStringList{QStringLiteral("strict"), QStringLiteral("weather")};
        catalog.tools.push_back(t);
        COMPARE_JSON(CatalogExporter::toOpenAiTools(catalog), Json::parse(R"([{"type": "function",
            "function": {"name": "get_weather", "description": "Weather now",
                         "parameters": {"type": "object", "properties": {}}, "strict": true}}])"));
    }

    void mcpMembersComeBackFromTags()
    {
        // a tool as the real everything server lists it
        Json echo = Json::parse(R"({"name": "echo", "title": "Echo Tool",
            "description": "Echoes back the input string",
            "inputSchema": {"type": "object", "properties": {"message": {"type": "string"}},
                "required": ["message"]},
            "annotations": {"readOnlyHint": true, "destructiveHint": false,
                            "idempotentHint": true, "openWorldHint": false,
                            "title": "true"},
            "execution": {"taskSupport": "forbidden"}})");
        echo["inputSchema"]["$schema"] = "http://json-schema.org/draft-07/schema#";
        ImportReport report;
        QString error;
        const auto catalog = McpImporter::read(
                QByteArray::fromStdString(Json{{"tools", Json::array({echo})}}.dump()),
                QStringLiteral("echo.json"), &report, &error);
        QVERIFY2(catalog, qPrintable(error));
        QVERIFY(report.warnings.empty());
        QCOMPARE(catalog->tools[0].tags,
                 (QStringList{QStringLiteral("mcp:title=Echo Tool"),
                              QStringLiteral("mcp:annotations.destructiveHint=false"),
                              QStringLiteral("mcp:annotations.idempotentHint=true"),
                              QStringLiteral("mcp:annotations.openWorldHint=false"),
                              QStringLiteral("mcp:annotations.readOnlyHint=true"),
                              QStringLiteral("mcp:annotations.title=true"),
                              QStringLiteral("mcp:execution.taskSupport=forbidden")}));
        // exported, it is the server's JSON again, the title "true" still a string
        COMPARE_JSON(CatalogExporter::toMcpToolsList(*catalog),
                     (Json{{"tools", Json::array({echo})}}));
    }

    void writtenFilesReadBackByDetection()
    {
        const auto original = catalogFrom("openapi", "openapi/oas3_readmeio_examples/"
                                                     "2.0_yaml_petstore.yaml");
        QVERIFY(original);
        QTemporaryDir dir;
        const QString openAiPath = dir.filePath(QStringLiteral("petstore.openai.json"));
        const QString mcpPath = dir.filePath(QStringLiteral("petstore.mcp.json"));
        QString error;
        QVERIFY2(CatalogExporter::writeFile(openAiPath, CatalogExporter::openAiJson(*original),
                                            &error),
                 qPrintable(error));
        QVERIFY2(CatalogExporter::writeFile(mcpPath, CatalogExporter::mcpJson(*original), &error),
                 qPrintable(error));
        CatalogFormat format = CatalogFormat::Auto;
        const auto openAi = CatalogImporter::readFile(openAiPath, nullptr, &error,
                                                      CatalogFormat::Auto, &format);
        QVERIFY2(openAi, qPrintable(error));
        QCOMPARE(format, CatalogFormat::OpenAI);
        QCOMPARE(openAi->tools.size(), original->tools.size());
        const auto mcp
                = CatalogImporter::readFile(mcpPath, nullptr, &error, CatalogFormat::Auto, &format);
        QVERIFY2(mcp, qPrintable(error));
        QCOMPARE(format, CatalogFormat::Mcp);
        QCOMPARE(mcp->tools.size(), original->tools.size());

        QVERIFY(!CatalogExporter::writeFile(dir.filePath(QStringLiteral("no/such/dir/x.json")),
                                            QByteArray("[]"), &error));
        QVERIFY2(error.contains(QStringLiteral("no/such/dir/x.json")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCatalogExporter)
#include "tst_catalogexporter.moc"
