// LLM-driven agents over the loopback OpenAI-compatible server: a whole generation job that
// yields verified dialogues, what the tool agent may see, malformed answers, per-dialogue
// failures that a rerun repairs, the response cache, and secrets that go nowhere.
#include "backends/endpointscheduler.h"
#include "backends/secretstore.h"
#include "export/datasetexporter.h"
#include "llmtestserver.h"
#include "scriptedmodel.h"
#include "simulation/generationjob.h"
#include "simulation/llmagents.h"
#include "store/projectstore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Callwright;

namespace {

using Reply = LlmTestServer::Reply;

Tool tool(const char *name, const char *description, Json properties, Json required)
{
    Tool t;
    t.name = QLatin1String(name);
    t.description = QLatin1String(description);
    t.parameters = Json{{"type", "object"},
                        {"properties", std::move(properties)},
                        {"required", std::move(required)}};
    return t;
}

// Tools whose parameter names tell them apart, so the scripted assistant picks the planned one.
Catalog helpDeskCatalog()
{
    Catalog c;
    c.name = QStringLiteral("Help desk");
    c.tools.push_back(tool("get_weather", "Get the current weather in a city.",
                           {{"city", {{"type", "string"}, {"description", "City name"}}}},
                           {"city"}));
    c.tools.push_back(
            tool("convert_currency", "Convert an amount from one currency to another.",
                 {{"amount", {{"type", "number"}}},
                  {"from_currency", {{"type", "string"}, {"enum", {"EUR", "USD", "GBP"}}}},
                  {"to_currency", {{"type", "string"}, {"enum", {"EUR", "USD", "GBP"}}}}},
                 {"amount", "from_currency", "to_currency"}));
    c.tools.push_back(tool("book_table", "Book a table at a restaurant.",
                           {{"restaurant", {{"type", "string"}}},
                            {"party_size", {{"type", "integer"}, {"minimum", 1}, {"maximum", 12}}},
                            {"time", {{"type", "string"}, {"pattern", "^[0-2][0-9]:[0-5][0-9]$"}}}},
                           {"restaurant", "party_size", "time"}));
    c.tools.push_back(
            tool("track_parcel", "Track a parcel by its tracking number.",
                 {{"tracking_number", {{"type", "string"}, {"pattern", "^TRK[0-9]{6}$"}}}},
                 {"tracking_number"}));
    return c;
}

template<typename T>
T waitFor(QFuture<T> future, int timeoutMs = 60000)
{
    QElapsedTimer clock;
    clock.start();
    while (!future.isFinished() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return future.isFinished() ? future.result() : T{};
}

struct JobRun
{
    Job job;
    std::vector<Dialogue> dialogues;
    QString error;
};

} // namespace

class TestLlmAgents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void jobOverAnEndpointYieldsVerifiedDialogues();
    void toolAgentPromptHoldsOnlyTheToolAndTheRequest();
    void rerunIsAnsweredByTheCache();
    void failedDialoguesAreRecordedAndARerunMakesThem();
    void malformedToolAnswerGetsOneRepair();
    void unknownToolNameIsRecordedAsAFailedCall();
    void promptOverridesFromTheProjectAreUsed();
    void oddBackTranslationAnswersAreMismatchesNotCrashes();
    void secretsReachNoFileSettingOrLog();

private:
    EndpointProfile profile() const;
    JobRun runJob(const SimulationSettings &settings, qint64 resumeJobId = 0,
                  const QString &bearer = {});
    SimulationSettings settings(int count) const;

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_catalogId = 0;
    std::unique_ptr<LlmTestServer> m_server;
    int m_maxRetries = 2;
};

void TestLlmAgents::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    qputenv("CALLWRIGHT_SECRETS", "session");
}

void TestLlmAgents::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("p%1.callwright").arg(++n));
    ProjectStore store;
    QVERIFY(!store.create(m_path, QStringLiteral("LLM")));
    Catalog catalog = helpDeskCatalog();
    QVERIFY(store.insertCatalog(catalog));
    m_catalogId = catalog.id;
    m_server = std::make_unique<LlmTestServer>();
    m_server->setBrain(&ScriptedModel::reply);
    QVERIFY(m_server->listen());
    m_maxRetries = 2;
}

EndpointProfile TestLlmAgents::profile() const
{
    EndpointProfile p;
    p.id = QStringLiteral("loopback-llm");
    p.name = QStringLiteral("Loopback LLM");
    p.baseUrl = m_server->baseUrl();
    p.model = QStringLiteral("scripted");
    p.maxInFlight = 4;
    p.requestTimeoutMs = 5000;
    p.maxRetries = m_maxRetries;
    return p;
}

SimulationSettings TestLlmAgents::settings(int count) const
{
    SimulationSettings s;
    s.catalogId = m_catalogId;
    s.count = count;
    s.seed = 7;
    s.engine = QStringLiteral("llm");
    s.endpoint = QStringLiteral("loopback-llm");
    s.backTranslate = true;
    s.mix.weights = {40, 0, 0, 25, 15, 15, 0};
    return s;
}

// The job runs on a worker thread (it blocks on the endpoint) while this thread serves.
JobRun TestLlmAgents::runJob(const SimulationSettings &s, qint64 resumeJobId, const QString &bearer)
{
    const EndpointProfile p = profile();
    const QString path = m_path;
    return waitFor(QtConcurrent::run([=]() {
        JobRun out;
        ProjectStore store;
        if (const StoreError e = store.open(path)) {
            out.error = e.message;
            return out;
        }
        GenerationRunner runner(store);
        runner.setEndpointOpener(
                [&](const QString &id, QString *error) -> std::shared_ptr<EndpointScheduler> {
                    if (id != p.id) {
                        *error = QStringLiteral("no profile %1").arg(id);
                        return nullptr;
                    }
                    auto scheduler = std::make_shared<EndpointScheduler>(p);
                    scheduler->setBackoff(5, 20);
                    scheduler->setBearerToken(bearer);
                    return scheduler;
                });
        std::optional<Job> job;
        if (resumeJobId) {
            job = store.job(resumeJobId);
        } else {
            job = runner.create(s, &out.error);
        }
        if (!job)
            return out;
        out.job = runner.run(*job);
        store.forEachDialogue([&](const Dialogue &d) {
            if (d.jobId == out.job.id)
                out.dialogues.push_back(d);
            return true;
        });
        return out;
    }));
}

void TestLlmAgents::jobOverAnEndpointYieldsVerifiedDialogues()
{
    const JobRun run = runJob(settings(12));
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.job.state, Job::State::Completed);
    QVERIFY2(run.job.error.isEmpty(), qPrintable(run.job.error));
    QCOMPARE(int(run.dialogues.size()), 12);
    std::map<PlanStep::Kind, int> kinds;
    int calls = 0;
    for (const Dialogue &d : run.dialogues) {
        QCOMPARE(d.engine, QStringLiteral("loopback-llm"));
        QCOMPARE(d.plan.goal, QStringLiteral("I want to get a few things sorted today."));
        for (const PlanStep &s : d.plan.steps)
            ++kinds[s.kind];
        calls += int(d.calls.size());
        for (const Score &s : d.scores) {
            if (s.metric == QLatin1String("verified")) {
                if (s.value != 1.0) {
                    for (const Message &m : d.messages)
                        qInfo() << messageRoleName(m.role) << m.content
                                << (m.toolCalls.empty() ? QString()
                                                        : QString::fromStdString(
                                                                m.toolCalls[0].arguments.dump()));
                    qInfo() << QString::fromStdString(Json(d.plan).dump());
                }
                QVERIFY2(s.value == 1.0, qPrintable(d.uid + QStringLiteral(": ") + s.rationale));
            }
            if (s.metric == QLatin1String("backtranslation"))
                QVERIFY2(s.value == 1.0, qPrintable(s.rationale));
        }
        QVERIFY(std::any_of(d.scores.begin(), d.scores.end(), [](const Score &s) {
            return s.metric == QLatin1String("backtranslation");
        }));
    }
    QVERIFY(kinds[PlanStep::Kind::SingleCall] > 0);
    QVERIFY(kinds[PlanStep::Kind::Clarification] > 0);
    QVERIFY(kinds[PlanStep::Kind::ChitChat] > 0);
    QVERIFY(kinds[PlanStep::Kind::Unsupported] > 0);
    QVERIFY(calls > 10);
    // Usage is counted per job.
    const Json usage = run.job.report.value("usage", Json::object());
    QVERIFY(usage.value("requests", 0.0) >= m_server->requestCount() - 1);
    QVERIFY(usage.value("prompt_tokens", 0.0) > 0);
    QCOMPARE(run.job.report.value("failed", -1), 0);
}

void TestLlmAgents::toolAgentPromptHoldsOnlyTheToolAndTheRequest()
{
    const JobRun run = runJob(settings(6));
    QCOMPARE(run.job.state, Job::State::Completed);
    int toolRequests = 0;
    for (const Json &request : m_server->requests()) {
        const std::string system = request["messages"][0].value("content", std::string());
        if (system.rfind("You are simulating one tool", 0) != 0)
            continue;
        ++toolRequests;
        QCOMPARE(request["messages"].size(), std::size_t(2));
        QVERIFY(!request.contains("tools"));
        const Json body = Json::parse(request["messages"][1].value("content", std::string()));
        QVERIFY(body.contains("arguments"));
        for (auto it = body.begin(); it != body.end(); ++it)
            QVERIFY2(it.key() == "arguments" || it.key() == "envelope", it.key().c_str());
        // Exactly one tool definition, and nothing of the dialogue, the persona or the goal.
        int named = 0;
        for (const Tool &t : helpDeskCatalog().tools)
            named += system.find("\"" + t.name.toStdString() + "\"") != std::string::npos ? 1 : 0;
        QCOMPARE(named, 1);
        QVERIFY(system.find("few things sorted") == std::string::npos);
        for (const Dialogue &d : run.dialogues)
            QVERIFY(system.find(d.persona.name.toStdString()) == std::string::npos);
    }
    QVERIFY(toolRequests > 3);

    // The request the agent builds, directly.
    LlmAgentSettings agent;
    LlmToolAgent toolAgent(agent);
    ToolAgentInput input{helpDeskCatalog().tools[0], Json{{"city", "Oslo"}}, Json()};
    const ChatRequest request = toolAgent.requestFor(input);
    QCOMPARE(request.messages.size(), std::size_t(2));
    QVERIFY(request.messages[1]["content"].get<std::string>()
            == R"({"arguments":{"city":"Oslo"}})");
    QCOMPARE(request.temperature.value_or(-1), 0.0);
}

void TestLlmAgents::rerunIsAnsweredByTheCache()
{
    const JobRun first = runJob(settings(5));
    QCOMPARE(first.job.state, Job::State::Completed);
    const int requests = m_server->requestCount();
    const JobRun second = runJob(settings(5));
    QCOMPARE(second.job.state, Job::State::Completed);
    QCOMPARE(m_server->requestCount(), requests); // every answer came from the project's cache
    const Json firstUsage = first.job.report["usage"];
    QCOMPARE(firstUsage.value("requests", 0.0), double(requests));
    QCOMPARE(second.job.report["usage"].value("cache_hits", 0.0),
             firstUsage.value("requests", 0.0) + firstUsage.value("cache_hits", 0.0));
    QCOMPARE(second.job.report["usage"].value("requests", -1.0), 0.0);
    QCOMPARE(second.dialogues.size(), first.dialogues.size());
    for (std::size_t i = 0; i < first.dialogues.size(); ++i)
        QVERIFY(first.dialogues[i].messages == second.dialogues[i].messages);
}

void TestLlmAgents::failedDialoguesAreRecordedAndARerunMakesThem()
{
    m_maxRetries = 0;
    // The first two requests fail: the dialogues that sent them cannot be made.
    m_server->enqueue(Reply::serverError());
    m_server->enqueue(Reply::serverError());
    const JobRun run = runJob(settings(8));
    QCOMPARE(run.job.state, Job::State::Completed);
    QCOMPARE(run.job.report.value("failed", 0), 2);
    QCOMPARE(int(run.dialogues.size()), 6);
    QVERIFY2(run.job.error.startsWith(QLatin1String("2 dialogue"))
                     && run.job.error.contains(QLatin1String("could not be made"))
                     && run.job.error.contains(QLatin1String("HTTP 500")),
             qPrintable(run.job.error));
    const Json failures = run.job.report["failures"];
    QCOMPARE(failures.size(), std::size_t(2));
    QVERIFY(failures[0].value("error", std::string()).find("Loopback LLM") != std::string::npos);

    // Running the job again makes the two it lacks, and nothing twice.
    const JobRun again = runJob(settings(8), run.job.id);
    QCOMPARE(again.job.state, Job::State::Completed);
    QVERIFY(again.job.error.isEmpty());
    QCOMPARE(int(again.dialogues.size()), 8);
    QSet<QString> uids;
    for (const Dialogue &d : again.dialogues)
        uids.insert(d.uid);
    QCOMPARE(uids.size(), 8);
}

void TestLlmAgents::malformedToolAnswerGetsOneRepair()
{
    EndpointScheduler scheduler(profile());
    LlmAgentSettings agent;
    agent.scheduler = &scheduler;
    LlmToolAgent toolAgent(agent);
    const ToolAgentInput input{helpDeskCatalog().tools[0], Json{{"city", "Oslo"}}, Json()};
    m_server->enqueue(Reply::text(QStringLiteral("Sure! The weather is fine.")));
    const ToolAgentOutput repaired
            = waitFor(QtConcurrent::run([&] { return toolAgent.respond(input); }));
    QCOMPARE(repaired.result.value("city", std::string()), std::string("Oslo"));
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY(m_server->requests().last()["messages"].size() == 4); // the answer and the correction

    // Fenced JSON is read as it is.
    m_server->enqueue(Reply::text(QStringLiteral("```json\n{\"temp_c\": 4}\n```")));
    const ToolAgentInput other{helpDeskCatalog().tools[0], Json{{"city", "Bergen"}}, Json()};
    const ToolAgentOutput fenced
            = waitFor(QtConcurrent::run([&] { return toolAgent.respond(other); }));
    QCOMPARE(fenced.result.value("temp_c", 0), 4);

    // Twice unusable: a failure that names the tool.
    m_server->enqueue(Reply::text(QStringLiteral("no")));
    m_server->enqueue(Reply::text(QStringLiteral("still no")));
    const ToolAgentInput third{helpDeskCatalog().tools[0], Json{{"city", "Tromsø"}}, Json()};
    const QString failure = waitFor(QtConcurrent::run([&]() -> QString {
        try {
            toolAgent.respond(third);
        } catch (const AgentFailure &e) {
            return e.message();
        }
        return {};
    }));
    QVERIFY2(failure.contains(QLatin1String("get_weather"))
                     && failure.contains(QLatin1String("JSON")),
             qPrintable(failure));
}

void TestLlmAgents::unknownToolNameIsRecordedAsAFailedCall()
{
    // Every assistant turn calls a tool it was not given: the dialogue is stored, unverified,
    // with the failed call recorded.
    m_server->setBrain([](const Json &request) {
        const std::string system = request["messages"][0].value("content", std::string());
        if (system.rfind("You are a helpful assistant", 0) == 0
            && request["messages"].back().value("role", std::string()) == "user")
            return Json{{"role", "assistant"},
                        {"tool_calls",
                         Json::array({Json{{"function",
                                            {{"name", "launch_rocket"}, {"arguments", "{}"}}}}})}};
        return ScriptedModel::reply(request);
    });
    SimulationSettings s = settings(2);
    s.mix.weights = {1, 0, 0, 0, 0, 0, 0};
    s.backTranslate = false;
    const JobRun run = runJob(s);
    QCOMPARE(run.job.state, Job::State::Completed);
    QCOMPARE(int(run.dialogues.size()), 2);
    const Dialogue &d = run.dialogues.front();
    QVERIFY(!d.calls.empty());
    QCOMPARE(d.calls.front().toolName, QStringLiteral("launch_rocket"));
    QVERIFY(d.calls.front().isError);
    const auto verified = std::find_if(d.scores.begin(), d.scores.end(), [](const Score &sc) {
        return sc.metric == QLatin1String("verified");
    });
    QVERIFY(verified != d.scores.end() && verified->value == 0.0);
}

void TestLlmAgents::oddBackTranslationAnswersAreMismatchesNotCrashes()
{
    // A model that answers the back-translation prompt with a number for a name and a list
    // for the arguments: the dialogues are made, scored 0 with the reason.
    m_server->setBrain([](const Json &request) {
        const std::string system = request["messages"][0].value("content", std::string());
        if (system.rfind("From a user's request alone", 0) == 0)
            return Json{{"role", "assistant"},
                        {"content", R"({"calls": [{"name": 5, "arguments": [1]}]})"}};
        return ScriptedModel::reply(request);
    });
    SimulationSettings s = settings(3);
    s.mix.weights = {1, 0, 0, 0, 0, 0, 0};
    const JobRun run = runJob(s);
    QCOMPARE(run.job.state, Job::State::Completed);
    QCOMPARE(int(run.dialogues.size()), 3);
    for (const Dialogue &d : run.dialogues) {
        const auto bt = std::find_if(d.scores.begin(), d.scores.end(), [](const Score &sc) {
            return sc.metric == QLatin1String("backtranslation");
        });
        QVERIFY(bt != d.scores.end());
        QCOMPARE(bt->value, 0.0);
        QVERIFY2(bt->rationale.contains(QLatin1String("the plan says")), qPrintable(bt->rationale));
    }
}

void TestLlmAgents::promptOverridesFromTheProjectAreUsed()
{
    {
        ProjectStore store;
        QVERIFY(!store.open(m_path));
        QVERIFY(PromptTemplates::saveOverride(
                store, QStringLiteral("assistant"),
                QStringLiteral("You are a helpful assistant of the Fjord Travel desk.")));
    }
    SimulationSettings s = settings(1);
    s.backTranslate = false;
    QCOMPARE(runJob(s).job.state, Job::State::Completed);
    bool seen = false;
    for (const Json &request : m_server->requests()) {
        const std::string system = request["messages"][0].value("content", std::string());
        seen = seen || system == "You are a helpful assistant of the Fjord Travel desk.";
    }
    QVERIFY(seen);
}

void TestLlmAgents::secretsReachNoFileSettingOrLog()
{
    const QString key = QStringLiteral("sk-callwright-test-4f1d9a7c2b");
    m_server->setRequiredApiKey(key);
    static QStringList logged;
    logged.clear();
    const QtMessageHandler previous
            = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                        const QString &message) { logged << message; });
    // The key as the Endpoints panel keeps it, and the profile in the settings.
    SecretStore secrets;
    secrets.setSecret(profile().secretKey() + QStringLiteral("/api-key"), key);
    EndpointProfiles::save({profile()});
    QSettings().sync();
    SimulationSettings s = settings(3);
    const JobRun run = runJob(s, 0, key);
    qInstallMessageHandler(previous);
    QCOMPARE(run.job.state, Job::State::Completed);
    QCOMPARE(int(run.dialogues.size()), 3);
    QCOMPARE(m_server->lastRequestHeader("Authorization"), QByteArray("Bearer ") + key.toUtf8());

    // An export of everything.
    const QString exportDir = m_dir.filePath(QStringLiteral("export-secrets"));
    {
        ProjectStore store;
        QVERIFY(!store.open(m_path));
        ExportOptions options;
        options.statuses.clear();
        const ExportResult result = DatasetExporter(store).run(options, exportDir);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    }
    const QByteArray needle = key.toUtf8();
    int filesRead = 0;
    for (const QString &root : {m_dir.path()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(needle), qPrintable(f.fileName()));
            QVERIFY2(!bytes.contains(key.toUtf8().toBase64()), qPrintable(f.fileName()));
            ++filesRead;
        }
    }
    QVERIFY(filesRead >= 4); // projects (and their WAL), settings, the export's files
    for (const QString &line : logged)
        QVERIFY2(!line.contains(key), qPrintable(line));
}

QTEST_MAIN(TestLlmAgents)
#include "tst_llmagents.moc"
