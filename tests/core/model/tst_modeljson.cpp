// Every model type survives a trip through JSON, and bad JSON is refused with the field's path.
#include "model/catalog.h"
#include "model/dialogue.h"
#include "model/job.h"
#include "model/revision.h"
#include "model/toolgraph.h"

#include <QTest>

using namespace Callwright;

namespace {

Tool sampleTool()
{
    Tool t;
    t.id = 7;
    t.name = QStringLiteral("get_user_details");
    t.description = QStringLiteral("Get the details of a user, including their orders.");
    t.parameters = Json::parse(R"({"type":"object","properties":{"user_id":{"type":"string",
        "description":"The user id, such as 'sara_doe_496'."}},"required":["user_id"]})");
    t.returns = Json::parse(R"({"type":"object","properties":{"email":{"type":"string",
        "format":"email"},"orders":{"type":"array","items":{"type":"string"}}}})");
    t.tags = {QStringLiteral("retail"), QStringLiteral("users")};
    t.origin = {ToolOrigin::Kind::OpenAI, QStringLiteral("retail_tools.openai.json"), {}};
    return t;
}

Dialogue sampleDialogue()
{
    Dialogue d;
    d.id = 42;
    d.uid = QStringLiteral("job3-000017");
    d.catalogId = 1;
    d.jobId = 3;
    d.engine = QStringLiteral("embedded");
    d.seed = 18446744073709551557ull; // seeds use the whole 64-bit range
    d.createdAtMs = 1763700000000;
    d.persona = {5,
                 QStringLiteral("Mei Chen"),
                 QStringLiteral("Runs a small bakery"),
                 {QStringLiteral("impatient"), QStringLiteral("precise")},
                 QStringLiteral("short sentences")};
    d.plan.goal = QStringLiteral("Return a damaged blender");
    PlanStep lookup{PlanStep::Kind::ChainedCalls, QStringLiteral("find the order"), {}, {}};
    lookup.calls.push_back(
            {1, QStringLiteral("get_user_details"), Json{{"user_id", "mei_chen_8812"}}, true});
    lookup.calls.push_back(
            {2, QStringLiteral("get_order_details"), Json{{"order_id", "$1.orders[0]"}}, false});
    d.plan.steps.push_back(lookup);
    d.plan.steps.push_back({PlanStep::Kind::ChitChat, QStringLiteral("thank the agent"), {}, {}});

    Message user{Message::Role::User,
                 QStringLiteral("Hi, my blender arrived broken — 你好"),
                 {},
                 {},
                 {}};
    Message assistant{Message::Role::Assistant, {}, {}, {}, {}};
    assistant.toolCalls.push_back({QStringLiteral("call_1"), QStringLiteral("get_user_details"),
                                   Json{{"user_id", "mei_chen_8812"}}});
    Message tool{Message::Role::Tool,
                 QStringLiteral("{\"orders\":[\"#W2378156\"]}"),
                 {},
                 QStringLiteral("call_1"),
                 QStringLiteral("get_user_details")};
    d.messages = {user, assistant, tool};

    CallRecord r;
    r.callId = QStringLiteral("call_1");
    r.toolName = QStringLiteral("get_user_details");
    r.request = Json{{"user_id", "mei_chen_8812"}};
    r.envelope = Json{{"prior", Json::array()}};
    r.response = Json{{"orders", {"#W2378156"}}, {"balance", 12.5}};
    r.requestHash = requestHashOf(r.toolName, r.request, r.envelope);
    r.startedAtMs = 1763700000123;
    r.durationUs = 88;
    r.issues.push_back({ValidationIssue::Severity::Warning, QStringLiteral("/user_id"),
                        QStringLiteral("grounding"),
                        QStringLiteral("value not found in the user's words")});
    d.calls = {r};
    d.scores = {{QStringLiteral("naturalness"), 3.75, QStringLiteral("embedded"),
                 QStringLiteral("entropy 0.8, distinct-3 0.6")}};
    d.status = ReviewStatus::Rejected;
    d.reviewNote = QStringLiteral("argument not grounded");
    return d;
}

template<typename T>
T roundTrip(const T &value)
{
    const std::string text = Json(value).dump();
    return parseJson(text).get<T>();
}

} // namespace

class TestModelJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toolRoundTrips()
    {
        const Tool t = sampleTool();
        QCOMPARE(roundTrip(t), t);
        const Json j = t;
        QCOMPARE(j.at("schema_version").get<int>(), kModelSchemaVersion);
        QCOMPARE(j.at("origin").at("kind").get<std::string>(), std::string("openai"));
    }

    void toolWithoutReturnsKeepsNull()
    {
        Tool t = sampleTool();
        t.returns = Json();
        const Json j = t;
        QVERIFY(!j.contains("returns"));
        QVERIFY(roundTrip(t).returns.is_null());
    }

    void catalogRoundTrips()
    {
        Catalog c;
        c.id = 1;
        c.name = QStringLiteral("retail");
        c.description = QStringLiteral("tau-bench retail");
        c.envelope = EnvelopeStrategy::StateToken;
        c.tools = {sampleTool(), sampleTool()};
        c.tools[1].name = QStringLiteral("cancel_pending_order");
        c.tools[1].id = 8;
        const Catalog back = roundTrip(c);
        QCOMPARE(back, c);
        QCOMPARE(back.findTool(QStringLiteral("cancel_pending_order"))->id, 8);
        QCOMPARE(back.indexOfTool(8), 1);
    }

    void graphRoundTrips()
    {
        ToolGraph g;
        g.catalogId = 1;
        g.nodes = {{1, QStringLiteral("get_user_details"), 10.5, -3},
                   {2, QStringLiteral("get_order_details"), 200, 40}};
        g.edges = {{1,
                    1,
                    2,
                    GraphEdge::Kind::DataFlow,
                    GraphEdge::Origin::Inferred,
                    0.91,
                    {{QStringLiteral("orders"), QStringLiteral("order_id")}}}};
        QCOMPARE(roundTrip(g), g);
    }

    void graphRejectsDanglingEdge()
    {
        Json j = Json::parse(R"({"nodes":[{"id":1,"tool":"a"}],
            "edges":[{"id":1,"from":1,"to":9,"kind":"data_flow","origin":"manual"}]})");
        try {
            j.get<ToolGraph>();
            QFAIL("a dangling edge was accepted");
        } catch (const ModelError &e) {
            QCOMPARE(QString::fromStdString(e.path()), QStringLiteral("/edges/0"));
        }
    }

    void personaPlanMessageRoundTrip()
    {
        const Dialogue d = sampleDialogue();
        QCOMPARE(roundTrip(d.persona), d.persona);
        QCOMPARE(roundTrip(d.plan), d.plan);
        for (const Message &m : d.messages)
            QCOMPARE(roundTrip(m), m);
        QCOMPARE(roundTrip(d.calls.front()), d.calls.front());
        QCOMPARE(roundTrip(d.scores.front()), d.scores.front());
    }

    void dialogueRoundTrips()
    {
        const Dialogue d = sampleDialogue();
        const Dialogue back = roundTrip(d);
        QCOMPARE(back, d);
        QCOMPARE(back.seed, d.seed);
        QCOMPARE(back.messages[0].content, d.messages[0].content); // non-ASCII survives
        QCOMPARE(back.toolsUsed(), QStringList{QStringLiteral("get_user_details")});
    }

    void revisionRoundTrips()
    {
        Revision r;
        r.id = 3;
        r.dialogueId = 42;
        r.atMs = 1763700000999;
        r.author = QStringLiteral("ana");
        r.summary = QStringLiteral("edited argument user_id of call_1");
        r.before = Json(sampleDialogue());
        Dialogue after = sampleDialogue();
        after.calls[0].request["user_id"] = "mei_chen_8813";
        r.after = Json(after);
        QCOMPARE(roundTrip(r), r);
    }

    void jobRoundTrips_data()
    {
        QTest::addColumn<Job::State>("state");
        QTest::addColumn<QString>("name");
        QTest::newRow("running") << Job::State::Running << QStringLiteral("running");
        QTest::newRow("completed") << Job::State::Completed << QStringLiteral("completed");
        QTest::newRow("cancelled") << Job::State::Cancelled << QStringLiteral("cancelled");
        QTest::newRow("failed") << Job::State::Failed << QStringLiteral("failed");
    }

    void jobRoundTrips()
    {
        QFETCH(Job::State, state);
        QFETCH(QString, name);
        Job job;
        job.id = 4;
        job.kind = QStringLiteral("generate");
        job.settings = Json{{"catalog_id", 1},
                            {"engine", "embedded"},
                            {"seed", 18446744073709551557ull},
                            {"turns", {{"min", 2}, {"max", 6}}}};
        job.requested = 250;
        job.state = state;
        job.createdAtMs = 1763700000000;
        job.finishedAtMs = state == Job::State::Running ? 0 : 1763700009999;
        if (state == Job::State::Failed)
            job.error = QStringLiteral("endpoint refused the key — 401");
        const Job back = roundTrip(job);
        QVERIFY(back == job);
        QVERIFY(back.settings == job.settings);
        const Json j = job;
        QCOMPARE(QString::fromStdString(j.at("state").get<std::string>()), name);
        QCOMPARE(QString::fromLatin1(jobStateName(state)), name);
        QCOMPARE(j.at("schema_version").get<int>(), kModelSchemaVersion);
    }

    void jobStateMustBeKnown_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("missing") << QStringLiteral(R"({"kind":"generate"})")
                                 << QStringLiteral("missing");
        QTest::newRow("unknown") << QStringLiteral(R"({"kind":"generate","state":"paused"})")
                                 << QStringLiteral("paused");
        QTest::newRow("not a string")
                << QStringLiteral(R"({"kind":"generate","state":1})") << QStringLiteral("string");
    }

    void jobStateMustBeKnown()
    {
        QFETCH(QString, json);
        QFETCH(QString, fragment);
        try {
            parseJson(json.toUtf8()).get<Job>();
            QFAIL("a job without a known state was accepted");
        } catch (const ModelError &e) {
            QCOMPARE(QString::fromStdString(e.path()), QStringLiteral("/state"));
            QVERIFY2(QString::fromUtf8(e.what()).contains(fragment), e.what());
        }
    }

    void requestHashIsCanonical()
    {
        const Json a = Json::parse(R"({"b":1,"a":{"y":2,"x":[1,2]}})");
        const Json b = Json::parse(R"({"a":{"x":[1,2],"y":2},"b":1})");
        const QString tool = QStringLiteral("t");
        QCOMPARE(requestHashOf(tool, a, {}), requestHashOf(tool, b, {}));
        QVERIFY(requestHashOf(tool, a, {}) != requestHashOf(QStringLiteral("u"), a, {}));
        QVERIFY(requestHashOf(tool, a, {}) != requestHashOf(tool, a, Json{{"prior", 1}}));
        QCOMPARE(requestHashOf(tool, a, {}).size(), 64);
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("missing uid") << QStringLiteral(R"({"messages":[]})")
                                     << QStringLiteral("/uid") << QStringLiteral("missing");
        QTest::newRow("bad role") << QStringLiteral(
                R"({"uid":"x","messages":[{"role":"robot","content":"hi"}]})")
                                  << QStringLiteral("/messages/0/role") << QStringLiteral("robot");
        QTest::newRow("wrong type deep")
                << QStringLiteral(R"({"uid":"x","calls":[{"call_id":"c","tool":7}]})")
                << QStringLiteral("/calls/0/tool") << QStringLiteral("integer");
        QTest::newRow("tool without call id")
                << QStringLiteral(R"({"uid":"x","messages":[{"role":"tool","content":"{}"}]})")
                << QStringLiteral("/messages/0/tool_call_id") << QStringLiteral("call");
        QTest::newRow("newer schema") << QStringLiteral(R"({"uid":"x","schema_version":99})")
                                      << QStringLiteral("/schema_version") << QStringLiteral("99");
        QTest::newRow("bad status") << QStringLiteral(R"({"uid":"x","status":"maybe"})")
                                    << QStringLiteral("/status") << QStringLiteral("maybe");
    }

    void badInputNamesTheField()
    {
        QFETCH(QString, json);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        try {
            parseJson(json.toUtf8()).get<Dialogue>();
            QFAIL("bad dialogue JSON was accepted");
        } catch (const ModelError &e) {
            QCOMPARE(QString::fromStdString(e.path()), path);
            QVERIFY2(QString::fromUtf8(e.what()).contains(fragment), e.what());
        }
    }

    void malformedJsonGivesLineAndColumn()
    {
        try {
            parseJson(std::string_view("{\n  \"uid\": \"x\",\n  \"messages\": [,]\n}"));
            QFAIL("malformed JSON was accepted");
        } catch (const ModelError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("line 3, column 16")),
                     e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestModelJson)
#include "tst_modeljson.moc"
