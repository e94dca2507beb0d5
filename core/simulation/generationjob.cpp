#include "generationjob.h"

#include "backends/endpointscheduler.h"
#include "dialoguesimulator.h"
#include "dialogueverifier.h"
#include "embeddedagents.h"
#include "embeddedtoolagent.h"
#include "llmagents.h"
#include "planner.h"
#include "statelessexecutor.h"
#include "store/projectresponsecache.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <future>

namespace Callwright {

namespace {

// The agents of one engine: the embedded ones, or LLM-driven ones over an endpoint.
struct Agents
{
    std::unique_ptr<UserAgent> user;
    std::unique_ptr<AssistantAgent> assistant;
    std::unique_ptr<ToolAgent> tool;
    std::optional<LlmPlanner> llmPlanner;
    std::optional<BackTranslationCheck> backTranslation;
    LlmUserAgent *llmUser = nullptr;
    LlmAssistantAgent *llmAssistant = nullptr;

    Agents(const SimulationContext &context, const LlmAgentSettings *llm)
    {
        if (!llm) {
            user = std::make_unique<EmbeddedUserAgent>();
            assistant = std::make_unique<EmbeddedAssistantAgent>();
            tool = std::make_unique<EmbeddedToolAgent>(context.compiledTools());
            return;
        }
        auto u = std::make_unique<LlmUserAgent>(*llm);
        auto a = std::make_unique<LlmAssistantAgent>(*llm);
        llmUser = u.get();
        llmAssistant = a.get();
        user = std::move(u);
        assistant = std::move(a);
        tool = std::make_unique<LlmToolAgent>(*llm);
        llmPlanner.emplace(*llm);
        if (context.settings().backTranslate)
            backTranslation.emplace(*llm);
    }
};

QString engineName(const SimulationSettings &settings)
{
    return settings.usesEndpoint() ? settings.endpoint : settings.engine;
}

} // namespace

struct DialogueFactory::Private
{
    Private(std::shared_ptr<const SimulationContext> c, const LlmAgentSettings *llm)
        : context(std::move(c))
        , planner(context)
        , agents(*context, llm)
        , executor(*agents.tool, nullptr, context->compiledTools())
        , simulator(*agents.user, *agents.assistant, executor, engineName(context->settings()))
        , verifier(context->catalog().tools, context->compiledTools())
    {}

    std::shared_ptr<const SimulationContext> context;
    EmbeddedPlanner planner;
    Agents agents;
    StatelessExecutor executor;
    DialogueSimulator simulator;
    DialogueVerifier verifier;
};

DialogueFactory::DialogueFactory(std::shared_ptr<const SimulationContext> context,
                                 const LlmAgentSettings *llm)
    : d(std::make_unique<Private>(std::move(context), llm))
{}

DialogueFactory::~DialogueFactory() = default;

Dialogue DialogueFactory::make(int index, VerificationReport *report)
{
    Scenario scenario = d->planner.plan(index);
    if (d->agents.llmPlanner) {
        d->agents.llmPlanner->refine(scenario);
        d->agents.llmUser->setSeed(scenario.seed);
        d->agents.llmAssistant->setSeed(scenario.seed);
    }
    Dialogue dialogue = d->simulator.run(scenario);
    dialogue.catalogId = d->context->catalog().id;
    const VerificationReport found = d->verifier.verify(dialogue);
    DialogueVerifier::annotate(dialogue, found);
    if (d->agents.backTranslation) {
        const BackTranslation bt = d->agents.backTranslation->check(dialogue, scenario.tools);
        Score score;
        score.metric = QStringLiteral("backtranslation");
        score.value = bt.share();
        score.source = dialogue.engine;
        score.rationale
                = bt.mismatches.isEmpty()
                          ? QStringLiteral("%1 of %2 steps regenerated from the user's words")
                                    .arg(bt.reproduced)
                                    .arg(bt.steps)
                          : bt.mismatches.join(QStringLiteral("; "));
        dialogue.scores.push_back(std::move(score));
    }
    if (report)
        *report = found;
    return dialogue;
}

GenerationRunner::GenerationRunner(ProjectStore &store)
    : m_store(store)
{}

QString GenerationRunner::uidFor(qint64 jobId, int index)
{
    return QStringLiteral("job%1-%2").arg(jobId).arg(index);
}

std::optional<Job> GenerationRunner::create(const SimulationSettings &settings, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<Job> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (settings.engine != QLatin1String("embedded") && !settings.usesEndpoint()) {
        return fail(QCoreApplication::translate("Callwright::GenerationRunner",
                                                "the engine '%1' is not available; use 'embedded'"
                                                " or 'llm'")
                            .arg(settings.engine));
    }
    if (settings.usesEndpoint()) {
        if (settings.endpoint.isEmpty())
            return fail(QCoreApplication::translate("Callwright::GenerationRunner",
                                                    "an 'llm' job needs an endpoint profile"));
        if (!m_openEndpoint)
            return fail(QCoreApplication::translate("Callwright::GenerationRunner",
                                                    "no endpoint can be opened here"));
    }
    const std::optional<Catalog> catalog = m_store.catalog(settings.catalogId);
    if (!catalog)
        return fail(QCoreApplication::translate("Callwright::GenerationRunner",
                                                "the project has no catalog %1")
                            .arg(settings.catalogId));
    if (catalog->tools.empty())
        return fail(QCoreApplication::translate("Callwright::GenerationRunner",
                                                "the catalog '%1' has no tools")
                            .arg(catalog->name));
    Job job;
    job.kind = QStringLiteral("generate");
    job.settings = settings;
    job.requested = settings.count;
    job.state = Job::State::Running;
    job.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_store.insertJob(job))
        return fail(m_store.lastError().message);
    return job;
}

Job GenerationRunner::run(Job job, const std::atomic_bool *cancel, const Callbacks &callbacks)
{
    std::function<void()> writeReport;             // an "llm" run's usage and failures, set below
    std::shared_ptr<ProjectResponseCache> answers; // an "llm" run's cache in the project
    const auto finish = [&](Job::State state, const QString &error) {
        if (answers)
            answers->flush(); // a rerun right after this one finds every answer
        if (writeReport)
            writeReport();
        job.state = state;
        job.error = error;
        job.finishedAtMs = QDateTime::currentMSecsSinceEpoch();
        m_store.updateJob(job);
        return job;
    };
    if (job.state != Job::State::Running) {
        // Resuming: running again at once, so that if this process dies too the job shows
        // as interrupted, not as cancelled or failed.
        job.state = Job::State::Running;
        job.finishedAtMs = 0;
        job.error.clear();
        if (!m_store.updateJob(job)) {
            job.state = Job::State::Failed;
            job.error = m_store.lastError().message;
            return job;
        }
    }
    SimulationSettings settings;
    try {
        settings = job.settings.get<SimulationSettings>();
    } catch (const std::exception &e) {
        return finish(Job::State::Failed,
                      QCoreApplication::translate("Callwright::GenerationRunner",
                                                  "the job's settings cannot be read: %1")
                              .arg(QString::fromUtf8(e.what())));
    }
    std::optional<Catalog> catalog = m_store.catalog(settings.catalogId);
    if (!catalog || catalog->tools.empty()) {
        return finish(Job::State::Failed,
                      QCoreApplication::translate("Callwright::GenerationRunner",
                                                  "the catalog %1 no longer exists or has no tools")
                              .arg(settings.catalogId));
    }
    const ToolGraph graph = m_store.graph(settings.catalogId).value_or(ToolGraph{});
    auto context = std::make_shared<SimulationContext>(std::move(*catalog), graph, settings);

    // What a previous run already stored.
    std::vector<char> done(std::size_t(settings.count), 0);
    int doneCount = 0;
    const QString prefix = uidFor(job.id, 0).chopped(1);
    for (const QString &uid : m_store.jobDialogueUids(job.id)) {
        bool ok = false;
        const int index = uid.mid(prefix.size()).toInt(&ok);
        if (ok && index >= 0 && index < settings.count && !done[std::size_t(index)]) {
            done[std::size_t(index)] = 1;
            ++doneCount;
        }
    }
    std::vector<int> todo;
    for (int i = 0; i < settings.count; ++i) {
        if (!done[std::size_t(i)])
            todo.push_back(i);
    }

    // An "llm" job: its endpoint, the project's prompts and answer cache, one lane per
    // request the endpoint may have in flight (each lane waits on one request at a time).
    std::shared_ptr<EndpointScheduler> scheduler;
    std::optional<LlmAgentSettings> llm;
    int lanes = std::max(1, threads > 0 ? threads : QThread::idealThreadCount());
    int batch = batchSize;
    if (settings.usesEndpoint()) {
        QString why;
        scheduler = m_openEndpoint ? m_openEndpoint(settings.endpoint, &why) : nullptr;
        if (!scheduler) {
            return finish(
                    Job::State::Failed,
                    QCoreApplication::translate("Callwright::GenerationRunner",
                                                "the endpoint '%1' cannot be used: %2")
                            .arg(settings.endpoint, why.isEmpty() ? QCoreApplication::translate(
                                                            "Callwright::GenerationRunner",
                                                            "no endpoint can be opened here")
                                                                  : why));
        }
        answers = std::make_shared<ProjectResponseCache>();
        if (answers->open(m_store.path()))
            scheduler->setCache(answers);
        else
            answers.reset();
        llm.emplace();
        llm->scheduler = scheduler.get();
        llm->prompts = PromptTemplates::fromProject(&m_store);
        lanes = std::clamp(scheduler->profile().maxInFlight, 1, 512);
        batch = std::min(batchSize, std::max(8, lanes));
    }
    std::vector<std::unique_ptr<DialogueFactory>> factories;
    for (int l = 0; l < lanes; ++l)
        factories.push_back(std::make_unique<DialogueFactory>(context, llm ? &*llm : nullptr));
    // Usage adds up over the runs of a job; failures are this run's (the dialogues that
    // failed before are made again now).
    const Json usageBefore = job.report.value("usage", Json::object());
    Json failures = Json::array();
    int failedTotal = 0;
    if (scheduler) {
        writeReport = [&] {
            const SchedulerStats stats = scheduler->stats();
            Json usage = usageBefore;
            const auto add = [&](const char *key, double value) {
                usage[key] = usage.value(key, 0.0) + value;
            };
            add("prompt_tokens", double(stats.usage.promptTokens));
            add("completion_tokens", double(stats.usage.completionTokens));
            add("requests", double(stats.attempts));
            add("retries", double(stats.retries));
            add("cache_hits", double(stats.cacheHits));
            add("cost", stats.cost);
            job.report["usage"] = usage;
            job.report["endpoint"] = settings.endpoint;
            job.report["failed"] = failedTotal;
            job.report["failures"] = failures;
        };
    }

    GenerationProgress progress;
    progress.total = settings.count;
    progress.done = doneCount;
    if (callbacks.progress)
        callbacks.progress(progress);
    QElapsedTimer timer;
    timer.start();

    std::atomic_bool dropped{false}; // the batch in the making will not be written
    // A batch as the lanes made it: the dialogues, which failed verification, and why any
    // could not be made.
    struct Made
    {
        std::size_t from = 0;
        std::vector<Dialogue> dialogues;
        std::vector<char> bad;
        std::vector<QString> failed;
    };
    // Runs on its own thread while the batch before is written (nothing here touches the
    // store or the progress).
    const auto makeBatch = [&](std::size_t from, std::size_t to) {
        Made m;
        m.from = from;
        m.dialogues.resize(to - from);
        m.bad.assign(to - from, 0);
        m.failed.resize(to - from);
        std::vector<std::future<void>> running;
        for (int l = 0; l < lanes; ++l) {
            running.push_back(std::async(std::launch::async, [&, l] {
                for (std::size_t i = from + std::size_t(l); i < to; i += std::size_t(lanes)) {
                    if (dropped.load() || (cancel && cancel->load()))
                        return;
                    VerificationReport report;
                    try {
                        Dialogue dl = factories[std::size_t(l)]->make(todo[i], &report);
                        dl.uid = uidFor(job.id, todo[i]);
                        dl.jobId = job.id;
                        dl.createdAtMs = QDateTime::currentMSecsSinceEpoch();
                        m.bad[i - from] = report.ok() ? 0 : 1;
                        m.dialogues[i - from] = std::move(dl);
                    } catch (const AgentFailure &e) {
                        m.failed[i - from] = e.message();
                    } catch (const std::exception &e) {
                        // A model's answer of a shape no agent expected (a number where a
                        // name belongs): that dialogue fails, the job goes on.
                        m.failed[i - from] = QCoreApplication::translate(
                                                     "Callwright::GenerationRunner",
                                                     "an agent could not use an answer: %1")
                                                     .arg(QString::fromUtf8(e.what()));
                    }
                }
            }));
        }
        for (auto &f : running)
            f.get();
        return m;
    };
    // Dialogues an endpoint failed for are left out: the job goes on, and running it again
    // makes them (their uids are missing).
    const auto collect = [&](Made &m) {
        std::vector<Dialogue> batch;
        batch.reserve(m.dialogues.size());
        int unverified = 0;
        for (std::size_t i = 0; i < m.dialogues.size(); ++i) {
            if (!m.failed[i].isEmpty()) {
                ++failedTotal;
                progress.lastFailure = QCoreApplication::translate("Callwright::GenerationRunner",
                                                                   "dialogue %1: %2")
                                               .arg(todo[m.from + i])
                                               .arg(m.failed[i]);
                if (failures.size() < 100)
                    failures.push_back(Json{{"index", todo[m.from + i]}, {"error", m.failed[i]}});
                continue;
            }
            if (m.dialogues[i].uid.isEmpty())
                continue; // cancelled before it was made
            unverified += m.bad[i];
            batch.push_back(std::move(m.dialogues[i]));
        }
        return std::make_pair(std::move(batch), unverified);
    };

    // A pipeline: the next batch is made while this one is written, so the cores that make
    // dialogues do not wait for the disk.
    std::future<Made> next;
    const auto startBatch = [&](std::size_t from) {
        if (from < todo.size() && !(cancel && cancel->load())) {
            const std::size_t to = std::min(todo.size(), from + std::size_t(batch));
            next = std::async(std::launch::async, makeBatch, from, to);
        }
    };
    // Before any return: the batch in the making is stopped (it would only be dropped) and
    // waited for, as it uses this frame's factories.
    const auto settle = [&] {
        dropped.store(true);
        if (next.valid())
            next.wait();
    };
    if (!(cancel && cancel->load()))
        startBatch(0);
    for (std::size_t from = 0; from < todo.size(); from += std::size_t(batch)) {
        if (!next.valid() || (cancel && cancel->load())) {
            // The batch in the making is dropped: a resumed job makes it again, the same.
            settle();
            return finish(Job::State::Cancelled, {});
        }
        Made current = next.get();
        startBatch(from + std::size_t(batch));
        auto [made, unverified] = collect(current);
        // What was made is kept even when the job is cancelled meanwhile.
        const std::optional<int> written = m_store.insertDialogues(made);
        if (!written) {
            settle();
            return finish(Job::State::Failed, m_store.lastError().message);
        }
        progress.done += *written;
        progress.writtenThisRun += *written;
        progress.unverified += unverified;
        progress.failed = failedTotal;
        if (cancel && cancel->load()) {
            // The batch in the making is dropped: a resumed job makes it again, the same.
            settle();
            if (callbacks.batchStored)
                callbacks.batchStored(made);
            return finish(Job::State::Cancelled, {});
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        progress.dialoguesPerSecond = seconds > 0 ? progress.writtenThisRun / seconds : 0;
        if (callbacks.batchStored)
            callbacks.batchStored(made);
        if (callbacks.progress)
            callbacks.progress(progress);
    }
    if (failedTotal > 0) {
        const QString summary
                = QCoreApplication::translate(
                          "Callwright::GenerationRunner",
                          "%n dialogue(s) could not be made; run the job again to "
                          "retry them. First: %1",
                          nullptr, failedTotal)
                          .arg(failures.empty() ? QString()
                                                : QString::fromStdString(
                                                        failures[0].value("error", std::string())));
        return finish(progress.writtenThisRun == 0 ? Job::State::Failed : Job::State::Completed,
                      summary);
    }
    return finish(Job::State::Completed, {});
}

} // namespace Callwright
