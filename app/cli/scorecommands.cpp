// score: the embedded naturalness and coherence scores of every dialogue, and the dataset's
// figures (diversity, coverage, mean scores, near duplicates).

#include "clisupport.h"
#include "commands.h"

#include "scoring/dialoguemetrics.h"
#include "scoring/scoringrun.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <cmath>

namespace Callwright::Cli {

namespace {

constexpr qint64 kProgressIntervalMs = 250;

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
    if (parser.isSet(QStringLiteral("judge")))
        return fail(json, Usage,
                    Tr::tr("--judge: judges through an endpoint are not available in this "
                           "build yet (profile '%1'); run without --judge for the embedded "
                           "scores")
                            .arg(parser.value(QStringLiteral("judge"))));
    int threads = 0;
    if (!readInt(parser, QStringLiteral("threads"), 0, 256, &threads))
        return fail(json, Usage, Tr::tr("--threads takes a whole number from 0 to 256"));

    ProjectStore store;
    if (StoreError e = store.open(parser.value(QStringLiteral("project"))))
        return storeFailure(json, e);

    ScoringRunner runner(store);
    ScoringRunner::Options options;
    options.pass.threads = threads;
    QElapsedTimer clock;
    clock.start();
    qint64 lastLineMs = 0;
    const ScoringReport scored = runner.run(options, nullptr, [&](const ScoringProgress &p) {
        const qint64 now = clock.elapsed();
        if (json || (now - lastLineMs < kProgressIntervalMs && p.done < p.total))
            return;
        lastLineMs = now;
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
        out() << Qt::endl;
    }
    report(json, summary);
    return Ok;
}

} // namespace Callwright::Cli
