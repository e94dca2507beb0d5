// Scoring at dataset scale: embedded naturalness and coherence scores, dataset statistics and
// MinHash signatures for 100,000 dialogues made in memory by the embedded engine (tau-bench
// retail and airline), then near-duplicate clustering over all of them. Generation is timed
// apart and not counted.
//
//   bench_scoring [dialogues=100000] [threads=0 (one per core)]

#include "catalog/catalogimporter.h"
#include "scoring/dialoguemetrics.h"
#include "scoring/scoringrun.h"
#include "simulation/generationjob.h"
#include "simulation/planner.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <cstdio>
#include <sys/resource.h>

using namespace Callwright;

namespace {

constexpr int kBatch = 2048;

Catalog demoCatalog(const QString &name, qint64 id)
{
    QString error;
    const QString path = TestSupport::sourceDir()
                         + QStringLiteral("/resources/demo/%1_tools.openai.json").arg(name);
    std::optional<Catalog> catalog = CatalogImporter::readFile(path, nullptr, &error);
    if (!catalog)
        qFatal("%s", qPrintable(error));
    catalog->id = id;
    catalog->name = name;
    return *catalog;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int total = args.size() > 1 ? args[1].toInt() : 100'000;
    const int threads = args.size() > 2 ? args[2].toInt() : 0;

    const std::vector<Catalog> catalogs{demoCatalog(QStringLiteral("retail"), 1),
                                        demoCatalog(QStringLiteral("airline"), 2)};
    std::vector<std::shared_ptr<const SimulationContext>> contexts;
    for (const Catalog &c : catalogs) {
        SimulationSettings settings;
        settings.catalogId = c.id;
        settings.seed = 2026 + quint64(c.id);
        contexts.push_back(std::make_shared<SimulationContext>(c, ToolGraph{}, settings));
    }
    ScoringPass::Options options;
    options.threads = threads;
    ScoringPass pass(catalogs, {}, options);

    std::printf("bench_scoring: %d embedded dialogues, %s threads\n", total,
                threads > 0 ? qPrintable(QString::number(threads)) : "one per core");
    double generateSeconds = 0;
    double scoreSeconds = 0;
    qint64 messages = 0;
    QElapsedTimer clock;
    std::vector<Dialogue> batch;
    // One factory per generation lane and catalog (a factory is bound to one thread at a time).
    std::vector<std::vector<std::unique_ptr<DialogueFactory>>> factories(2);
    for (auto &lane : factories) {
        for (const auto &context : contexts)
            lane.push_back(std::make_unique<DialogueFactory>(context));
    }
    for (int start = 0; start < total; start += kBatch) {
        const int count = std::min(kBatch, total - start);
        batch.assign(std::size_t(count), Dialogue());
        // Generation on two lanes; not part of the figure.
        clock.start();
        const std::vector<int> lanes{0, 1};
        QtConcurrent::blockingMap(lanes, [&](int lane) {
            for (int i = lane; i < count; i += 2) {
                const int index = start + i;
                Dialogue d = factories[std::size_t(lane)][std::size_t(index % 2)]->make(index / 2);
                d.uid = QStringLiteral("bench:%1").arg(index);
                batch[std::size_t(i)] = std::move(d);
            }
        });
        generateSeconds += double(clock.nsecsElapsed()) / 1e9;
        for (const Dialogue &d : batch)
            messages += qint64(d.messages.size());

        clock.start();
        pass.process(batch);
        scoreSeconds += double(clock.nsecsElapsed()) / 1e9;
        if ((start / kBatch) % 10 == 0) {
            std::printf("  %d/%d dialogues scored\n", start + count, total);
            std::fflush(stdout);
        }
    }
    clock.start();
    const ScoringReport report = pass.finish();
    const double clusterSeconds = double(clock.nsecsElapsed()) / 1e9;

    std::printf("\ngenerated %d dialogues (%lld messages) in %.1f s (not counted)\n", total,
                messages, generateSeconds);
    std::printf("score %d dialogues (metrics, statistics, MinHash): %.2f s, %.0f dialogues/s "
                "(goal: under 30 s for 100,000)\n",
                total, scoreSeconds, total / scoreSeconds);
    std::printf("cluster near duplicates (LSH over %d signatures): %.2f s, %zu clusters holding "
                "%lld dialogues, %lld redundant\n",
                total, clusterSeconds, report.nearDuplicates.clusters.size(),
                qint64(report.nearDuplicates.dialogues()),
                qint64(report.nearDuplicates.redundantUids().size()));
    const DatasetStats &s = report.stats;
    std::printf("\ndataset: word entropy H %.2f bits (ToolFlow 10.36), Distinct-3 %.4f "
                "(ToolFlow 0.4865)\n",
                s.wordEntropy(), s.distinct3());
    for (const auto &[metric, histogram] : s.histograms())
        std::printf("  mean %-34s %.3f\n", qPrintable(metric), histogram.mean());
    for (const CatalogCoverage &c : report.coverage)
        std::printf("  %-8s tools used %d/%d\n", qPrintable(c.name), c.toolsUsed, c.tools);
    struct rusage usage
    {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS: %.0f MB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
