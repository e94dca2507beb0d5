#include "generationjob.h"

#include "dialoguesimulator.h"
#include "dialogueverifier.h"
#include "embeddedagents.h"
#include "embeddedtoolagent.h"
#include "planner.h"
#include "statelessexecutor.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <future>

namespace Callwright {

struct DialogueFactory::Private
{
    explicit Private(std::shared_ptr<const SimulationContext> c)
        : context(std::move(c))
        , planner(context)
        , executor(toolAgent)
        , simulator(user, assistant, executor, context->settings().engine)
        , verifier(context->catalog().tools)
    {}

    std::shared_ptr<const SimulationContext> context;
    EmbeddedPlanner planner;
    EmbeddedUserAgent user;
    EmbeddedAssistantAgent assistant;
    EmbeddedToolAgent toolAgent;
    StatelessExecutor executor;
    DialogueSimulator simulator;
    DialogueVerifier verifier;
};

DialogueFactory::DialogueFactory(std::shared_ptr<const SimulationContext> context)
    : d(std::make_unique<Private>(std::move(context)))
{}

DialogueFactory::~DialogueFactory() = default;

Dialogue DialogueFactory::make(int index, VerificationReport *report)
{
    const Scenario scenario = d->planner.plan(index);
    Dialogue dialogue = d->simulator.run(scenario);
    dialogue.catalogId = d->context->catalog().id;
    const VerificationReport found = d->verifier.verify(dialogue);
    DialogueVerifier::annotate(dialogue, found);
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
    if (settings.engine != QLatin1String("embedded")) {
        return fail(QCoreApplication::translate("Callwright::GenerationRunner",
                                                "the engine '%1' is not available; use 'embedded'")
                            .arg(settings.engine));
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
    const auto finish = [&](Job::State state, const QString &error) {
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

    const int lanes = std::max(1, threads > 0 ? threads : QThread::idealThreadCount());
    std::vector<std::unique_ptr<DialogueFactory>> factories;
    for (int l = 0; l < lanes; ++l)
        factories.push_back(std::make_unique<DialogueFactory>(context));

    GenerationProgress progress;
    progress.total = settings.count;
    progress.done = doneCount;
    if (callbacks.progress)
        callbacks.progress(progress);
    QElapsedTimer timer;
    timer.start();

    const auto makeBatch = [&](std::size_t from, std::size_t to) {
        std::vector<Dialogue> batch(to - from);
        std::vector<char> bad(to - from, 0);
        std::vector<std::future<void>> running;
        for (int l = 0; l < lanes; ++l) {
            running.push_back(std::async(std::launch::async, [&, l] {
                for (std::size_t i = from + std::size_t(l); i < to; i += std::size_t(lanes)) {
                    if (cancel && cancel->load())
                        return;
                    VerificationReport report;
                    Dialogue dl = factories[std::size_t(l)]->make(todo[i], &report);
                    dl.uid = uidFor(job.id, todo[i]);
                    dl.jobId = job.id;
                    dl.createdAtMs = QDateTime::currentMSecsSinceEpoch();
                    bad[i - from] = report.ok() ? 0 : 1;
                    batch[i - from] = std::move(dl);
                }
            }));
        }
        for (auto &f : running)
            f.get();
        int unverified = 0;
        for (char b : bad)
            unverified += b;
        return std::make_pair(std::move(batch), unverified);
    };

    for (std::size_t from = 0; from < todo.size(); from += std::size_t(batchSize)) {
        if (cancel && cancel->load())
            return finish(Job::State::Cancelled, {});
        const std::size_t to = std::min(todo.size(), from + std::size_t(batchSize));
        auto [batch, unverified] = makeBatch(from, to);
        if (cancel && cancel->load())
            return finish(Job::State::Cancelled, {});
        const std::optional<int> written = m_store.insertDialogues(batch);
        if (!written)
            return finish(Job::State::Failed, m_store.lastError().message);
        progress.done += *written;
        progress.writtenThisRun += *written;
        progress.unverified += unverified;
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        progress.dialoguesPerSecond = seconds > 0 ? progress.writtenThisRun / seconds : 0;
        if (callbacks.batchStored)
            callbacks.batchStored(batch);
        if (callbacks.progress)
            callbacks.progress(progress);
    }
    return finish(Job::State::Completed, {});
}

} // namespace Callwright
