// Answers a model gives as JSON: read tolerantly, and asked for once more when they cannot be
// used, over real HTTP on loopback (tests/support/llmtestserver).
#include "backends/modelanswers.h"
#include "llmtestserver.h"

#include <QElapsedTimer>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

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
    p.requestTimeoutMs = 2000;
    p.maxRetries = 0;
    return p;
}

ChatRequest question()
{
    ChatRequest r;
    r.messages = Json::array({Json{{"role", "user"}, {"content", "Rate it."}}});
    return r;
}

// An answer is usable when it is an object with a whole "score".
RepairableAsk scoreAsk(Json *read)
{
    RepairableAsk ask;
    ask.problems = [read](const ChatCompletion &c) {
        *read = jsonFromModelText(c.content);
        if (!read->is_object())
            return QStringList{QStringLiteral("it is not a JSON object")};
        if (!read->contains("score") || !(*read)["score"].is_number_integer())
            return QStringList{QStringLiteral("\"score\" is missing")};
        return QStringList();
    };
    ask.again = QStringLiteral("Answer with {\"score\": n} only.");
    ask.cutOff = QStringLiteral("Keep it short.");
    return ask;
}

// askWithRepair waits for its answers; the server answers on this thread.
RepairedAnswer ask(EndpointScheduler &scheduler, const RepairableAsk &how)
{
    QFuture<RepairedAnswer> f = QtConcurrent::run(
            [&scheduler, how] { return askWithRepair(scheduler, question(), how); });
    QElapsedTimer clock;
    clock.start();
    while (!f.isFinished() && clock.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return f.isFinished() ? f.result() : RepairedAnswer{};
}

} // namespace

class TestModelAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<LlmTestServer>();
        QVERIFY(m_server->listen());
    }

    void jsonIsFoundWhereModelsPutIt()
    {
        QVERIFY(jsonFromModelText(QStringLiteral(" {\"a\": 1} ")) == Json({{"a", 1}}));
        QVERIFY(jsonFromModelText(QStringLiteral("Sure:\n```json\n{\"a\": 2}\n```\nDone."))
                == Json({{"a", 2}}));
        QVERIFY(jsonFromModelText(QStringLiteral("The verdict is {\"a\": 3}, as asked."))
                == Json({{"a", 3}}));
        QVERIFY(jsonFromModelText(QStringLiteral("[1, 2]")) == Json::array({1, 2}));
        QVERIFY(jsonFromModelText(QStringLiteral("I cannot rate this.")).is_null());
        QVERIFY(jsonFromModelText(QStringLiteral("{\"a\": ")).is_null());
    }

    void aUsableAnswerTakesOneRequest()
    {
        EndpointScheduler s(profileFor(*m_server));
        m_server->enqueue(Reply::text(QStringLiteral("{\"score\": 4}")));
        Json read;
        const RepairedAnswer a = ask(s, scoreAsk(&read));
        QVERIFY(a.completion);
        QVERIFY(!a.repaired);
        QCOMPARE(read["score"].get<int>(), 4);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void anUnusableAnswerIsShownToTheModelWithItsProblems()
    {
        EndpointScheduler s(profileFor(*m_server));
        m_server->enqueue(Reply::assistant(Json{{"role", "assistant"}, {"content", "{\"sco"}},
                                           QStringLiteral("length")));
        m_server->enqueue(Reply::text(QStringLiteral("```json\n{\"score\": 5}\n```")));
        Json read;
        const RepairedAnswer a = ask(s, scoreAsk(&read));
        QVERIFY(a.completion);
        QVERIFY(a.repaired);
        QCOMPARE(read["score"].get<int>(), 5);
        const QList<Json> sent = m_server->requests();
        QCOMPARE(sent.size(), 2);
        const Json &messages = sent[1]["messages"];
        QCOMPARE(messages.size(), std::size_t(3));
        QCOMPARE(messages[1]["role"].get<std::string>(), std::string("assistant"));
        QCOMPARE(messages[1]["content"].get<std::string>(), std::string("{\"sco"));
        const QString correction = QString::fromStdString(messages[2]["content"]);
        QVERIFY2(correction.contains(QStringLiteral("it is not a JSON object"))
                         && correction.contains(QStringLiteral("Keep it short."))
                         && correction.endsWith(QStringLiteral("Answer with {\"score\": n} only.")),
                 qPrintable(correction));
    }

    void anAnswerStillUnusableAfterTheRepairSaysWhy()
    {
        EndpointScheduler s(profileFor(*m_server));
        m_server->enqueue(Reply::text(QStringLiteral("four")));
        m_server->enqueue(Reply::text(QStringLiteral("{\"rating\": 4}")));
        Json read;
        const RepairedAnswer a = ask(s, scoreAsk(&read));
        QVERIFY(!a.completion);
        QVERIFY(!a.requestFailed());
        QCOMPARE(a.problems, QStringList{QStringLiteral("\"score\" is missing")});
        QCOMPARE(a.unusable, QStringLiteral("{\"rating\": 4}"));
        // The repair's correction names the first answer's fault, not the second's.
        const QString correction
                = QString::fromStdString(m_server->requests()[1]["messages"][2]["content"]);
        QVERIFY(correction.contains(QStringLiteral("it is not a JSON object")));
        QVERIFY(!correction.contains(QStringLiteral("Keep it short.")));
    }

    void aFailedRequestIsToldFromAFailedRepair()
    {
        EndpointScheduler s(profileFor(*m_server));
        m_server->enqueue(Reply::serverError());
        Json read;
        RepairedAnswer a = ask(s, scoreAsk(&read));
        QVERIFY(a.requestFailed());
        QVERIFY(!a.repaired);
        QVERIFY(!a.failure.error.message.isEmpty());

        m_server->enqueue(Reply::text(QStringLiteral("no idea")));
        m_server->enqueue(Reply::serverError());
        a = ask(s, scoreAsk(&read));
        QVERIFY(a.requestFailed());
        QVERIFY(a.repaired);
    }

private:
    std::unique_ptr<LlmTestServer> m_server;
};

QTEST_GUILESS_MAIN(TestModelAnswers)
#include "tst_modelanswers.moc"
