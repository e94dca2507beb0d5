// BFCL function docs: the real multi-turn and single-turn catalogs, the dialect, bad lines.
#include "catalog/bfclimporter.h"
#include "catalog/importsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Callwright;

namespace {

QString multiTurn(const QString &file)
{
    return TestSupport::sharedDataPath(QStringLiteral("bfcl/multi_turn_func_doc/") + file);
}

QStringList warningsOf(const ImportReport &report, const QString &tool)
{
    QStringList out;
    for (const auto &w : report.warnings) {
        if (w.tool == tool)
            out << w.field + QLatin1Char(' ') + w.message;
    }
    return out;
}

} // namespace

// QCOMPARE cannot print nlohmann values; this shows both sides when they differ.
#define COMPARE_JSON(actual, expected) \
    QVERIFY2((actual) == (expected), \
             qPrintable(QStringLiteral("actual: ") + toQString(actual) \
                        + QStringLiteral("\nexpected: ") + toQString(expected)))

class TestBfclImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void multiTurnFilesImport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("tools");
        const std::pair<const char *, int> counts[] = {
                {"gorilla_file_system.json", 18}, {"math_api.json", 17},
                {"memory_kv.json", 15},           {"memory_rec_sum.json", 5},
                {"memory_vector.json", 12},       {"message_api.json", 10},
                {"posting_api.json", 14},         {"ticket_api.json", 9},
                {"trading_bot.json", 20},         {"travel_booking.json", 18},
                {"vehicle_control.json", 22},     {"web_search.json", 2},
        };
        for (const auto &[file, n] : counts)
            QTest::newRow(file) << QString::fromLatin1(file) << n;
    }

    void multiTurnFilesImport()
    {
        QFETCH(QString, file);
        QFETCH(int, tools);
        ImportReport report;
        QString error;
        const auto catalog = BfclImporter::readFile(multiTurn(file), &report, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(int(catalog->tools.size()), tools);
        QCOMPARE(report.toolsImported, tools);
        for (const Tool &t : catalog->tools) {
            QCOMPARE(t.origin.kind, ToolOrigin::Kind::Bfcl);
            QVERIFY(!t.description.isEmpty());
            COMPARE_JSON(t.parameters.at("type"), Json("object"));
            QVERIFY2(t.returns.is_null() || t.returns.is_object(), qPrintable(t.name));
            // nothing of the dialect survives
            const std::string dump = t.parameters.dump() + t.returns.dump();
            for (const char *bfcl : {"\"dict\"", "\"float\"", "\"tuple\"", "\"any\""})
                QVERIFY2(dump.find(std::string("\"type\":") + bfcl) == std::string::npos,
                         qPrintable(t.name));
        }
    }

    void multiTurnTotalIs162()
    {
        const QDir dir(TestSupport::sharedDataPath(QStringLiteral("bfcl/multi_turn_func_doc")));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        QCOMPARE(files.size(), 12);
        int total = 0;
        int withReturns = 0;
        for (const QString &file : files) {
            QString error;
            const auto catalog = BfclImporter::readFile(dir.filePath(file), nullptr, &error);
            QVERIFY2(catalog, qPrintable(error));
            total += int(catalog->tools.size());
            withReturns += int(std::count_if(catalog->tools.begin(), catalog->tools.end(),
                                             [](const Tool &t) { return t.returns.is_object(); }));
        }
        QCOMPARE(total, 162);
        QCOMPARE(withReturns, 161); // web_search's search_engine_query has no "response"
    }

    void normalisedSchemasAreExact()
    {
        ImportReport report;
        const auto kv = BfclImporter::readFile(multiTurn(QStringLiteral("memory_kv.json")), &report,
                                               nullptr);
        QVERIFY(kv);
        const Tool *search = kv->findTool(QStringLiteral("archival_memory_key_search"));
        QVERIFY(search);
        COMPARE_JSON(search->parameters, Json::parse(R"({"type": "object", "properties": {
            "query": {"type": "string", "description": "The query text to search for."},
            "k": {"type": "integer", "description": "The number of results to return. ",
                  "default": 5}}, "required": ["query"]})"));
        COMPARE_JSON(search->returns, Json::parse(R"({"type": "object", "properties": {
            "ranked_results": {"type": "array",
                "description": "A list of tuples containing the BM25+ score and the key.",
                "items": {"type": "array",
                          "prefixItems": [{"type": "number"}, {"type": "string"}]}}}})"));
        const QStringList searchWarnings = warningsOf(report, search->name);
        QVERIFY2(searchWarnings.contains(QStringLiteral("/response/properties/ranked_results/"
                                                        "items/items a list of item schemas "
                                                        "became \"prefixItems\"")),
                 qPrintable(searchWarnings.join(QLatin1Char('\n'))));
        QVERIFY(searchWarnings.contains(QStringLiteral(
                "/response/properties/ranked_results/items/items/0/type type \"float\" became "
                "\"number\"")));

        ImportReport ticketReport;
        const auto tickets = BfclImporter::readFile(multiTurn(QStringLiteral("ticket_api.json")),
                                                    &ticketReport, nullptr);
        QVERIFY(tickets);
        const Tool *get = tickets->findTool(QStringLiteral("get_user_tickets"));
        QVERIFY(get);
        // "None" as a default is Python's None: gone, and said so
        COMPARE_JSON(get->parameters, Json::parse(R"({"type": "object", "properties": {
            "status": {"type": "string", "description":
                "Status to filter tickets by. If None, return all tickets. "}},
            "required": []})"));
        const QStringList getWarnings = warningsOf(ticketReport, get->name);
        QCOMPARE(getWarnings.size(), 3); // "dict" twice (parameters, response), the default
        QVERIFY(std::any_of(getWarnings.begin(), getWarnings.end(), [](const QString &w) {
            return w.startsWith(QStringLiteral("/parameters/properties/status/default default "
                                               "None removed"));
        }));

        const auto car = BfclImporter::readFile(multiTurn(QStringLiteral("vehicle_control.json")),
                                                nullptr, nullptr);
        QVERIFY(car);
        const Tool *feasible
                = car->findTool(QStringLiteral("estimate_drive_feasibility_by_mileage"));
        QVERIFY(feasible);
        COMPARE_JSON(feasible->parameters, Json::parse(R"({"type": "object", "properties": {
            "distance": {"type": "number", "description": "The distance to travel in miles."}},
            "required": ["distance"]})"));
        COMPARE_JSON(feasible->returns, Json::parse(R"({"type": "object", "properties": {
            "canDrive": {"type": "boolean", "description":
              "True if the vehicle can drive the distance, False otherwise."}}})"));
    }

    void singleTurnCatalogImports()
    {
        ImportReport report;
        QString error;
        const auto catalog = BfclImporter::readFile(
                TestSupport::sharedDataPath(
                        QStringLiteral("bfcl/bfcl_v4_single_turn_function_catalog.dedup.jsonl")),
                &report, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(int(catalog->tools.size()), 3108);
        static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
        QSet<QString> names;
        int dotted = 0;
        for (const Tool &t : catalog->tools) {
            QVERIFY2(valid.match(t.name).hasMatch(), qPrintable(t.name));
            names.insert(t.name);
            if (t.origin.originalName.contains(QLatin1Char('.')))
                ++dotted;
            QCOMPARE(t.tags.size(), 1);
            QVERIFY(t.tags.first().startsWith(QStringLiteral("bfcl:")));
        }
        QCOMPARE(names.size(), 3108);
        QCOMPARE(dotted, 1229);
        const Tool *first = catalog->findTool(QStringLiteral("requests_get"));
        QVERIFY(first);
        QCOMPARE(first->origin.originalName, QStringLiteral("requests.get"));
        QVERIFY(catalog->findTool(QStringLiteral("requests_get_47"))); // 47 distinct docs
        QVERIFY(!catalog->findTool(QStringLiteral("requests_get_48")));
        // _first_id is BFCL bookkeeping: not kept, and said so once for the file
        QVERIFY(std::any_of(report.warnings.begin(), report.warnings.end(), [](const auto &w) {
            return w.tool.isEmpty() && w.message.contains(QStringLiteral("_first_id"))
                   && w.message.contains(QStringLiteral("3108"));
        }));
    }

    void dialectIsTranslated()
    {
        const QByteArray line
                = R"({"name": "a.b", "description": "d", "parameters": {"type": "dict",)"
                  R"( "optional": ["x"], "properties": {)"
                  R"("x": {"type": "any", "default": null},)"
                  R"("flag": {"type": "boolean", "default": "False"},)"
                  R"("n": {"type": "integer", "default": "dontcare", "enum": ["1", 2, "x"]},)"
                  R"("rate": {"type": "float", "default": "0.3"},)"
                  R"("pair": {"type": "tuple", "items": {"type": "str"}, "optional": true}},)"
                  R"("required": ["flag", "ghost"]}})";
        ImportReport report;
        QString error;
        const auto catalog = BfclImporter::read(line + "\n\n", QStringLiteral("inline.jsonl"),
                                                &report, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(int(catalog->tools.size()), 1);
        const Tool &t = catalog->tools[0];
        QCOMPARE(t.name, QStringLiteral("a_b"));
        QCOMPARE(t.origin.originalName, QStringLiteral("a.b"));
        COMPARE_JSON(t.parameters, Json::parse(R"({"type": "object", "properties": {
            "x": {"default": null},
            "flag": {"type": "boolean", "default": false},
            "n": {"type": "integer", "enum": [1, 2]},
            "rate": {"type": "number", "default": 0.3},
            "pair": {"type": "array", "items": {"type": "string"}}},
            "required": ["flag", "ghost"]})"));
        QVERIFY(t.returns.is_null());
        const QStringList w = warningsOf(report, t.name);
        const QStringList expected = {
                QStringLiteral("/name renamed from \"a.b\""),
                QStringLiteral("/parameters/type type \"dict\" became \"object\""),
                QStringLiteral("/parameters/properties/x/type type \"any\" removed: any value is "
                               "accepted"),
                QStringLiteral(
                        "/parameters/properties/flag/default default \"False\" became false"),
                QStringLiteral(
                        "/parameters/properties/n/default default \"dontcare\" removed: not a "
                        "value of the type"),
                QStringLiteral("/parameters/properties/n/enum enum values \"1\" converted to the "
                               "type"),
                QStringLiteral(
                        "/parameters/properties/n/enum enum values \"x\" removed: not values "
                        "of the type"),
                QStringLiteral("/parameters/properties/rate/type type \"float\" became \"number\""),
                QStringLiteral("/parameters/properties/rate/default default \"0.3\" became 0.3"),
                QStringLiteral("/parameters/properties/pair/type type \"tuple\" became \"array\""),
                QStringLiteral("/parameters/properties/pair/items/type type \"str\" became "
                               "\"string\""),
                QStringLiteral("/parameters/required \"ghost\" is required but has no schema under "
                               "\"properties\""),
        };
        for (const QString &e : expected)
            QVERIFY2(w.contains(e),
                     qPrintable(e + QStringLiteral("\n  not in:\n") + w.join(QLatin1Char('\n'))));
        // both "optional"s, each said
        QCOMPARE(int(std::count_if(w.begin(), w.end(),
                                   [](const QString &s) {
                                       return s.contains(
                                               QStringLiteral("non-standard \"optional\""));
                                   })),
                 2);
        QCOMPARE(w.size(), expected.size() + 2);
    }

    void badLinesNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("fragment");
        const QByteArray good = R"({"name": "ok", "description": "d", "parameters": {}})";
        QTest::newRow("malformed") << good + "\n" + good + "\n{\"name\": \"x\",, }\n"
                                   << QStringLiteral("bad.jsonl, line 3, column 14: malformed");
        QTest::newRow("pretty-printed") << QByteArray("{\n  \"name\": \"x\"\n}\n")
                                        << QStringLiteral("one whole function per line");
        QTest::newRow("no name") << good + "\n" + R"({"description": "d"})"
                                 << QStringLiteral("bad.jsonl, line 2: /name is missing");
        QTest::newRow("not an object")
                << QByteArray("[1, 2]\n") << QStringLiteral("line 1: expected a function object");
        QTest::newRow("parameters not a schema")
                << QByteArray(R"({"name": "x", "parameters": "dict"})")
                << QStringLiteral("line 1: /parameters must be a schema object");
        // 70 nested "items" levels: 141 JSON levels, the limit is 64
        QByteArray deep = R"({"name": "x", "parameters": {"type": "dict", "properties": {"p": )";
        for (int i = 0; i < 70; ++i)
            deep += R"({"type": "array", "items": )";
        deep += R"({"type": "string"})" + QByteArray(70, '}') + "}}}\n";
        QTest::newRow("too deep") << good + "\n" + deep
                                  << QStringLiteral("line 2: /parameters/properties/p/items/");
    }

    void badLinesNameFileAndLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, fragment);
        QString error;
        QVERIFY(!BfclImporter::read(data, QStringLiteral("bad.jsonl"), nullptr, &error));
        QVERIFY2(error.contains(fragment), qPrintable(error));
        QVERIFY2(error.startsWith(QStringLiteral("bad.jsonl")), qPrintable(error));
    }

    void depthErrorNamesLimit()
    {
        QByteArray deep = R"({"name": "x", "parameters": )";
        for (int i = 0; i < 100; ++i)
            deep += R"({"items": )";
        deep += "{}" + QByteArray(100, '}') + "}";
        QString error;
        QVERIFY(!BfclImporter::read(deep, QStringLiteral("deep.jsonl"), nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("deeper than 64 levels")), qPrintable(error));
        // the pointer reaches exactly the 65th level
        QVERIFY2(error.contains(QStringLiteral("/parameters")
                                + QStringLiteral("/items").repeated(64) + QStringLiteral(" is")),
                 qPrintable(error));
    }

    void hugeFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(50 * 1024 * 1024)); // sparse: cheap to make
        file.close();
        QString error;
        QVERIFY(!BfclImporter::readFile(path, nullptr, &error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("50.00 MiB"))
                         && error.contains(QStringLiteral("32.00 MiB")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBfclImporter)
#include "tst_bfclimporter.moc"
