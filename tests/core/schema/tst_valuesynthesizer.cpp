// Synthesised values are valid for their schema every time, realistic for their field, the same
// for the same seed on every machine, and refused with a reason when no valid value exists.
#include "schema/valuesynthesizer.h"
#include "testsupport.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace Callwright;

namespace {

Json js(const char *text)
{
    return Json::parse(text);
}

QString str(const Json &j)
{
    return QString::fromStdString(j.is_string() ? j.get<std::string>() : j.dump());
}

bool matches(const char *pattern, const Json &value)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(str(value)).hasMatch();
}

struct Tool
{
    std::string name;
    Json parameters;
};

std::vector<Tool> tools(const QString &file)
{
    QFile f(TestSupport::sharedDataPath(QStringLiteral("tau_bench/") + file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    std::vector<Tool> out;
    for (const Json &entry : Json::parse(f.readAll().toStdString()))
        out.push_back({entry.at("function").at("name"), entry.at("function").at("parameters")});
    return out;
}

// The error a schema gives, or an empty string when it synthesises.
QString synthesisError(const Json &schema, quint64 seed = 1)
{
    try {
        ValueSynthesizer(schema).generate(seed);
    } catch (const SynthesisError &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace

class tst_ValueSynthesizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministic();
    void tauBenchArgumentsAreValid_data();
    void tauBenchArgumentsAreValid();
    void tauBenchRealism();
    void personaConsistency();
    void descriptionShapes();
    void patterns_data();
    void patterns();
    void formats();
    void numbers();
    void combinators();
    void arrays();
    void unsatisfiable_data();
    void unsatisfiable();
    void suiteSchemasNeverYieldInvalidValues();
};

void tst_ValueSynthesizer::deterministic()
{
    const Json schema = tools(QStringLiteral("airline_tools.openai.json")).at(0).parameters;
    const ValueSynthesizer a(schema);
    const ValueSynthesizer b(schema);
    std::set<std::string> distinct;
    for (quint64 seed = 0; seed < 50; ++seed) {
        const std::string first = a.generate(seed).dump();
        QCOMPARE(b.generate(seed).dump(), first);
        QCOMPARE(ValueSynthesizer::synthesize(schema, seed).dump(), first);
        distinct.insert(first);
    }
    QCOMPARE(distinct.size(), std::size_t(50));
    // A fixed value pins the output across platforms and standard libraries.
    const Json pinnedSchema = js(R"({"type":"object","properties":{"user_id":{"type":"string"},
        "amount":{"type":"number"}},"required":["user_id","amount"]})");
    QCOMPARE(QString::fromStdString(ValueSynthesizer(pinnedSchema).generate(42).dump()),
             QStringLiteral(R"({"amount":222.17,"user_id":"lucia_baker_654"})"));
    ValueSynthesizer s1(schema);
    ValueSynthesizer s2(schema);
    s1.reseed(7);
    s2.reseed(7);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(s1.next().dump(), s2.next().dump());
    QVERIFY(s1.next() != s1.next());
}

void tst_ValueSynthesizer::tauBenchArgumentsAreValid_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("retail") << QStringLiteral("retail_tools.openai.json");
    QTest::newRow("airline") << QStringLiteral("airline_tools.openai.json");
}

void tst_ValueSynthesizer::tauBenchArgumentsAreValid()
{
    QFETCH(QString, file);
    const auto catalog = tools(file);
    QVERIFY(!catalog.empty());
    constexpr int perTool = 1000;
    QElapsedTimer timer;
    timer.start();
    int total = 0;
    for (const Tool &tool : catalog) {
        const ValueSynthesizer synth(tool.parameters);
        // An independent validator, so that the synthesiser's own checks are not the only ones.
        const SchemaValidator check(tool.parameters);
        int valid = 0;
        for (quint64 seed = 0; seed < perTool; ++seed) {
            const Json args = synth.generate(seed);
            const auto errors = check.validate(args);
            if (errors.empty())
                ++valid;
            else
                qWarning().noquote()
                        << tool.name.c_str() << args.dump().c_str() << errors.front().toString();
        }
        total += valid;
        QVERIFY2(valid == perTool, tool.name.c_str());
        qInfo().noquote() << "  e.g." << tool.name.c_str() << synth.generate(0).dump().c_str();
    }
    qInfo().noquote() << QStringLiteral("%1: %2 tools x %3 argument sets, %4/%5 valid (100%), "
                                        "%6 ms")
                                 .arg(file)
                                 .arg(catalog.size())
                                 .arg(perTool)
                                 .arg(total)
                                 .arg(catalog.size() * perTool)
                                 .arg(timer.elapsed());
}

void tst_ValueSynthesizer::tauBenchRealism()
{
    std::map<std::string, Json> schemas;
    for (const QString &file : {QStringLiteral("retail_tools.openai.json"),
                                QStringLiteral("airline_tools.openai.json")}) {
        for (const Tool &t : tools(file))
            schemas[file.section(u'_', 0, 0).toStdString() + "." + t.name] = t.parameters;
    }
    for (quint64 seed = 0; seed < 200; ++seed) {
        const Json email
                = ValueSynthesizer(schemas.at("retail.find_user_id_by_email")).generate(seed);
        QVERIFY2(matches("^[a-z]+\\.[a-z]+\\d*@[a-z.]+\\.(com|org|net)$", email["email"]),
                 email.dump().c_str());
        const Json user = ValueSynthesizer(schemas.at("retail.get_user_details")).generate(seed);
        QVERIFY2(matches("^[a-z]+_[a-z]+_\\d{3}$", user["user_id"]), user.dump().c_str());
        const Json cancel
                = ValueSynthesizer(schemas.at("retail.cancel_pending_order")).generate(seed);
        QVERIFY2(matches("^#W\\d{7}$", cancel["order_id"]), cancel.dump().c_str());
        QVERIFY(cancel["reason"] == "no longer needed"
                || cancel["reason"] == "ordered by mistake");
        const Json address = ValueSynthesizer(schemas.at("retail.modify_pending_order_address"))
                                     .generate(seed);
        QVERIFY2(matches("^\\d{5}$", address["zip"]), address.dump().c_str());
        // City, state and country describe one place.
        if (address["country"] == "USA")
            QVERIFY2(matches("^[A-Z]{2}$", address["state"]), address.dump().c_str());
        if (address["city"] == "Paris")
            QVERIFY2(address["country"] == "FRA", address.dump().c_str());
        QVERIFY2(matches("^\\d+ [A-Z][a-z]+ [A-Z][a-z]+$", address["address1"]),
                 address.dump().c_str());
        QVERIFY2(matches("^(credit_card|gift_card)_\\d{7}$",
                         ValueSynthesizer(schemas.at("retail.modify_pending_order_payment"))
                                 .generate(seed)["payment_method_id"]),
                 "payment method id");
        const Json booking
                = ValueSynthesizer(schemas.at("airline.book_reservation")).generate(seed);
        for (const Json &flight : booking["flights"]) {
            QVERIFY2(QDate::fromString(str(flight["date"]), Qt::ISODate).isValid(),
                     booking.dump().c_str());
            QVERIFY2(matches("^HAT\\d{3}$", flight["flight_number"]), booking.dump().c_str());
        }
        for (const Json &p : booking["passengers"]) {
            const QDate dob = QDate::fromString(str(p["dob"]), Qt::ISODate);
            QVERIFY2(dob.isValid() && dob.year() < 2010, booking.dump().c_str());
            QVERIFY(matches("^[A-Z][a-z]+$", p["first_name"]));
        }
        QVERIFY2(matches("^[A-Z]{3}$", booking["origin"]), booking.dump().c_str());
        for (const Json &pay : booking["payment_methods"]) {
            const double amount = pay["amount"].get<double>();
            QVERIFY2(std::fabs(amount * 100 - std::round(amount * 100)) < 1e-6,
                     booking.dump().c_str());
        }
        const Json res = ValueSynthesizer(schemas.at("airline.cancel_reservation")).generate(seed);
        QVERIFY2(matches("^[A-Z0-9]{6}$", res["reservation_id"]), res.dump().c_str());
    }
}

void tst_ValueSynthesizer::personaConsistency()
{
    const ValueSynthesizer synth(
            js(R"({"type":"object","properties":{"first_name":{"type":"string"},
        "last_name":{"type":"string"},"email":{"type":"string","format":"email"},
        "user_id":{"type":"string"}},"required":["first_name","last_name","email","user_id"]})"));
    for (quint64 seed = 0; seed < 100; ++seed) {
        const Json v = synth.generate(seed);
        const QString first = str(v["first_name"]).toLower();
        const QString last = str(v["last_name"]).toLower();
        QVERIFY2(str(v["email"]).startsWith(first + u'.' + last), v.dump().c_str());
        QVERIFY2(str(v["user_id"]).startsWith(first + u'_' + last + u'_'), v.dump().c_str());
    }
}

void tst_ValueSynthesizer::descriptionShapes()
{
    const ValueSynthesizer shaped(js(R"({"type":"object","properties":{"order_id":{"type":"string",
        "description":"The order id, such as '#W0000000'."},"plain_id":{"type":"string"},
        "order_ref":{"type":"string"}},"required":["order_id","plain_id","order_ref"]})"));
    const ValueSynthesizer bare(js(R"({"type":"string"})"));
    const ValueSynthesizer sku(js(R"({"type":"string","examples":["SKU-1234"]})"));
    const ValueSynthesizer eg(
            js(R"({"type":"string","description":"Ticket, e.g. 'INC0012345'."})"));
    for (quint64 seed = 0; seed < 100; ++seed) {
        const Json v = shaped.generate(seed);
        QVERIFY2(matches("^#W\\d{7}$", v["order_id"]), v.dump().c_str());
        QVERIFY2(matches("^pla_[a-z0-9]{5}$", v["plain_id"]), v.dump().c_str());
        QVERIFY2(matches("^ord_[a-z0-9]{5}$", v["order_ref"]), v.dump().c_str());
        QVERIFY(matches("^ord_[a-z0-9]{5}$", bare.generate(seed, QStringLiteral("order_id"))));
        QVERIFY(matches("^SKU-\\d{4}$", sku.generate(seed, QStringLiteral("sku"))));
        QVERIFY(matches("^INC\\d{7}$", eg.generate(seed, QStringLiteral("ticket"))));
    }
}

void tst_ValueSynthesizer::patterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("minLength");
    for (const char *p : {"^[A-Z]{3}\\d{3}$", "^(ord|inv)_[a-z0-9]{5}$", "^\\+?[1-9]\\d{1,14}$",
                          "^[a-z]+(-[a-z]+)*$", "\\d{4}", "^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$",
                          "^(?:[01]\\d|2[0-3]):[0-5]\\d$", "^v\\d+\\.\\d+\\.\\d+(-rc\\.\\d)?$",
                          "^[\\w.-]{3,12}$", "^\\u00e9t\\u00e9$"})
        QTest::newRow(p) << QString::fromUtf8(p) << 0;
    QTest::newRow("long repeat") << QStringLiteral("^[a-z]+$") << 12;
}

void tst_ValueSynthesizer::patterns()
{
    QFETCH(QString, pattern);
    QFETCH(int, minLength);
    Json schema = {{"type", "string"}, {"pattern", pattern.toStdString()}};
    if (minLength > 0)
        schema["minLength"] = minLength;
    const ValueSynthesizer synth(schema);
    std::set<std::string> distinct;
    for (quint64 seed = 0; seed < 200; ++seed) {
        const Json v = synth.generate(seed);
        QVERIFY2(synth.validator().isValid(v), v.dump().c_str());
        distinct.insert(v.get<std::string>());
    }
    QVERIFY(distinct.size() > 1 || pattern.contains(QStringLiteral("\\u00e9")));
    // Lookarounds are beyond the generator: a clear error, never an invalid value.
    const QString error = synthesisError(
            js(R"({"type":"string","pattern":"^(?=.*\\d)(?=.*[A-Z])[a-z]{8}$"})"));
    QVERIFY2(error.contains(QStringLiteral("lookaround")), qPrintable(error));
}

void tst_ValueSynthesizer::formats()
{
    const ValueSynthesizer synth(js(R"({"type":"object","properties":{
        "d":{"type":"string","format":"date"},"dt":{"type":"string","format":"date-time"},
        "t":{"type":"string","format":"time"},"e":{"type":"string","format":"email"},
        "u":{"type":"string","format":"uri"},"id":{"type":"string","format":"uuid"},
        "ip":{"type":"string","format":"ipv4"},"start_date":{"type":"string"},
        "created_at":{"type":"string"}},
        "required":["d","dt","t","e","u","id","ip","start_date","created_at"]})"));
    for (quint64 seed = 0; seed < 100; ++seed) {
        const Json v = synth.generate(seed);
        QVERIFY(QDate::fromString(str(v["d"]), Qt::ISODate).isValid());
        QVERIFY(QDateTime::fromString(str(v["dt"]), Qt::ISODate).isValid());
        QVERIFY(QDate::fromString(str(v["start_date"]), Qt::ISODate).isValid());
        QVERIFY2(QDateTime::fromString(str(v["created_at"]), Qt::ISODate).isValid(),
                 v.dump().c_str());
        QVERIFY(matches("^https://", v["u"]));
        QVERIFY(matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
                        v["id"]));
    }
}

void tst_ValueSynthesizer::numbers()
{
    const ValueSynthesizer quarters(js(R"({"type":"number","exclusiveMinimum":0,"maximum":1,
        "multipleOf":0.25})"));
    std::set<double> seen;
    for (quint64 seed = 0; seed < 200; ++seed)
        seen.insert(quarters.generate(seed).get<double>());
    QCOMPARE(seen, (std::set<double>{0.25, 0.5, 0.75, 1.0}));

    const ValueSynthesizer ints(js(R"({"type":"integer","minimum":10,"maximum":12})"));
    const ValueSynthesizer price(js(R"({"type":"number","minimum":20,"maximum":25.5})"));
    const ValueSynthesizer strict(js(R"({"type":"integer","exclusiveMinimum":99,
        "exclusiveMaximum":101})"));
    for (quint64 seed = 0; seed < 200; ++seed) {
        const Json i = ints.generate(seed);
        QVERIFY(i.is_number_integer() && i.get<int>() >= 10 && i.get<int>() <= 12);
        const double p = price.generate(seed, QStringLiteral("price")).get<double>();
        QVERIFY(p >= 20 && p <= 25.5);
        QVERIFY(std::fabs(p * 100 - std::round(p * 100)) < 1e-6);
        QCOMPARE(strict.generate(seed).get<int>(), 100);
        const Json quantity = ValueSynthesizer(js(R"({"type":"integer"})"))
                                      .generate(seed, QStringLiteral("quantity"));
        QVERIFY(quantity.get<int>() >= 1 && quantity.get<int>() <= 5);
    }
}

void tst_ValueSynthesizer::combinators()
{
    const Json schema = js(R"({"$defs":{"money":{"type":"number","minimum":0,"maximum":100},
        "node":{"type":"object","properties":{"label":{"type":"string"},
            "children":{"type":"array","items":{"$ref":"#/$defs/node"}}},"required":["label"]}},
        "type":"object","properties":{
        "one":{"oneOf":[{"type":"integer","multipleOf":3},{"type":"integer","multipleOf":5}]},
        "any":{"anyOf":[{"type":"string","maxLength":3},{"type":"null"}]},
        "all":{"allOf":[{"properties":{"a":{"type":"string"}},"required":["a"]},
                        {"properties":{"b":{"$ref":"#/$defs/money"}},"required":["b"]}]},
        "kind":{"enum":["card","cash"]},
        "tree":{"$ref":"#/$defs/node"},
        "maybe":{"type":"string","nullable":true},
        "fixed":{"const":{"v":1}},
        "cond":{"type":"object","properties":{"mode":{"enum":["a","b"]},"x":{"type":"integer"}},
                "required":["mode"],"if":{"properties":{"mode":{"const":"a"}}},
                "then":{"required":["x"]},"else":{"not":{"required":["x"]}}},
        "never":{"not":{"type":"string"}}},
        "required":["one","any","all","kind","tree","maybe","fixed","cond","never"],
        "additionalProperties":false})");
    const ValueSynthesizer synth(schema);
    int nulls = 0;
    for (quint64 seed = 0; seed < 300; ++seed) {
        const Json v = synth.generate(seed);
        QVERIFY2(synth.validator().isValid(v), v.dump().c_str());
        QVERIFY(v["all"].contains("a") && v["all"].contains("b"));
        QVERIFY(v["fixed"] == js(R"({"v":1})"));
        QVERIFY(!v["never"].is_string());
        nulls += v["maybe"].is_null() ? 1 : 0;
    }
    QVERIFY(nulls > 0 && nulls < 100);
}

void tst_ValueSynthesizer::arrays()
{
    const ValueSynthesizer unique(js(R"({"type":"array","items":{"enum":["a","b","c"]},
        "minItems":3,"uniqueItems":true})"));
    for (quint64 seed = 0; seed < 50; ++seed)
        QCOMPARE(unique.generate(seed).size(), std::size_t(3));
    const ValueSynthesizer tuple(js(R"({"$schema":"http://json-schema.org/draft-07/schema#",
        "type":"array","items":[{"type":"string","format":"date"},{"type":"integer"}],
        "additionalItems":false})"));
    const ValueSynthesizer bounded(js(R"({"type":"array","items":{"type":"integer"},
        "minItems":5,"maxItems":7,"contains":{"const":42}})"));
    for (quint64 seed = 0; seed < 50; ++seed) {
        const Json t = tuple.generate(seed);
        QCOMPARE(t.size(), std::size_t(2));
        QVERIFY(t[1].is_number_integer());
        const Json b = bounded.generate(seed);
        QVERIFY(b.size() >= 5 && b.size() <= 7);
        QVERIFY(std::find(b.begin(), b.end(), Json(42)) != b.end());
    }
}

void tst_ValueSynthesizer::unsatisfiable_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *schema, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(schema) << QString::fromUtf8(expected);
    };
    row("bounds", R"({"type":"object","properties":{"count":{"type":"integer","minimum":10,
        "maximum":5}},"required":["count"]})",
        "at /count (schema #/properties/count): the minimum 10 is greater than the maximum 5");
    row("lengths", R"({"type":"string","minLength":5,"maxLength":2})",
        "minLength 5 is greater than maxLength 2");
    row("false", R"({"properties":{"x":false},"required":["x"],"type":"object"})",
        "at /x (schema #/properties/x): the schema here is false");
    row("enum vs type", R"({"type":"integer","enum":["a","b"]})",
        R"(none of the enum values ["a","b"] satisfies the rest of the schema)");
    row("types", R"({"allOf":[{"type":"string"},{"type":"integer"}]})", "no common type");
    row("unique", R"({"type":"array","items":{"enum":[1,2]},"minItems":3,"uniqueItems":true})",
        "distinct items");
    row("multipleOf", R"({"type":"integer","minimum":1,"maximum":4,"multipleOf":5})",
        "multiple of 5");
    row("remote ref", R"({"$ref":"https://example.com/x.json"})", "remote $ref");
    row("items", R"({"type":"array","minItems":2,"maxItems":1})", "at least 2 items");
}

void tst_ValueSynthesizer::unsatisfiable()
{
    QFETCH(QString, schema);
    QFETCH(QString, expected);
    const QString error = synthesisError(Json::parse(schema.toStdString()));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void tst_ValueSynthesizer::suiteSchemasNeverYieldInvalidValues()
{
    // Every schema of the official suite is an odd corner; none may get an invalid value.
    const QDir dir(QStringLiteral("/usr/share/json-schema-test-suite/tests/draft7"));
    if (!dir.exists())
        QSKIP("the JSON-Schema-Test-Suite is not installed (Debian: json-schema-test-suite)");
    int schemas = 0;
    int synthesised = 0;
    QStringList refused;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const Json &group : Json::parse(f.readAll().toStdString())) {
            ++schemas;
            const ValueSynthesizer synth(group.at("schema"), {}, SchemaDraft::Draft7);
            QString error;
            for (quint64 seed = 0; seed < 20 && error.isEmpty(); ++seed) {
                try {
                    const Json v = synth.generate(seed);
                    QVERIFY2(synth.validator().isValid(v), v.dump().c_str());
                } catch (const SynthesisError &e) {
                    error = QString::fromUtf8(e.what());
                }
            }
            QVERIFY2(!error.contains(QStringLiteral("internal error")), qPrintable(error));
            if (error.isEmpty())
                ++synthesised;
            else
                refused << name + QStringLiteral(" / ")
                                   + QString::fromStdString(group.at("description"))
                                   + QStringLiteral(": ") + error;
        }
    }
    qInfo().noquote() << QStringLiteral("draft7 suite schemas: %1 of %2 synthesised for 20 seeds "
                                        "each; refused:")
                                 .arg(synthesised)
                                 .arg(schemas);
    for (const QString &r : refused)
        qInfo().noquote() << "  " << r;
}

QTEST_GUILESS_MAIN(tst_ValueSynthesizer)
#include "tst_valuesynthesizer.moc"
