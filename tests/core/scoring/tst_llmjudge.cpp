// The LLM judges against the loopback OpenAI-compatible server (tests/support/llmtestserver):
// ToolFlow's and GEM's verdicts stored with their rationale and source, tolerant reading,
// one repair request for a malformed verdict, endpoint faults that fail one dialogue while the
// pass goes on, the prompt's contents and the project's override, cached reruns, cancellation.
#include "backends/endpointscheduler.h"
#include "backends/responsecache.h"
#include "llmtestserver.h"
#include "scoring/dialoguemetrics.h"
#include "scoring/llmjudge.h"
#include "scoring/scoringrun.h"
#include "store/projectstore.h"

#include "generatedproject.h"
#include "scoringtestsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Callwright;

// Declared before the verdict texts below: moc loses track of the class after multi-line raw
// string literals.
class TestLlmJudge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void storesBothVerdictsWithRationaleAndSource();
    void readsVerdictsTolerantly_data();
    void readsVerdictsTolerantly();
    void malformedVerdictGetsOneRepair_data();
    void malformedVerdictGetsOneRepair();
    void stillMalformedAfterTheRepairIsAClearError();
    void promptHoldsTheDialogueAndItsTools();
    void projectOverrideIsUsed();
    void rerunIsAnsweredFromTheCache();
    void endpointFaultFailsOneDialogueAndThePassGoesOn();
    void cancelledPassStopsWithoutCountingFailures();

private:
    std::shared_ptr<EndpointScheduler> scheduler(int maxRetries = 2);
    LlmJudge::Settings settings(std::vector<LlmJudge::Prompt> ask
                                = {LlmJudge::Prompt::ToolFlow, LlmJudge::Prompt::Gem});

    std::unique_ptr<LlmTestServer> m_server;
};

namespace {

using Reply = LlmTestServer::Reply;
using Prompt = LlmJudge::Prompt;

const QString kToolFlowVerdict = QStringLiteral(
        R"({"naturalness": {"score": 4, "rationale": "Reads like a real chat."},
            "coherence": {"score": 5, "rationale": "The second call uses the id found first."},
            "helpfulness": {"score": 4, "rationale": "Both questions are answered."},
            "accuracy": {"score": 3, "rationale": "The home address is not in any result."}})");
const QString kGemVerdict = QStringLiteral(
        R"({"argument_hallucination": {"score": 0, "rationale": "Every value is grounded."},
            "capability_hallucination": {"score": "no", "rationale": "Only listed tools."},
            "cross_turn_inconsistency": {
                "score": true, "rationale": "Claims a home delivery no result shows."}})");

std::string systemPromptOf(const Json &request)
{
    const Json &messages = request.at("messages");
    return messages.empty() ? std::string() : messages[0].value("content", std::string());
}

bool isGemRequest(const Json &request)
{
    return systemPromptOf(request).find("argument_hallucination") != std::string::npos;
}

/// Answers each prompt with its well-formed verdict; the ToolFlow one fenced, as models do.
Json judgeBrain(const Json &request)
{
    const QString content = isGemRequest(request)
                                    ? kGemVerdict
                                    : QStringLiteral("Here is my verdict:\n```json\n")
                                              + kToolFlowVerdict + QStringLiteral("\n```");
    return Json{{"role", "assistant"}, {"content", content}};
}

// The server runs on this thread: the judge (which blocks on the endpoint) runs on another,
// and this one turns the event loop until it is done.
template<typename F>
auto offThread(F work, int timeoutMs = 60000) -> decltype(work())
{
    auto future = QtConcurrent::run(std::move(work));
    QElapsedTimer clock;
    clock.start();
    while (!future.isFinished() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    future.waitForFinished();
    return future.result();
}

struct Judged
{
    std::vector<Score> scores;
    QString error;
};

Judged judgeOffThread(LlmJudge &judge, const Dialogue &dialogue)
{
    return offThread([&] {
        Judged out;
        out.scores = judge.judge(dialogue, &out.error);
        return out;
    });
}

const Score *find(const std::vector<Score> &scores, const char *metric)
{
    for (const Score &s : scores) {
        if (s.metric == QLatin1String(metric))
            return &s;
    }
    return nullptr;
}

Dialogue ordersDialogue()
{
    return ScoringTestSupport::ordersDialogue(true, QStringLiteral("orders-chained"));
}

} // namespace

void TestLlmJudge::init()
{
    m_server = std::make_unique<LlmTestServer>();
    QVERIFY(m_server->listen());
}

std::shared_ptr<EndpointScheduler> TestLlmJudge::scheduler(int maxRetries)
{
    EndpointProfile p;
    p.id = QStringLiteral("loopback-judge");
    p.name = QStringLiteral("Loopback judge");
    p.baseUrl = m_server->baseUrl();
    p.model = QStringLiteral("judge-model");
    p.maxInFlight = 4;
    p.requestTimeoutMs = 5000;
    p.maxRetries = maxRetries;
    auto s = std::make_shared<EndpointScheduler>(p);
    s->setBackoff(5, 20);
    return s;
}

LlmJudge::Settings TestLlmJudge::settings(std::vector<LlmJudge::Prompt> ask)
{
    LlmJudge::Settings s;
    s.scheduler = scheduler();
    s.catalogs = {ScoringTestSupport::ordersCatalog()};
    s.ask = std::move(ask);
    return s;
}

void TestLlmJudge::storesBothVerdictsWithRationaleAndSource()
{
    m_server->setBrain(judgeBrain);
    LlmJudge judge(settings());
    QCOMPARE(judge.profile(), QStringLiteral("Loopback judge"));
    QCOMPARE(judge.rubrics().size(), 7);
    const Judged j = judgeOffThread(judge, ordersDialogue());
    QVERIFY2(j.error.isEmpty(), qPrintable(j.error));
    QCOMPARE(int(j.scores.size()), 7);
    for (const Score &s : j.scores) {
        QCOMPARE(s.source, QStringLiteral("Loopback judge"));
        QVERIFY2(!s.rationale.isEmpty(), qPrintable(s.metric));
    }
    QCOMPARE(find(j.scores, Judge::kNaturalness)->value, 4.0);
    QCOMPARE(find(j.scores, Judge::kCoherence)->value, 5.0);
    QCOMPARE(find(j.scores, Judge::kAccuracy)->value, 3.0);
    QCOMPARE(find(j.scores, Judge::kAccuracy)->rationale,
             QStringLiteral("The home address is not in any result."));
    QCOMPARE(find(j.scores, Judge::kArgumentHallucination)->value, 0.0);
    QCOMPARE(find(j.scores, Judge::kCapabilityHallucination)->value, 0.0);
    QCOMPARE(find(j.scores, Judge::kCrossTurnInconsistency)->value, 1.0);
    QCOMPARE(find(j.scores, Judge::kCrossTurnInconsistency)->rationale,
             QStringLiteral("Claims a home delivery no result shows."));

    // One request per prompt, deterministic so that the cache can answer a rerun.
    QCOMPARE(m_server->requestCount(), 2);
    for (const Json &request : m_server->requests()) {
        QCOMPARE(request.at("temperature").get<double>(), 0.0);
        QCOMPARE(request.at("seed").get<qint64>(), qint64(0));
        QCOMPARE(request.at("response_format").at("type").get<std::string>(),
                 std::string("json_object"));
    }
}

void TestLlmJudge::readsVerdictsTolerantly_data()
{
    QTest::addColumn<int>("prompt");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<double>>("values"); // empty: refused
    QTest::addColumn<QString>("problem");      // part of the first problem when refused

    const int toolFlow = int(Prompt::ToolFlow);
    const int gem = int(Prompt::Gem);
    QTest::newRow("numbers as strings, fenced")
            << toolFlow
            << QStringLiteral("```json\n{\"naturalness\":{\"score\":\"4\",\"rationale\":\"a\"},"
                              "\"coherence\":{\"score\":\"5\",\"rationale\":\"b\"},"
                              "\"helpfulness\":{\"score\":\"3/5\",\"rationale\":\"c\"},"
                              "\"accuracy\":{\"score\":2.5,\"rationale\":\"d\"}}\n```")
            << QList<double>{4, 5, 3, 2.5} << QString();
    QTest::newRow("nested, other spellings")
            << toolFlow
            << QStringLiteral("{\"scores\":{\"Naturalness\":{\"rating\":4,\"reason\":\"a\"},"
                              "\"Coherence\":{\"value\":5,\"explanation\":\"b\"},"
                              "\"judge.helpfulness\":{\"score\":3},"
                              "\"ACCURACY\":{\"score\":1,\"reasoning\":\"d\"}}}")
            << QList<double>{4, 5, 3, 1} << QString();
    QTest::newRow("list of rubrics")
            << toolFlow
            << QStringLiteral("[{\"rubric\":\"naturalness\",\"score\":2},"
                              "{\"rubric\":\"coherence\",\"score\":3},"
                              "{\"criterion\":\"helpfulness\",\"score\":4},"
                              "{\"name\":\"accuracy\",\"score\":5}]")
            << QList<double>{2, 3, 4, 5} << QString();
    QTest::newRow("bare scores") << toolFlow
                                 << QStringLiteral(
                                            "{\"naturalness\":4,\"naturalness_rationale\":\"a\","
                                            "\"coherence\":4,\"helpfulness\":4,\"accuracy\":4}")
                                 << QList<double>{4, 4, 4, 4} << QString();
    QTest::newRow("yes, no, true, false")
            << gem
            << QStringLiteral("{\"argument hallucination\":{\"score\":\"Yes\",\"rationale\":\"a\"},"
                              "\"capability-hallucination\":{\"verdict\":false},"
                              "\"cross_turn_inconsistency\":{\"score\":\"no\"}}")
            << QList<double>{1, 0, 0} << QString();
    QTest::newRow("not JSON") << toolFlow << QStringLiteral("I would rate it four out of five.")
                              << QList<double>{} << QStringLiteral("not a JSON object");
    QTest::newRow("empty") << gem << QString() << QList<double>{}
                           << QStringLiteral("the answer is empty");
    QTest::newRow("missing rubric")
            << toolFlow << QStringLiteral("{\"naturalness\":4,\"coherence\":4,\"helpfulness\":4}")
            << QList<double>{} << QStringLiteral("accuracy: missing");
    QTest::newRow("score of 7") << toolFlow
                                << QStringLiteral(
                                           "{\"naturalness\":4,\"coherence\":7,\"helpfulness\":4,"
                                           "\"accuracy\":4}")
                                << QList<double>{}
                                << QStringLiteral("coherence: the score 7 is outside 1-5");
    QTest::newRow("score of 0") << toolFlow
                                << QStringLiteral(
                                           "{\"naturalness\":0,\"coherence\":4,\"helpfulness\":4,"
                                           "\"accuracy\":4}")
                                << QList<double>{}
                                << QStringLiteral("naturalness: the score 0 is outside 1-5");
    QTest::newRow("no score")
            << toolFlow
            << QStringLiteral("{\"naturalness\":{\"rationale\":\"fine\"},\"coherence\":4,"
                              "\"helpfulness\":4,\"accuracy\":4}")
            << QList<double>{} << QStringLiteral("naturalness: no score");
    QTest::newRow("maybe")
            << gem
            << QStringLiteral("{\"argument_hallucination\":{\"score\":\"maybe\"},"
                              "\"capability_hallucination\":0,\"cross_turn_inconsistency\":0}")
            << QList<double>{}
            << QStringLiteral("argument_hallucination: 'maybe' is neither yes nor no");
    QTest::newRow("binary 3")
            << gem
            << QStringLiteral("{\"argument_hallucination\":0,\"capability_hallucination\":3,"
                              "\"cross_turn_inconsistency\":0}")
            << QList<double>{} << QStringLiteral("capability_hallucination: the score 3 is not");
}

void TestLlmJudge::readsVerdictsTolerantly()
{
    QFETCH(int, prompt);
    QFETCH(QString, text);
    QFETCH(QList<double>, values);
    QFETCH(QString, problem);
    const LlmJudge::Verdict v = LlmJudge::readVerdict(Prompt(prompt), text, QStringLiteral("p"));
    if (values.isEmpty()) {
        QVERIFY(!v.ok());
        QVERIFY2(v.problems.first().contains(problem),
                 qPrintable(v.problems.join(QLatin1Char('|'))));
        return;
    }
    QVERIFY2(v.ok(), qPrintable(v.problems.join(QLatin1Char('|'))));
    const QStringList rubrics = LlmJudge::rubricsOf(Prompt(prompt));
    QCOMPARE(int(v.scores.size()), int(values.size()));
    for (int i = 0; i < values.size(); ++i) {
        QCOMPARE(v.scores[std::size_t(i)].metric, rubrics[i]);
        QCOMPARE(v.scores[std::size_t(i)].value, values[i]);
        QCOMPARE(v.scores[std::size_t(i)].source, QStringLiteral("p"));
    }
}

void TestLlmJudge::malformedVerdictGetsOneRepair_data()
{
    QTest::addColumn<int>("prompt");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("named"); // what the correction message must point at

    QTest::newRow("not JSON") << int(Prompt::ToolFlow)
                              << QStringLiteral("The dialogue is good, I'd say a 4 overall.")
                              << QStringLiteral("not a JSON object");
    QTest::newRow("missing rubric")
            << int(Prompt::ToolFlow)
            << QStringLiteral("{\"naturalness\":{\"score\":4,\"rationale\":\"x\"},"
                              "\"coherence\":{\"score\":4,\"rationale\":\"x\"},"
                              "\"helpfulness\":{\"score\":4,\"rationale\":\"x\"}}")
            << QStringLiteral("accuracy: missing");
    QTest::newRow("score of 7") << int(Prompt::ToolFlow)
                                << QStringLiteral("{\"naturalness\":7,\"coherence\":4,"
                                                  "\"helpfulness\":4,\"accuracy\":4}")
                                << QStringLiteral("naturalness: the score 7 is outside 1-5");
    QTest::newRow("maybe") << int(Prompt::Gem)
                           << QStringLiteral("{\"argument_hallucination\":\"maybe\","
                                             "\"capability_hallucination\":0,"
                                             "\"cross_turn_inconsistency\":0}")
                           << QStringLiteral("argument_hallucination: 'maybe'");
}

void TestLlmJudge::malformedVerdictGetsOneRepair()
{
    QFETCH(int, prompt);
    QFETCH(QString, answer);
    QFETCH(QString, named);
    m_server->enqueue(Reply::text(answer));
    m_server->setBrain(judgeBrain); // the repair is answered well
    LlmJudge judge(settings({Prompt(prompt)}));
    const Judged j = judgeOffThread(judge, ordersDialogue());
    QVERIFY2(j.error.isEmpty(), qPrintable(j.error));
    QCOMPARE(int(j.scores.size()), prompt == int(Prompt::ToolFlow) ? 4 : 3);

    QCOMPARE(m_server->requestCount(), 2);
    const Json repair = m_server->requests().last();
    const Json &messages = repair.at("messages");
    QCOMPARE(int(messages.size()), 4); // the prompt, "give your verdict", the answer, the fix
    QCOMPARE(messages[2].at("role").get<std::string>(), std::string("assistant"));
    QCOMPARE(messages[2].at("content").get<QString>(), answer);
    QCOMPARE(messages[3].at("role").get<std::string>(), std::string("user"));
    const QString correction = messages[3].at("content").get<QString>();
    QVERIFY2(correction.contains(named), qPrintable(correction));
    QVERIFY2(correction.contains(QStringLiteral("\"rationale\"")), qPrintable(correction));
}

void TestLlmJudge::stillMalformedAfterTheRepairIsAClearError()
{
    const QString bad = QStringLiteral("{\"naturalness\":4,\"coherence\":4,\"helpfulness\":4,"
                                       "\"accuracy\":9}");
    m_server->enqueue(Reply::text(bad));
    m_server->enqueue(Reply::text(bad));
    m_server->setBrain(judgeBrain); // would answer well, but is never asked
    LlmJudge judge(settings({Prompt::ToolFlow}));
    const Judged j = judgeOffThread(judge, ordersDialogue());
    QVERIFY(j.scores.empty());
    QVERIFY2(j.error.contains(QStringLiteral("orders-chained")), qPrintable(j.error));
    QVERIFY2(j.error.contains(QStringLiteral("ToolFlow")), qPrintable(j.error));
    QVERIFY2(j.error.contains(QStringLiteral("accuracy: the score 9 is outside 1-5")),
             qPrintable(j.error));
    QVERIFY2(j.error.contains(QStringLiteral("repair")), qPrintable(j.error));
    QCOMPARE(m_server->requestCount(), 2); // one repair request, no more
}

void TestLlmJudge::promptHoldsTheDialogueAndItsTools()
{
    LlmJudge judge(settings());
    const Dialogue d = ordersDialogue();
    for (const Prompt p : {Prompt::ToolFlow, Prompt::Gem}) {
        const QString text = QString::fromStdString(
                systemPromptOf(judge.requestFor(p, d).body(QStringLiteral("m"))));
        // Every message, numbered, with the calls' arguments and the results they gave.
        QVERIFY2(text.contains(QStringLiteral("[1] User: Hi, my email is anna@example.com.")),
                 qPrintable(text));
        QVERIFY(text.contains(
                QStringLiteral("[2] Assistant calls find_user({\"email\":\"anna@example.com\"})")));
        QVERIFY(text.contains(
                QStringLiteral("[3] Result of find_user [c1]: {\"user_id\":\"u_4821\"}")));
        QVERIFY(text.contains(QStringLiteral("get_orders({\"user_id\":\"u_4821\"})")));
        QVERIFY(text.contains(QStringLiteral("[8] Assistant: Yes, order W1001 was delivered")));
        // The tools of the dialogue's catalog with their schemas.
        QVERIFY(text.contains(QStringLiteral("- find_user: Find a user id by email.")));
        QVERIFY(text.contains(QStringLiteral("- get_orders: List the orders of a user.")));
        QVERIFY(text.contains(QStringLiteral("\"required\":[\"user_id\"]")));
        // No placeholder is left unfilled.
        QVERIFY2(PromptTemplates::placeholdersIn(text).isEmpty(), qPrintable(text));
    }
    QVERIFY(QString::fromStdString(
                    systemPromptOf(judge.requestFor(Prompt::ToolFlow, d).body(QStringLiteral("m"))))
                    .contains(QStringLiteral("naturalness")));

    // The built-in templates keep what the judge needs, and are listed for editing.
    for (const QString &name : {QStringLiteral("judge_toolflow"), QStringLiteral("judge_gem")}) {
        QVERIFY(PromptTemplates::names().contains(name));
        const QStringList present = PromptTemplates::placeholdersIn(PromptTemplates::builtIn(name));
        for (const QString &required : PromptTemplates::requiredPlaceholders(name))
            QVERIFY2(present.contains(required), qPrintable(name + QLatin1Char(' ') + required));
    }

    // A dialogue of an unknown catalog still shows which tools it called.
    Dialogue orphan = d;
    orphan.catalogId = 99;
    const QString text = QString::fromStdString(
            systemPromptOf(judge.requestFor(Prompt::Gem, orphan).body(QStringLiteral("m"))));
    QVERIFY2(text.contains(
                     QStringLiteral("not available; the dialogue calls: find_user, get_orders")),
             qPrintable(text));
}

void TestLlmJudge::projectOverrideIsUsed()
{
    QTemporaryDir dir;
    ProjectStore store;
    QVERIFY(!store.create(dir.filePath(QStringLiteral("p.callwright")), QStringLiteral("P")));
    QVERIFY(PromptTemplates::saveOverride(
            store, QStringLiteral("judge_gem"),
            QStringLiteral("HOUSE RULES for argument_hallucination.\nTools: {{tools}}\n"
                           "Trajectory:\n{{dialogue}}")));
    m_server->setBrain(judgeBrain);
    LlmJudge::Settings s = settings();
    s.prompts = PromptTemplates::fromProject(&store);
    QVERIFY(s.prompts.isOverridden(QStringLiteral("judge_gem")));
    QVERIFY(!s.prompts.isOverridden(QStringLiteral("judge_toolflow")));
    LlmJudge judge(std::move(s));
    const Judged j = judgeOffThread(judge, ordersDialogue());
    QVERIFY2(j.error.isEmpty(), qPrintable(j.error));
    QCOMPARE(int(j.scores.size()), 7);
    const QList<Json> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    const QString toolFlow = QString::fromStdString(systemPromptOf(requests[0]));
    const QString gem = QString::fromStdString(systemPromptOf(requests[1]));
    QVERIFY(toolFlow.startsWith(PromptTemplates::builtIn(QStringLiteral("judge_toolflow"))
                                        .section(QLatin1Char('\n'), 0, 0)));
    QVERIFY2(gem.startsWith(QStringLiteral("HOUSE RULES")), qPrintable(gem));
    QVERIFY(gem.contains(QStringLiteral("- find_user: Find a user id by email.")));
    QVERIFY(gem.contains(QStringLiteral("[1] User: Hi, my email is anna@example.com.")));
}

void TestLlmJudge::rerunIsAnsweredFromTheCache()
{
    // The first ToolFlow answer needs a repair: both exchanges are cached.
    m_server->enqueue(Reply::text(QStringLiteral("four")));
    m_server->setBrain(judgeBrain);
    LlmJudge::Settings s = settings();
    auto cache = std::make_shared<MemoryResponseCache>();
    s.scheduler->setCache(cache);
    LlmJudge judge(s);
    const Judged first = judgeOffThread(judge, ordersDialogue());
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(m_server->requestCount(), 3);

    const Judged again = judgeOffThread(judge, ordersDialogue());
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QCOMPARE(m_server->requestCount(), 3);
    QVERIFY(again.scores == first.scores);
    QCOMPARE(s.scheduler->stats().cacheHits, 3);

    // Another judge over the same endpoint and cache (a new pass) is answered from it too.
    LlmJudge other(s);
    QVERIFY(judgeOffThread(other, ordersDialogue()).scores == first.scores);
    QCOMPARE(m_server->requestCount(), 3);
}

void TestLlmJudge::endpointFaultFailsOneDialogueAndThePassGoesOn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("judged.callwright"));
    QVERIFY(ScoringTestSupport::generateProject(path, 6));
    // The first request and its retry fail with 500; every later one is answered.
    m_server->enqueue(Reply::serverError());
    m_server->enqueue(Reply::serverError());
    m_server->setBrain(judgeBrain);
    LlmJudge::Settings s = settings();
    s.scheduler = scheduler(1);
    auto judge = std::make_shared<LlmJudge>(s);

    std::vector<ScoringProgress> progress;
    const ScoringReport report = offThread([&] {
        ProjectStore store;
        if (store.open(path))
            return ScoringReport{};
        ScoringRunner runner(store);
        ScoringRunner::Options options;
        options.pass.threads = 1;
        options.judges = {judge};
        options.judgeThreads = 1; // the first dialogue's first request meets the faults
        return runner.run(options, nullptr,
                          [&](const ScoringProgress &p) { progress.push_back(p); });
    });
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.dialogues, 6);
    QCOMPARE(report.written, 6);
    QCOMPARE(report.judged, 5);
    QCOMPARE(report.judgeFailures, 1);
    QCOMPARE(int(report.judges.size()), 1);
    const JudgeFigures &figures = report.judges.front();
    QCOMPARE(figures.profile, QStringLiteral("Loopback judge"));
    QCOMPARE(figures.rated, 5);
    QCOMPARE(figures.failed, 1);
    QCOMPARE(int(figures.failures.size()), 1);
    const QString error = figures.failures.front().error;
    QVERIFY2(error.contains(figures.failures.front().uid), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("2 attempt")), qPrintable(error));
    QCOMPARE(figures.verdicts.at(QLatin1String(Judge::kNaturalness)).count, 5);
    QCOMPARE(figures.verdicts.at(QLatin1String(Judge::kNaturalness)).mean(), 4.0);
    QCOMPARE(figures.verdicts.at(QLatin1String(Judge::kCrossTurnInconsistency)).mean(), 1.0);
    // The verdicts count in the dataset's distributions, binary rubrics on 0-1.
    const Histogram &binary
            = report.stats.histograms().at(QLatin1String(Judge::kArgumentHallucination));
    QCOMPARE(int(binary.bins.size()), 2);
    QCOMPARE(binary.bins[0], 5);
    QVERIFY(!progress.empty());
    QCOMPARE(progress.back().judged, 5);
    QCOMPARE(progress.back().judgeFailures, 1);

    // Stored beside the embedded scores; the failed dialogue has the embedded ones only.
    ProjectStore store;
    QVERIFY(!store.open(path, ProjectStore::OpenMode::ReadOnly));
    int withVerdicts = 0;
    store.forEachDialogue([&](const Dialogue &d) {
        const Score *verdict = find(d.scores, Judge::kAccuracy);
        if (d.uid == figures.failures.front().uid) {
            [&] {
                QVERIFY(!verdict);
            }();
        } else if (verdict && verdict->source == QLatin1String("Loopback judge")
                   && !verdict->rationale.isEmpty()) {
            ++withVerdicts;
        }
        [&] {
            QVERIFY(find(d.scores, ScoreNames::Naturalness));
        }();
        return true;
    });
    QCOMPARE(withVerdicts, 5);
}

void TestLlmJudge::cancelledPassStopsWithoutCountingFailures()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancel.callwright"));
    QVERIFY(ScoringTestSupport::generateProject(path, 12));
    m_server->setBrain(judgeBrain);
    m_server->setLatency(150);
    auto judge = std::make_shared<LlmJudge>(settings());
    std::atomic_bool cancel{false};
    const ScoringReport report = offThread([&] {
        ProjectStore store;
        if (store.open(path))
            return ScoringReport{};
        ScoringRunner runner(store);
        ScoringRunner::Options options;
        options.pass.threads = 1;
        options.judges = {judge};
        options.judgeThreads = 2;
        return runner.run(options, &cancel, [&](const ScoringProgress &p) {
            if (p.judged >= 2)
                cancel.store(true);
        });
    });
    QVERIFY(report.cancelled);
    QVERIFY(report.error.isEmpty());
    QVERIFY2(report.judged >= 2 && report.judged < 12, qPrintable(QString::number(report.judged)));
    QCOMPARE(report.judgeFailures, 0);
    // The verdicts that came in are kept.
    ProjectStore store;
    QVERIFY(!store.open(path, ProjectStore::OpenMode::ReadOnly));
    qint64 withVerdicts = 0;
    store.forEachDialogue([&](const Dialogue &d) {
        withVerdicts += find(d.scores, Judge::kHelpfulness) ? 1 : 0;
        return true;
    });
    QCOMPARE(withVerdicts, report.judged);
}

QTEST_GUILESS_MAIN(TestLlmJudge)
#include "tst_llmjudge.moc"
