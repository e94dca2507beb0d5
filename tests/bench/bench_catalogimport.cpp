// bench_catalogimport: how fast the large BFCL catalog (3,108 functions) imports.
//
//   bench_catalogimport [--runs N] [--file PATH]
//
// Each run reads the file and imports it, once through BfclImporter and once through
// CatalogImporter (format detection included). Prints the median of the runs.

#include "catalog/bfclimporter.h"
#include "catalog/catalogimporter.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Callwright;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_catalogimport: %s\n", qPrintable(what));
    std::exit(1);
}

struct Figures
{
    std::vector<double> ms;
    std::size_t tools = 0;
    std::size_t warnings = 0;
};

Figures measure(int runs,
                const std::function<std::optional<Catalog>(ImportReport *, QString *)> &import)
{
    Figures f;
    for (int i = 0; i < runs; ++i) {
        ImportReport report;
        QString error;
        QElapsedTimer timer;
        timer.start();
        const std::optional<Catalog> catalog = import(&report, &error);
        f.ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!catalog)
            die(error);
        f.tools = catalog->tools.size();
        f.warnings = report.warnings.size();
    }
    return f;
}

void print(const char *label, const Figures &f)
{
    std::printf("%-22s median %8.1f ms   min %8.1f ms   max %8.1f ms   %zu tools, %zu warnings\n",
                label, median(f.ms), *std::min_element(f.ms.begin(), f.ms.end()),
                *std::max_element(f.ms.begin(), f.ms.end()), f.tools, f.warnings);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the import of a large catalog."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs to take the median of."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption fileOption(
            QStringLiteral("file"), QStringLiteral("The catalog to import."),
            QStringLiteral("PATH"),
            TestSupport::sharedDataDir()
                    + QStringLiteral("/bfcl/bfcl_v4_single_turn_function_catalog.dedup.jsonl"));
    parser.addOption(runsOption);
    parser.addOption(fileOption);
    parser.process(app);
    bool ok = false;
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!ok || runs < 1)
        die(QStringLiteral("--runs needs a positive number"));
    const QString path = parser.value(fileOption);

    std::printf("bench_catalogimport: %s, %d runs\n", qPrintable(path), runs);
    print("BfclImporter::readFile", measure(runs, [&](ImportReport *r, QString *e) {
              return BfclImporter::readFile(path, r, e);
          }));
    print("CatalogImporter (auto)", measure(runs, [&](ImportReport *r, QString *e) {
              return CatalogImporter::readFile(path, r, e);
          }));
    return 0;
}
