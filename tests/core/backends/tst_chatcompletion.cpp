// Reading what real OpenAI-compatible servers send: arguments as strings or objects, missing
// ids, Hermes text, streamed chunks, cut-off bodies, error objects, embeddings.
#include "backends/chatcompletion.h"

#include <QTest>

using namespace Callwright;

class TestChatCompletion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void argumentsAsStringOrObject();
    void missingAndDuplicateIdsAreMadeUp();
    void unparsableArgumentsAreReportedNotThrown();
    void hermesToolCallTextBecomesCalls();
    void contentPartsAndLegacyFunctionCall();
    void badBodiesSayWhatIsWrong_data();
    void badBodiesSayWhatIsWrong();
    void streamedChunksReassemble();
    void streamCutOffIsAnError();
    void cacheKeyIgnoresStreamingButNotContent();
    void embeddingsInInputOrder();
};

void TestChatCompletion::argumentsAsStringOrObject()
{
    const QByteArray body
            = R"({"id":"x","model":"m","choices":[{"index":0,"finish_reason":"tool_calls",
        "message":{"role":"assistant","content":null,"tool_calls":[
          {"id":"call_a","type":"function","function":{"name":"get_order","arguments":"{\"order_id\":\"#W1\"}"}},
          {"id":"call_b","type":"function","function":{"name":"get_user","arguments":{"user_id":"u7"}}}]}}],
        "usage":{"prompt_tokens":12,"completion_tokens":5}})";
    QString error;
    const auto c = parseChatCompletion(body, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->toolCalls.size(), std::size_t(2));
    QCOMPARE(c->toolCalls[0].name, QStringLiteral("get_order"));
    QVERIFY(c->toolCalls[0].arguments == Json({{"order_id", "#W1"}}));
    QVERIFY(c->toolCalls[1].arguments == Json({{"user_id", "u7"}}));
    QCOMPARE(c->finishReason, QStringLiteral("tool_calls"));
    QCOMPARE(c->usage.promptTokens, 12);
    QCOMPARE(c->usage.completionTokens, 5);
    QVERIFY(c->content.isEmpty());
    QVERIFY(c->repairs.isEmpty());
}

void TestChatCompletion::missingAndDuplicateIdsAreMadeUp()
{
    const QByteArray body = R"({"choices":[{"message":{"role":"assistant","tool_calls":[
          {"function":{"name":"a","arguments":""}},
          {"id":"same","function":{"name":"b","arguments":null}},
          {"id":"same","function":{"name":"c"}}]}}]})";
    QString error;
    const auto c = parseChatCompletion(body, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->toolCalls.size(), std::size_t(3));
    QStringList ids;
    for (const ChatToolCall &call : c->toolCalls) {
        QVERIFY(!call.id.isEmpty());
        QVERIFY(!ids.contains(call.id));
        ids << call.id;
        QVERIFY(call.arguments == Json::object());
    }
    QCOMPARE(c->repairs.size(), 2);
}

void TestChatCompletion::unparsableArgumentsAreReportedNotThrown()
{
    const QByteArray body = R"({"choices":[{"message":{"tool_calls":[
          {"id":"1","function":{"name":"a","arguments":"{\"x\": 1,"}}]}}]})";
    QString error;
    const auto c = parseChatCompletion(body, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->toolCalls[0].arguments.is_null());
    QVERIFY(c->toolCalls[0].argumentsError.contains(QLatin1String("not valid JSON")));
    QCOMPARE(c->toolCalls[0].argumentsText, QStringLiteral("{\"x\": 1,"));
}

void TestChatCompletion::hermesToolCallTextBecomesCalls()
{
    const QByteArray body = R"({"choices":[{"message":{"role":"assistant","content":
        "Let me check.\n<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Oslo\"}}\n</tool_call>\n<tool_call>{\"name\": \"get_time\", \"arguments\": \"{\\\"tz\\\": \\\"CET\\\"}\"}</tool_call>"}}]})";
    QString error;
    const auto c = parseChatCompletion(body, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->toolCalls.size(), std::size_t(2));
    QCOMPARE(c->toolCalls[0].name, QStringLiteral("get_weather"));
    QVERIFY(c->toolCalls[0].arguments == Json({{"city", "Oslo"}}));
    QVERIFY(c->toolCalls[1].arguments == Json({{"tz", "CET"}}));
    QCOMPARE(c->content, QStringLiteral("Let me check."));
    QVERIFY(!c->repairs.isEmpty());
}

void TestChatCompletion::contentPartsAndLegacyFunctionCall()
{
    QString error;
    auto c = parseChatCompletion(
            R"({"choices":[{"message":{"content":[{"type":"text","text":"Hel"},{"type":"text","text":"lo"}]}}]})",
            &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->content, QStringLiteral("Hello"));
    c = parseChatCompletion(
            R"({"choices":[{"message":{"function_call":{"name":"f","arguments":"{\"a\":2}"}}}]})",
            &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->toolCalls.size(), std::size_t(1));
    QVERIFY(c->toolCalls[0].arguments == Json({{"a", 2}}));
}

void TestChatCompletion::badBodiesSayWhatIsWrong_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cut off") << QByteArray(R"({"choices":[{"message":{"content":"hel)")
                             << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty body");
    QTest::newRow("error object") << QByteArray(
            R"({"error":{"message":"model not found","type":"invalid_request_error"}})")
                                  << QStringLiteral("model not found");
    QTest::newRow("no choices") << QByteArray(R"({"choices":[]})") << QStringLiteral("no choices");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
}

void TestChatCompletion::badBodiesSayWhatIsWrong()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!parseChatCompletion(body, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestChatCompletion::streamedChunksReassemble()
{
    const QList<QByteArray> events{
            R"({"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"Chec"}}]})",
            R"({"choices":[{"index":0,"delta":{"content":"king."}}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"get_order","arguments":""}}]}}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"order_"}}]}}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"call_2","function":{"name":"get_user","arguments":"{}"}}]}}]})",
            R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"id\": \"#W9\"}"}}]}}]})",
            R"({"choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]})",
            R"({"choices":[],"usage":{"prompt_tokens":30,"completion_tokens":9}})",
    };
    QByteArray wire;
    for (const QByteArray &e : events)
        wire += "data: " + e + "\r\n\r\n";
    wire += "data: [DONE]\n\n";
    // Fed in awkward pieces, as a socket delivers them.
    ChatStreamAssembler stream;
    for (qsizetype i = 0; i < wire.size(); i += 7)
        stream.feed(wire.mid(i, 7));
    QVERIFY(stream.finished());
    QString error;
    const auto c = stream.result(&error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->content, QStringLiteral("Checking."));
    QCOMPARE(c->toolCalls.size(), std::size_t(2));
    QVERIFY(c->toolCalls[0].arguments == Json({{"order_id", "#W9"}}));
    QCOMPARE(c->toolCalls[1].id, QStringLiteral("call_2"));
    QCOMPARE(c->usage.completionTokens, 9);
    QCOMPARE(c->finishReason, QStringLiteral("tool_calls"));
}

void TestChatCompletion::streamCutOffIsAnError()
{
    ChatStreamAssembler stream;
    stream.feed("data: {\"choices\":[{\"delta\":{\"content\":\"hi\"}}]}\n\n");
    QCOMPARE(stream.contentSoFar(), QStringLiteral("hi"));
    QString error;
    QVERIFY(!stream.result(&error));
    QVERIFY2(error.contains(QLatin1String("cut off")), qPrintable(error));
}

void TestChatCompletion::cacheKeyIgnoresStreamingButNotContent()
{
    ChatRequest a;
    a.messages = Json::array({Json{{"role", "user"}, {"content", "hi"}}});
    ChatRequest b = a;
    b.stream = true;
    QCOMPARE(a.cacheKey(QStringLiteral("http://h/v1"), QStringLiteral("m")),
             b.cacheKey(QStringLiteral("http://h/v1"), QStringLiteral("m")));
    QVERIFY(a.cacheKey(QStringLiteral("http://h/v1"), QStringLiteral("m"))
            != a.cacheKey(QStringLiteral("http://h/v1"), QStringLiteral("other")));
    b.stream = false;
    b.temperature = 0.2;
    QVERIFY(a.cacheKey(QStringLiteral("http://h/v1"), QStringLiteral("m"))
            != b.cacheKey(QStringLiteral("http://h/v1"), QStringLiteral("m")));
    const Json body = b.body(QStringLiteral("m"));
    QVERIFY(!body.contains("tools")); // unset fields are not sent
    QVERIFY(!body.contains("max_tokens"));
    QCOMPARE(body["temperature"].get<double>(), 0.2);
}

void TestChatCompletion::embeddingsInInputOrder()
{
    QString error;
    const auto v = parseEmbeddings(
            R"({"data":[{"index":1,"embedding":[0,1]},{"index":0,"embedding":[1,0.5]}]})", &error);
    QVERIFY2(v, qPrintable(error));
    QCOMPARE(v->size(), std::size_t(2));
    QCOMPARE((*v)[0][1], 0.5f);
    QCOMPARE((*v)[1][1], 1.0f);
    QVERIFY(!parseEmbeddings(R"({"error":{"message":"no such model"}})", &error));
    QVERIFY(error.contains(QLatin1String("no such model")));
}

QTEST_GUILESS_MAIN(TestChatCompletion)
#include "tst_chatcompletion.moc"
