// The stateless contract as a user relies on it: the same request always yields the same
// response, replays are exact, the tool agent sees one tool and one request, and validation
// findings are recorded where they occur.
#include "catalog/catalogimporter.h"
#include "schema/schemavalidator.h"
#include "schema/valuesynthesizer.h"
#include "simulation/callcache.h"
#include "simulation/embeddedtoolagent.h"
#include "simulation/statelessexecutor.h"
#include "testsupport.h"

#include <QTest>

using namespace Callwright;

namespace {

Catalog load(const char *relative)
{
    QString error;
    const auto catalog = CatalogImporter::readFile(
            TestSupport::sharedDataPath(QString::fromLatin1(relative)), nullptr, &error);
    if (!catalog)
        qFatal("%s", qPrintable(error));
    return *catalog;
}

/// Records what it was given and answers through the embedded agent.
class RecordingAgent final : public ToolAgent
{
public:
    ToolAgentOutput respond(const ToolAgentInput &input) override
    {
        inputs.push_back(input);
        return inner.respond(input);
    }
    std::vector<ToolAgentInput> inputs;
    EmbeddedToolAgent inner;
};

} // namespace

class TestStatelessExecutor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameRequestSameResponse()
    {
        const Catalog catalog = load("bfcl/multi_turn_func_doc/travel_booking.json");
        for (const Tool &tool : catalog.tools) {
            const Json arguments = ValueSynthesizer(tool.parameters).generate(7);
            EmbeddedToolAgent a;
            EmbeddedToolAgent b;
            StatelessExecutor first(a);
            StatelessExecutor second(b); // another executor, no shared state, no cache
            const CallRecord one = first.execute(tool, QStringLiteral("call_1"), arguments);
            const CallRecord two = second.execute(tool, QStringLiteral("call_9"), arguments);
            QCOMPARE(one.requestHash, two.requestHash);
            QCOMPARE(one.response.dump(), two.response.dump());
            const Json other = ValueSynthesizer(tool.parameters).generate(8);
            if (other != arguments) {
                const CallRecord three = first.execute(tool, QStringLiteral("c"), other);
                QVERIFY(three.requestHash != one.requestHash);
            }
        }
    }

    void responsesValidateAgainstReturns()
    {
        int checked = 0;
        for (const char *file : {"bfcl/multi_turn_func_doc/gorilla_file_system.json",
                                 "bfcl/multi_turn_func_doc/travel_booking.json",
                                 "bfcl/multi_turn_func_doc/ticket_api.json"}) {
            const Catalog catalog = load(file);
            EmbeddedToolAgent agent;
            StatelessExecutor executor(agent);
            for (const Tool &tool : catalog.tools) {
                QVERIFY(tool.returns.is_object());
                for (quint64 seed = 1; seed <= 20; ++seed) {
                    const Json arguments = ValueSynthesizer(tool.parameters).generate(seed);
                    const CallRecord r = executor.execute(tool, QStringLiteral("c"), arguments);
                    QVERIFY2(!r.isError, r.response.dump().c_str());
                    if (!r.issues.empty())
                        QFAIL(qPrintable(tool.name + QStringLiteral(" ") + r.issues.front().pointer
                                         + QStringLiteral(": ") + r.issues.front().message));
                    ++checked;
                }
            }
        }
        QCOMPARE(checked, (18 + 18 + 9) * 20); // every tool of the three files
    }

    void resultsEchoTheIdsTheyWereAskedFor()
    {
        // tau-bench's retail tools declare no returns: the result is made from the call itself
        // and carries the id it was asked about.
        const Catalog retail = load("tau_bench/retail_tools.openai.json");
        const Tool *details = retail.findTool(QStringLiteral("get_order_details"));
        QVERIFY(details);
        EmbeddedToolAgent agent;
        StatelessExecutor executor(agent);
        const CallRecord r
                = executor.execute(*details, QStringLiteral("c"), Json{{"order_id", "#W2378156"}});
        QVERIFY(!r.isError);
        QCOMPARE(r.response.at("order_id").get<std::string>(), std::string("#W2378156"));
        QCOMPARE(r.response.at("status").get<std::string>(), std::string("ok"));
    }

    void toolAgentSeesOnlyTheToolAndTheRequest()
    {
        const Catalog catalog = load("tau_bench/airline_tools.openai.json");
        const Tool *tool = catalog.findTool(QStringLiteral("get_reservation_details"));
        QVERIFY(tool);
        RecordingAgent agent;
        StatelessExecutor executor(agent);
        const Json arguments{{"reservation_id", "ZFA04Y"}};
        const Json envelope{
                {"prior", Json::array({Json{{"ref", 1},
                                            {"tool", "get_user_details"},
                                            {"result", {{"user_id", "mia_li_3668"}}}}})}};
        executor.execute(*tool, QStringLiteral("call_2"), arguments, envelope);
        QCOMPARE(agent.inputs.size(), std::size_t(1));
        const ToolAgentInput &seen = agent.inputs.front();
        // The input type holds a tool, arguments and an envelope, and nothing else; check that
        // those are exactly the call's own, not the catalog, the call id or the dialogue.
        QCOMPARE(seen.tool, *tool);
        QVERIFY(seen.arguments == arguments);
        QVERIFY(seen.envelope == envelope);
        static_assert(sizeof(ToolAgentInput) == sizeof(Tool) + 2 * sizeof(Json),
                      "the tool agent's input must hold only the tool and the request");
    }

    void cacheAnswersRepeatsAndReplayIsExact()
    {
        const Catalog catalog = load("bfcl/multi_turn_func_doc/ticket_api.json");
        const Tool &tool = catalog.tools.front();
        const Json arguments = ValueSynthesizer(tool.parameters).generate(3);
        RecordingAgent agent;
        MemoryCallCache cache;
        StatelessExecutor executor(agent, &cache);
        const CallRecord stored = executor.execute(tool, QStringLiteral("call_1"), arguments);
        const CallRecord again = executor.execute(tool, QStringLiteral("call_5"), arguments);
        QCOMPARE(agent.inputs.size(), std::size_t(1)); // the second came from the cache
        QCOMPARE(executor.cacheHits(), 1);
        QVERIFY(again.response == stored.response);

        // Replay in a fresh executor without the cache: recomputed, and still identical.
        RecordingAgent fresh;
        StatelessExecutor other(fresh);
        const CallRecord replayed = other.replay(tool, stored);
        QCOMPARE(fresh.inputs.size(), std::size_t(1));
        QCOMPARE(replayed.callId, stored.callId);
        QCOMPARE(replayed.response.dump(), stored.response.dump());
    }

    void invalidArgumentsAreRecordedAndAnsweredWithAnError()
    {
        const Catalog retail = load("tau_bench/retail_tools.openai.json");
        const Tool *cancel = retail.findTool(QStringLiteral("cancel_pending_order"));
        QVERIFY(cancel);
        EmbeddedToolAgent agent;
        StatelessExecutor executor(agent);
        const CallRecord r
                = executor.execute(*cancel, QStringLiteral("c"),
                                   Json{{"order_id", "#W0000001"}, {"reason", "changed my mind"}});
        QVERIFY(r.isError);
        QCOMPARE(r.response.at("error").get<std::string>(), std::string("invalid_arguments"));
        QCOMPARE(r.issues.size(), std::size_t(1));
        QCOMPARE(r.issues.front().pointer, QStringLiteral("/request/reason"));
        QCOMPARE(r.issues.front().keyword, QStringLiteral("enum"));
    }
};

QTEST_GUILESS_MAIN(TestStatelessExecutor)
#include "tst_statelessexecutor.moc"
