// bench_store: how fast a project file takes and gives back dialogues.
//
//   bench_store [--runs N] [--count N] [--batch N]
//
// Each run writes --count synthetic dialogues (about 1.5 KB of JSON each) into a fresh
// project in batches, reopens the file, streams every dialogue back, and runs full-text
// queries. Prints the median of the runs.

#include "store/projectstore.h"
#include "syntheticdialogues.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Callwright;

namespace {

constexpr quint64 kSeed = 314159;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Run
{
    double insertSeconds = 0;
    double readSeconds = 0;
    double openMs = 0;
    double commonSearchMs = 0;
    double rareSearchMs = 0;
    std::size_t commonHits = 0;
    std::size_t rareHits = 0;
    qint64 fileBytes = 0;
};

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_store: %s\n", qPrintable(what));
    std::exit(1);
}

// Median of a few repetitions, so one cold cache miss does not decide the figure.
double searchMs(const ProjectStore &store, const QString &query, std::size_t *hits)
{
    std::vector<double> times;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer clock;
        clock.start();
        *hits = store.searchMessages(query).size();
        times.push_back(clock.nsecsElapsed() / 1e6);
    }
    return median(times);
}

Run runOnce(int count, int batchSize, qint64 *jsonBytes)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary folder"));
    const QString path = dir.filePath(QStringLiteral("bench.callwright"));
    Run run;
    const bool measureBytes = *jsonBytes == 0;
    {
        ProjectStore store;
        if (const StoreError error = store.create(path, QStringLiteral("Bench")))
            die(error.message);
        QElapsedTimer clock;
        qint64 ns = 0;
        for (int first = 0; first < count; first += batchSize) {
            std::vector<Dialogue> batch
                = TestData::syntheticBatch(kSeed, first, std::min(batchSize, count - first));
            if (measureBytes) {
                for (const Dialogue &d : batch)
                    *jsonBytes += qint64(Json(d).dump().size());
            }
            clock.start();
            const std::optional<int> written = store.insertDialogues(batch);
            ns += clock.nsecsElapsed();
            if (!written || *written != int(batch.size()))
                die(store.lastError().message);
        }
        run.insertSeconds = ns / 1e9;
    }
    run.fileBytes = QFileInfo(path).size();

    ProjectStore store;
    QElapsedTimer clock;
    clock.start();
    if (const StoreError error = store.open(path))
        die(error.message);
    run.openMs = clock.nsecsElapsed() / 1e6;
    qint64 seen = 0;
    clock.start();
    const bool ok = store.forEachDialogue([&seen](const Dialogue &) {
        ++seen;
        return true;
    });
    run.readSeconds = clock.nsecsElapsed() / 1e9;
    if (!ok || seen != count)
        die(QStringLiteral("read %1 of %2: %3")
                .arg(seen)
                .arg(count)
                .arg(store.lastError().message));
    run.commonSearchMs = searchMs(store, QStringLiteral("refund"), &run.commonHits);
    const QString rare
        = QLatin1Char('"') + TestData::syntheticOrderNumber(count / 2) + QLatin1Char('"');
    run.rareSearchMs = searchMs(store, rare, &run.rareHits);
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Project store throughput"));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs (5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption countOption(QStringLiteral("count"),
                                         QStringLiteral("Dialogues per run (100000)."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         QStringLiteral("Dialogues per batch (1000)."),
                                         QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({runsOption, countOption, batchOption});
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();
    const int count = parser.value(countOption).toInt();
    const int batch = parser.value(batchOption).toInt();
    if (runs < 1 || count < 1 || batch < 1)
        die(QStringLiteral("--runs, --count and --batch must be positive"));

    qint64 jsonBytes = 0;
    std::vector<double> insertRates, readRates, openMs, commonMs, rareMs, fileMb;
    std::size_t commonHits = 0;
    std::size_t rareHits = 0;
    for (int r = 0; r < runs; ++r) {
        const Run run = runOnce(count, batch, &jsonBytes);
        insertRates.push_back(count / run.insertSeconds);
        readRates.push_back(count / run.readSeconds);
        openMs.push_back(run.openMs);
        commonMs.push_back(run.commonSearchMs);
        rareMs.push_back(run.rareSearchMs);
        fileMb.push_back(run.fileBytes / 1e6);
        commonHits = run.commonHits;
        rareHits = run.rareHits;
        std::fprintf(stderr, "run %d: insert %.0f/s, read %.0f/s\n", r + 1, insertRates.back(),
                     readRates.back());
    }
    const double mbPerDialogue = double(jsonBytes) / count / 1e6;
    const double insertRate = median(insertRates);
    const double readRate = median(readRates);
    std::printf("store.insert  %d dialogues  median %.0f dialogues/s  (%.1f MB/s)\n", count,
                insertRate, insertRate * mbPerDialogue);
    std::printf("store.read    %d dialogues  median %.0f dialogues/s  (%.1f MB/s)\n", count,
                readRate, readRate * mbPerDialogue);
    std::printf("store.open    %d dialogues  median %.1f ms\n", count, median(openMs));
    std::printf("store.search  \"refund\" (%zu hits, limit 100)  median %.2f ms\n", commonHits,
                median(commonMs));
    std::printf("store.search  one order number (%zu hit)  median %.2f ms\n", rareHits,
                median(rareMs));
    std::printf("store.file    %.1f MB  (%.0f bytes per dialogue; JSON %.0f bytes each)\n",
                median(fileMb), median(fileMb) * 1e6 / count, double(jsonBytes) / count);
    std::printf("runs %d, batch %d\n", runs, batch);
    return 0;
}
