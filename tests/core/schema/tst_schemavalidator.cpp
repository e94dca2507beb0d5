// The validator reports what a curator needs to fix a payload (pointer, keyword, plain message),
// refuses malformed schemas with a reason, and agrees with the official JSON-Schema-Test-Suite.
#include "schema/schemavalidator.h"
#include "suiterunner.h"

#include <QDir>
#include <QTest>

using namespace Callwright;

namespace {

Json js(const char *text)
{
    return Json::parse(text);
}

QStringList lines(const std::vector<SchemaError> &errors)
{
    QStringList out;
    for (const SchemaError &e : errors)
        out << e.toString();
    return out;
}

bool hasIssue(const std::vector<SchemaError> &issues, const QString &keyword, const QString &text,
              SchemaError::Severity severity = SchemaError::Severity::Error)
{
    for (const SchemaError &e : issues) {
        if (e.keyword == keyword && e.message.contains(text) && e.severity == severity)
            return true;
    }
    qWarning() << "issues:" << lines(issues);
    return false;
}

using KeywordFiles = std::vector<std::pair<QString, QString>>;

// The suite's file of each keyword, and the optional file of each format.
KeywordFiles keywordFiles(std::initializer_list<const char *> keywords,
                          std::initializer_list<const char *> formats)
{
    KeywordFiles files;
    for (const char *name : keywords) {
        files.emplace_back(QString::fromLatin1(name),
                           QString::fromLatin1(name) + QStringLiteral(".json"));
    }
    for (const char *format : formats) {
        files.emplace_back(
                QStringLiteral("format/") + QString::fromLatin1(format),
                QStringLiteral("optional/format/%1.json").arg(QString::fromLatin1(format)));
    }
    return files;
}

// The keywords tool schemas use, mapped to the suite's files for each draft.
KeywordFiles draft7Files()
{
    return keywordFiles({"type",
                         "properties",
                         "required",
                         "additionalProperties",
                         "patternProperties",
                         "items",
                         "additionalItems",
                         "enum",
                         "const",
                         "minimum",
                         "maximum",
                         "exclusiveMinimum",
                         "exclusiveMaximum",
                         "multipleOf",
                         "minLength",
                         "maxLength",
                         "minItems",
                         "maxItems",
                         "uniqueItems",
                         "minProperties",
                         "maxProperties",
                         "pattern",
                         "anyOf",
                         "oneOf",
                         "allOf",
                         "not",
                         "if-then-else",
                         "ref",
                         "refRemote",
                         "definitions",
                         "default",
                         "boolean_schema",
                         "dependencies",
                         "contains",
                         "propertyNames"},
                        {"date", "date-time", "time", "email", "uri", "ipv4"});
}

KeywordFiles draft2020Files()
{
    return keywordFiles({"type",
                         "properties",
                         "required",
                         "additionalProperties",
                         "patternProperties",
                         "items",
                         "prefixItems",
                         "enum",
                         "const",
                         "minimum",
                         "maximum",
                         "exclusiveMinimum",
                         "exclusiveMaximum",
                         "multipleOf",
                         "minLength",
                         "maxLength",
                         "minItems",
                         "maxItems",
                         "uniqueItems",
                         "minProperties",
                         "maxProperties",
                         "pattern",
                         "anyOf",
                         "oneOf",
                         "allOf",
                         "not",
                         "if-then-else",
                         "ref",
                         "refRemote",
                         "defs",
                         "default",
                         "boolean_schema",
                         "dependentRequired",
                         "dependentSchemas",
                         "contains",
                         "propertyNames"},
                        {"date", "date-time", "time", "email", "uri", "uuid", "ipv4"});
}

// Keywords whose meaning did not change from draft 7 to 2020-12: their draft-7 cases also hold
// for a validator in 2020-12 mode.
KeywordFiles unchangedInDraft2020(const KeywordFiles &draft7)
{
    static const QStringList changed
            = {QStringLiteral("items"),       QStringLiteral("additionalItems"),
               QStringLiteral("ref"),         QStringLiteral("refRemote"),
               QStringLiteral("definitions"), QStringLiteral("dependencies")};
    KeywordFiles out;
    for (const auto &entry : draft7) {
        if (!changed.contains(entry.first))
            out.push_back(entry);
    }
    return out;
}

} // namespace

class tst_SchemaValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorLocations();
    void messages_data();
    void messages();
    void integersAndNullable();
    void codePointLengths();
    void references();
    void draftDifferences();
    void recursionIsBounded();
    void remoteRefsAreRefused();
    void checkSchema_data();
    void checkSchema();
    void formats_data();
    void formats();
    void copiesShareTheCompiledSchema();
    void officialSuite();
};

void tst_SchemaValidator::errorLocations()
{
    const SchemaValidator v(js(R"({"type":"object","properties":{"items":{"type":"array",
        "items":{"type":"object","properties":{"price":{"type":"number","minimum":20}},
        "required":["price"]}}}})"));
    const auto errors = v.validate(js(R"({"items":[{"price":30},{"price":25},{"price":12},{}]})"));
    QCOMPARE(errors.size(), std::size_t(2));
    QCOMPARE(errors[0].instanceLocation, QStringLiteral("/items/2/price"));
    QCOMPARE(errors[0].keyword, QStringLiteral("minimum"));
    QCOMPARE(errors[0].schemaLocation,
             QStringLiteral("#/properties/items/items/properties/price/minimum"));
    QCOMPARE(errors[0].toString(),
             QStringLiteral("/items/2/price: 12 is less than the minimum 20"));
    QCOMPARE(errors[1].toString(),
             QStringLiteral("/items/3: missing required property \"price\""));
    QCOMPARE(errors[1].schemaLocation, QStringLiteral("#/properties/items/items/required"));
    QVERIFY(!v.isValid(js(R"({"items":[{"price":12}]})")));
    QVERIFY(v.isValid(js(R"({"items":[{"price":20}]})")));

    const SchemaValidator strict(js(R"({"properties":{"a":{}},"additionalProperties":false})"));
    const auto extra = strict.validate(js(R"({"a":1,"b/c":2})"));
    QCOMPARE(extra.size(), std::size_t(1));
    QCOMPARE(extra[0].instanceLocation, QStringLiteral("/b~1c"));
    QCOMPARE(extra[0].keyword, QStringLiteral("additionalProperties"));
    QCOMPARE(extra[0].message, QStringLiteral("property \"b/c\" is not allowed"));
    QCOMPARE(SchemaValidator(js("true")).validate(js("1")).size(), std::size_t(0));
    QCOMPARE(lines(SchemaValidator(js("false")).validate(js("1"))),
             QStringList{QStringLiteral("(root): no value is allowed here")});
}

void tst_SchemaValidator::messages_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const char *schema, const char *instance,
                        const char *keyword, const char *message) {
        QTest::newRow(name) << QString::fromUtf8(schema) << QString::fromUtf8(instance)
                            << QString::fromUtf8(keyword) << QString::fromUtf8(message);
    };
    row("type", R"({"type":"integer"})", "1.5", "type", "expected integer, found a number 1.5");
    row("union", R"({"type":["string","null"]})", "5", "type",
        "expected string or null, found an integer 5");
    row("object type", R"({"type":"string"})", "{}", "type", "expected string, found an object");
    row("exclusive", R"({"exclusiveMaximum":10})", "10", "exclusiveMaximum",
        "10 is greater than or equal to the exclusive maximum 10");
    row("multipleOf", R"({"multipleOf":5})", "7", "multipleOf", "7 is not a multiple of 5");
    row("maxLength", R"({"maxLength":2})", R"("abc")", "maxLength",
        "\"abc\" is longer than 2 characters");
    row("long string", R"({"maxLength":5})", ("\"" + std::string(70, 'x') + "\"").c_str(),
        "maxLength", ("\"" + std::string(60, 'x') + "…\" is longer than 5 characters").c_str());
    row("pattern", R"({"pattern":"^[A-Z]{3}\\d{3}$"})", R"("AB1234")", "pattern",
        "\"AB1234\" does not match the pattern ^[A-Z]{3}\\d{3}$");
    row("enum", R"({"enum":["no longer needed","ordered by mistake"]})", R"("changed mind")",
        "enum", "\"changed mind\" is not one of \"no longer needed\", \"ordered by mistake\"");
    row("const", R"({"const":"v1"})", R"("v2")", "const", "\"v2\" is not the constant \"v1\"");
    row("minItems", R"({"minItems":2})", "[1]", "minItems",
        "the array has 1 item, fewer than the minimum 2");
    row("uniqueItems", R"({"uniqueItems":true})", "[1, 2, 1.0]", "uniqueItems",
        "items 0 and 2 are equal, but items must be unique");
    row("maxProperties", R"({"maxProperties":1})", R"({"a":1,"b":2})", "maxProperties",
        "the object has 2 properties, more than the maximum 1");
    row("dependentRequired", R"({"dependentRequired":{"card":["cvv"]}})", R"({"card":"4111"})",
        "dependentRequired", "property \"card\" requires property \"cvv\"");
    row("anyOf", R"({"anyOf":[{"type":"string"},{"minimum":3}]})", "2", "anyOf",
        "matches none of the anyOf alternatives (0: expected string, found an integer 2; "
        "1: 2 is less than the minimum 3)");
    row("oneOf", R"({"oneOf":[{"type":"integer"},{"minimum":2}]})", "3", "oneOf",
        "matches oneOf alternatives 0 and 1, but must match exactly one");
    row("not", R"({"not":{"type":"null"}})", "null", "not", "must not match the \"not\" schema");
    row("format", R"({"format":"date"})", R"("2023-02-29")", "format",
        "\"2023-02-29\" is not a valid date");
    row("if-then",
        R"({"if":{"properties":{"kind":{"const":"card"}}},"then":{"required":["last4"]}})",
        R"({"kind":"card"})", "required", "missing required property \"last4\"");
}

void tst_SchemaValidator::messages()
{
    QFETCH(QString, schema);
    QFETCH(QString, instance);
    QFETCH(QString, keyword);
    QFETCH(QString, message);
    const SchemaValidator v(Json::parse(schema.toStdString()));
    QVERIFY2(v.schemaIssues().empty(), qPrintable(lines(v.schemaIssues()).join(u'\n')));
    const Json value = Json::parse(instance.toStdString());
    const auto errors = v.validate(value);
    QCOMPARE(errors.size(), std::size_t(1));
    QCOMPARE(errors[0].keyword, keyword);
    QCOMPARE(errors[0].message, message);
    QVERIFY(!v.isValid(value));
}

void tst_SchemaValidator::integersAndNullable()
{
    const SchemaValidator integer(js(R"({"type":"integer"})"));
    QVERIFY(integer.isValid(js("1.0")));
    QVERIFY(integer.isValid(js("-9007199254740993")));
    QVERIFY(!integer.isValid(js("1.5")));
    QVERIFY(!integer.isValid(js("\"1\"")));
    const SchemaValidator nullable(js(R"({"type":"string","enum":["a"],"nullable":true})"));
    QVERIFY(nullable.isValid(js("null")));
    QVERIFY(nullable.isValid(js("\"a\"")));
    QVERIFY(!nullable.isValid(js("\"b\"")));
    const SchemaValidator cents(js(R"({"type":"number","multipleOf":0.01,"minimum":0})"));
    QVERIFY(cents.isValid(js("19.99")));
    QVERIFY(cents.isValid(js("0.07")));
    QVERIFY(!cents.isValid(js("19.995")));
    const SchemaValidator ignoredDefault(js(R"({"type":"string","default":5})"));
    QVERIFY(ignoredDefault.isValid(js("\"x\"")));
    // OpenAPI 3.0 spells strict bounds as booleans.
    const SchemaValidator openApi(js(R"({"minimum":0,"exclusiveMinimum":true})"));
    QVERIFY(!openApi.isValid(js("0")));
    QVERIFY(openApi.isValid(js("0.5")));
}

void tst_SchemaValidator::codePointLengths()
{
    const SchemaValidator v(js(R"({"minLength":3,"maxLength":3})"));
    QVERIFY(v.isValid(Json("日本語"))); // 9 bytes, 3 code points
    QVERIFY(!v.isValid(Json("日本")));
    QVERIFY(v.isValid(Json("a😀b"))); // an astral character is one code point
    QCOMPARE(v.validate(Json("日本"))[0].message,
             QString::fromUtf8("\"日本\" is shorter than 3 characters"));
    const SchemaValidator unanchored(js(R"({"pattern":"\\d{3}"})"));
    QVERIFY(unanchored.isValid(Json("ab123cd")));
    QVERIFY(!unanchored.isValid(Json("ab12")));
    // ECMA-262's $ is the end of input, not "before a final newline" as in PCRE.
    QVERIFY(!SchemaValidator(js(R"({"pattern":"^abc$"})")).isValid(Json("abc\n")));
}

void tst_SchemaValidator::references()
{
    const SchemaValidator escaped(js(R"({"$defs":{"a/b":{"type":"integer"},"c~d":{"type":"string"},
        "e%f":{"type":"boolean"}},"properties":{"x":{"$ref":"#/$defs/a~1b"},
        "y":{"$ref":"#/$defs/c~0d"},"z":{"$ref":"#/$defs/e%25f"}}})"));
    QVERIFY(escaped.schemaIssues().empty());
    QVERIFY(escaped.isValid(js(R"({"x":1,"y":"s","z":true})")));
    const auto errors = escaped.validate(js(R"({"x":"1","y":2,"z":null})"));
    QCOMPARE(lines(errors),
             (QStringList{QStringLiteral("/x: expected integer, found a string \"1\""),
                          QStringLiteral("/y: expected string, found an integer 2"),
                          QStringLiteral("/z: expected boolean, found null")}));
    QCOMPARE(errors[0].schemaLocation, QStringLiteral("#/$defs/a~1b/type"));

    const SchemaValidator byId(js(R"({"$id":"https://example.com/schemas/order.json",
        "$defs":{"money":{"$id":"money.json","type":"number","minimum":0},
                 "sku":{"$anchor":"sku","type":"string","pattern":"^SKU-"}},
        "properties":{"total":{"$ref":"money.json"},"sku":{"$ref":"#sku"},
                      "again":{"$ref":"https://example.com/schemas/money.json"}}})"));
    QVERIFY2(byId.schemaIssues().empty(), qPrintable(lines(byId.schemaIssues()).join(u'\n')));
    QVERIFY(byId.isValid(js(R"({"total":5,"sku":"SKU-1","again":0})")));
    QVERIFY(!byId.isValid(js(R"({"total":-5})")));
    QVERIFY(!byId.isValid(js(R"({"sku":"X"})")));

    const SchemaValidator tree(js(R"({"type":"object","properties":{"name":{"type":"string"},
        "children":{"type":"array","items":{"$ref":"#"}}},"required":["name"]})"));
    QVERIFY(tree.isValid(
            js(R"({"name":"a","children":[{"name":"b","children":[{"name":"c"}]}]})")));
    QCOMPARE(lines(tree.validate(js(R"({"name":"a","children":[{"children":[{"name":1}]}]})"))),
             (QStringList{QStringLiteral("/children/0: missing required property \"name\""),
                          QStringLiteral("/children/0/children/0/name: expected string, found an "
                                         "integer 1")}));
}

void tst_SchemaValidator::draftDifferences()
{
    const Json draft7Schema = js(R"({"$schema":"http://json-schema.org/draft-07/schema#",
        "items":[{"type":"string"},{"type":"integer"}],"additionalItems":false,
        "definitions":{"n":{"type":"integer"}},"properties":{"a":{"$ref":"#/definitions/n",
        "maxItems":1}}})");
    const SchemaValidator d7(draft7Schema);
    QCOMPARE(d7.draft(), SchemaDraft::Draft7);
    QVERIFY(d7.isValid(js(R"(["a", 1])")));
    QVERIFY(!d7.isValid(js(R"(["a", 1, 2])")));
    QVERIFY(!d7.isValid(js(R"([1])")));

    const SchemaValidator d2020(js(R"({"prefixItems":[{"type":"string"}],"items":false,
        "$defs":{"n":{"type":"array"}},"properties":{"a":{"$ref":"#/$defs/n","maxItems":1}}})"));
    QCOMPARE(d2020.draft(), SchemaDraft::Draft2020_12);
    QVERIFY(d2020.isValid(js(R"(["a"])")));
    QVERIFY(!d2020.isValid(js(R"(["a", 1])")));
    // In 2020-12 a $ref's siblings apply; in draft 7 they are ignored.
    QVERIFY(!d2020.isValid(js(R"({"a":[1,2]})")));
    const SchemaValidator d7Siblings(js(R"({"definitions":{"n":{"type":"array"}},
        "properties":{"a":{"$ref":"#/definitions/n","maxItems":1}}})"),
                                     SchemaDraft::Draft7);
    QVERIFY(d7Siblings.isValid(js(R"({"a":[1,2]})")));

    const SchemaValidator deps(
            js(R"({"dependencies":{"bar":["foo"],"baz":{"required":["qux"]}}})"),
            SchemaDraft::Draft7);
    QVERIFY(!deps.isValid(js(R"({"bar":1})")));
    QVERIFY(!deps.isValid(js(R"({"baz":1})")));
    QVERIFY(deps.isValid(js(R"({"bar":1,"foo":2,"baz":3,"qux":4})")));
    const SchemaValidator schemas(js(R"({"dependentSchemas":{"card":{"required":["cvv"]}}})"));
    QVERIFY(!schemas.isValid(js(R"({"card":1})")));
}

void tst_SchemaValidator::recursionIsBounded()
{
    const Json cycle = js(R"({"$defs":{"a":{"$ref":"#/$defs/b"},"b":{"$ref":"#/$defs/a"}},
        "$ref":"#/$defs/a"})");
    QVERIFY(hasIssue(SchemaValidator::checkSchema(cycle), QStringLiteral("$ref"),
                     QStringLiteral("leads back to itself")));
    const SchemaValidator v(cycle);
    QVERIFY(!v.isValid(js("1")));
    const auto errors = v.validate(js("1"));
    QVERIFY(!errors.empty());
    QCOMPARE(errors[0].keyword, QStringLiteral("$ref"));
    QVERIFY2(errors[0].message.contains(QStringLiteral("recurses forever")),
             qPrintable(errors[0].message));
    QVERIFY(!SchemaValidator(js(R"({"$ref":"#"})")).isValid(js("{}")));

    // A list nested far deeper than any tool payload: an error, not a crash.
    const SchemaValidator list(js(R"({"type":"object","properties":{"next":{"$ref":"#"}}})"));
    Json deep = Json::object();
    for (int i = 0; i < 1000; ++i)
        deep = Json{{"next", std::move(deep)}};
    const auto deepErrors = list.validate(deep);
    QCOMPARE(deepErrors.size(), std::size_t(1));
    QVERIFY(deepErrors[0].message.contains(QStringLiteral("deeper than")));
    Json shallow = Json::object();
    for (int i = 0; i < 50; ++i)
        shallow = Json{{"next", std::move(shallow)}};
    QVERIFY(list.isValid(shallow));
}

void tst_SchemaValidator::remoteRefsAreRefused()
{
    const Json schema = js(R"({"properties":{"p":{"$ref":"https://example.com/person.json"}}})");
    QVERIFY(hasIssue(SchemaValidator::checkSchema(schema), QStringLiteral("$ref"),
                     QStringLiteral("remote $ref \"https://example.com/person.json\"")));
    const SchemaValidator v(schema);
    QVERIFY(v.isValid(js("{}")));
    const auto errors = v.validate(js(R"({"p":{}})"));
    QCOMPARE(errors.size(), std::size_t(1));
    QCOMPARE(errors[0].instanceLocation, QStringLiteral("/p"));
    QVERIFY(errors[0].message.contains(QStringLiteral("https://example.com/person.json")));
}

void tst_SchemaValidator::checkSchema_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("warning");
    const auto row = [](const char *name, const char *schema, const char *keyword,
                        const char *text, bool warning = false) {
        QTest::newRow(name) << QString::fromUtf8(schema) << QString::fromUtf8(keyword)
                            << QString::fromUtf8(text) << warning;
    };
    row("unknown type", R"({"properties":{"a":{"type":"dict"}}})", "type",
        "unknown type \"dict\"");
    row("required not array", R"({"required":"a"})", "required",
        "must be an array of property names");
    row("required not strings", R"({"required":["a",1]})", "required",
        "must be an array of property names");
    row("bad regex", R"({"pattern":"(["})", "pattern", "invalid regular expression \"([\"");
    row("bad patternProperties", R"({"patternProperties":{"[":{}}})", "patternProperties",
        "invalid regular expression");
    row("dangling ref", R"({"$ref":"#/$defs/missing"})", "$ref", "points at nothing");
    row("unknown anchor", R"({"$ref":"#nowhere"})", "$ref", "anchor");
    row("bounds", R"({"minimum":10,"maximum":5})", "minimum", "no number can match");
    row("negative length", R"({"minLength":-1})", "minLength", "non-negative integer");
    row("not a schema", R"({"properties":{"a":3}})", "", "must be an object or a boolean");
    row("empty anyOf", R"({"anyOf":[]})", "anyOf", "non-empty array");
    row("multipleOf zero", R"({"multipleOf":0})", "multipleOf", "greater than 0");
    row("unsupported", R"({"unevaluatedProperties":false})", "unevaluatedProperties",
        "not supported", true);
}

void tst_SchemaValidator::checkSchema()
{
    QFETCH(QString, schema);
    QFETCH(QString, keyword);
    QFETCH(QString, text);
    QFETCH(bool, warning);
    const auto issues = SchemaValidator::checkSchema(Json::parse(schema.toStdString()));
    QVERIFY(hasIssue(issues, keyword, text,
                     warning ? SchemaError::Severity::Warning : SchemaError::Severity::Error));
    QVERIFY(!issues.front().schemaLocation.isEmpty());
}

void tst_SchemaValidator::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    const auto row = [](const char *format, const char *value, bool valid) {
        QTest::addRow("%s %s", format, value)
                << QString::fromLatin1(format) << QString::fromUtf8(value) << valid;
    };
    row("date", "2024-02-29", true);
    row("date", "2023-02-29", false);
    row("date", "2024-1-01", false);
    row("date-time", "2024-05-01T10:30:00Z", true);
    row("date-time", "2024-05-01T10:30:00.5+05:30", true);
    row("date-time", "2024-05-01 10:30:00Z", false);
    row("date-time", "2024-05-01T24:00:00Z", false);
    row("time", "23:59:60Z", true);
    row("time", "12:59:60Z", false);
    row("time", "10:30", false);
    row("email", "sara.doe@example.com", true);
    row("email", "sara..doe@example.com", false);
    row("email", "sara.doe@", false);
    row("uri", "https://example.com/a?b=c#d", true);
    row("uri", "/relative/path", false);
    row("uuid", "2eb8aa08-aa98-11ea-b4aa-73b441d16380", true);
    row("uuid", "2eb8aa08-aa98-11ea-b4aa-73b441d1638", false);
    row("ipv4", "192.168.0.1", true);
    row("ipv4", "192.168.0.01", false);
    row("ipv4", "256.1.1.1", false);
    row("ipv6", "::1", true);
    row("hostname", "api.example.com", true);
    row("hostname", "-bad.example.com", false);
}

void tst_SchemaValidator::formats()
{
    QFETCH(QString, format);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const SchemaValidator v(Json{{"format", format.toStdString()}});
    QCOMPARE(v.isValid(Json(value.toStdString())), valid);
    // Formats apply to strings only.
    QVERIFY(v.isValid(Json(12)));
}

void tst_SchemaValidator::copiesShareTheCompiledSchema()
{
    SchemaValidator a(js(R"({"type":"string"})"));
    const SchemaValidator b = a;
    QCOMPARE(&a.compiled(), &b.compiled());
    a = SchemaValidator(js(R"({"type":"integer"})"));
    QVERIFY(b.isValid(Json("x")));
    QVERIFY(!a.isValid(Json("x")));
}

void tst_SchemaValidator::officialSuite()
{
    const QString root = TestSupport::jsonSchemaSuiteDir();
    if (!QDir(root + QStringLiteral("/draft7")).exists())
        QSKIP("the JSON-Schema-Test-Suite is not installed (Debian: json-schema-test-suite)");
    TestSupport::SuiteRunner runner;
    runner.run(QStringLiteral("draft7"), root + QStringLiteral("/draft7"), SchemaDraft::Draft7,
               draft7Files());
    const QString dir2020 = root + QStringLiteral("/draft2020-12");
    QString note2020;
    if (QDir(dir2020).exists()) {
        runner.run(QStringLiteral("2020-12"), dir2020, SchemaDraft::Draft2020_12,
                   draft2020Files());
    } else {
        // Debian's json-schema-test-suite 2.0.0 ships drafts 3 to 7 only.
        note2020 = QStringLiteral("no draft2020-12 folder in %1: the 2020-12 row runs the draft-7 "
                                  "cases of keywords unchanged in 2020-12, in 2020-12 mode; "
                                  "prefixItems, $defs, dependentRequired/Schemas and $anchor are "
                                  "covered by the unit cases above")
                           .arg(root);
        runner.run(QStringLiteral("2020-12*"), root + QStringLiteral("/draft7"),
                   SchemaDraft::Draft2020_12, unchangedInDraft2020(draft7Files()));
    }

    qInfo().noquote() << QStringLiteral("%1 %2 %3 %4 %5")
                                 .arg(QStringLiteral("draft"), -9)
                                 .arg(QStringLiteral("keyword"), -22)
                                 .arg(QStringLiteral("pass/run"), 9)
                                 .arg(QStringLiteral("rate"), 7)
                                 .arg(QStringLiteral("skipped"), 8);
    QStringList belowBar;
    int passed = 0;
    int run = 0;
    int skipped = 0;
    for (const auto &[key, tally] : runner.tallies()) {
        const int ran = tally.passed + tally.failed;
        passed += tally.passed;
        run += ran;
        skipped += tally.skipped;
        qInfo().noquote() << QStringLiteral("%1 %2 %3 %4 %5")
                                     .arg(key.first, -9)
                                     .arg(key.second, -22)
                                     .arg(QStringLiteral("%1/%2").arg(tally.passed).arg(ran), 9)
                                     .arg(ran == 0 ? QStringLiteral("n/a")
                                                   : QString::number(tally.rate(), 'f', 1)
                                                             + QLatin1Char('%'),
                                          7)
                                     .arg(tally.skipped, 8);
        if (ran > 0 && tally.rate() < 95.0)
            belowBar << key.first + QLatin1Char(' ') + key.second;
    }
    qInfo().noquote()
            << QStringLiteral("total: %1/%2 passed, %3 skipped").arg(passed).arg(run).arg(skipped);
    if (!note2020.isEmpty())
        qInfo().noquote() << note2020;
    for (const QString &skip : runner.skips())
        qInfo().noquote() << "skipped:" << skip;
    for (const QString &failure : runner.failures())
        qInfo().noquote() << "FAILED:" << failure;
    QVERIFY2(belowBar.isEmpty(), qPrintable(QStringLiteral("keywords under 95 %: ")
                                            + belowBar.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(tst_SchemaValidator)
#include "tst_schemavalidator.moc"
