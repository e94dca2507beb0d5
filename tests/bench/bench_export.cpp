// Export throughput: generates dialogues with the embedded engine into a temporary demo
// project (tau-bench retail and airline, half each), then exports all of them in each format
// with a 10% validation split, the metadata sidecar and the dataset card, and prints MB/s and
// dialogues/s. Every record passes its format's validator on the way (that is part of the
// measured time), and the files are checked again afterwards.
//
//   bench_export [dialogues=100000] [formats=openai,trl,sharegpt,hermes,bfcl]

#include "catalog/demoproject.h"
#include "export/datasetexporter.h"
#include "simulation/generationjob.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace Callwright;

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int total = args.size() > 1 ? args[1].toInt() : 100000;
    const QStringList formats
            = args.size() > 2 ? args[2].split(QLatin1Char(',')) : exportFormatNames();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.callwright"));
    if (StoreError e = createDemoProject(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 1;
    }
    ProjectStore store;
    if (StoreError e = store.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 1;
    }
    std::printf("bench_export: %d embedded dialogues\n", total);
    QElapsedTimer clock;
    clock.start();
    const std::vector<Catalog> catalogs = store.catalogs();
    for (std::size_t c = 0; c < catalogs.size(); ++c) {
        SimulationSettings settings;
        settings.catalogId = catalogs[c].id;
        settings.count = c + 1 == catalogs.size() ? total - total / 2 * int(c) : total / 2;
        settings.seed = 2026 + c;
        GenerationRunner runner(store);
        QString error;
        const std::optional<Job> job = runner.create(settings, &error);
        if (!job) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const Job end = runner.run(*job);
        if (end.state != Job::State::Completed) {
            std::fprintf(stderr, "generation failed: %s\n", qPrintable(end.error));
            return 1;
        }
    }
    std::printf("generated %lld dialogues in %.1f s (setup, not measured below)\n\n",
                store.dialogueCount(), double(clock.elapsed()) / 1000.0);

    std::printf("%-9s %10s %10s %9s %8s %8s %12s %9s\n", "format", "dialogues", "MB", "seconds",
                "MB/s", "dlg/s", "validation s", "peak MB");
    int status = 0;
    for (const QString &name : formats) {
        const std::optional<ExportFormat> format = exportFormatFromName(name);
        if (!format) {
            std::fprintf(stderr, "unknown format %s\n", qPrintable(name));
            return 2;
        }
        ExportOptions options;
        options.format = *format;
        options.statuses = {};
        options.validationShare = 0.1;
        const QString out = dir.filePath(name);
        const ExportResult r = DatasetExporter(store).run(options, out);
        if (!r.ok()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(r.error));
            status = 1;
            continue;
        }
        // The files once more, as a user would check them before training.
        QElapsedTimer check;
        check.start();
        // Train and validation each make one set of the format's parts.
        const QStringList names = DatasetExporter::dataFiles(options);
        const int parts = int(names.size()) / (options.validationShare > 0 ? 2 : 1);
        std::vector<FormatProblem> problems;
        for (int from = 0; from < names.size(); from += parts) {
            QStringList files;
            for (const QString &f : names.mid(from, parts))
                files << QDir(out).filePath(f);
            const auto found = validateDatasetFiles(*format, files);
            problems.insert(problems.end(), found.begin(), found.end());
        }
        const double checkSeconds = double(check.elapsed()) / 1000.0;
        const qint64 written = r.train + r.validation;
        std::printf("%-9s %10lld %10.1f %9.2f %8.1f %8.0f %12.2f %9.0f\n", qPrintable(name),
                    written, double(r.bytes) / 1e6, r.seconds, double(r.bytes) / 1e6 / r.seconds,
                    double(written) / r.seconds, checkSeconds, peakRssMb());
        if (!problems.empty() || r.skipped != 0) {
            std::printf("  %lld left out, %zu problems%s%s\n", r.skipped, problems.size(),
                        problems.empty() ? "" : ": ",
                        problems.empty() ? "" : qPrintable(problems.front().toString()));
            status = 1;
        }
    }
    return status;
}
