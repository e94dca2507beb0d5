// score: the embedded naturalness and coherence scores of every dialogue, and the dataset's
// figures (diversity, coverage, mean scores, near duplicates); with --judge, the verdicts of an
// LLM judge behind an endpoint profile too.

#include "clisupport.h"
#include "commands.h"

#include "backends/endpointconnector.h"
#include "backends/endpointscheduler.h"
#include "backends/secretstore.h"
#include "scoring/dialoguemetrics.h"
#include "scoring/llmjudge.h"
#include "scoring/scoringrun.h"
#include "store/projectresponsecache.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <cmath>

namespace Callwright::Cli {

namespace {

constexpr qint64 kProgressIntervalMs = 250;
// A judged pass reports after every verdict; a line a second is plenty.
constexpr qint64 kJudgeProgressIntervalMs = 1000;
constexpr std::size_t kFailuresShown = 20;

/// The judge's figures: per rubric mean of this run's verdicts, failures, endpoint usage.
Json judgeSummary(const JudgeFigures &figures, const QStringList &rubrics,
                  const EndpointScheduler &scheduler)
{
    Json means = Json::object();
    Json counts = Json::object();
    for (const QString &metric : rubrics) {
        const auto it = figures.verdicts.find(metric);
        const std::string key = metric.mid(metric.indexOf(QLatin1Char('.')) + 1).toStdString();
        means[key] = it != figures.verdicts.end() ? Json(rounded(it->second.mean(), 4)) : Json();
        counts[key] = it != figures.verdicts.end() ? it->second.count : 0;
    }
    Json failures = Json::array();
    for (std::size_t i = 0; i < figures.failures.size() && i < kFailuresShown; ++i)
        failures.push_back(
                Json{{"uid", figures.failures[i].uid}, {"error", figures.failures[i].error}});
    const SchedulerStats stats = scheduler.stats();
    return Json{{"profile", figures.profile},
                {"model", scheduler.profile().model},
                {"rated", figures.rated},
                {"failed", figures.failed},
                {"means", means},
                {"verdicts", counts},
                {"failures", failures},
                {"requests", stats.attempts},
                {"cache_hits", stats.cacheHits},
                {"prompt_tokens", stats.usage.promptTokens},
                {"completion_tokens", stats.usage.completionTokens},
                {"cost", rounded(stats.cost, 4)}};
}

} // namespace

int score(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("project"), Tr::tr("The project file."), Tr::tr("file")});
    parser.addOption({QStringLiteral("judge"),
                      Tr::tr("Also rate with the judge of endpoint profile <profile>."),
                      Tr::tr("profile")});
    parser.addOption({QStringLiteral("threads"), Tr::tr("Worker threads (0: one per core)."),
                      Tr::tr("n"), QStringLiteral("0")});
    int code = Ok;
    if (!parse(parser, arguments,
               Tr::tr("Score every dialogue's naturalness and coherence, store the scores and "
                      "print the dataset's figures."),
               0, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.isSet(QStringLiteral("project")))
        return fail(json, Usage, Tr::tr("--project is required"));
    int threads = 0;
    if (!readInt(parser, QStringLiteral("threads"), 0, 256, &threads))
        return fail(json, Usage, Tr::tr("--threads takes a whole number from 0 to 256"));

    // The judge's endpoint first: a wrong profile name is a usage error, found before the
    // project is touched.
    std::unique_ptr<SecretStore> secrets;
    std::shared_ptr<EndpointScheduler> scheduler;
    if (parser.isSet(QStringLiteral("judge"))) {
        secrets = std::make_unique<SecretStore>();
        scheduler = openEndpoint(QStringLiteral("judge"), parser.value(QStringLiteral("judge")),
                                 *secrets, json, &code);
        if (!scheduler)
            return code;
    }

    ProjectStore store;
    if (StoreError e = store.open(parser.value(QStringLiteral("project"))))
        return storeFailure(json, e);

    ScoringRunner runner(store);
    ScoringRunner::Options options;
    options.pass.threads = threads;
    std::shared_ptr<LlmJudge> judge;
    if (scheduler) {
        // The project's answer cache makes a rerun over the same dialogues free.
        auto cache = std::make_shared<ProjectResponseCache>();
        if (cache->open(store.path()))
            scheduler->setCache(cache);
        LlmJudge::Settings settings;
        settings.scheduler = scheduler;
        settings.prompts = PromptTemplates::fromProject(&store);
        settings.catalogs = store.catalogs();
        judge = std::make_shared<LlmJudge>(std::move(settings));
        options.judges.push_back(judge);
    }
    QElapsedTimer clock;
    clock.start();
    qint64 lastLineMs = 0;
    const ScoringReport scored = runner.run(options, nullptr, [&](const ScoringProgress &p) {
        const qint64 now = clock.elapsed();
        const qint64 interval = judge ? kJudgeProgressIntervalMs : kProgressIntervalMs;
        if (json || (now - lastLineMs < interval && (judge || p.done < p.total)))
            return;
        lastLineMs = now;
        if (judge) {
            err() << Tr::tr("score: %1/%2 dialogues; judge: %3 rated, %4 failed")
                             .arg(p.done)
                             .arg(p.total)
                             .arg(p.judged)
                             .arg(p.judgeFailures)
                  << Qt::endl;
            return;
        }
        err() << Tr::tr("score: %1/%2 dialogues, %3 dialogues/s")
                         .arg(p.done)
                         .arg(p.total)
                         .arg(p.dialoguesPerSecond, 0, 'f', 0)
              << Qt::endl;
    });
    if (!scored.error.isEmpty())
        return fail(json, Failed, Tr::tr("scoring stopped: %1").arg(scored.error));

    const DatasetStats &stats = scored.stats;
    Json coverage = Json::array();
    for (const CatalogCoverage &c : scored.coverage) {
        coverage.push_back(Json{{"catalog", c.name},
                                {"tools_used", c.toolsUsed},
                                {"tools", c.tools},
                                {"tool_coverage", rounded(c.toolCoverage(), 4)},
                                {"edges_used", c.edgesUsed},
                                {"edges", c.edges},
                                {"edge_coverage", rounded(c.edgeCoverage(), 4)}});
    }
    Json means = Json::object();
    for (const auto &[metric, histogram] : stats.histograms())
        means[metric.toStdString()] = rounded(histogram.mean(), 4);
    Json largest = Json::array();
    for (std::size_t i = 0; i < scored.nearDuplicates.clusters.size() && i < 5; ++i) {
        const auto &cluster = scored.nearDuplicates.clusters[i];
        largest.push_back(Json{{"size", cluster.size()}, {"keep", cluster.front()}});
    }
    Json summary{
            {"project", QFileInfo(store.path()).absoluteFilePath()},
            {"dialogues", scored.dialogues},
            {"scored", scored.written},
            {"elapsed_s", rounded(scored.seconds, 2)},
            {"word_entropy", rounded(stats.wordEntropy(), 2)},
            {"distinct_3", rounded(stats.distinct3(), 4)},
            {"toolflow_reference", Json{{"word_entropy", 10.36}, {"distinct_3", 0.4865}}},
            {"coverage", coverage},
            {"mean_scores", means},
            {"near_duplicates", Json{{"clusters", scored.nearDuplicates.clusters.size()},
                                     {"dialogues_in_clusters", scored.nearDuplicates.dialogues()},
                                     {"redundant", scored.nearDuplicates.redundantUids().size()},
                                     {"first_clusters", largest}}}};
    QString judgeProblem;
    if (judge && !scored.judges.empty()) {
        const JudgeFigures &figures = scored.judges.front();
        summary["judge"] = judgeSummary(figures, judge->rubrics(), *scheduler);
        if (figures.failed > 0) {
            const QString first
                    = figures.failures.empty() ? QString() : figures.failures.front().error;
            judgeProblem = figures.rated == 0
                                   ? Tr::tr("the judge rated no dialogue; %n failed. First: %1",
                                            nullptr, int(figures.failed))
                                             .arg(first)
                                   : Tr::tr("the judge could not rate %n dialogue(s); run again "
                                            "to retry them (the answers received come from the "
                                            "project's cache). First: %1",
                                            nullptr, int(figures.failed))
                                             .arg(first);
            if (figures.rated == 0 && json) {
                summary["error"] = judgeProblem;
                summary["exit_code"] = int(Failed);
            }
        }
    }
    if (!json) {
        // People read the headline figures first; the rest follows as JSON values.
        out() << Tr::tr("scored %n dialogue(s) in %1 s", nullptr, int(scored.written))
                         .arg(scored.seconds, 0, 'f', 2)
              << Qt::endl;
        out() << Tr::tr("word entropy H %1 bits, Distinct-3 %2 (ToolFlow: H 10.36, D-3 0.4865)")
                         .arg(stats.wordEntropy(), 0, 'f', 2)
                         .arg(stats.distinct3(), 0, 'f', 4)
              << Qt::endl;
        out() << Tr::tr("mean naturalness %1, mean coherence %2 (1-5)")
                         .arg(stats.mean(QLatin1String(ScoreNames::Naturalness)), 0, 'f', 2)
                         .arg(stats.mean(QLatin1String(ScoreNames::Coherence)), 0, 'f', 2)
              << Qt::endl;
        for (const CatalogCoverage &c : scored.coverage) {
            out() << Tr::tr("catalog '%1': %2/%3 tools used, %4/%5 graph edges exercised")
                             .arg(c.name)
                             .arg(c.toolsUsed)
                             .arg(c.tools)
                             .arg(c.edgesUsed)
                             .arg(c.edges)
                  << Qt::endl;
        }
        out() << Tr::tr("near duplicates: %1 cluster(s) holding %2 dialogue(s); %3 redundant")
                         .arg(scored.nearDuplicates.clusters.size())
                         .arg(scored.nearDuplicates.dialogues())
                         .arg(scored.nearDuplicates.redundantUids().size())
              << Qt::endl;
        if (judge && !scored.judges.empty()) {
            const JudgeFigures &figures = scored.judges.front();
            const SchedulerStats stats = scheduler->stats();
            out() << Tr::tr("judge '%1' (%2): %n dialogue(s) rated, %3 failed; requests sent: "
                            "%4, answered from the cache: %5",
                            nullptr, int(figures.rated))
                             .arg(figures.profile, scheduler->profile().model)
                             .arg(figures.failed)
                             .arg(stats.attempts)
                             .arg(stats.cacheHits)
                  << Qt::endl;
            for (const QString &metric : judge->rubrics()) {
                const auto it = figures.verdicts.find(metric);
                if (it == figures.verdicts.end())
                    continue;
                out() << Tr::tr("  %1: mean %2 over %n verdict(s)%3", nullptr,
                                int(it->second.count))
                                 .arg(metric)
                                 .arg(it->second.mean(), 0, 'f', 2)
                                 .arg(Judge::isBinary(metric) ? Tr::tr(" (share with the fault)")
                                                              : Tr::tr(" (1-5)"))
                      << Qt::endl;
            }
        }
        out() << Qt::endl;
    }
    report(json, summary);
    if (!judgeProblem.isEmpty()) {
        err() << QStringLiteral("callwright-cli: ") << judgeProblem << Qt::endl;
        if (scored.judges.front().rated == 0)
            return Failed;
    }
    return Ok;
}

} // namespace Callwright::Cli
