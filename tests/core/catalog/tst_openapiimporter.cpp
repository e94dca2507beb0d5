// OpenAPI 2.0 / 3.0 / 3.1, JSON and YAML: readme.io's edge cases, the official examples, and
// the shapes and mistakes users hand us.
#include "catalog/openapiimporter.h"
#include "catalog/yamljson.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace Callwright;

#define COMPARE_JSON(actual, expected) \
    QVERIFY2((actual) == (expected), \
             qPrintable(QStringLiteral("actual: ") + toQString(actual) \
                        + QStringLiteral("\nexpected: ") + toQString(expected)))

namespace {

QString readme(const QString &file)
{
    return TestSupport::sharedDataPath(QStringLiteral("openapi/oas3_readmeio_examples/") + file);
}

std::optional<Catalog> readInline(const QByteArray &spec, ImportReport *report = nullptr,
                                  QString *error = nullptr)
{
    return OpenApiImporter::read(spec, QStringLiteral("inline.yaml"), report, error);
}

bool hasWarning(const ImportReport &report, const QString &field, const QString &fragment)
{
    return std::any_of(report.warnings.begin(), report.warnings.end(), [&](const auto &w) {
        return w.field == field && w.message.contains(fragment);
    });
}

} // namespace

class TestOpenApiImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySpecImports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("tools");
        // Operations under paths (the eight methods), counted in each spec; webhooks and
        // callbacks are not operations.
        const std::pair<const char *, int> counts[] = {
                {"oas3_readmeio_examples/2.0_yaml_petstore.yaml", 20},
                {"oas3_readmeio_examples/3.0_json_schema-additional-properties.json", 1},
                {"oas3_readmeio_examples/3.0_json_schema-circular.json", 3},
                {"oas3_readmeio_examples/3.0_json_schema-enums.json", 3},
                {"oas3_readmeio_examples/3.0_json_schema-types.json", 21},
                {"oas3_readmeio_examples/3.0_json_star-trek.json", 120},
                {"oas3_readmeio_examples/3.0_json_uspto.json", 3},
                {"oas3_readmeio_examples/3.0_yaml_callbacks.yaml", 1},
                {"oas3_readmeio_examples/3.0_yaml_circular-paths.yaml", 3},
                {"oas3_readmeio_examples/3.0_yaml_circular.yaml", 1},
                {"oas3_readmeio_examples/3.0_yaml_complex-nesting.yaml", 5},
                {"oas3_readmeio_examples/3.0_yaml_discriminators.yaml", 10},
                {"oas3_readmeio_examples/3.0_yaml_file-uploads.yaml", 3},
                {"oas3_readmeio_examples/3.0_yaml_link-example.yaml", 6},
                {"oas3_readmeio_examples/3.0_yaml_parameters-style.yaml", 25},
                {"oas3_readmeio_examples/3.0_yaml_petstore-simple.yaml", 2},
                {"oas3_readmeio_examples/3.0_yaml_petstore.yaml", 20},
                {"oas3_readmeio_examples/3.0_yaml_polymorphism.yaml", 13},
                {"oas3_readmeio_examples/3.1_json_schema-validation-local.json", 5},
                {"oas3_readmeio_examples/3.1_yaml_schema-types.yaml", 23},
                {"oas3_readmeio_examples/3.1_yaml_train-travel.yaml", 7},
                {"oas3_readmeio_examples/3.1_yaml_webhooks.yaml", 0},
                {"oai_official/v3.0_pass_api-with-examples.yaml", 2},
                {"oai_official/v3.0_pass_petstore-expanded.yaml", 4},
                {"oai_official/v3.0_pass_uspto.yaml", 3},
        };
        for (const auto &[file, n] : counts)
            QTest::newRow(file) << QString::fromLatin1(file) << n;
    }

    void everySpecImports()
    {
        QFETCH(QString, file);
        QFETCH(int, tools);
        ImportReport report;
        QString error;
        const auto catalog = OpenApiImporter::readFile(
                TestSupport::sharedDataPath(QStringLiteral("openapi/") + file), &report, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(int(catalog->tools.size()), tools);
        QCOMPARE(report.toolsImported, tools);
        static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
        QSet<QString> names;
        for (const Tool &t : catalog->tools) {
            QVERIFY2(valid.match(t.name).hasMatch(), qPrintable(t.name));
            names.insert(t.name);
            QCOMPARE(t.origin.kind, ToolOrigin::Kind::OpenApi);
            COMPARE_JSON(t.parameters.at("type"), Json("object"));
            // self-contained: no reference is left anywhere
            QVERIFY2(t.parameters.dump().find("\"$ref\"") == std::string::npos, qPrintable(t.name));
            QVERIFY2(t.returns.dump().find("\"$ref\"") == std::string::npos, qPrintable(t.name));
        }
        QCOMPARE(names.size(), tools);
    }

    void whatWasFoundTheDocFolderCheckedAll()
    {
        // Every spec in the readme.io folder is listed above (the two meta-schemas of
        // oai_official are schemas, not APIs).
        const QDir dir(
                TestSupport::sharedDataPath(QStringLiteral("openapi/oas3_readmeio_examples")));
        QCOMPARE(dir.entryList({QStringLiteral("*.json"), QStringLiteral("*.yaml")}, QDir::Files)
                         .size(),
                 22);
        for (const char *meta :
             {"oai_official/v2.0_schema.json", "oai_official/v3.0_schema.yaml"}) {
            QString error;
            QVERIFY(!OpenApiImporter::readFile(
                    TestSupport::sharedDataPath(QStringLiteral("openapi/") + QLatin1String(meta)),
                    nullptr, &error));
            QVERIFY2(error.contains(QStringLiteral("not an OpenAPI document")), qPrintable(error));
        }
    }

    void pathParametersAndNamesFromPaths()
    {
        ImportReport report;
        const auto catalog = OpenApiImporter::readFile(
                readme(QStringLiteral("3.0_yaml_petstore-simple.yaml")), &report, nullptr);
        QVERIFY(catalog);
        const Tool *get = catalog->findTool(QStringLiteral("get_pet_id"));
        QVERIFY(get);
        QCOMPARE(get->origin.originalName, QStringLiteral("GET /pet/{id}"));
        QCOMPARE(get->description, QStringLiteral("Find a pet\n\nThis operation will find a pet "
                                                  "in the database."));
        QCOMPARE(get->tags, QStringList{QStringLiteral("pet")});
        COMPARE_JSON(get->parameters, Json::parse(R"({"type": "object",
            "properties": {"id": {"type": "integer"}}, "required": ["id"]})"));
        QVERIFY(get->returns.is_null()); // only a 400 is declared
        QVERIFY(hasWarning(report, QStringLiteral("/paths/~1pet~1{id}/get"),
                           QStringLiteral("no operationId")));
    }

    void swagger2BodyFormDataAndFiles()
    {
        const auto catalog = OpenApiImporter::readFile(
                readme(QStringLiteral("2.0_yaml_petstore.yaml")), nullptr, nullptr);
        QVERIFY(catalog);
        const Tool *form = catalog->findTool(QStringLiteral("updatePetWithForm"));
        QVERIFY(form);
        COMPARE_JSON(form->parameters, Json::parse(R"({"type": "object", "properties": {
            "petId": {"type": "integer", "format": "int64",
                      "description": "ID of pet that needs to be updated"},
            "body": {"type": "object", "properties": {
                "name": {"type": "string", "description": "Updated name of the pet"},
                "status": {"type": "string", "description": "Updated status of the pet"}}}},
            "required": ["petId"]})"));
        const Tool *upload = catalog->findTool(QStringLiteral("uploadFile"));
        QVERIFY(upload);
        COMPARE_JSON(upload->parameters.at("properties").at("body").at("properties").at("file"),
                     Json::parse(R"({"type": "string", "format": "binary",
                                     "description": "file to upload"})"));
        COMPARE_JSON(upload->returns, Json::parse(R"({"type": "object", "properties": {
            "code": {"type": "integer", "format": "int32"}, "type": {"type": "string"},
            "message": {"type": "string"}}})"));
        const Tool *add = catalog->findTool(QStringLiteral("addPet"));
        QVERIFY(add);
        COMPARE_JSON(add->parameters.at("required"), Json::parse(R"(["body"])"));
        COMPARE_JSON(add->parameters.at("properties").at("body").at("required"),
                     Json::parse(R"(["name", "photoUrls"])"));
        const Tool *byStatus = catalog->findTool(QStringLiteral("findPetsByStatus"));
        COMPARE_JSON(byStatus->returns.at("type"), Json("array"));
        COMPARE_JSON(byStatus->returns.at("items").at("properties").at("category").at("type"),
                     Json("object"));
    }

    void circularReferencesAreCut()
    {
        ImportReport report;
        const auto catalog = OpenApiImporter::readFile(
                readme(QStringLiteral("3.0_yaml_circular-paths.yaml")), &report, nullptr);
        QVERIFY(catalog);
        const Tool *put = catalog->findTool(QStringLiteral("put_anything"));
        QVERIFY(put);
        // (moc cannot read a raw string holding a closing parenthesis before a quote)
        const Json cut{
                {"type", "object"},
                {"description", "(circular reference to #/components/schemas/SalesLine cut)"}};
        Json salesLine = Json::parse(R"({"type": "object", "properties": {"stock":
            {"properties": {"test_param": {"type": "array"}}}}})");
        salesLine["properties"]["stock"]["properties"]["test_param"]["items"] = cut;
        COMPARE_JSON(
                put->parameters,
                (Json{{"type", "object"},
                      {"properties", {{"content", {{"type", "array"}, {"items", salesLine}}}}}}));
        COMPARE_JSON(put->returns, (Json{{"type", "array"}, {"items", salesLine}}));
        QVERIFY(hasWarning(report,
                           QStringLiteral("/paths/~1anything/put/parameters/0/schema/items/"
                                          "properties/stock/properties/test_param/items"),
                           QStringLiteral("circular reference to #/components/schemas/SalesLine "
                                          "cut")));
        // a $ref into another operation's request body is followed like any other
        const Tool *get = catalog->findTool(QStringLiteral("get_anything"));
        COMPARE_JSON(get->returns.at("properties").at("offsetBefore").at("properties").at("id"),
                     Json::parse(R"({"type": "string"})"));

        ImportReport circularReport;
        QVERIFY(OpenApiImporter::readFile(readme(QStringLiteral("3.0_json_schema-circular.json")),
                                          &circularReport, nullptr));
        const int cuts = int(std::count_if(
                circularReport.warnings.begin(), circularReport.warnings.end(), [](const auto &w) {
                    return w.message.startsWith(QStringLiteral("circular reference"));
                }));
        QCOMPARE(cuts, 4);
    }

    void requestBodiesAndResponses()
    {
        const QByteArray spec = R"(
openapi: 3.0.3
info: {title: Shapes, version: '1'}
paths:
  /items/{id}:
    parameters:
      - {name: id, in: path, schema: {type: string}}
      - {name: id, in: query, schema: {type: integer}, required: true}
    post:
      operationId: get.item
      summary: Update an item
      parameters:
        - {name: Content-Type, in: header, schema: {type: string}}
        - {name: trace, in: header, description: Trace id, schema: {type: string, nullable: true}}
        - $ref: '#/components/parameters/Limit'
      requestBody:
        $ref: '#/components/requestBodies/Item'
      responses:
        '204': {description: nothing}
        '201': {$ref: '#/components/responses/Created'}
        default: {description: error, content: {application/json: {schema: {type: string}}}}
  /other:
    get:
      operationId: get_item
      callbacks: {onDone: {}}
      responses:
        default: {description: any, content: {text/plain: {schema: {type: string}}}}
components:
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer, minimum: 0, exclusiveMinimum: true}}
  requestBodies:
    Item:
      required: true
      description: The item
      content:
        application/xml: {schema: {type: string}}
        application/json: {schema: {$ref: '#/components/schemas/Item'}}
  responses:
    Created:
      description: made
      content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}
  schemas:
    Item:
      type: object
      properties:
        name: {type: string, nullable: true, enum: [a, b]}
        owner: {$ref: 'people.yaml#/Person'}
)";
        ImportReport report;
        QString error;
        const auto catalog = readInline(spec, &report, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(int(catalog->tools.size()), 2);
        const Tool &post = catalog->tools[0];
        QCOMPARE(post.name, QStringLiteral("get_item"));
        QCOMPARE(post.origin.originalName, QStringLiteral("get.item"));
        Json item = Json::parse(R"({"type": "object", "properties": {
            "name": {"type": ["string", "null"], "enum": ["a", "b", null]}}})");
        item["properties"]["owner"]["description"]
                = "(external reference people.yaml#/Person not resolved)";
        Json body = item;
        body["description"] = "The item";
        COMPARE_JSON(
                post.parameters,
                (Json{{"type", "object"},
                      {"properties",
                       {{"id", {{"type", "string"}}},
                        {"id_query", {{"type", "integer"}}},
                        {"trace",
                         {{"type", Json::array({"string", "null"})}, {"description", "Trace id"}}},
                        {"limit", {{"type", "integer"}, {"exclusiveMinimum", 0}}},
                        {"body", body}}},
                      {"required", {"id", "id_query", "body"}}}));
        COMPARE_JSON(post.returns, item); // 201, the lowest 2xx with a schema
        QCOMPARE(catalog->tools[1].name, QStringLiteral("get_item_2"));
        COMPARE_JSON(catalog->tools[1].returns, Json::parse(R"({"type": "string"})"));

        const QString at = QStringLiteral("/paths/~1items~1{id}/post");
        QVERIFY(hasWarning(report, at + QStringLiteral("/operationId"),
                           QStringLiteral("renamed from \"get.item\"")));
        QVERIFY(hasWarning(report, QStringLiteral("/paths/~1items~1{id}/parameters/1"),
                           QStringLiteral("is named \"id_query\"")));
        QVERIFY(hasWarning(report, at + QStringLiteral("/parameters/0"),
                           QStringLiteral("header \"Content-Type\" not imported")));
        QVERIFY(hasWarning(report,
                           at
                                   + QStringLiteral("/requestBody/content/application~1json/schema/"
                                                    "properties/owner"),
                           QStringLiteral("outside this file")));
        QVERIFY(hasWarning(report, QStringLiteral("/paths/~1other/get/callbacks"),
                           QStringLiteral("1 callback(s) not imported")));
        QVERIFY(hasWarning(report,
                           QStringLiteral("/paths/~1other/get/responses/default/content/"
                                          "text~1plain"),
                           QStringLiteral("not JSON")));
    }

    void yamlScalarsKeepTheirTypes()
    {
        const auto json = parseYaml(R"(
plain: [true, 1, -2, 1.5e3, 0x1F, 0o17, ~, null, yes, 1.0.0, .inf]
quoted: ['true', "1", '~', "null"]
tagged: [!!str 3, !!int "4", !!float 2]
block: |
  text
200: code
empty:
)",
                                    nullptr);
        QVERIFY(json);
        COMPARE_JSON(*json, Json::parse(R"({
            "plain": [true, 1, -2, 1500.0, 31, 15, null, null, "yes", "1.0.0", ".inf"],
            "quoted": ["true", "1", "~", "null"],
            "tagged": ["3", 4, 2.0],
            "block": "text\n", "200": "code", "empty": null})"));
    }

    void badDocumentsNameWhere_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("yaml syntax")
                << QByteArray("openapi: 3.0.0\npaths:\n  /a: [1, 2\n  /b: {}\n")
                << QStringLiteral("malformed YAML at line 4, column 5");
        QTest::newRow("yaml bad indent")
                << QByteArray("openapi: 3.0.0\ninfo:\n  title: x\n version: 1\n")
                << QStringLiteral("malformed YAML at line 4, column");
        QTest::newRow("duplicate key")
                << QByteArray("openapi: 3.0.0\npaths: {}\npaths: {}\n")
                << QStringLiteral("line 3, column 1: duplicate key \"paths\"");
        QTest::newRow("bad int tag") << QByteArray("openapi: 3.0.0\nx: !!int abc\n")
                                     << QStringLiteral("line 2, column 4: \"abc\" is not a valid");
        QTest::newRow("json syntax")
                << QByteArray("{\n  \"openapi\": \"3.0.0\",\n  \"paths\": {\"/a\": }\n}")
                << QStringLiteral("malformed JSON at line 3, column 19");
        QTest::newRow("no version")
                << QByteArray("info: {title: x}\n") << QStringLiteral("not an OpenAPI document");
        QTest::newRow("old version")
                << QByteArray("swagger: '1.2'\n") << QStringLiteral("version 1.2 is not read");
        QTest::newRow("paths not object") << QByteArray("openapi: 3.1.0\npaths: [1]\n")
                                          << QStringLiteral("/paths must be an object");
        QTest::newRow("operation not object")
                << QByteArray("openapi: 3.1.0\npaths:\n  /a:\n    get: 3\n")
                << QStringLiteral("/paths/~1a/get must be an object");
        QByteArray laughs = "openapi: 3.0.0\na: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'h'; ++c) {
            laughs += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
            for (int i = 0; i < 10; ++i)
                laughs += QByteArray(i ? ", *" : "*") + QByteArray(1, char(c - 1));
            laughs += "]\n";
        }
        QTest::newRow("alias bomb") << laughs << QStringLiteral("more than 1000000 values");
        QByteArray deep = "openapi: 3.0.0\nx: ";
        deep += QByteArray(300, '[') + QByteArray(300, ']') + "\n";
        QTest::newRow("deep yaml") << deep << QStringLiteral("nested deeper than 256 levels");
    }

    void badDocumentsNameWhere()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, fragment);
        QString error;
        QVERIFY(!readInline(data, nullptr, &error));
        QVERIFY2(error.startsWith(QStringLiteral("inline.yaml: ")), qPrintable(error));
        QVERIFY2(error.contains(fragment), qPrintable(error));
    }

    void deepSchemaIsRefused()
    {
        // A chain of 40 distinct schemas, each a property of the one before: not circular,
        // but 80 levels once resolved.
        QByteArray spec = "openapi: 3.0.0\npaths:\n  /a:\n    post:\n      requestBody:\n"
                          "        content:\n          application/json:\n"
                          "            schema: {$ref: '#/components/schemas/S0'}\n"
                          "      responses: {}\ncomponents:\n  schemas:\n";
        for (int i = 0; i < 40; ++i) {
            spec += QStringLiteral("    S%1: {type: object, properties: {n: {$ref: "
                                   "'#/components/schemas/S%2'}}}\n")
                            .arg(i)
                            .arg(i + 1)
                            .toUtf8();
        }
        spec += "    S40: {type: string}\n";
        QString error;
        QVERIFY(!readInline(spec, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("nested deeper than 64 levels")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("inline.yaml: /paths/~1a/post/requestBody/content/"
                                               "application~1json/schema/properties/n/properties/"
                                               "n/")),
                 qPrintable(error));
    }

    void webhooksOnlyIsAnEmptyCatalogWithAWarning()
    {
        ImportReport report;
        QString error;
        const auto catalog = OpenApiImporter::readFile(
                readme(QStringLiteral("3.1_yaml_webhooks.yaml")), &report, &error);
        QVERIFY2(catalog, qPrintable(error));
        QVERIFY(catalog->tools.empty());
        QVERIFY(hasWarning(report, QStringLiteral("/webhooks"),
                           QStringLiteral("1 webhook(s) not imported")));
    }
};

QTEST_GUILESS_MAIN(TestOpenApiImporter)
#include "tst_openapiimporter.moc"
