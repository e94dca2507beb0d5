// The import facade: format detection on real files, the override, refusals, and that a
// failed import leaves the project as it was.
#include "catalog/catalogimporter.h"
#include "catalog/importsupport.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Callwright;

Q_DECLARE_METATYPE(CatalogFormat)

namespace {

QString shared(const QString &relative)
{
    return TestSupport::sharedDataPath(relative);
}

} // namespace

class TestCatalogImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oddButValidValuesNeverEndTheProgram()
    {
        // "deprecated: yes" is a string under YAML 1.2; a discriminator mapping may be a list.
        const QByteArray spec
                = "openapi: 3.0.3\n"
                  "info: {title: odd, version: '1'}\n"
                  "paths:\n"
                  "  /pets:\n"
                  "    get:\n"
                  "      operationId: listPets\n"
                  "      deprecated: yes\n"
                  "      parameters:\n"
                  "        - {name: limit, in: query, deprecated: 1,"
                  " schema: {type: integer}}\n"
                  "      responses:\n"
                  "        '200':\n"
                  "          description: ok\n"
                  "          content:\n"
                  "            application/json:\n"
                  "              schema:\n"
                  "                oneOf: [{type: string}, {type: integer}]\n"
                  "                discriminator: {propertyName: kind, mapping: [a, b]}\n";
        QString error;
        const auto catalog
                = CatalogImporter::read(spec, QStringLiteral("odd.yaml"), nullptr, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(int(catalog->tools.size()), 1);
        QVERIFY(!catalog->tools.front().tags.contains(QStringLiteral("deprecated")));
    }

    void formatIsDetected_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<CatalogFormat>("format");
        QTest::addColumn<int>("tools");
        QTest::newRow("openai list") << QStringLiteral("tau_bench/airline_tools.openai.json")
                                     << CatalogFormat::OpenAI << 14;
        // JSON Lines under a .json name
        QTest::newRow("bfcl .json") << QStringLiteral("bfcl/multi_turn_func_doc/math_api.json")
                                    << CatalogFormat::Bfcl << 17;
        QTest::newRow("bfcl .jsonl")
                << QStringLiteral("bfcl/bfcl_v4_single_turn_function_catalog.dedup.jsonl")
                << CatalogFormat::Bfcl << 3108;
        QTest::newRow("mcp response")
                << QStringLiteral("mcp_schema/2026-07-28/examples/ListToolsResultResponse/"
                                  "list-tools-result-response.json")
                << CatalogFormat::Mcp << 1;
        QTest::newRow("mcp result")
                << QStringLiteral("mcp_schema/2026-07-28/examples/ListToolsResult/"
                                  "tools-list-with-cursor-and-ttl.json")
                << CatalogFormat::Mcp << 1;
        QTest::newRow("openapi 2.0 yaml")
                << QStringLiteral("openapi/oas3_readmeio_examples/2.0_yaml_petstore.yaml")
                << CatalogFormat::OpenApi << 20;
        QTest::newRow("openapi 3.0 json")
                << QStringLiteral("openapi/oas3_readmeio_examples/3.0_json_uspto.json")
                << CatalogFormat::OpenApi << 3;
        QTest::newRow("openapi 3.1 yaml")
                << QStringLiteral("openapi/oas3_readmeio_examples/3.1_yaml_train-travel.yaml")
                << CatalogFormat::OpenApi << 7;
    }

    void formatIsDetected()
    {
        QFETCH(QString, file);
        QFETCH(CatalogFormat, format);
        QFETCH(int, tools);
        CatalogFormat detected = CatalogFormat::Auto;
        QString error;
        const auto catalog = CatalogImporter::readFile(shared(file), nullptr, &error,
                                                       CatalogFormat::Auto, &detected);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(detected, format);
        QCOMPARE(int(catalog->tools.size()), tools);
    }

    void contentDecidesWithoutAnExtension_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<CatalogFormat>("format");
        QTest::newRow("bfcl line") << QByteArray(R"({"name": "a", "parameters": {"type": "dict"}})")
                                   << CatalogFormat::Bfcl;
        QTest::newRow("openai tools")
                << QByteArray(R"({"tools": [{"type": "function", "function": {"name": "a"}}]})")
                << CatalogFormat::OpenAI;
        QTest::newRow("mcp tools") << QByteArray(R"({"tools": [{"name": "a", "inputSchema": {}}]})")
                                   << CatalogFormat::Mcp;
        QTest::newRow("mcp bare list")
                << QByteArray(R"([{"name": "a", "inputSchema": {}}])") << CatalogFormat::Mcp;
        QTest::newRow("openapi yaml")
                << QByteArray("openapi: 3.1.0\npaths: {}\n") << CatalogFormat::OpenApi;
        QTest::newRow("swagger json")
                << QByteArray(R"({"swagger": "2.0", "paths": {}})") << CatalogFormat::OpenApi;
        QTest::newRow("unknown") << QByteArray(R"({"functions": []})") << CatalogFormat::Auto;
        QTest::newRow("broken") << QByteArray("{\"tools\": [") << CatalogFormat::Auto;
    }

    void contentDecidesWithoutAnExtension()
    {
        QFETCH(QByteArray, data);
        QFETCH(CatalogFormat, format);
        QCOMPARE(CatalogImporter::detect(data, QStringLiteral("upload")), format);
        QString error;
        const auto catalog = CatalogImporter::read(data, QStringLiteral("upload"), nullptr, &error);
        QCOMPARE(bool(catalog), format != CatalogFormat::Auto);
    }

    void undetectableSaysWhatToDo()
    {
        QString error;
        QVERIFY(!CatalogImporter::read(R"({"functions": []})", QStringLiteral("x.json"), nullptr,
                                       &error));
        QVERIFY2(error.startsWith(QStringLiteral("x.json: not a tool catalog"))
                         && error.contains(QStringLiteral("choose the format")),
                 qPrintable(error));
        QVERIFY(!CatalogImporter::read("{\n  \"tools\": [1,,]\n}", QStringLiteral("x.json"),
                                       nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("x.json: malformed JSON at line 2, column 15")),
                 qPrintable(error));
    }

    void overrideWins()
    {
        // A saved MCP list of BFCL-looking functions: forced, it reads as what it is said to be.
        const QByteArray data = R"({"name": "a.b", "parameters": {"type": "dict"}})";
        CatalogFormat detected = CatalogFormat::Auto;
        QString error;
        const auto bfcl = CatalogImporter::read(data, QStringLiteral("f"), nullptr, &error,
                                                CatalogFormat::Auto, &detected);
        QVERIFY2(bfcl, qPrintable(error));
        QCOMPARE(detected, CatalogFormat::Bfcl);
        QVERIFY(bfcl->tools[0].parameters.at("type") == "object");
        QVERIFY(!CatalogImporter::read(data, QStringLiteral("f"), nullptr, &error,
                                       CatalogFormat::OpenAI, &detected));
        QCOMPARE(detected, CatalogFormat::OpenAI);
        QVERIFY2(error.contains(QStringLiteral("\"tools\"")), qPrintable(error));
        QVERIFY(!CatalogImporter::read(data, QStringLiteral("f"), nullptr, &error,
                                       CatalogFormat::OpenApi));
        QVERIFY2(error.contains(QStringLiteral("not an OpenAPI document")), qPrintable(error));
        QCOMPARE(CatalogImporter::formatFromName(QStringLiteral("OpenAPI")),
                 std::optional<CatalogFormat>(CatalogFormat::OpenApi));
        QCOMPARE(QLatin1String(CatalogImporter::formatName(CatalogFormat::Mcp)),
                 QLatin1String("mcp"));
    }

    void deepOpenAiSchemaIsRefused()
    {
        QByteArray deep = R"([{"name": "a", "parameters": {"type": "object", "x": )";
        for (int i = 0; i < 70; ++i)
            deep += "[";
        deep += QByteArray(70, ']') + "}}]";
        QString error;
        QVERIFY(!CatalogImporter::read(deep, QStringLiteral("deep.json"), nullptr, &error));
        QVERIFY2(error.startsWith(QStringLiteral("deep.json: tool \"a\": /parameters/x/0/0/"))
                         && error.contains(QStringLiteral("deeper than 64 levels")),
                 qPrintable(error));
    }

    void hugeFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(50 * 1024 * 1024));
        file.close();
        QString error;
        QVERIFY(!CatalogImporter::readFile(path, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("more than the 32.00 MiB")), qPrintable(error));
    }

    void failedImportLeavesTheProjectAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.callwright"));
        ProjectStore store;
        QVERIFY(!store.create(path, QStringLiteral("p")));
        // one catalog of each format goes in...
        for (const char *file :
             {"tau_bench/retail_tools.openai.json", "bfcl/multi_turn_func_doc/vehicle_control.json",
              "openapi/oas3_readmeio_examples/3.0_yaml_circular-paths.yaml",
              "mcp_schema/2026-07-28/examples/ListToolsResult/"
              "tools-list-with-cursor-and-ttl.json"}) {
            QString error;
            auto catalog = CatalogImporter::readFile(shared(QLatin1String(file)), nullptr, &error);
            QVERIFY2(catalog, qPrintable(error));
            QVERIFY2(store.insertCatalog(*catalog), qPrintable(store.lastError().message));
        }
        const std::vector<Catalog> before = store.catalogs();
        QCOMPARE(int(before.size()), 4);
        QCOMPARE(int(before[1].tools.size()), 22);
        QVERIFY(before[2].tools[1].returns.is_object()); // schemas survive the store
        // ...a bad one is refused before anything is written
        const QString bad = dir.filePath(QStringLiteral("bad.jsonl"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"name": "ok", "parameters": {}})"
                "\n"
                R"({"name": )"
                "\n");
        f.close();
        QString error;
        QVERIFY(!CatalogImporter::readFile(bad, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("line 2")), qPrintable(error));
        QVERIFY(store.catalogs() == before);
    }
};

QTEST_GUILESS_MAIN(TestCatalogImporter)
#include "tst_catalogimporter.moc"
