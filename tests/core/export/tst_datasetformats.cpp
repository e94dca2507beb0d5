// Each dataset format as a trainer would read it: every record the writer makes passes the
// format's validator; records read back give the dialogues that were written (messages,
// calls, arguments, results); parallel calls, an error result and a clarification survive in
// every format; and hand-broken files are refused with the line and the field named.
#include "exporttestsupport.h"

#include "catalog/catalogexporter.h"
#include "export/pythoncall.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Callwright;
using namespace ExportTestSupport;

Q_DECLARE_METATYPE(Callwright::ExportFormat)

namespace {

struct Fixture
{
    Catalog catalog = SimulationTestSupport::demoCatalog("retail");
    Json tools = CatalogExporter::toOpenAiTools(catalog);
    RecordContext context() const
    {
        RecordContext c;
        c.catalog = &catalog;
        c.tools = &tools;
        return c;
    }
};

void addFormatRows(bool importableOnly)
{
    QTest::addColumn<ExportFormat>("format");
    for (ExportFormat f : kExportFormats) {
        if (!importableOnly || exportFormatImportable(f))
            QTest::newRow(qPrintable(exportFormatName(f))) << f;
    }
}

/// Writes records to one file per part; returns the paths.
QStringList writeFiles(const QTemporaryDir &dir, const DatasetFormat &format,
                       const std::vector<std::vector<Json>> &records)
{
    QStringList paths;
    const QStringList suffixes = format.partSuffixes();
    for (int p = 0; p < suffixes.size(); ++p) {
        const QString path = dir.filePath(QStringLiteral("data") + suffixes[p]);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        for (const auto &record : records)
            file.write(QByteArray::fromStdString(record[std::size_t(p)].dump()) + '\n');
        paths << path;
    }
    return paths;
}

} // namespace

class TestDatasetFormats final : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    std::vector<Dialogue> m_dialogues;

private Q_SLOTS:
    void initTestCase()
    {
        m_dialogues = simulated(240);
        // The sample holds what every format must carry.
        QVERIFY(std::any_of(m_dialogues.begin(), m_dialogues.end(), hasParallelCalls));
        QVERIFY(std::any_of(m_dialogues.begin(), m_dialogues.end(), hasErrorResult));
        QVERIFY(std::any_of(m_dialogues.begin(), m_dialogues.end(), hasClarification));
    }

    void everyRecordPassesItsValidator_data() { addFormatRows(false); }
    void everyRecordPassesItsValidator()
    {
        QFETCH(ExportFormat, format);
        const auto fmt = DatasetFormat::create(format);
        std::vector<std::vector<Json>> records;
        for (const Dialogue &d : m_dialogues) {
            records.push_back(fmt->write(d, m_fixture.context()));
            try {
                fmt->validate(records.back());
            } catch (const ModelError &e) {
                QFAIL(qPrintable(QStringLiteral("%1: %2\n%3")
                                         .arg(d.uid, QString::fromUtf8(e.what()),
                                              SimulationTestSupport::transcript(d))));
            }
        }
        // The same through files, as the CLI and the exporter check them.
        QTemporaryDir dir;
        const QStringList paths = writeFiles(dir, *fmt, records);
        const auto problems = validateDatasetFiles(format, paths);
        QVERIFY2(problems.empty(),
                 qPrintable(problems.empty() ? QString() : problems[0].toString()));
    }

    void readingBackGivesTheDialogues_data() { addFormatRows(true); }
    void readingBackGivesTheDialogues()
    {
        QFETCH(ExportFormat, format);
        const auto fmt = DatasetFormat::create(format);
        for (const Dialogue &d : m_dialogues) {
            const std::vector<Json> parts = fmt->write(d, m_fixture.context());
            // Through text, as a file would carry it.
            const Json reread = parseJson(parts[0].dump());
            const ImportedRecord back = fmt->read(reread);
            QCOMPARE(back.dialogue.engine, QStringLiteral("import:") + exportFormatName(format));
            const Json expected = carried(d, format);
            const Json actual = carried(back.dialogue, format);
            QVERIFY2(expected == actual,
                     qPrintable(QStringLiteral("%1 differs after %2:\nwritten %3\nread    %4")
                                        .arg(d.uid, exportFormatName(format),
                                             QString::fromStdString(expected.dump()),
                                             QString::fromStdString(actual.dump()))));
            QCOMPARE(back.tools.size(), m_fixture.catalog.tools.size());
            QCOMPARE(back.tools.front().name, m_fixture.catalog.tools.front().name);
            QVERIFY(back.tools.front().parameters == m_fixture.catalog.tools.front().parameters);
        }
    }

    void parallelCallsErrorsAndClarificationsInEachFormat_data() { addFormatRows(false); }
    void parallelCallsErrorsAndClarificationsInEachFormat()
    {
        QFETCH(ExportFormat, format);
        const std::optional<Dialogue> d = allFeatures(m_dialogues);
        QVERIFY2(d, "no sample dialogue has parallel calls, an error and a clarification");
        const auto fmt = DatasetFormat::create(format);
        const std::vector<Json> parts = fmt->write(*d, m_fixture.context());
        fmt->validate(parts);
        const std::string text = parts[0].dump();
        const Message &parallel
                = *std::find_if(d->messages.begin(), d->messages.end(),
                                [](const Message &m) { return m.toolCalls.size() > 1; });
        const CallRecord &failed = *std::find_if(d->calls.begin(), d->calls.end(),
                                                 [](const CallRecord &r) { return r.isError; });
        const int users
                = int(std::count_if(d->messages.begin(), d->messages.end(), [](const Message &m) {
                      return m.role == Message::Role::User;
                  }));
        const Json &record = parts[0];
        switch (format) {
        case ExportFormat::OpenAi: {
            bool found = false;
            for (const Json &m : record["messages"]) {
                if (m.value("tool_calls", Json::array()).size() == parallel.toolCalls.size()) {
                    found = true;
                    QVERIFY(m["tool_calls"][0]["function"]["arguments"].is_string());
                }
            }
            QVERIFY(found);
            QVERIFY(record["parallel_tool_calls"].get<bool>());
            break;
        }
        case ExportFormat::Trl: {
            bool found = false;
            for (const Json &m : record["messages"]) {
                if (m.value("tool_calls", Json::array()).size() == parallel.toolCalls.size()) {
                    found = true;
                    QVERIFY(m["tool_calls"][0]["function"]["arguments"].is_object());
                }
            }
            QVERIFY(found);
            break;
        }
        case ExportFormat::ShareGpt: {
            bool list = false;
            for (const Json &turn : record["conversations"]) {
                if (turn["from"] == "function_call") {
                    const Json calls = Json::parse(turn["value"].get<std::string>());
                    list = list || (calls.is_array() && calls.size() == parallel.toolCalls.size());
                }
            }
            QVERIFY2(list, "parallel calls are not written as a list");
            QVERIFY(record["tools"].is_string());
            break;
        }
        case ExportFormat::Hermes: {
            bool found = false;
            for (const Json &turn : record["conversations"]) {
                const QString value = turn["value"].get<QString>();
                if (turn["from"] == "gpt"
                    && value.count(QStringLiteral("<tool_call>")) == int(parallel.toolCalls.size()))
                    found = true;
            }
            QVERIFY(found);
            QVERIFY(record["conversations"][0]["value"].get<QString>().contains(
                    QStringLiteral("<tools>")));
            break;
        }
        case ExportFormat::Bfcl: {
            // A clarification's answer is a turn of its own.
            QCOMPARE(int(record["question"].size()), users);
            QCOMPARE(parts[1]["ground_truth"].size(), record["question"].size());
            std::size_t calls = 0;
            for (const Json &turn : parts[1]["ground_truth"])
                calls += turn.size();
            QCOMPARE(calls, d->calls.size());
            break;
        }
        }
        // The failed call's result is in the row as the model will read it.
        const std::string error = failed.response.at("error").get<std::string>();
        if (format != ExportFormat::Bfcl)
            QVERIFY2(text.find(error) != std::string::npos, error.c_str());
    }

    void brokenFilesAreRefusedNamingLineAndField_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<int>("part");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("openai: arguments as an object")
                << ExportFormat::OpenAi << QStringLiteral("openai-args") << 0
                << QStringLiteral("/function/arguments") << QStringLiteral("expected a string");
        QTest::newRow("openai: tool message without its call id")
                << ExportFormat::OpenAi << QStringLiteral("openai-toolid") << 0
                << QStringLiteral("/tool_call_id") << QStringLiteral("is missing");
        QTest::newRow("openai: not JSON") << ExportFormat::OpenAi << QStringLiteral("garbage") << 0
                                          << QString() << QStringLiteral("not JSON");
        QTest::newRow("trl: arguments as a string")
                << ExportFormat::Trl << QStringLiteral("trl-args") << 0
                << QStringLiteral("/function/arguments") << QStringLiteral("not a string");
        QTest::newRow("trl: tool message without name")
                << ExportFormat::Trl << QStringLiteral("trl-name") << 0 << QStringLiteral("/name")
                << QStringLiteral("is missing");
        QTest::newRow("sharegpt: gpt first")
                << ExportFormat::ShareGpt << QStringLiteral("sharegpt-order") << 0
                << QStringLiteral("/conversations/0/from")
                << QStringLiteral("must be human or observation");
        QTest::newRow("sharegpt: tools as a list")
                << ExportFormat::ShareGpt << QStringLiteral("sharegpt-tools") << 0
                << QStringLiteral("/tools") << QStringLiteral("expected a string");
        QTest::newRow("hermes: unclosed tool_call")
                << ExportFormat::Hermes << QStringLiteral("hermes-unclosed") << 0
                << QStringLiteral("/value") << QStringLiteral("never closed");
        QTest::newRow("bfcl: a call that is not a call")
                << ExportFormat::Bfcl << QStringLiteral("bfcl-call") << 1
                << QStringLiteral("/ground_truth/") << QStringLiteral("not a call");
    }
    void brokenFilesAreRefusedNamingLineAndField()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QString, breakage);
        QFETCH(int, part);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const auto fmt = DatasetFormat::create(format);
        std::vector<std::vector<Json>> records;
        // Six dialogues; the third calls tools, so that it has calls to break.
        std::vector<Dialogue> sample(m_dialogues.begin(), m_dialogues.begin() + 6);
        sample[2] = *std::find_if(m_dialogues.begin(), m_dialogues.end(),
                                  [](const Dialogue &d) { return d.calls.size() >= 2; });
        for (const Dialogue &d : sample)
            records.push_back(fmt->write(d, m_fixture.context()));
        // Break the third line, in its first call or tool message.
        Json &r = records[2][std::size_t(part)];
        bool broken = breakage == QLatin1String("garbage");
        const auto firstWith = [](Json &list, const char *key, const char *value) -> Json * {
            for (Json &m : list) {
                if (m.contains(key) && (!value || m[key] == value))
                    return &m;
            }
            return nullptr;
        };
        if (breakage == QLatin1String("openai-args") || breakage == QLatin1String("trl-args")) {
            Json *m = firstWith(r["messages"], "tool_calls", nullptr);
            QVERIFY(m);
            Json &args = (*m)["tool_calls"][0]["function"]["arguments"];
            args = args.is_string() ? Json::parse(args.get<std::string>()) : Json(args.dump());
            broken = true;
        } else if (breakage == QLatin1String("openai-toolid")) {
            Json *m = firstWith(r["messages"], "role", "tool");
            QVERIFY(m);
            m->erase("tool_call_id");
            broken = true;
        } else if (breakage == QLatin1String("trl-name")) {
            Json *m = firstWith(r["messages"], "role", "tool");
            QVERIFY(m);
            m->erase("name");
            broken = true;
        } else if (breakage == QLatin1String("sharegpt-order")) {
            std::swap(r["conversations"][0], r["conversations"][1]);
            broken = true;
        } else if (breakage == QLatin1String("sharegpt-tools")) {
            r["tools"] = Json::parse(r["tools"].get<std::string>());
            broken = true;
        } else if (breakage == QLatin1String("hermes-unclosed")) {
            for (Json &turn : r["conversations"]) {
                std::string v = turn["value"].get<std::string>();
                const auto at = v.find("</tool_call>");
                if (turn["from"] == "gpt" && at != std::string::npos) {
                    turn["value"] = v.erase(at, 12);
                    broken = true;
                    break;
                }
            }
        } else if (breakage == QLatin1String("bfcl-call")) {
            for (Json &turn : r["ground_truth"]) {
                if (!turn.empty()) {
                    turn[0] = "cancel_order(order_id='#W1'";
                    broken = true;
                    break;
                }
            }
        }
        QVERIFY2(broken, "the sample has nothing to break");
        QTemporaryDir dir;
        QStringList paths = writeFiles(dir, *fmt, records);
        if (breakage == QLatin1String("garbage")) {
            QFile file(paths[0]);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QList<QByteArray> lines = file.readAll().split('\n');
            file.close();
            lines[2] = "{\"messages\": [";
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(lines.join('\n'));
        }
        const auto problems = validateDatasetFiles(format, paths);
        QCOMPARE(problems.size(), std::size_t(1));
        const FormatProblem &p = problems.front();
        QCOMPARE(p.line, qint64(3));
        QCOMPARE(p.file, paths[part]);
        QVERIFY2(p.field.contains(field), qPrintable(p.toString()));
        QVERIFY2(p.message.contains(message), qPrintable(p.toString()));
        QVERIFY(p.toString().startsWith(paths[part] + QStringLiteral(":3: ")));
    }

    void bfclCallStringsReadBack()
    {
        const Json args{{"text", "it's a \"test\"\n"},
                        {"n", 3},
                        {"x", 2.5},
                        {"ok", true},
                        {"none", nullptr},
                        {"items", {1, "two", {{"k", false}}}}};
        const std::string call = PythonCall::format(QStringLiteral("do_it"), args);
        QVERIFY2(call.find("ok=True") != std::string::npos, call.c_str());
        QVERIFY2(call.find("none=None") != std::string::npos, call.c_str());
        std::string error;
        const auto parsed = PythonCall::parse(call, &error);
        QVERIFY2(parsed, error.c_str());
        QCOMPARE(QString::fromStdString(parsed->name), QStringLiteral("do_it"));
        QVERIFY(parsed->keywords == args);
        QVERIFY(PythonCall::parse("sort('final_report.pdf')", &error));
        QVERIFY(!PythonCall::parse("sort('final_report.pdf'", &error));
        QVERIFY2(error.find("character 24") != std::string::npos, error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestDatasetFormats)
#include "tst_datasetformats.moc"
