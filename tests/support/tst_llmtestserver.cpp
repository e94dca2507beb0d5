// The loopback LLM test server as a client sees it through plain QNetworkAccessManager: the
// OpenAI shapes of replies and streams, every injected fault, and hundreds of requests in flight.

#include "llmtestserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <cstring>
#include <memory>
#include <vector>

using namespace Callwright;
using Reply = LlmTestServer::Reply;

Q_DECLARE_METATYPE(Callwright::Json)
Q_DECLARE_METATYPE(Callwright::LlmTestServer::Reply)

namespace {

struct Result
{
    int status = 0; ///< 0 when no HTTP response came
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    Json json() const { return Json::parse(body.begin(), body.end(), nullptr, false); }
};

/// What a streaming client makes of a server-sent event stream.
struct Stream
{
    int events = 0;
    int unparseable = 0;
    bool done = false;
    bool dataAfterDone = false;
    QString content;
    QString finishReason;
    Json toolCalls = Json::array();
    Json usage;
};

std::unique_ptr<QNetworkAccessManager> manager()
{
    auto nam = std::make_unique<QNetworkAccessManager>();
    nam->setProxy(QNetworkProxy::NoProxy);
    return nam;
}

QNetworkReply *send(QNetworkAccessManager &nam, const LlmTestServer &server, const QString &path,
                    const Json &body, const QByteArray &authorization = {}, int timeoutMs = 0)
{
    QNetworkRequest request(QUrl(server.baseUrl().toString() + path));
    if (!authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    if (timeoutMs > 0)
        request.setTransferTimeout(timeoutMs);
    if (body.is_null())
        return nam.get(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return nam.post(request, QByteArray::fromStdString(body.dump()));
}

Result resultOf(QNetworkReply *reply)
{
    Result r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    if (reply->isOpen()) // not after an abort
        r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    return r;
}

Result call(QNetworkAccessManager &nam, const LlmTestServer &server, const QString &path,
            const Json &body = Json(), const QByteArray &authorization = {}, int timeoutMs = 0)
{
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = send(nam, server, path, body, authorization, timeoutMs);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Result r = resultOf(reply);
    r.elapsedMs = clock.elapsed();
    reply->deleteLater();
    return r;
}

Json chatRequest(const QString &text, bool stream = false, Json tools = Json())
{
    Json request = {
            {"model", "test-model"},
            {"messages", Json::array({Json{{"role", "user"}, {"content", text.toStdString()}}})}};
    if (stream)
        request["stream"] = true;
    if (!tools.is_null())
        request["tools"] = std::move(tools);
    return request;
}

Json tool(const char *name)
{
    return Json{{"type", "function"},
                {"function", {{"name", name}, {"parameters", {{"type", "object"}}}}}};
}

Stream parseStream(const QByteArray &body)
{
    Stream s;
    for (const QByteArray &event : body.split('\n')) {
        if (event.isEmpty())
            continue;
        ++s.events;
        if (!event.startsWith("data: ")) {
            ++s.unparseable;
            continue;
        }
        const QByteArray data = event.mid(6);
        if (s.done)
            s.dataAfterDone = true;
        if (data == "[DONE]") {
            s.done = true;
            continue;
        }
        const Json chunk = Json::parse(data.begin(), data.end(), nullptr, false);
        if (chunk.is_discarded() || chunk.value("object", "") != "chat.completion.chunk") {
            ++s.unparseable;
            continue;
        }
        if (chunk.contains("usage") && chunk["usage"].is_object())
            s.usage = chunk["usage"];
        if (chunk["choices"].empty())
            continue;
        const Json &choice = chunk["choices"][0];
        if (choice["finish_reason"].is_string())
            s.finishReason = QString::fromStdString(choice["finish_reason"].get<std::string>());
        const Json &delta = choice["delta"];
        if (delta.contains("content") && delta["content"].is_string())
            s.content += QString::fromStdString(delta["content"].get<std::string>());
        if (delta.contains("tool_calls")) {
            for (const Json &piece : delta["tool_calls"]) {
                const std::size_t index = piece["index"].get<std::size_t>();
                while (s.toolCalls.size() <= index)
                    s.toolCalls.push_back(Json{{"function", {{"name", ""}, {"arguments", ""}}}});
                Json &call = s.toolCalls[index];
                if (piece.contains("id"))
                    call["id"] = piece["id"];
                const Json &function = piece.value("function", Json::object());
                if (function.contains("name"))
                    call["function"]["name"] = function["name"];
                if (function.contains("arguments"))
                    call["function"]["arguments"] = call["function"]["arguments"].get<std::string>()
                                                    + function["arguments"].get<std::string>();
            }
        }
    }
    return s;
}

double dot(const Json &a, const Json &b)
{
    double sum = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        sum += a[i].get<double>() * b[i].get<double>();
    return sum;
}

} // namespace

class TestLlmTestServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheModel();
    void answersWithAnEcho();
    void takesQueueThenBrainThenEcho();
    void wrapsToolCalls();
    void streamsChunksThatReassemble_data();
    void streamsChunksThatReassemble();
    void streamsUsageWhenAsked();
    void rejectsBadRequests();
    void retryAfterFaults_data();
    void retryAfterFaults();
    void serverErrorHasAnOpenAiBody();
    void rawReplyIsVerbatim();
    void slowReplyArrivesLate();
    void hangEndsInTheClientsTimeout();
    void truncatedJsonDoesNotParse();
    void cutOffEndsEarly();
    void unknownToolIsNotOffered();
    void droppedConnectionIsANetworkError();
    void checksTheApiKey_data();
    void checksTheApiKey();
    void embedsDeterministically();
    void embeddingsHaveTheirOwnQueue();
    void keepsConnectionsAlive();
    void oneManagerOpensAtMostSixConnections();
    void holds256RequestsInFlight();
    void runsAsAProcess();

private:
    std::unique_ptr<LlmTestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestLlmTestServer::init()
{
    m_server = std::make_unique<LlmTestServer>();
    QVERIFY(m_server->listen());
    m_nam = manager();
}

void TestLlmTestServer::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

void TestLlmTestServer::listsTheModel()
{
    m_server->setModel(QStringLiteral("scripted-7b"));
    QVERIFY(m_server->port() > 0);
    QCOMPARE(m_server->baseUrl().toString(),
             QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server->port()));
    const Result r = call(*m_nam, *m_server, QStringLiteral("/models"));
    QCOMPARE(r.status, 200);
    const Json body = r.json();
    QCOMPARE(body["data"][0]["id"].get<std::string>(), std::string("scripted-7b"));
}

void TestLlmTestServer::answersWithAnEcho()
{
    const Json request = chatRequest(QStringLiteral("Hello, server"));
    const Result r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"), request,
                          QByteArrayLiteral("Bearer sk-anything"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("application/json"));
    const Json body = r.json();
    QCOMPARE(body["object"].get<std::string>(), std::string("chat.completion"));
    QCOMPARE(body["model"].get<std::string>(), std::string("test-model"));
    QVERIFY(body["id"].get<std::string>().rfind("chatcmpl-", 0) == 0);
    const Json &choice = body["choices"][0];
    QCOMPARE(choice["message"]["role"].get<std::string>(), std::string("assistant"));
    QCOMPARE(choice["message"]["content"].get<std::string>(), std::string("echo: Hello, server"));
    QCOMPARE(choice["finish_reason"].get<std::string>(), std::string("stop"));
    QVERIFY(body["usage"]["prompt_tokens"].get<int>() > 0);
    QCOMPARE(body["usage"]["total_tokens"].get<int>(),
             body["usage"]["prompt_tokens"].get<int>()
                     + body["usage"]["completion_tokens"].get<int>());

    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(m_server->requests().constFirst() == request);
    QCOMPARE(m_server->lastRequestHeader("authorization"), QByteArrayLiteral("Bearer sk-anything"));
    QCOMPARE(m_server->records().back().path, QStringLiteral("/v1/chat/completions"));
    QCOMPARE(m_server->records().back().method, QByteArrayLiteral("POST"));
}

void TestLlmTestServer::takesQueueThenBrainThenEcho()
{
    int brainCalls = 0;
    m_server->setBrain([&](const Json &request) -> Json {
        ++brainCalls;
        if (request["messages"][0]["content"] == "pass")
            return nullptr; // falls back to the echo
        return Json{{"role", "assistant"}, {"content", "from the brain"}};
    });
    m_server->enqueue(Reply::text(QStringLiteral("first")));
    m_server->enqueue(Reply::text(QStringLiteral("second")));
    QCOMPARE(m_server->queuedCount(), 2);
    QStringList contents;
    for (const char *text : {"a", "b", "c", "pass"}) {
        const Result r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"),
                              chatRequest(QString::fromLatin1(text)));
        QCOMPARE(r.status, 200);
        contents.append(QString::fromStdString(
                r.json()["choices"][0]["message"]["content"].get<std::string>()));
    }
    QCOMPARE(contents,
             QStringList({QStringLiteral("first"), QStringLiteral("second"),
                          QStringLiteral("from the brain"), QStringLiteral("echo: pass")}));
    QCOMPARE(brainCalls, 2);
    QCOMPARE(m_server->queuedCount(), 0);
}

void TestLlmTestServer::wrapsToolCalls()
{
    m_server->enqueue(Reply::toolCall(QStringLiteral("get_weather"), Json{{"city", "Oslo"}}));
    m_server->enqueue(Reply::text(QStringLiteral("plain")));
    m_server->enqueue(Reply::assistant(Json{{"role", "assistant"}, {"content", "cut"}},
                                       QStringLiteral("length")));
    const Json request
            = chatRequest(QStringLiteral("weather?"), false, Json::array({tool("get_weather")}));
    Result r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"), request);
    QCOMPARE(r.status, 200);
    const Json choice = r.json()["choices"][0];
    QCOMPARE(choice["finish_reason"].get<std::string>(), std::string("tool_calls"));
    const Json &toolCall = choice["message"]["tool_calls"][0];
    QVERIFY(!toolCall["id"].get<std::string>().empty());
    QCOMPARE(toolCall["type"].get<std::string>(), std::string("function"));
    QCOMPARE(toolCall["function"]["name"].get<std::string>(), std::string("get_weather"));
    const std::string arguments = toolCall["function"]["arguments"].get<std::string>();
    QVERIFY(Json::parse(arguments) == (Json{{"city", "Oslo"}}));

    r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"), request);
    QCOMPARE(r.json()["choices"][0]["finish_reason"].get<std::string>(), std::string("stop"));
    r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"), request);
    QCOMPARE(r.json()["choices"][0]["finish_reason"].get<std::string>(), std::string("length"));
}

void TestLlmTestServer::streamsChunksThatReassemble_data()
{
    QTest::addColumn<Json>("message");
    QTest::addColumn<int>("interval");
    const Json text = {{"role", "assistant"},
                       {"content", "Streaming works, even for the naïve ünïcode words."}};
    const Json calls
            = {{"role", "assistant"},
               {"content", nullptr},
               {"tool_calls",
                Json::array({Json{{"id", "call_a"},
                                  {"type", "function"},
                                  {"function",
                                   {{"name", "get_weather"},
                                    {"arguments", R"({"city":"Zürich","unit":"celsius"})"}}}},
                             Json{{"id", "call_b"},
                                  {"type", "function"},
                                  {"function", {{"name", "get_time"}, {"arguments", "{}"}}}}})}};
    QTest::newRow("text") << text << 0;
    QTest::newRow("text, one event every 5 ms") << text << 5;
    QTest::newRow("two tool calls") << calls << 0;
}

void TestLlmTestServer::streamsChunksThatReassemble()
{
    QFETCH(Json, message);
    QFETCH(int, interval);
    m_server->setStreamInterval(interval);
    m_server->enqueue(Reply::assistant(message));
    const Result r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"),
                          chatRequest(QStringLiteral("go"), true));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.header("content-type"), QByteArrayLiteral("text/event-stream"));
    QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
    const Stream s = parseStream(r.body);
    QCOMPARE(s.unparseable, 0);
    QVERIFY(s.done);
    QVERIFY(!s.dataAfterDone);
    QVERIFY(s.events > 3);
    if (message["content"].is_string()) {
        QCOMPARE(s.content, QString::fromStdString(message["content"].get<std::string>()));
        QCOMPARE(s.finishReason, QStringLiteral("stop"));
        QVERIFY(s.toolCalls.empty());
    } else {
        QCOMPARE(s.finishReason, QStringLiteral("tool_calls"));
        QCOMPARE(s.toolCalls.size(), message["tool_calls"].size());
        for (std::size_t i = 0; i < s.toolCalls.size(); ++i) {
            QVERIFY(s.toolCalls[i]["id"] == message["tool_calls"][i]["id"]);
            QVERIFY(s.toolCalls[i]["function"] == message["tool_calls"][i]["function"]);
        }
    }
}

void TestLlmTestServer::streamsUsageWhenAsked()
{
    Json request = chatRequest(QStringLiteral("count me"), true);
    Result r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"), request);
    QVERIFY(parseStream(r.body).usage.is_null());
    request["stream_options"] = {{"include_usage", true}};
    r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"), request);
    const Stream s = parseStream(r.body);
    QVERIFY(s.done);
    QVERIFY(s.usage["completion_tokens"].get<int>() > 0);
}

void TestLlmTestServer::rejectsBadRequests()
{
    Result r = call(*m_nam, *m_server, QStringLiteral("/completions"), Json{{"prompt", "x"}});
    QCOMPARE(r.status, 404);
    QVERIFY(r.json()["error"]["message"].is_string());
    r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"), Json{{"model", "m"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()["error"]["type"].get<std::string>(), std::string("invalid_request_error"));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestLlmTestServer::retryAfterFaults_data()
{
    QTest::addColumn<Reply>("reply");
    QTest::addColumn<int>("status");
    QTest::newRow("429") << Reply::rateLimited(7) << 429;
    QTest::newRow("503") << Reply::unavailable(3) << 503;
}

void TestLlmTestServer::retryAfterFaults()
{
    QFETCH(Reply, reply);
    QFETCH(int, status);
    m_server->enqueue(reply);
    Result r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"),
                    chatRequest(QStringLiteral("hi"), true));
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("retry-after"), QByteArray::number(reply.retryAfterSeconds));
    QVERIFY(!r.json()["error"]["message"].get<std::string>().empty());
    // The next request is served normally again.
    r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"),
             chatRequest(QStringLiteral("hi")));
    QCOMPARE(r.status, 200);
}

void TestLlmTestServer::serverErrorHasAnOpenAiBody()
{
    m_server->enqueue(Reply::serverError());
    const Result r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"),
                          chatRequest(QStringLiteral("hi")));
    QCOMPARE(r.status, 500);
    QCOMPARE(r.error, QNetworkReply::InternalServerError);
    const Json error = r.json()["error"];
    QCOMPARE(error["type"].get<std::string>(), std::string("server_error"));
    QVERIFY(error.contains("code"));
}

void TestLlmTestServer::rawReplyIsVerbatim()
{
    m_server->enqueue(Reply::raw(418, QByteArrayLiteral("not json at all"),
                                 {{"Content-Type", "text/plain"}, {"X-Scripted", "yes"}}));
    const Result r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"),
                          chatRequest(QStringLiteral("hi")));
    QCOMPARE(r.status, 418);
    QCOMPARE(r.body, QByteArrayLiteral("not json at all"));
    QCOMPARE(r.header("x-scripted"), QByteArrayLiteral("yes"));
}

void TestLlmTestServer::slowReplyArrivesLate()
{
    m_server->setLatency(20);
    m_server->enqueue(Reply::slow(300));
    Result r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"),
                    chatRequest(QStringLiteral("take your time")));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 320, qPrintable(QString::number(r.elapsedMs)));
    QCOMPARE(r.json()["choices"][0]["message"]["content"].get<std::string>(),
             std::string("echo: take your time"));
    r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"),
             chatRequest(QStringLiteral("x")));
    QVERIFY2(r.elapsedMs >= 20 && r.elapsedMs < 300, qPrintable(QString::number(r.elapsedMs)));
}

void TestLlmTestServer::hangEndsInTheClientsTimeout()
{
    m_server->enqueue(Reply::hang());
    Result r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"),
                    chatRequest(QStringLiteral("anyone?")), {}, 300);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.error == QNetworkReply::OperationCanceledError
                     || r.error == QNetworkReply::TimeoutError,
             qPrintable(QString::number(r.error)));
    QVERIFY(r.elapsedMs >= 250); // QNetworkRequest's timer is a coarse one
    // The client closed its connection: the server forgets the hanging reply.
    QTRY_COMPARE(m_server->pendingCount(), 0);
    r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"),
             chatRequest(QStringLiteral("x")));
    QCOMPARE(r.status, 200);
}

void TestLlmTestServer::truncatedJsonDoesNotParse()
{
    m_server->enqueue(Reply::truncated());
    Result r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"),
                    chatRequest(QStringLiteral("hi")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QVERIFY(r.body.size() > 10);
    QCOMPARE(r.header("content-length"), QByteArray::number(r.body.size()));
    QVERIFY(r.json().is_discarded());

    m_server->enqueue(Reply::truncated());
    r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"),
             chatRequest(QStringLiteral("a few words to stream"), true));
    QCOMPARE(r.status, 200);
    const Stream s = parseStream(r.body);
    QVERIFY(!s.done);
    QCOMPARE(s.unparseable, 1);
}

void TestLlmTestServer::cutOffEndsEarly()
{
    m_server->enqueue(Reply::cutOff());
    Result r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"),
                    chatRequest(QStringLiteral("hi")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(!r.body.isEmpty());
    QVERIFY(r.json().is_discarded());

    // A chunked body closed early finishes without an error in Qt 6.4: only the missing
    // [DONE] tells a streaming client.
    m_server->enqueue(Reply::cutOff());
    r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"),
             chatRequest(QStringLiteral("a few words to stream"), true));
    QCOMPARE(r.status, 200);
    const Stream s = parseStream(r.body);
    QVERIFY(s.events > 0);
    QVERIFY(!s.done);
    QCOMPARE(s.unparseable, 0);
}

void TestLlmTestServer::unknownToolIsNotOffered()
{
    for (const bool stream : {false, true}) {
        m_server->enqueue(Reply::unknownTool());
        const Json request = chatRequest(QStringLiteral("weather?"), stream,
                                         Json::array({tool("get_weather"), tool("no_such_tool")}));
        const Result r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"), request);
        QCOMPARE(r.status, 200);
        const std::string name
                = stream ? parseStream(r.body).toolCalls[0]["function"]["name"].get<std::string>()
                         : r.json()["choices"][0]["message"]["tool_calls"][0]["function"]["name"]
                                   .get<std::string>();
        QVERIFY(!name.empty());
        QVERIFY(name != "get_weather" && name != "no_such_tool");
    }
}

void TestLlmTestServer::droppedConnectionIsANetworkError()
{
    // Qt resends a request, POST included, once when its connection closes before a byte of
    // response: a single drop looks like success to a fresh manager. Two make it visible.
    m_server->enqueue(Reply::dropped());
    Result r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"),
                    chatRequest(QStringLiteral("hi")));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(r.status, 200);

    auto nam = manager();
    m_server->enqueue(Reply::dropped());
    m_server->enqueue(Reply::dropped());
    r = call(*nam, *m_server, QStringLiteral("/chat/completions"),
             chatRequest(QStringLiteral("hi")));
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(m_server->requestCount(), 4);
    QCOMPARE(m_server->queuedCount(), 0);
    r = call(*nam, *m_server, QStringLiteral("/chat/completions"),
             chatRequest(QStringLiteral("x")));
    QCOMPARE(r.status, 200);
}

void TestLlmTestServer::checksTheApiKey_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("none") << QByteArray() << 401;
    QTest::newRow("wrong") << QByteArrayLiteral("Bearer sk-wrong") << 401;
    QTest::newRow("not bearer") << QByteArrayLiteral("sk-secret") << 401;
    QTest::newRow("right") << QByteArrayLiteral("Bearer sk-secret") << 200;
}

void TestLlmTestServer::checksTheApiKey()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    m_server->setRequiredApiKey(QStringLiteral("sk-secret"));
    const Result r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"),
                          chatRequest(QStringLiteral("hi")), authorization);
    QCOMPARE(r.status, status);
    if (status == 401)
        QCOMPARE(r.json()["error"]["code"].get<std::string>(), std::string("invalid_api_key"));
    QCOMPARE(m_server->lastRequestHeader("Authorization"), authorization);
}

void TestLlmTestServer::embedsDeterministically()
{
    Result r = call(*m_nam, *m_server, QStringLiteral("/embeddings"),
                    Json{{"model", "embed"}, {"input", "red apple pie"}});
    QCOMPARE(r.status, 200);
    const Json single = r.json();
    QCOMPARE(single["data"].size(), std::size_t(1));
    const Json pie = single["data"][0]["embedding"];
    QCOMPARE(pie.size(), std::size_t(64));
    QVERIFY(std::abs(dot(pie, pie) - 1.0) < 1e-5);

    r = call(
            *m_nam, *m_server, QStringLiteral("/embeddings"),
            Json{{"input", {"quantum chromodynamics lecture", "Red apple TART", "red apple pie"}}});
    const Json many = r.json()["data"];
    QCOMPARE(many.size(), std::size_t(3));
    QCOMPARE(many[2]["index"].get<int>(), 2);
    QVERIFY(many[2]["embedding"] == pie);
    QVERIFY(dot(pie, many[1]["embedding"]) > dot(pie, many[0]["embedding"]) + 0.3);

    r = call(*m_nam, *m_server, QStringLiteral("/embeddings"),
             Json{{"input", "red apple pie"}, {"dimensions", 16}, {"encoding_format", "base64"}});
    const QByteArray raw = QByteArray::fromBase64(
            QByteArray::fromStdString(r.json()["data"][0]["embedding"].get<std::string>()));
    QCOMPARE(raw.size(), qsizetype(16 * sizeof(float)));
    std::vector<float> v(16);
    std::memcpy(v.data(), raw.constData(), std::size_t(raw.size()));
    QVERIFY(v == LlmTestServer::embedding(QStringLiteral("red apple pie"), 16));
}

void TestLlmTestServer::embeddingsHaveTheirOwnQueue()
{
    m_server->enqueue(Reply::rateLimited(2), LlmTestServer::Endpoint::Embeddings);
    Result r = call(*m_nam, *m_server, QStringLiteral("/chat/completions"),
                    chatRequest(QStringLiteral("hi")));
    QCOMPARE(r.status, 200);
    r = call(*m_nam, *m_server, QStringLiteral("/embeddings"), Json{{"input", "x"}});
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("retry-after"), QByteArrayLiteral("2"));
    r = call(*m_nam, *m_server, QStringLiteral("/embeddings"), Json{{"input", "x"}});
    QCOMPARE(r.status, 200);
}

void TestLlmTestServer::keepsConnectionsAlive()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(call(*m_nam, *m_server, QStringLiteral("/models")).status, 200);
    QCOMPARE(m_server->connectionCount(), 1);
    QCOMPARE(m_server->requestCount(), 5);
    const auto &records = m_server->records();
    for (std::size_t i = 1; i < records.size(); ++i)
        QVERIFY(records[i].arrivalMs >= records[i - 1].arrivalMs);
}

void TestLlmTestServer::oneManagerOpensAtMostSixConnections()
{
    m_server->setLatency(50);
    int finished = 0;
    for (int i = 0; i < 20; ++i) {
        QNetworkReply *reply = send(*m_nam, *m_server, QStringLiteral("/chat/completions"),
                                    chatRequest(QStringLiteral("hi")));
        connect(reply, &QNetworkReply::finished, this, [&finished, reply] {
            ++finished;
            reply->deleteLater();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 20, 5000);
    QCOMPARE(m_server->connectionCount(), 6);
    QCOMPARE(m_server->peakPendingCount(), 6);
}

void TestLlmTestServer::holds256RequestsInFlight()
{
    constexpr int requests = 256;
    constexpr int managers = 50; // 6 connections per host and manager: 300 in all
    m_server->setLatency(100);
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    for (int i = 0; i < managers; ++i)
        nams.push_back(manager());

    int finished = 0;
    int ok = 0;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < requests; ++i) {
        QNetworkReply *reply = send(*nams[std::size_t(i % managers)], *m_server,
                                    QStringLiteral("/chat/completions"),
                                    chatRequest(QStringLiteral("request %1").arg(i), i % 2 == 1));
        connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            ok += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
            reply->deleteLater();
            if (++finished == requests)
                loop.quit();
        });
    }
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 elapsed = clock.elapsed();
    qInfo("%d requests with 100 ms latency over %d managers: %lld ms", requests, managers, elapsed);
    QCOMPARE(finished, requests);
    QCOMPARE(ok, requests);
    QCOMPARE(m_server->peakPendingCount(), requests);
    QCOMPARE(m_server->connectionCount(), requests);
    QVERIFY(elapsed >= 100);
}

void TestLlmTestServer::runsAsAProcess()
{
    QProcess process;
    process.start(QStringLiteral(CALLWRIGHT_LLM_TESTSERVER),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--model"),
                   QStringLiteral("proc-model")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY(process.canReadLine());
    const QByteArray line = process.readLine().trimmed();
    QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
    const QUrl base(QString::fromLatin1(line.mid(int(qstrlen("listening on ")))));
    QVERIFY(base.port() > 0);

    // A tool loop: the first tool is called, then its result is echoed.
    const auto post = [&](const Json &body) {
        QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/chat/completions")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam->post(request, QByteArray::fromStdString(body.dump()));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Result r = resultOf(reply);
        reply->deleteLater();
        return r;
    };
    Json request = chatRequest(QStringLiteral("weather?"), false,
                               Json::array({tool("get_weather"), tool("get_time")}));
    Result r = post(request);
    QCOMPARE(r.status, 200);
    Json message = r.json()["choices"][0]["message"];
    QCOMPARE(message["tool_calls"][0]["function"]["name"].get<std::string>(),
             std::string("get_weather"));
    QCOMPARE(r.json()["model"].get<std::string>(), std::string("test-model"));

    request["messages"].push_back(message);
    request["messages"].push_back(Json{{"role", "tool"},
                                       {"tool_call_id", message["tool_calls"][0]["id"]},
                                       {"content", "sunny"}});
    r = post(request);
    QCOMPARE(r.json()["choices"][0]["message"]["content"].get<std::string>(),
             std::string("echo: sunny"));
    process.kill();
    process.waitForFinished();
}

QTEST_GUILESS_MAIN(TestLlmTestServer)
#include "tst_llmtestserver.moc"
