// generate, job list and job resume: generation jobs from the command line.

#include "backends/endpointconnector.h"
#include "backends/secretstore.h"
#include "clisupport.h"
#include "commands.h"

#include "model/job.h"
#include "simulation/generationjob.h"
#include "simulation/simulationsettings.h"
#include "store/projectstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

#include <atomic>
#include <cmath>
#include <csignal>
#include <map>

namespace Callwright::Cli {

namespace {

const QString kProject = QStringLiteral("project");
const QString kJob = QStringLiteral("job");
constexpr qint64 kProgressIntervalMs = 250;

QString shellQuoted(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=+-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString resumeCommand(const QString &project, qint64 jobId)
{
    return QStringLiteral("callwright-cli job resume --project %1 --job %2")
            .arg(shellQuoted(QFileInfo(project).absoluteFilePath()))
            .arg(jobId);
}

QString catalogName(const ProjectStore &store, const Job &job)
{
    const qint64 id = job.settings.value("catalog_id", qint64(0));
    const std::optional<Catalog> catalog = store.catalog(id);
    return catalog ? catalog->name : QString::number(id);
}

/// Runs (or resumes) the job with progress on stderr and prints the summary; the exit code
/// tells whether the job completed.
int runJob(ProjectStore &store, Job job, bool json)
{
    const QString catalog = catalogName(store, job);
    const qint64 before = store.jobDialogueCount(job.id);
    if (before > 0) {
        err() << Tr::tr("job %1: resuming; %2 of %3 dialogues already stored")
                         .arg(job.id)
                         .arg(before)
                         .arg(job.requested)
              << Qt::endl;
    } else {
        err() << Tr::tr("job %1: generating %n dialogue(s) from catalog '%2'", nullptr,
                        job.requested)
                         .arg(job.id)
                         .arg(catalog)
              << Qt::endl;
    }

    const qint64 jobId = job.id;
    GenerationRunner runner(store);
    SecretStore secrets;
    runner.setEndpointOpener(EndpointConnector::opener(&secrets));
    GenerationProgress last;
    QElapsedTimer elapsed;
    elapsed.start();
    qint64 lastLineMs = 0;
    GenerationRunner::Callbacks callbacks;
    callbacks.progress = [&](const GenerationProgress &p) {
        if (p.failed > last.failed)
            err() << Tr::tr("job %1: %2 dialogue(s) failed so far; last: %3")
                             .arg(jobId)
                             .arg(p.failed)
                             .arg(p.lastFailure)
                  << Qt::endl;
        last = p;
        const qint64 now = elapsed.elapsed();
        // The first call only repeats what is already stored; then a few lines a second.
        if (p.writtenThisRun == 0 || (now - lastLineMs < kProgressIntervalMs && p.done < p.total))
            return;
        lastLineMs = now;
        err() << Tr::tr("job %1: %2/%3 dialogues, %4 dialogues/s")
                         .arg(jobId)
                         .arg(p.done)
                         .arg(p.total)
                         .arg(p.dialoguesPerSecond, 0, 'f', 1)
              << Qt::endl;
    };
    const QString project = store.path();
    Job end;
    {
        const CancelOnSignal cancelOnSignal;
        end = runner.run(std::move(job), CancelOnSignal::cancelled(), callbacks);
    }
    const double seconds = double(elapsed.nsecsElapsed()) / 1e9;
    const qint64 stored = store.jobDialogueCount(end.id);

    Json summary{
            {"job", end.id},
            {"state", jobStateName(end.state)},
            {"catalog", catalog},
            {"requested", end.requested},
            {"stored", stored},
            {"written", last.writtenThisRun},
            {"unverified", last.unverified},
            {"elapsed_s", rounded(seconds, 2)},
            {"dialogues_per_second", rounded(seconds > 0 ? last.writtenThisRun / seconds : 0.0, 1)},
            {"project", QFileInfo(project).absoluteFilePath()}};
    if (!end.report.empty()) {
        summary["failed"] = end.report.value("failed", 0);
        summary["usage"] = end.report.value("usage", Json::object());
        summary["endpoint"] = end.report.value("endpoint", std::string());
    }
    QString problem;
    if (end.state == Job::State::Cancelled) {
        problem = Tr::tr("job %1 was cancelled with %2 of %3 dialogues stored; resume it with: %4")
                          .arg(end.id)
                          .arg(stored)
                          .arg(end.requested)
                          .arg(resumeCommand(project, end.id));
    } else if (end.state != Job::State::Completed) {
        problem = Tr::tr("job %1 failed with %2 of %3 dialogues stored: %4\n"
                         "Once the cause is fixed, resume it with: %5")
                          .arg(end.id)
                          .arg(stored)
                          .arg(end.requested)
                          .arg(end.error, resumeCommand(project, end.id));
    }
    if (problem.isEmpty() && !end.error.isEmpty()) {
        // Completed, but some dialogues could not be made (an endpoint failed for them).
        summary["warning"] = end.error;
        err() << QStringLiteral("callwright-cli: ") << end.error << ' '
              << Tr::tr("Resume with: %1").arg(resumeCommand(project, end.id)) << Qt::endl;
    }
    if (!problem.isEmpty() && json) {
        summary["error"] = problem;
        summary["exit_code"] = int(Failed);
    }
    report(json, summary);
    if (problem.isEmpty())
        return Ok;
    err() << QStringLiteral("callwright-cli: ") << problem << Qt::endl;
    return Failed;
}

/// Applies "--mix kind=weight,..." over the default weights; an empty string on success,
/// else what is wrong.
QString applyMix(const QString &text, PlanMix *mix)
{
    QStringList kinds;
    for (int k = 0; k < PlanMix::kKinds; ++k)
        kinds << QString::fromLatin1(planStepKindName(PlanStep::Kind(k)));
    const QString known = kinds.join(QStringLiteral(", "));
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Tr::tr("--mix takes kind=weight pairs separated by commas; kinds: %1").arg(known);
    for (const QString &part : parts) {
        const QStringList pair = part.split(QLatin1Char('='));
        if (pair.size() != 2)
            return Tr::tr("--mix: '%1' is not kind=weight; kinds: %2").arg(part, known);
        const int kind = int(kinds.indexOf(pair[0].trimmed()));
        if (kind < 0)
            return Tr::tr("--mix: unknown step kind '%1'; kinds: %2").arg(pair[0].trimmed(), known);
        bool ok = false;
        const int weight = pair[1].trimmed().toInt(&ok);
        if (!ok || weight < 0)
            return Tr::tr("--mix: the weight of '%1' must be a whole number of at least 0")
                    .arg(pair[0].trimmed());
        mix->setWeight(PlanStep::Kind(kind), weight);
    }
    int total = 0;
    for (int w : mix->weights)
        total += w;
    if (total == 0)
        return Tr::tr("--mix gives every step kind the weight 0");
    return {};
}

/// Reads the generation options into settings (all but the catalog); an empty string on
/// success, else a message naming the option.
QString readSettings(const QCommandLineParser &parser, SimulationSettings *settings)
{
    if (!parser.isSet(QStringLiteral("count")))
        return Tr::tr("--count is required");
    if (!readInt(parser, QStringLiteral("count"), 1, 100'000'000, &settings->count))
        return Tr::tr("--count takes a whole number of at least 1");
    bool ok = false;
    settings->seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return Tr::tr("--seed takes a whole number of at least 0");
    settings->engine = parser.value(QStringLiteral("engine"));
    if (settings->engine != QLatin1String("embedded") && settings->engine != QLatin1String("llm"))
        return Tr::tr("--engine: unknown engine '%1'; use embedded or llm").arg(settings->engine);
    settings->endpoint = parser.value(QStringLiteral("endpoint"));
    settings->backTranslate = parser.isSet(QStringLiteral("back-translate"));
    if (settings->usesEndpoint() && settings->endpoint.isEmpty())
        return Tr::tr("--engine llm needs --endpoint PROFILE (an endpoint profile's name or id)");
    if (!settings->usesEndpoint() && (!settings->endpoint.isEmpty() || settings->backTranslate))
        return Tr::tr("--endpoint and --back-translate go with --engine llm");
    if (settings->usesEndpoint()) {
        const std::optional<EndpointProfile> profile = EndpointProfiles::find(settings->endpoint);
        if (!profile)
            return Tr::tr("--endpoint: there is no endpoint profile '%1'").arg(settings->endpoint);
        settings->endpoint = profile->id; // a name may change; the id stays
    }
    const QString samplerName = parser.value(QStringLiteral("sampler"));
    const std::optional<SamplerKind> sampler = ToolSampler::kindFromName(samplerName);
    if (!sampler)
        return Tr::tr("--sampler: unknown sampler '%1'; use walk, knn, chain or coverage")
                .arg(samplerName);
    settings->sampler = *sampler;
    if (!readInt(parser, QStringLiteral("tools-per-sample"), 1, 32, &settings->toolsPerSample))
        return Tr::tr("--tools-per-sample takes a whole number from 1 to 32");
    const QString envelope = parser.value(QStringLiteral("envelope"));
    settings->envelope.reset();
    for (const EnvelopeStrategy s :
         {EnvelopeStrategy::ContextCarrying, EnvelopeStrategy::StateToken}) {
        if (envelope == QLatin1String(envelopeStrategyName(s)))
            settings->envelope = s;
    }
    if (!settings->envelope && envelope != QLatin1String("catalog"))
        return Tr::tr("--envelope: unknown strategy '%1'; use catalog, context_carrying or "
                      "state_token")
                .arg(envelope);
    if (parser.isSet(QStringLiteral("mix"))) {
        const QString problem = applyMix(parser.value(QStringLiteral("mix")), &settings->mix);
        if (!problem.isEmpty())
            return problem;
    }
    if (!readInt(parser, QStringLiteral("min-steps"), 1, 20, &settings->mix.minSteps)
        || !readInt(parser, QStringLiteral("max-steps"), 1, 20, &settings->mix.maxSteps)
        || settings->mix.minSteps > settings->mix.maxSteps)
        return Tr::tr("--min-steps and --max-steps take whole numbers with "
                      "1 <= min <= max <= 20");
    return {};
}

} // namespace

int generate(const QStringList &args)
{
    const PlanMix defaults;
    QCommandLineParser parser;
    parser.addOption({kProject, Tr::tr("The project."), Tr::tr("file")});
    parser.addOption({QStringLiteral("count"), Tr::tr("Dialogues to generate."), Tr::tr("n")});
    parser.addOption({QStringLiteral("seed"),
                      Tr::tr("Seed; the same seed and settings give the same dialogues "
                             "(default 1)."),
                      Tr::tr("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("catalog"),
                      Tr::tr("The catalog's name or id (may be left out when there is one)."),
                      Tr::tr("name")});
    parser.addOption({QStringLiteral("engine"),
                      Tr::tr("The engine: embedded (the default) or llm (LLM agents over an "
                             "endpoint profile)."),
                      Tr::tr("engine"), QStringLiteral("embedded")});
    parser.addOption({QStringLiteral("endpoint"),
                      Tr::tr("With --engine llm: the endpoint profile (see the Endpoints panel); "
                             "its API key comes from the keychain or CALLWRIGHT_API_KEY."),
                      Tr::tr("profile")});
    parser.addOption({QStringLiteral("back-translate"),
                      Tr::tr("With --engine llm: score each dialogue by DiGiT-TC's "
                             "back-translation check.")});
    parser.addOption({QStringLiteral("sampler"),
                      Tr::tr("How tools are sampled: walk (the default), knn, chain or coverage."),
                      Tr::tr("sampler"), QStringLiteral("walk")});
    parser.addOption({QStringLiteral("tools-per-sample"),
                      Tr::tr("Tools sampled for each dialogue, 1 to 32 (default 4)."), Tr::tr("k"),
                      QStringLiteral("4")});
    parser.addOption({QStringLiteral("envelope"),
                      Tr::tr("How later calls get earlier results: catalog (the catalog's own "
                             "strategy, the default), context_carrying or state_token."),
                      Tr::tr("strategy"), QStringLiteral("catalog")});
    parser.addOption({QStringLiteral("mix"),
                      Tr::tr("Relative weights of plan step kinds, e.g. chit_chat=0,"
                             "chained_calls=30; kinds left out keep their defaults."),
                      Tr::tr("kind=weight,...")});
    parser.addOption({QStringLiteral("min-steps"),
                      Tr::tr("Fewest plan steps per dialogue (default %1).").arg(defaults.minSteps),
                      Tr::tr("a"), QString::number(defaults.minSteps)});
    parser.addOption({QStringLiteral("max-steps"),
                      Tr::tr("Most plan steps per dialogue (default %1).").arg(defaults.maxSteps),
                      Tr::tr("b"), QString::number(defaults.maxSteps)});
    int code = Ok;
    if (!parse(parser, args,
               Tr::tr("Generate dialogues with the embedded engine or LLM agents as a new job. "
                      "Ctrl-C "
                      "cancels; the job can then be resumed with 'job resume'."),
               0, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.isSet(kProject))
        return fail(json, Usage, Tr::tr("--project is required"));
    SimulationSettings settings;
    const QString problem = readSettings(parser, &settings);
    if (!problem.isEmpty())
        return fail(json, Usage, problem);

    ProjectStore store;
    if (StoreError e = store.open(parser.value(kProject)))
        return storeFailure(json, e);
    const std::vector<Catalog> catalogs = store.catalogs();
    if (StoreError e = store.lastError()) // a row this build cannot read
        return storeFailure(json, e);
    QString message;
    const Catalog *catalog = chooseCatalog(catalogs, parser, &message);
    if (!catalog)
        return fail(json, Usage, message);
    settings.catalogId = catalog->id;

    GenerationRunner runner(store);
    runner.setEndpointOpener(EndpointConnector::opener(nullptr)); // credentials come at run time
    const std::optional<Job> job = runner.create(settings, &message);
    if (!job)
        return fail(json, Failed, message);
    return runJob(store, *job, json);
}

int jobList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({kProject, Tr::tr("The project."), Tr::tr("file")});
    int code = Ok;
    if (!parse(parser, args, Tr::tr("List a project's jobs, newest first."), 0, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.isSet(kProject))
        return fail(json, Usage, Tr::tr("--project is required"));
    ProjectStore store;
    if (StoreError e = store.open(parser.value(kProject), ProjectStore::OpenMode::ReadOnly))
        return storeFailure(json, e);
    const std::vector<Job> jobs = store.jobs();
    if (StoreError e = store.lastError())
        return storeFailure(json, e);
    const std::map<qint64, qint64> stored = store.jobDialogueCounts();

    Json list = Json::array();
    for (const Job &job : jobs) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(job.createdAtMs);
        // With its offset, so that a script in another zone reads the same instant.
        const QString created = local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
        list.push_back(Json{{"id", job.id},
                            {"kind", job.kind},
                            {"state", jobStateName(job.state)},
                            {"requested", job.requested},
                            {"stored", stored.count(job.id) ? stored.at(job.id) : 0},
                            {"catalog", catalogName(store, job)},
                            {"seed", job.settings.value("seed", quint64(0))},
                            {"created", created},
                            {"created_at_ms", job.createdAtMs},
                            {"finished_at_ms", job.finishedAtMs}});
        if (!job.error.isEmpty())
            list.back()["error"] = job.error;
    }
    if (json) {
        report(true, Json{{"jobs", list}});
        return Ok;
    }
    if (jobs.empty()) {
        out() << Tr::tr("no jobs") << Qt::endl;
        return Ok;
    }
    const QString row = QStringLiteral("%1  %2  %3  %4  %5  %6");
    out() << row.arg(Tr::tr("id"), 6)
                     .arg(Tr::tr("state"), -11)
                     .arg(Tr::tr("requested"), 9)
                     .arg(Tr::tr("stored"), 9)
                     .arg(Tr::tr("catalog"), -12)
                     .arg(Tr::tr("created"))
          << Qt::endl;
    for (const Json &j : list) {
        // Nothing runs a job that still says running after its process ended: a crash.
        const QString state
                = j.at("state") == "running" ? Tr::tr("interrupted") : j.at("state").get<QString>();
        out() << row.arg(j.at("id").get<qint64>(), 6)
                         .arg(state, -11)
                         .arg(j.at("requested").get<int>(), 9)
                         .arg(j.at("stored").get<qint64>(), 9)
                         .arg(j.at("catalog").get<QString>(), -12)
                         .arg(QDateTime::fromMSecsSinceEpoch(j.at("created_at_ms").get<qint64>())
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
              << Qt::endl;
    }
    return Ok;
}

int jobResume(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({kProject, Tr::tr("The project."), Tr::tr("file")});
    parser.addOption({kJob, Tr::tr("The job's id (see 'job list')."), Tr::tr("id")});
    int code = Ok;
    if (!parse(parser, args,
               Tr::tr("Resume an interrupted, cancelled or failed generation job; it makes "
                      "exactly the dialogues the job still lacks."),
               0, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.isSet(kProject))
        return fail(json, Usage, Tr::tr("--project is required"));
    if (!parser.isSet(kJob))
        return fail(json, Usage, Tr::tr("--job is required"));
    bool ok = false;
    const qint64 id = parser.value(kJob).toLongLong(&ok);
    if (!ok || id < 1)
        return fail(json, Usage, Tr::tr("--job takes a job id, a whole number"));

    ProjectStore store;
    if (StoreError e = store.open(parser.value(kProject)))
        return storeFailure(json, e);
    std::optional<Job> job = store.job(id);
    if (!job) {
        if (StoreError e = store.lastError())
            return storeFailure(json, e);
        return fail(json, Usage, Tr::tr("--job: the project has no job %1").arg(id));
    }
    if (job->kind != QLatin1String("generate"))
        return fail(json, Failed,
                    Tr::tr("job %1 is a '%2' job; only generate jobs can be resumed")
                            .arg(id)
                            .arg(job->kind));
    if (job->state == Job::State::Completed)
        return fail(json, Failed,
                    Tr::tr("job %1 is already completed (%2 of %3 dialogues stored); there is "
                           "nothing to resume")
                            .arg(id)
                            .arg(store.jobDialogueCount(id))
                            .arg(job->requested));
    return runJob(store, *job, json);
}

} // namespace Callwright::Cli
