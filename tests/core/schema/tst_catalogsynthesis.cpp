// For every tool of every real catalog we ship tests for, 1,000 synthesised argument sets
// validate against the tool's parameters schema.
#include "catalog/catalogimporter.h"
#include "schema/schemavalidator.h"
#include "schema/valuesynthesizer.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>
#include <QtConcurrent>

#include <atomic>

using namespace Callwright;

namespace {

constexpr int kSetsPerTool = 1000;

// Tools whose parameters no value can satisfy; each must be refused with a clear reason.
const QStringList kUnsatisfiable{
        // oas3_readmeio_examples/3.0_json_schema-types.json: body is allOf [string, integer],
        // kept in that spec on purpose as a quirk.
        QStringLiteral("quirks_entirelyIncompatibleAllOf"),
        QStringLiteral("quirks_partiallyUsableIncompatibleAllOf"),
};

struct ToolOutcome
{
    QString tool;
    int invalid = 0;
    QString firstProblem;
};

std::vector<Tool> importAll(const QStringList &files)
{
    std::vector<Tool> tools;
    for (const QString &file : files) {
        QString error;
        const auto catalog = CatalogImporter::readFile(file, nullptr, &error);
        if (!catalog) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        tools.insert(tools.end(), catalog->tools.begin(), catalog->tools.end());
    }
    return tools;
}

ToolOutcome synthesiseAndValidate(const Tool &tool)
{
    ToolOutcome outcome{tool.name, 0, {}};
    try {
        const ValueSynthesizer synthesizer(tool.parameters);
        const SchemaValidator validator(tool.parameters); // a second, independent instance
        for (quint64 seed = 1; seed <= kSetsPerTool; ++seed) {
            const Json arguments = synthesizer.generate(seed);
            const auto errors = validator.validate(arguments);
            if (!errors.empty()) {
                if (outcome.invalid++ == 0)
                    outcome.firstProblem = toQString(arguments) + QStringLiteral(" -> ")
                                           + errors.front().message;
            }
        }
    } catch (const std::exception &e) {
        outcome.invalid = kSetsPerTool;
        outcome.firstProblem = QString::fromUtf8(e.what());
    }
    return outcome;
}

QStringList filesIn(const QString &relativeDir, const QStringList &filters)
{
    QDir dir(TestSupport::sharedDataPath(relativeDir));
    QStringList out;
    const QStringList names = dir.entryList(filters, QDir::Files, QDir::Name);
    for (const QString &name : names)
        out << dir.filePath(name);
    return out;
}

} // namespace

class TestCatalogSynthesis final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyToolValidates_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("minimumTools");
        QTest::newRow("tau_bench")
                << filesIn(QStringLiteral("tau_bench"), {QStringLiteral("*.openai.json")}) << 30;
        QTest::newRow("bfcl_multi_turn")
                << filesIn(QStringLiteral("bfcl/multi_turn_func_doc"), {QStringLiteral("*.json")})
                << 162;
        QTest::newRow("openapi_readmeio") << filesIn(
                QStringLiteral("openapi/oas3_readmeio_examples"),
                {QStringLiteral("*.json"), QStringLiteral("*.yaml"), QStringLiteral("*.yml")})
                                          << 250;
        QTest::newRow("bfcl_3108") << QStringList{TestSupport::sharedDataPath(
                QStringLiteral("bfcl/bfcl_v4_single_turn_function_catalog.dedup.jsonl"))}
                                   << 3108;
    }

    void everyToolValidates()
    {
        QFETCH(QStringList, files);
        QFETCH(int, minimumTools);
        const std::vector<Tool> tools = importAll(files);
        QVERIFY2(int(tools.size()) >= minimumTools,
                 qPrintable(QStringLiteral("imported %1 tools").arg(tools.size())));

        QElapsedTimer timer;
        timer.start();
        const QList<ToolOutcome> outcomes = QtConcurrent::blockingMapped(
                QList<Tool>(tools.begin(), tools.end()), synthesiseAndValidate);
        int invalidSets = 0;
        int refused = 0;
        QStringList problems;
        for (const ToolOutcome &o : outcomes) {
            if (kUnsatisfiable.contains(o.tool)) {
                // Refused, never answered with an invalid value.
                QVERIFY2(o.firstProblem.contains(QStringLiteral("cannot synthesise")),
                         qPrintable(o.tool + QStringLiteral(": ") + o.firstProblem));
                qInfo("skipped %s, unsatisfiable: %s", qPrintable(o.tool),
                      qPrintable(o.firstProblem));
                ++refused;
                continue;
            }
            invalidSets += o.invalid;
            if (o.invalid)
                problems << o.tool + QStringLiteral(": ") + o.firstProblem;
        }
        qInfo("%s: %zu tools x %d argument sets, %d invalid, %d unsatisfiable, %.1f s",
              QTest::currentDataTag(), tools.size(), kSetsPerTool, invalidSets, refused,
              timer.elapsed() / 1000.0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCatalogSynthesis)
#include "tst_catalogsynthesis.moc"
