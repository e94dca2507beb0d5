// The scheduler against a real HTTP server on loopback (tests/support/llmtestserver): each
// fault a real endpoint shows, the limits, the cache, cancellation, streaming, embeddings.
#include "backends/endpointscheduler.h"
#include "backends/responsecache.h"
#include "llmtestserver.h"
#include "store/projectresponsecache.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Callwright;

namespace {

using Reply = LlmTestServer::Reply;

EndpointProfile profileFor(const LlmTestServer &server)
{
    EndpointProfile p;
    p.id = QStringLiteral("loopback");
    p.name = QStringLiteral("Loopback");
    p.baseUrl = server.baseUrl();
    p.model = QStringLiteral("test-model");
    p.maxInFlight = 8;
    p.requestTimeoutMs = 2000;
    p.maxRetries = 3;
    return p;
}

ChatRequest hello(const QString &text = QStringLiteral("hello"))
{
    ChatRequest r;
    r.messages = Json::array({Json{{"role", "user"}, {"content", text.toStdString()}}});
    return r;
}

// The server runs on this thread: wait with the event loop turning.
template<typename T>
T waitFor(QFuture<T> future, int timeoutMs = 20000)
{
    QElapsedTimer clock;
    clock.start();
    while (!future.isFinished() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!future.isFinished())
        return T{};
    return future.result();
}

} // namespace

class TestEndpointScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void answersAndSignsRequests();
    void rateLimitHonoursRetryAfter();
    void unavailableHonoursRetryAfter();
    void serverErrorIsRetriedWithBackoff();
    void slowReplyWithinTheTimeoutIsFine();
    void hangEndsInATimeoutThatNamesTheEndpoint();
    void truncatedJsonIsRetried();
    void droppedConnectionsAreANetworkError();
    void authErrorsAreNotRetried();
    void unknownToolNamesReachTheCaller();
    void inFlightRequestsAreBounded();
    void requestsPerMinuteSpaceRequestsOut();
    void cacheAnswersRerunsWithoutRequests();
    void projectCacheSurvivesTheScheduler();
    void cancelAllEndsOpenRequests();
    void streamingReassembles();
    void embeddingsComeBackInOrder();
    void usageAndCostAreCounted();

private:
    std::unique_ptr<LlmTestServer> m_server;
};

void TestEndpointScheduler::init()
{
    m_server = std::make_unique<LlmTestServer>();
    QVERIFY(m_server->listen());
}

void TestEndpointScheduler::answersAndSignsRequests()
{
    EndpointProfile p = profileFor(*m_server);
    p.extraHeaders = {{QStringLiteral("X-Title"), QStringLiteral("Callwright")}};
    m_server->setRequiredApiKey(QStringLiteral("sk-test-123"));
    EndpointScheduler s(p);
    s.setBearerToken(QStringLiteral("sk-test-123"));
    const ChatOutcome o = waitFor(s.chat(hello()));
    QVERIFY2(o.ok(), qPrintable(o.error.message));
    QCOMPARE(o.completion->content, QStringLiteral("echo: hello"));
    QCOMPARE(o.attempts, 1);
    QCOMPARE(m_server->lastRequestHeader("Authorization"), QByteArray("Bearer sk-test-123"));
    QCOMPARE(m_server->lastRequestHeader("X-Title"), QByteArray("Callwright"));
    QCOMPARE(m_server->requests().last()["model"].get<std::string>(), std::string("test-model"));
}

void TestEndpointScheduler::rateLimitHonoursRetryAfter()
{
    EndpointScheduler s(profileFor(*m_server));
    s.setBackoff(10, 50); // much shorter than Retry-After: the wait must come from the header
    m_server->enqueue(Reply::rateLimited(1));
    QElapsedTimer clock;
    clock.start();
    const ChatOutcome o = waitFor(s.chat(hello()));
    QVERIFY2(o.ok(), qPrintable(o.error.message));
    QCOMPARE(o.attempts, 2);
    QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(s.stats().retries, 1);
}

void TestEndpointScheduler::unavailableHonoursRetryAfter()
{
    EndpointScheduler s(profileFor(*m_server));
    s.setBackoff(10, 50);
    m_server->enqueue(Reply::unavailable(1));
    QElapsedTimer clock;
    clock.start();
    const ChatOutcome o = waitFor(s.chat(hello()));
    QVERIFY2(o.ok(), qPrintable(o.error.message));
    QCOMPARE(o.attempts, 2);
    QVERIFY(clock.elapsed() >= 950);
}

void TestEndpointScheduler::serverErrorIsRetriedWithBackoff()
{
    EndpointProfile p = profileFor(*m_server);
    p.maxRetries = 2;
    EndpointScheduler s(p);
    s.setBackoff(100, 1000);
    m_server->enqueue(Reply::serverError());
    m_server->enqueue(Reply::serverError());
    QElapsedTimer clock;
    clock.start();
    const ChatOutcome o = waitFor(s.chat(hello()));
    QVERIFY2(o.ok(), qPrintable(o.error.message));
    QCOMPARE(o.attempts, 3);
    // Backoff 100 then 200 ms, each times a jitter in [0.5, 1].
    QVERIFY2(clock.elapsed() >= 150, qPrintable(QString::number(clock.elapsed())));

    // Out of retries: the last error, naming the endpoint and the status.
    for (int i = 0; i < 3; ++i)
        m_server->enqueue(Reply::serverError());
    const ChatOutcome failed = waitFor(s.chat(hello(QStringLiteral("again"))));
    QVERIFY(!failed.ok());
    QCOMPARE(toString(failed.error.kind), toString(BackendError::Kind::Server));
    QCOMPARE(failed.error.httpStatus, 500);
    QCOMPARE(failed.attempts, 3);
    QVERIFY2(failed.error.message.contains(QLatin1String("Loopback"))
                     && failed.error.message.contains(QLatin1String("500")),
             qPrintable(failed.error.message));
}

void TestEndpointScheduler::slowReplyWithinTheTimeoutIsFine()
{
    EndpointScheduler s(profileFor(*m_server));
    m_server->enqueue(Reply::slow(400));
    const ChatOutcome o = waitFor(s.chat(hello()));
    QVERIFY2(o.ok(), qPrintable(o.error.message));
    QCOMPARE(o.attempts, 1);
    QVERIFY(o.elapsedMs >= 380);
}

void TestEndpointScheduler::hangEndsInATimeoutThatNamesTheEndpoint()
{
    EndpointProfile p = profileFor(*m_server);
    p.requestTimeoutMs = 300;
    p.maxRetries = 1;
    EndpointScheduler s(p);
    s.setBackoff(10, 20);
    m_server->enqueue(Reply::hang());
    m_server->enqueue(Reply::hang());
    const ChatOutcome o = waitFor(s.chat(hello()));
    QVERIFY(!o.ok());
    QCOMPARE(toString(o.error.kind), toString(BackendError::Kind::Timeout));
    QCOMPARE(o.attempts, 2);
    QVERIFY2(o.error.message.contains(QLatin1String("Loopback"))
                     && o.error.message.contains(QLatin1String("300 ms")),
             qPrintable(o.error.message));
    // A hang then an answer: the retry succeeds.
    m_server->enqueue(Reply::hang());
    const ChatOutcome retried = waitFor(s.chat(hello(QStringLiteral("next"))));
    QVERIFY2(retried.ok(), qPrintable(retried.error.message));
    QCOMPARE(retried.attempts, 2);
}

void TestEndpointScheduler::truncatedJsonIsRetried()
{
    EndpointScheduler s(profileFor(*m_server));
    s.setBackoff(10, 20);
    m_server->enqueue(Reply::truncated());
    const ChatOutcome o = waitFor(s.chat(hello()));
    QVERIFY2(o.ok(), qPrintable(o.error.message));
    QCOMPARE(o.attempts, 2);

    EndpointProfile p = profileFor(*m_server);
    p.maxRetries = 0;
    EndpointScheduler once(p);
    m_server->enqueue(Reply::truncated());
    const ChatOutcome bad = waitFor(once.chat(hello(QStringLiteral("cut"))));
    QCOMPARE(toString(bad.error.kind), toString(BackendError::Kind::Malformed));
    QVERIFY2(bad.error.message.contains(QLatin1String("not valid JSON")),
             qPrintable(bad.error.message));
}

void TestEndpointScheduler::droppedConnectionsAreANetworkError()
{
    EndpointProfile p = profileFor(*m_server);
    p.maxRetries = 0;
    EndpointScheduler s(p);
    // Qt resends a request once when the connection closes before any byte of the answer.
    m_server->enqueue(Reply::dropped());
    m_server->enqueue(Reply::dropped());
    const ChatOutcome o = waitFor(s.chat(hello()));
    QVERIFY(!o.ok());
    QCOMPARE(toString(o.error.kind), toString(BackendError::Kind::Network));
    QVERIFY(o.error.retryable());

    // With retries, the job gets its answer.
    EndpointScheduler retrying(profileFor(*m_server));
    retrying.setBackoff(10, 20);
    m_server->enqueue(Reply::dropped());
    m_server->enqueue(Reply::dropped());
    const ChatOutcome ok = waitFor(retrying.chat(hello(QStringLiteral("again"))));
    QVERIFY2(ok.ok(), qPrintable(ok.error.message));

    // Nobody listening at all.
    EndpointProfile nowhere = profileFor(*m_server);
    nowhere.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/v1"));
    nowhere.maxRetries = 0;
    EndpointScheduler refused(nowhere);
    const ChatOutcome r = waitFor(refused.chat(hello()));
    QCOMPARE(toString(r.error.kind), toString(BackendError::Kind::Network));
    QVERIFY2(r.error.message.contains(QLatin1String("could not be reached")),
             qPrintable(r.error.message));
}

void TestEndpointScheduler::authErrorsAreNotRetried()
{
    m_server->setRequiredApiKey(QStringLiteral("right"));
    EndpointScheduler s(profileFor(*m_server));
    s.setBearerToken(QStringLiteral("wrong"));
    const ChatOutcome o = waitFor(s.chat(hello()));
    QCOMPARE(toString(o.error.kind), toString(BackendError::Kind::Auth));
    QCOMPARE(o.error.httpStatus, 401);
    QCOMPARE(o.attempts, 1);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestEndpointScheduler::unknownToolNamesReachTheCaller()
{
    EndpointScheduler s(profileFor(*m_server));
    ChatRequest r = hello();
    r.tools = Json::array(
            {Json{{"type", "function"},
                  {"function", {{"name", "get_order"}, {"parameters", {{"type", "object"}}}}}}});
    m_server->enqueue(Reply::unknownTool(QStringLiteral("get_order")));
    const ChatOutcome o = waitFor(s.chat(r));
    QVERIFY2(o.ok(), qPrintable(o.error.message));
    QCOMPARE(o.completion->toolCalls.size(), std::size_t(1));
    QVERIFY(o.completion->toolCalls[0].name != QLatin1String("get_order"));
}

void TestEndpointScheduler::inFlightRequestsAreBounded()
{
    EndpointProfile p = profileFor(*m_server);
    p.maxInFlight = 4;
    m_server->setLatency(100);
    EndpointScheduler s(p);
    QList<QFuture<ChatOutcome>> futures;
    for (int i = 0; i < 20; ++i)
        futures << s.chat(hello(QStringLiteral("n%1").arg(i)));
    QElapsedTimer clock;
    clock.start();
    for (const auto &f : futures)
        QVERIFY(waitFor(f).ok());
    QCOMPARE(m_server->peakPendingCount(), 4);
    QCOMPARE(s.stats().peakInFlight, 4);
    QVERIFY2(clock.elapsed() >= 450, qPrintable(QString::number(clock.elapsed()))); // 5 waves
}

void TestEndpointScheduler::requestsPerMinuteSpaceRequestsOut()
{
    EndpointProfile p = profileFor(*m_server);
    p.requestsPerMinute = 60; // a burst of 60, then one a second
    p.maxInFlight = 64;
    EndpointScheduler s(p);
    QList<QFuture<ChatOutcome>> futures;
    for (int i = 0; i < 62; ++i)
        futures << s.chat(hello(QStringLiteral("r%1").arg(i)));
    for (const auto &f : futures)
        QVERIFY(waitFor(f).ok());
    const auto &records = m_server->records();
    QCOMPARE(int(records.size()), 62);
    const qint64 first = records.front().arrivalMs;
    QVERIFY(records[59].arrivalMs - first < 900);
    QVERIFY2(records[60].arrivalMs - first >= 900,
             qPrintable(QString::number(records[60].arrivalMs - first)));
    QVERIFY(records[61].arrivalMs - first >= 1900);
}

void TestEndpointScheduler::cacheAnswersRerunsWithoutRequests()
{
    auto cache = std::make_shared<MemoryResponseCache>();
    EndpointScheduler s(profileFor(*m_server));
    s.setCache(cache);
    const ChatOutcome first = waitFor(s.chat(hello()));
    QVERIFY(first.ok() && !first.fromCache);
    const ChatOutcome second = waitFor(s.chat(hello()));
    QVERIFY(second.ok());
    QVERIFY(second.fromCache);
    QCOMPARE(second.completion->content, first.completion->content);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(s.stats().cacheHits, 1);
    // Another request is not answered from the cache; failures are not cached.
    m_server->enqueue(Reply::raw(400, R"({"error":{"message":"bad request"}})"));
    QVERIFY(!waitFor(s.chat(hello(QStringLiteral("other")))).ok());
    QVERIFY(waitFor(s.chat(hello(QStringLiteral("other")))).ok());
    QCOMPARE(m_server->requestCount(), 3);
}

void TestEndpointScheduler::projectCacheSurvivesTheScheduler()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.callwright"));
    {
        ProjectStore store;
        QVERIFY(!store.create(path, QStringLiteral("Cache")));
    }
    QString answer;
    {
        auto cache = std::make_shared<ProjectResponseCache>();
        QString error;
        QVERIFY2(cache->open(path, &error), qPrintable(error));
        EndpointScheduler s(profileFor(*m_server));
        s.setCache(cache);
        answer = waitFor(s.chat(hello())).completion->content;
    }
    auto cache = std::make_shared<ProjectResponseCache>();
    QVERIFY(cache->open(path));
    QCOMPARE(cache->size(), 1);
    EndpointScheduler s(profileFor(*m_server));
    s.setCache(cache);
    const ChatOutcome again = waitFor(s.chat(hello()));
    QVERIFY(again.fromCache);
    QCOMPARE(again.completion->content, answer);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestEndpointScheduler::cancelAllEndsOpenRequests()
{
    EndpointProfile p = profileFor(*m_server);
    p.maxInFlight = 1;
    p.requestTimeoutMs = 60000;
    EndpointScheduler s(p);
    m_server->enqueue(Reply::hang());
    QFuture<ChatOutcome> open = s.chat(hello(QStringLiteral("a")));
    QFuture<ChatOutcome> queued = s.chat(hello(QStringLiteral("b")));
    QTRY_COMPARE(m_server->requestCount(), 1);
    QElapsedTimer clock;
    clock.start();
    s.cancelAll();
    QCOMPARE(toString(waitFor(open).error.kind), toString(BackendError::Kind::Cancelled));
    QCOMPARE(toString(waitFor(queued).error.kind), toString(BackendError::Kind::Cancelled));
    QVERIFY(clock.elapsed() < 2000);
}

void TestEndpointScheduler::streamingReassembles()
{
    EndpointScheduler s(profileFor(*m_server));
    ChatRequest r = hello(QStringLiteral("stream this please"));
    r.stream = true;
    m_server->enqueue(Reply::assistant(
            Json{{"role", "assistant"},
                 {"content", "Looking it up."},
                 {"tool_calls", Json::array({Json{{"function",
                                                   {{"name", "get_order"},
                                                    {"arguments", {{"order_id", "#W12"}}}}}}})}}));
    const ChatOutcome o = waitFor(s.chat(r));
    QVERIFY2(o.ok(), qPrintable(o.error.message));
    QCOMPARE(o.completion->content, QStringLiteral("Looking it up."));
    QCOMPARE(o.completion->toolCalls.size(), std::size_t(1));
    QVERIFY(o.completion->toolCalls[0].arguments == Json({{"order_id", "#W12"}}));
    QVERIFY(m_server->requests().last()["stream"].get<bool>());

    // A stream cut off before its end is malformed, and retried.
    s.setBackoff(10, 20);
    m_server->enqueue(Reply::cutOff());
    r.messages[0]["content"] = "again";
    const ChatOutcome retried = waitFor(s.chat(r));
    QVERIFY2(retried.ok(), qPrintable(retried.error.message));
    QCOMPARE(retried.attempts, 2);
}

void TestEndpointScheduler::embeddingsComeBackInOrder()
{
    EndpointScheduler s(profileFor(*m_server));
    const EmbeddingsOutcome o
            = waitFor(s.embed({QStringLiteral("order id"), QStringLiteral("flight number")}));
    QVERIFY2(o.ok(), qPrintable(o.error.message));
    QCOMPARE(o.vectors->size(), std::size_t(2));
    const std::vector<float> expected = LlmTestServer::embedding(QStringLiteral("flight number"));
    QCOMPARE((*o.vectors)[1].size(), expected.size());
    QCOMPARE((*o.vectors)[1][3], expected[3]);
}

void TestEndpointScheduler::usageAndCostAreCounted()
{
    EndpointProfile p = profileFor(*m_server);
    p.inputPricePerMTok = 1.0;
    p.outputPricePerMTok = 2.0;
    EndpointScheduler s(p);
    TokenUsage total;
    for (int i = 0; i < 3; ++i) {
        const ChatOutcome o = waitFor(s.chat(hello(QStringLiteral("count %1").arg(i))));
        QVERIFY(o.ok());
        total += o.completion->usage;
    }
    const SchedulerStats stats = s.stats();
    QVERIFY(total.total() > 0);
    QCOMPARE(stats.usage.promptTokens, total.promptTokens);
    QCOMPARE(stats.usage.completionTokens, total.completionTokens);
    QCOMPARE(stats.cost, (total.promptTokens * 1.0 + total.completionTokens * 2.0) / 1e6);
    QCOMPARE(stats.succeeded, 3);
}

QTEST_GUILESS_MAIN(TestEndpointScheduler)
#include "tst_endpointscheduler.moc"
