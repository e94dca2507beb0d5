// OpenAI tools JSON import on tau-bench's real catalogs and on the shapes users hand us.
#include "catalog/demoproject.h"
#include "catalog/openaiimporter.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Callwright;

class TestOpenAiImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tauBenchCatalogsImport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("tools");
        QTest::newRow("retail") << QStringLiteral("tau_bench/retail_tools.openai.json") << 16;
        QTest::newRow("airline") << QStringLiteral("tau_bench/airline_tools.openai.json") << 14;
    }

    void tauBenchCatalogsImport()
    {
        QFETCH(QString, file);
        QFETCH(int, tools);
        ImportReport report;
        QString error;
        const auto catalog
                = OpenAiImporter::readFile(TestSupport::sharedDataPath(file), &report, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(int(catalog->tools.size()), tools);
        QCOMPARE(report.toolsImported, tools);
        QVERIFY(report.warnings.empty());
        for (const Tool &t : catalog->tools) {
            QVERIFY(!t.description.isEmpty());
            QCOMPARE(t.parameters.at("type").get<std::string>(), std::string("object"));
            QCOMPARE(t.origin.kind, ToolOrigin::Kind::OpenAI);
        }
    }

    void retailSchemaIsExact()
    {
        const auto catalog = OpenAiImporter::readFile(
                TestSupport::sharedDataPath(QStringLiteral("tau_bench/retail_tools.openai.json")),
                nullptr, nullptr);
        QVERIFY(catalog);
        const Tool *cancel = catalog->findTool(QStringLiteral("cancel_pending_order"));
        QVERIFY(cancel);
        QVERIFY(cancel->parameters.at("required") == Json::parse(R"(["order_id","reason"])"));
        QVERIFY(cancel->parameters.at("properties").at("reason").at("enum")
                == Json::parse(R"(["no longer needed","ordered by mistake"])"));
    }

    void shapesAndWarnings()
    {
        const QByteArray data = R"({"tools": [
            {"type": "function", "function": {"name": "get.weather", "parameters":
                {"properties": {"city": {"type": "string"}}}}},
            {"name": "get_weather", "description": "Bare function without wrapper"},
            {"name": "get_weather", "description": "A twin", "parameters": {"type": "object"}}
        ]})";
        ImportReport report;
        QString error;
        const auto catalog
                = OpenAiImporter::read(data, QStringLiteral("inline.json"), &report, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(int(catalog->tools.size()), 3);
        QCOMPARE(catalog->tools[0].name, QStringLiteral("get_weather"));
        QCOMPARE(catalog->tools[0].origin.originalName, QStringLiteral("get.weather"));
        QCOMPARE(catalog->tools[1].name, QStringLiteral("get_weather_2"));
        QCOMPARE(catalog->tools[2].name, QStringLiteral("get_weather_3"));
        // three renames, a missing description, a type normalised, no parameters: none silent
        QStringList messages;
        for (const auto &w : report.warnings)
            messages << w.tool + QLatin1Char(' ') + w.message;
        QVERIFY2(messages.size() == 6, qPrintable(messages.join(QStringLiteral("; "))));
    }

    void badInputNamesWhere_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("malformed")
                << QByteArray("[\n {\"name\": \"a\",,}\n]") << QStringLiteral("line 2, column 15");
        QTest::newRow("no tools key")
                << QByteArray(R"({"functions": []})") << QStringLiteral("\"tools\"");
        QTest::newRow("no name") << QByteArray(R"([{"type":"function","function":{}}])")
                                 << QStringLiteral("/0/function/name");
        QTest::newRow("bad parameters") << QByteArray(R"([{"name":"a","parameters":[]}])")
                                        << QStringLiteral("/0/parameters");
        QTest::newRow("other type")
                << QByteArray(R"([{"type":"code_interpreter","function":{"name":"a"}}])")
                << QStringLiteral("code_interpreter");
    }

    void badInputNamesWhere()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, fragment);
        QString error;
        QVERIFY(!OpenAiImporter::read(data, QStringLiteral("bad.json"), nullptr, &error));
        QVERIFY2(error.contains(fragment), qPrintable(error));
        QVERIFY2(error.startsWith(QStringLiteral("bad.json")), qPrintable(error));
    }

    void sanitizedNamesFitOpenAi()
    {
        const QString longName(100, QLatin1Char('x'));
        std::vector<Tool> taken(1);
        taken[0].name = longName.left(64);
        const QString name = sanitizedToolName(longName, taken);
        QCOMPARE(name.size(), 64);
        QVERIFY(name.endsWith(QStringLiteral("_2")));
        QCOMPARE(sanitizedToolName(QStringLiteral("math.add/v2 (beta)"), {}),
                 QStringLiteral("math_add_v2__beta_"));
    }

    void demoProjectHoldsBothCatalogs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.callwright"));
        QVERIFY(!createDemoProject(path));
        ProjectStore store;
        QVERIFY(!store.open(path, ProjectStore::OpenMode::ReadOnly));
        const auto catalogs = store.catalogs();
        QCOMPARE(int(catalogs.size()), 2);
        QCOMPARE(catalogs[0].name, QStringLiteral("retail"));
        QCOMPARE(int(catalogs[0].tools.size()), 16);
        QCOMPARE(int(catalogs[1].tools.size()), 14);
        QVERIFY(catalogs[1].findTool(QStringLiteral("book_reservation")));
        QCOMPARE(createDemoProject(path).kind, StoreError::Kind::AlreadyExists);
    }
};

QTEST_GUILESS_MAIN(TestOpenAiImporter)
#include "tst_openaiimporter.moc"
