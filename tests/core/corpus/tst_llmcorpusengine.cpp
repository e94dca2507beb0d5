// GEM's stages on an endpoint, against the loopback test server: well-formed answers become the
// same structs the embedded engine gives; malformed ones get one repair request and then
// succeed or fail with a message naming the passage and the problem; an endpoint fault fails
// the stage with the endpoint's message; the pipeline records a failed stage and goes on.
// The stages block on the scheduler, so they run on a pool thread while this thread turns the
// server's event loop.
#include "backends/endpointscheduler.h"
#include "backends/modelanswers.h"
#include "corpus/corpuspipeline.h"
#include "corpus/corpusrulecheck.h"
#include "corpus/corpussegmenter.h"
#include "corpus/llmcorpusengine.h"
#include "llmtestserver.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Callwright;

class TestLlmCorpusEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void relevanceBecomesAResult();
    void extractionBecomesToolsAndAPlan();
    void groundingBecomesADialogue();
    void refinementHasAPersonaAndItsChanges();
    void notJsonGetsOneRepair();
    void toolWithoutANameGetsOneRepair();
    void undefinedToolFailsAfterTheRepair();
    void argumentsFailingTheSchemaFailAfterTheRepair();
    void endpointFaultFailsTheStage();
    void groundingWithoutToolsFailsWithoutARequest();
    void pipelineRecordsTheFailedStageAndGoesOn();

private:
    LlmCorpusEngine engine(int maxRetries = 2);
    std::unique_ptr<LlmTestServer> m_server;
    std::shared_ptr<EndpointScheduler> m_scheduler;
};

namespace {

using Reply = LlmTestServer::Reply;

const char kPassage[] = "# Disk full\n\n"
                        "Never delete files outside /var/log.\n\n"
                        "1. Check the usage with `df -h /var`.\n"
                        "2. Find the biggest directories with `du -sh /var/log`.\n";

const char kRelevance[] = R"js({"holds_workflow": true, "confidence": 0.9,
    "summary": "Free space on a full volume", "platform": "Linux command line",
    "domain": "storage", "task_category": "mitigation", "evidence": ["numbered steps"]})js";

// A fenced answer with the OpenAI tool form and arguments as JSON text: read tolerantly.
const char kExtraction[] = R"js(Here it is:
```json
{"steps": [
  {"description": "Check the usage", "command": "df -h /var", "tool": "disk_usage",
   "arguments": {"path": "/var"}, "output": "/dev/sda1 100% /var"},
  {"description": "Find the biggest directories", "command": "du -sh /var/log",
   "tool": "directory_size", "arguments": "{\"path\": \"/var/log\"}"}],
 "execution_graph": "(disk_usage)->(directory_size)",
           "tools" :
    [
        {
            "name" : "disk_usage",
            "description" : "Free and used space of the file system holding a path",
            "parameters" : {
                "type" : "object",
                "properties" :
                        {"path" : {"type" : "string", "description" : "A path on the file system"}},
                "required" : ["path"]
            }
        },
        {
            "type" : "function",
            "function" : {
                "name" : "directory_size",
                "description" : "Total size of a directory",
                "parameters" : {
                    "type" : "object",
                    "properties" : {"path" : {"type" : "string", "description" : "The directory"}},
                    "required" : ["path"]
                }
            }
        }
    ]
}
```)js";

const char kGrounding[] = R"js({"rules": ["Never delete files outside /var/log."],
 "messages": [
  {"role": "system", "content": "You help with Linux storage. Never delete files outside /var/log."},
  {"role": "user", "content": "My /var is full, can you look?"},
  {"role": "assistant", "content": "Checking the usage.",
   "tool_calls": [{"id": "c1", "name": "disk_usage", "arguments": {"path": "/var"}}]},
  {"role": "tool", "tool_call_id": "c1", "name": "disk_usage", "content": "{\"use\": \"100%\"}"},
  {"role": "assistant", "content": null, "tool_calls": [{"id": "c2", "type": "function",
   "function": {"name": "directory_size", "arguments": "{\"path\": \"/var/log\"}"}}]},
  {"role": "tool", "tool_call_id": "c2", "content": "12G /var/log"},
  {"role": "assistant", "content": "/var is full; /var/log holds 12G."}]})js";

const char kRefinement[] = R"js({"persona": {"name": "Priya", "background": "On-call SRE",
  "traits": ["terse"], "speaking_style": "short"},
 "rules": ["Never delete files outside /var/log.", "Ask before changing anything."],
 "changes": ["persona", "error recovery", "clarification", "multi-constraint request"],
 "messages": [
  {"role": "system", "content": "You help with Linux storage. Ask before changing anything."},
  {"role": "user", "content": "Disk is full. Check it, be quick, and do not touch /home."},
  {"role": "assistant", "content": "Which mount point?"},
  {"role": "user", "content": "/var"},
  {"role": "assistant", "tool_calls": [{"id": "c1", "name": "disk_usage", "arguments": {"path": "/var"}}]},
  {"role": "tool", "tool_call_id": "c1", "content": "{\"error\": \"timeout\"}", "is_error": true},
  {"role": "assistant", "tool_calls": [{"id": "c2", "name": "disk_usage", "arguments": {"path": "/var"}}]},
  {"role": "tool", "tool_call_id": "c2", "content": "{\"use\": \"100%\"}"},
  {"role": "assistant", "content": "/var is at 100%."}]})js";

QString q(const char *s)
{
    return QString::fromUtf8(s);
}

EndpointProfile profileFor(const LlmTestServer &server, int maxRetries)
{
    EndpointProfile p;
    p.id = QStringLiteral("loopback");
    p.name = QStringLiteral("Loopback");
    p.baseUrl = server.baseUrl();
    p.model = QStringLiteral("test-model");
    p.maxInFlight = 4;
    p.requestTimeoutMs = 5000;
    p.maxRetries = maxRetries;
    return p;
}

// Runs f on a pool thread and turns this thread's event loop (the server's) until it ends.
template<typename F>
auto onWorker(F f, int timeoutMs = 30000)
{
    auto future = QtConcurrent::run(std::move(f));
    QElapsedTimer clock;
    clock.start();
    while (!future.isFinished() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    future.waitForFinished();
    return future.result();
}

struct Fixture
{
    CorpusDocument document;
    Passage passage;
    Fixture(const QString &uid = QStringLiteral("disk-full"), const char *text = kPassage)
    {
        document.uid = uid;
        document.title = QStringLiteral("Disk full");
        document.text = QString::fromUtf8(text);
        passage.index = 0;
        passage.text = document.text;
        passage.end = int(document.text.size());
        passage.headingPath = {QStringLiteral("Disk full")};
    }
};

template<typename R>
struct Outcome
{
    std::optional<R> result;
    QString failure;
};

template<typename R, typename F>
Outcome<R> attempt(F f)
{
    return onWorker([f]() {
        Outcome<R> o;
        try {
            o.result = f();
        } catch (const CorpusStageFailure &e) {
            o.failure = e.message();
        }
        return o;
    });
}

RelevanceResult relevanceOf()
{
    QStringList problems;
    return LlmCorpusEngine::readRelevance(parseJson(std::string_view(kRelevance)), &problems);
}

ExtractionResult extractionOf(const CorpusStageInput &input)
{
    QStringList problems;
    ExtractionResult e
            = LlmCorpusEngine::readExtraction(jsonFromModelText(q(kExtraction)), input, &problems);
    return e;
}

QString systemOf(const Json &request)
{
    return QString::fromStdString(request.at("messages").at(0).at("content").get<std::string>());
}

} // namespace

void TestLlmCorpusEngine::init()
{
    m_scheduler.reset();
    m_server = std::make_unique<LlmTestServer>();
    QVERIFY(m_server->listen());
}

LlmCorpusEngine TestLlmCorpusEngine::engine(int maxRetries)
{
    m_scheduler = std::make_shared<EndpointScheduler>(profileFor(*m_server, maxRetries));
    m_scheduler->setBackoff(5, 20);
    LlmCorpusEngine::Settings s;
    s.scheduler = m_scheduler;
    return LlmCorpusEngine(s);
}

void TestLlmCorpusEngine::relevanceBecomesAResult()
{
    LlmCorpusEngine e = engine();
    QCOMPARE(e.name(), QStringLiteral("Loopback"));
    QVERIFY(!e.isHeuristic());
    Fixture f;
    m_server->enqueue(Reply::text(q(kRelevance)));
    const auto o = attempt<RelevanceResult>([&] { return e.relevance({f.document, f.passage}); });
    QVERIFY2(o.result, qPrintable(o.failure));
    QVERIFY(o.result->holdsWorkflow);
    QCOMPARE(o.result->confidence, 0.9);
    QCOMPARE(o.result->summary, QStringLiteral("Free space on a full volume"));
    QCOMPARE(o.result->platform, QStringLiteral("Linux command line"));
    QCOMPARE(o.result->domain, QStringLiteral("storage"));
    QCOMPARE(o.result->taskCategory, QStringLiteral("mitigation"));
    QCOMPARE(o.result->evidence, QStringList{QStringLiteral("numbered steps")});

    // The prompt holds the passage text and asks for a JSON object.
    QCOMPARE(m_server->requests().size(), 1);
    const Json request = m_server->requests().front();
    QVERIFY(systemOf(request).contains(f.passage.text));
    QVERIFY(systemOf(request).startsWith(QLatin1String("You are the relevance filter")));
    QCOMPARE(request.at("response_format").at("type").get<std::string>(),
             std::string("json_object"));
}

void TestLlmCorpusEngine::extractionBecomesToolsAndAPlan()
{
    LlmCorpusEngine e = engine();
    Fixture f;
    const RelevanceResult r = relevanceOf();
    m_server->enqueue(Reply::text(q(kExtraction)));
    const auto o = attempt<ExtractionResult>([&] {
        return e.extraction({f.document, f.passage, &r});
    });
    QVERIFY2(o.result, qPrintable(o.failure));
    const ExtractionResult &x = *o.result;
    QCOMPARE(int(x.tools.size()), 2);
    QCOMPARE(x.tools[1].name, QStringLiteral("directory_size"));
    QCOMPARE(x.tools[0].origin.kind, ToolOrigin::Kind::Corpus);
    QCOMPARE(x.tools[0].origin.source, QStringLiteral("disk-full"));
    QVERIFY(x.tools[0].parameters.at("required") == Json::array({"path"}));
    QCOMPARE(int(x.steps.size()), 2);
    QVERIFY(x.steps[1].arguments == (Json{{"path", "/var/log"}}));
    QCOMPARE(x.steps[0].output, QStringLiteral("/dev/sda1 100% /var"));
    QCOMPARE(x.executionGraph, QStringLiteral("(disk_usage)->(directory_size)"));
    QCOMPARE(int(x.plan.steps.size()), 2);
    QCOMPARE(x.plan.goal, QStringLiteral("Free space on a full volume"));
    QCOMPARE(x.plan.steps[0].calls[0].toolName, QStringLiteral("disk_usage"));
    QVERIFY(CorpusRuleCheck::checkExtraction(x).empty());
    const QString prompt = systemOf(m_server->requests().front());
    QVERIFY(prompt.contains(f.passage.text));
    QVERIFY(prompt.contains(QLatin1String("Free space on a full volume")));
}

void TestLlmCorpusEngine::groundingBecomesADialogue()
{
    LlmCorpusEngine e = engine();
    Fixture f;
    const RelevanceResult r = relevanceOf();
    const ExtractionResult x = extractionOf({f.document, f.passage, &r});
    QCOMPARE(int(x.tools.size()), 2);
    m_server->enqueue(Reply::text(q(kGrounding)));
    const auto o = attempt<TrajectoryResult>([&] {
        return e.grounding({f.document, f.passage, &r, &x});
    });
    QVERIFY2(o.result, qPrintable(o.failure));
    const Dialogue &d = o.result->trajectory;
    QCOMPARE(d.uid, QStringLiteral("corpus:disk-full:0:grounding"));
    QCOMPARE(d.engine, QStringLiteral("Loopback"));
    QVERIFY(d.plan == x.plan);
    QCOMPARE(int(d.messages.size()), 7);
    QCOMPARE(d.messages[0].role, Message::Role::System);
    QCOMPARE(d.messages[2].toolCalls.at(0).toolName, QStringLiteral("disk_usage"));
    QVERIFY(d.messages[4].toolCalls.at(0).arguments == (Json{{"path", "/var/log"}}));
    QCOMPARE(d.messages[5].toolName, QStringLiteral("directory_size"));
    QCOMPARE(int(d.calls.size()), 2);
    QVERIFY(d.calls[0].response == (Json{{"use", "100%"}}));
    QVERIFY(d.calls[1].response == Json("12G /var/log"));
    QVERIFY(!d.calls[0].isError);
    QCOMPARE(o.result->rules, QStringList{QStringLiteral("Never delete files outside /var/log.")});
    QVERIFY(CorpusRuleCheck::checkTrajectory(*o.result, x.tools).empty());
    const QString prompt = systemOf(m_server->requests().front());
    QVERIFY(prompt.contains(f.passage.text));
    QVERIFY(prompt.contains(QLatin1String("\"directory_size\"")));
    QVERIFY(prompt.contains(QLatin1String("(disk_usage)->(directory_size)")));
}

void TestLlmCorpusEngine::refinementHasAPersonaAndItsChanges()
{
    LlmCorpusEngine e = engine();
    Fixture f;
    const RelevanceResult r = relevanceOf();
    const ExtractionResult x = extractionOf({f.document, f.passage, &r});
    QStringList problems;
    const TrajectoryResult g = LlmCorpusEngine::readTrajectory(
            parseJson(std::string_view(kGrounding)), CorpusStage::Grounding,
            {f.document, f.passage, &r, &x}, QStringLiteral("Loopback"), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    m_server->enqueue(Reply::text(q(kRefinement)));
    const auto o = attempt<TrajectoryResult>([&] {
        return e.refinement({f.document, f.passage, &r, &x, &g});
    });
    QVERIFY2(o.result, qPrintable(o.failure));
    const Dialogue &d = o.result->trajectory;
    QCOMPARE(d.uid, QStringLiteral("corpus:disk-full:0:refinement"));
    QCOMPARE(d.persona.name, QStringLiteral("Priya"));
    QCOMPARE(d.persona.speakingStyle, QStringLiteral("short"));
    QCOMPARE(o.result->changes.size(), 4);
    QCOMPARE(o.result->rules.size(), 2);
    QCOMPARE(int(d.calls.size()), 2);
    QVERIFY(d.calls[0].isError);
    QVERIFY(!d.calls[1].isError);
    // The prompt shows the grounded trajectory to refine.
    const QString prompt = systemOf(m_server->requests().front());
    QVERIFY(prompt.contains(QLatin1String("My /var is full, can you look?")));
    QVERIFY(prompt.contains(f.passage.text));
}

void TestLlmCorpusEngine::notJsonGetsOneRepair()
{
    LlmCorpusEngine e = engine();
    Fixture f;
    m_server->enqueue(Reply::text(QStringLiteral("Yes, this passage has a workflow.")));
    m_server->enqueue(Reply::text(q(kRelevance)));
    const auto o = attempt<RelevanceResult>([&] { return e.relevance({f.document, f.passage}); });
    QVERIFY2(o.result, qPrintable(o.failure));
    QVERIFY(o.result->holdsWorkflow);
    const QList<Json> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    const Json &messages = requests[1].at("messages");
    QCOMPARE(int(messages.size()), 4);
    QCOMPARE(messages[2].at("content").get<std::string>(),
             std::string("Yes, this passage has a workflow."));
    QVERIFY(QString::fromStdString(messages[3].at("content").get<std::string>())
                    .contains(QLatin1String("not a JSON object")));
}

void TestLlmCorpusEngine::toolWithoutANameGetsOneRepair()
{
    LlmCorpusEngine e = engine();
    Fixture f;
    const RelevanceResult r = relevanceOf();
    Json bad = jsonFromModelText(q(kExtraction));
    bad["tools"][0].erase("name");
    m_server->enqueue(Reply::text(toQString(bad)));
    m_server->enqueue(Reply::text(q(kExtraction)));
    const auto o = attempt<ExtractionResult>([&] {
        return e.extraction({f.document, f.passage, &r});
    });
    QVERIFY2(o.result, qPrintable(o.failure));
    QCOMPARE(int(o.result->tools.size()), 2);
    QCOMPARE(m_server->requests().size(), 2);
    const QString correction = QString::fromStdString(
            m_server->requests()[1].at("messages").back().at("content").get<std::string>());
    QVERIFY2(correction.contains(QLatin1String("tools[0] has no name")), qPrintable(correction));
}

void TestLlmCorpusEngine::undefinedToolFailsAfterTheRepair()
{
    LlmCorpusEngine e = engine();
    Fixture f;
    const RelevanceResult r = relevanceOf();
    const ExtractionResult x = extractionOf({f.document, f.passage, &r});
    Json bad = parseJson(std::string_view(kGrounding));
    bad["messages"][2]["tool_calls"][0]["name"] = "rm_rf";
    m_server->enqueue(Reply::text(toQString(bad)));
    m_server->enqueue(Reply::text(toQString(bad)));
    const auto o = attempt<TrajectoryResult>([&] {
        return e.grounding({f.document, f.passage, &r, &x});
    });
    QVERIFY(!o.result);
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY2(o.failure.contains(QLatin1String("passage 0 of 'Disk full', grounding stage")),
             qPrintable(o.failure));
    QVERIFY2(o.failure.contains(QLatin1String("even after a repair request")),
             qPrintable(o.failure));
    QVERIFY2(o.failure.contains(QLatin1String("'rm_rf', which is not a defined tool")),
             qPrintable(o.failure));
}

void TestLlmCorpusEngine::argumentsFailingTheSchemaFailAfterTheRepair()
{
    LlmCorpusEngine e = engine();
    Fixture f;
    const RelevanceResult r = relevanceOf();
    Json bad = jsonFromModelText(q(kExtraction));
    bad["steps"][0]["arguments"] = Json{{"path", 42}};
    m_server->enqueue(Reply::text(toQString(bad)));
    m_server->enqueue(Reply::text(toQString(bad)));
    const auto o = attempt<ExtractionResult>([&] {
        return e.extraction({f.document, f.passage, &r});
    });
    QVERIFY(!o.result);
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY2(o.failure.contains(QLatin1String("extraction stage")), qPrintable(o.failure));
    QVERIFY2(o.failure.contains(QLatin1String("/steps/0/arguments/path")), qPrintable(o.failure));
    QVERIFY2(o.failure.contains(QLatin1String("arguments of 'disk_usage'")), qPrintable(o.failure));
}

void TestLlmCorpusEngine::endpointFaultFailsTheStage()
{
    LlmCorpusEngine e = engine(1);
    Fixture f;
    m_server->enqueue(Reply::serverError());
    m_server->enqueue(Reply::serverError());
    const auto o = attempt<RelevanceResult>([&] { return e.relevance({f.document, f.passage}); });
    QVERIFY(!o.result);
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY2(o.failure.contains(QLatin1String("passage 0 of 'Disk full', relevance stage: the "
                                              "request failed after 2 attempt(s)")),
             qPrintable(o.failure));
    QVERIFY2(o.failure.contains(QLatin1String("HTTP 500")), qPrintable(o.failure));
}

void TestLlmCorpusEngine::groundingWithoutToolsFailsWithoutARequest()
{
    LlmCorpusEngine e = engine();
    Fixture f;
    const ExtractionResult empty;
    const auto o = attempt<TrajectoryResult>([&] {
        return e.grounding({f.document, f.passage, nullptr, &empty});
    });
    QVERIFY(!o.result);
    QVERIFY2(o.failure.contains(QLatin1String("holds no tool")), qPrintable(o.failure));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestLlmCorpusEngine::pipelineRecordsTheFailedStageAndGoesOn()
{
    // A brain that plays the stages from what the prompt shows: the passage of "broken" gets
    // an extraction answer that is never JSON; the other passage gets good answers.
    m_server->setBrain([](const Json &request) {
        const QString system = systemOf(request);
        const auto text = [](const char *s) {
            return Json{{"role", "assistant"}, {"content", s}};
        };
        if (system.startsWith(QLatin1String("You are the relevance filter")))
            return text(kRelevance);
        if (system.startsWith(QLatin1String("You are the workflow and tool extractor")))
            return system.contains(QLatin1String("BROKEN")) ? text("I cannot do that.")
                                                            : text(kExtraction);
        if (system.startsWith(QLatin1String("You are the trajectory writer")))
            return text(kGrounding);
        if (system.startsWith(QLatin1String("You are the complexity refiner")))
            return text(kRefinement);
        return Json();
    });
    m_scheduler = std::make_shared<EndpointScheduler>(profileFor(*m_server, 1));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("llm.callwright"));
    const auto scheduler = m_scheduler;

    struct Seen
    {
        QString error;
        CorpusRunReport report;
        std::vector<PassageStages> broken;
        std::vector<PassageStages> good;
    };
    const Seen seen = onWorker([path, scheduler]() {
        Seen s;
        ProjectStore store;
        if (store.create(path, QStringLiteral("LLM corpus"))) {
            s.error = QStringLiteral("cannot create the project");
            return s;
        }
        std::vector<SegmentedDocument> docs;
        for (const auto &[uid, text] :
             {std::pair{"broken", "# Disk full\n\nBROKEN\n\n1. Run `df -h /var`.\n"},
              std::pair{"disk-full", kPassage}}) {
            SegmentedDocument d;
            d.document.uid = QString::fromUtf8(uid);
            d.document.title = QStringLiteral("Disk full");
            d.document.text = QString::fromUtf8(text);
            d.passages = CorpusSegmenter().segment(d.document);
            docs.push_back(std::move(d));
        }
        if (!store.putCorpusDocuments(docs)) {
            s.error = QStringLiteral("cannot store the documents");
            return s;
        }
        CorpusPipeline pipeline(store, [scheduler] {
            LlmCorpusEngine::Settings settings;
            settings.scheduler = scheduler;
            return std::make_unique<LlmCorpusEngine>(settings);
        });
        CorpusRunOptions options;
        options.threads = 2;
        s.report = pipeline.run(options);
        for (const auto &[id, st] : store.corpusDocumentStages(docs[0].document.id))
            s.broken.push_back(st);
        for (const auto &[id, st] : store.corpusDocumentStages(docs[1].document.id))
            s.good.push_back(st);
        return s;
    });
    QVERIFY2(seen.error.isEmpty(), qPrintable(seen.error));
    QVERIFY2(seen.report.error.isEmpty(), qPrintable(seen.report.error));
    QCOMPARE(seen.report.progress.documentsDone, 2);
    QCOMPARE(seen.report.progress.stages[1].failed, 1);
    QVERIFY2(seen.report.progress.lastFailure.contains(QLatin1String("'Disk full', extraction")),
             qPrintable(seen.report.progress.lastFailure));
    QCOMPARE(int(seen.broken.size()), 1);
    const PassageStages &broken = seen.broken.front();
    QCOMPARE(broken[1].status, CorpusStageStatus::Failed);
    QCOMPARE(broken[1].engine, QStringLiteral("Loopback"));
    QVERIFY(!broken[1].heuristic);
    QVERIFY(broken[1].error.contains(QLatin1String("not a JSON object")));
    QCOMPARE(broken[2].status, CorpusStageStatus::Skipped);
    // The other document went through every stage, with clean rule checks.
    QCOMPARE(int(seen.good.size()), 1);
    for (const CorpusStageRecord &rec : seen.good.front()) {
        QCOMPARE(rec.status, CorpusStageStatus::Done);
        QCOMPARE(rec.engine, QStringLiteral("Loopback"));
        QVERIFY(!rec.heuristic);
        QVERIFY(rec.issues.empty());
    }
    QCOMPARE(seen.good.front()[3].trajectory()->trajectory.persona.name, QStringLiteral("Priya"));
}

QTEST_GUILESS_MAIN(TestLlmCorpusEngine)
#include "tst_llmcorpusengine.moc"
