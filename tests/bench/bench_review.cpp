// bench_review: the review workbench on a project of a million dialogues.
//
//   bench_review [--count N] [--unique N] [--file PATH]
//
// The project is made once and cached (default /tmp/callwright-bench-review-<N>.callwright):
// --unique dialogues are generated with the embedded engine (DialogueFactory on the bundled
// retail catalog), then written --count times over in batches, each copy with its own uid, job,
// review status, engine and creation time. The figures are then measured in a fresh process, so
// that its peak memory is the review panel's and not the generator's: the time to open the file
// and show the review panel's first page, full-text searches through the panel's filter, and the
// process's resident memory.

#include "catalog/catalogimporter.h"
#include "model/projectdocument.h"
#include "models/dialoguelistmodel.h"
#include "panels/reviewpanel.h"
#include "simulation/generationjob.h"
#include "simulation/planner.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTableView>
#include <QThreadStorage>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentMap>

#include <sys/resource.h>

#include <cstdio>
#include <numeric>

using namespace Callwright;

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_review: %s\n", qPrintable(what));
    std::exit(1);
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

double currentRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void generate(const QString &path, qint64 count, int unique)
{
    const QString partial = path + QStringLiteral(".partial");
    for (const QString &p :
         {partial, partial + QStringLiteral("-wal"), partial + QStringLiteral("-shm")})
        QFile::remove(p);
    ProjectStore store;
    if (const StoreError e = store.create(partial, QStringLiteral("Review bench")))
        die(e.message);
    QString why;
    const QString catalogFile
            = TestSupport::sourceDir() + QStringLiteral("/resources/demo/retail_tools.openai.json");
    std::optional<Catalog> catalog = CatalogImporter::readFile(catalogFile, nullptr, &why);
    if (!catalog)
        die(why);
    catalog->name = QStringLiteral("retail");
    if (!store.insertCatalog(*catalog))
        die(store.lastError().message);

    QElapsedTimer clock;
    clock.start();
    SimulationSettings settings;
    settings.catalogId = catalog->id;
    settings.seed = 2026;
    const auto context = std::make_shared<const SimulationContext>(*catalog, ToolGraph{}, settings);
    std::vector<int> indexes(static_cast<std::size_t>(unique));
    std::iota(indexes.begin(), indexes.end(), 0);
    // One factory per thread: each is a pure function of the context and the index.
    static QThreadStorage<DialogueFactory *> factories;
    const std::vector<Dialogue> made
            = QtConcurrent::blockingMapped<std::vector<Dialogue>>(indexes, [&](int i) {
                  if (!factories.hasLocalData())
                      factories.setLocalData(new DialogueFactory(context));
                  return factories.localData()->make(i);
              });
    std::fprintf(stderr, "generated %d dialogues with the embedded engine in %.1f s\n", unique,
                 clock.nsecsElapsed() / 1e9);

    clock.start();
    constexpr int kBatch = 5000;
    static const ReviewStatus statuses[10]
            = {ReviewStatus::Open,     ReviewStatus::Open,     ReviewStatus::Open,
               ReviewStatus::Open,     ReviewStatus::Open,     ReviewStatus::Open,
               ReviewStatus::Accepted, ReviewStatus::Accepted, ReviewStatus::Rejected,
               ReviewStatus::NeedsFix};
    for (qint64 first = 0; first < count; first += kBatch) {
        std::vector<Dialogue> batch;
        batch.reserve(kBatch);
        for (qint64 i = first; i < qMin(count, first + kBatch); ++i) {
            Dialogue d = made[std::size_t(i % unique)];
            d.uid = QStringLiteral("bench-%1").arg(i);
            d.jobId = 1 + i / 100000;
            d.createdAtMs = 1767225600000 + i * 1000;
            d.status = statuses[(i * 7919) % 10];
            if (d.status == ReviewStatus::Rejected)
                d.reviewNote = QStringLiteral("ungrounded argument");
            if (i % 10 == 3)
                d.engine = QStringLiteral("endpoint-gpt4o");
            batch.push_back(std::move(d));
        }
        const std::optional<int> written = store.insertDialogues(batch);
        if (!written)
            die(store.lastError().message);
        if ((first / kBatch) % 20 == 0) {
            std::fprintf(stderr, "\rwritten %lld of %lld (%.0f/s)", first + kBatch, qint64(count),
                         (first + kBatch) / (clock.nsecsElapsed() / 1e9));
        }
    }
    std::fprintf(stderr, "\nwrote %lld dialogues in %.1f s\n", qint64(count),
                 clock.nsecsElapsed() / 1e9);
    store.close();
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, path))
        die(QStringLiteral("cannot rename %1").arg(partial));
}

// Applies a filter through the panel and waits for what the curator sees: the count and the
// first page of the list.
// Time until the first page is shown; *countedMs gets the time until the exact count is in
// (a search counts up to DialogueListModel::kSearchCountLimit first, the rest off the GUI
// thread).
double filterMs(ReviewPanel &panel, const DialogueFilter &filter, int *rows,
                double *countedMs = nullptr)
{
    QElapsedTimer clock;
    clock.start();
    panel.applyFilter(filter);
    QApplication::processEvents();
    const double shown = clock.nsecsElapsed() / 1e6;
    while (!panel.listModel()->counts().exact && clock.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (countedMs)
        *countedMs = clock.nsecsElapsed() / 1e6;
    *rows = panel.listModel()->rowCount();
    return shown;
}

int measure(const QString &path)
{
    const double baseline = currentRssMb();
    QElapsedTimer clock;
    clock.start();
    StoreError error;
    std::unique_ptr<ProjectDocument> document = ProjectDocument::open(path, &error);
    if (!document)
        die(error.message);
    const double openMs = clock.nsecsElapsed() / 1e6;
    ReviewPanel panel;
    panel.resize(1400, 900);
    panel.setDocument(document.get());
    panel.show();
    QApplication::processEvents();
    const double shownMs = clock.nsecsElapsed() / 1e6;
    const qint64 total = panel.listModel()->counts().total;
    if (panel.listModel()->cachedPages() < 1 || !panel.currentDialogue())
        die(QStringLiteral("the first page was not shown"));

    std::printf("review.open       %lld dialogues, file %.0f MB\n", total,
                QFileInfo(path).size() / 1e6);
    std::printf("review.open       open the project %.0f ms; panel with first page shown %.0f ms"
                " (goal < 1000 ms)\n",
                openMs, shownMs);
    std::printf("review.open       peak RSS so far %.0f MB\n", peakRssMb());

    // The end of the list: a deep page, read by offset.
    clock.start();
    panel.selectRow(panel.listModel()->rowCount() - 1);
    std::printf("review.scroll     jump to the last row %.0f ms (peak RSS so far %.0f MB)\n",
                clock.nsecsElapsed() / 1e6, peakRssMb());

    int rows = 0;
    DialogueFilter filter;
    // A word in most dialogues, a phrase in a few percent, an order number in a handful.
    for (const QString &text : {QStringLiteral("payment"), QStringLiteral("\"urban invoice\""),
                                QStringLiteral("\"#W3168171\"")}) {
        filter.text = text;
        filterMs(panel, filter, &rows); // warm
        double countedMs = 0;
        const double ms = filterMs(panel, filter, &rows, &countedMs);
        std::printf("review.search     \"%s\": %d dialogues, first page shown %.0f ms"
                    " (goal < 200 ms); exact count in after %.0f ms, off the GUI thread\n",
                    qPrintable(text), rows, ms, countedMs);
        std::printf("                  (peak RSS so far %.0f MB)\n", peakRssMb());
    }
    QElapsedTimer raw;
    raw.start();
    const std::size_t hits = document->store().searchMessages(QStringLiteral("payment")).size();
    std::printf("review.search     store.searchMessages(\"payment\", 100) %zu ids %.0f ms\n", hits,
                raw.nsecsElapsed() / 1e6);
    DialogueFilter status;
    status.statuses = {ReviewStatus::Rejected};
    filterMs(panel, status, &rows);
    std::printf("review.filter     status rejected: %d dialogues %.0f ms\n", rows,
                filterMs(panel, status, &rows));
    DialogueFilter tool;
    tool.tools = {QStringLiteral("exchange_delivered_order_items")};
    tool.engine = QStringLiteral("endpoint-gpt4o");
    filterMs(panel, tool, &rows);
    std::printf("review.filter     tool + engine: %d dialogues %.0f ms\n", rows,
                filterMs(panel, tool, &rows));
    panel.applyFilter({});
    clock.start();
    panel.acceptSelected();
    std::printf("review.accept     accept and show the next open %.0f ms\n",
                clock.nsecsElapsed() / 1e6);
    document->undoStack()->undo();

    std::printf("review.memory     peak RSS %.0f MB, now %.0f MB (%.0f MB before opening)\n",
                peakRssMb(), currentRssMb(), baseline);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Review workbench on a million dialogues"));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"),
                                         QStringLiteral("Dialogues (1000000)."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption uniqueOption(
            QStringLiteral("unique"),
            QStringLiteral("Distinct dialogues generated with the embedded engine (20000)."),
            QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("The cached project file."),
                                        QStringLiteral("path"));
    const QCommandLineOption measureOption(QStringLiteral("measure-only"),
                                           QStringLiteral("Measure an existing file."));
    parser.addOptions({countOption, uniqueOption, fileOption, measureOption});
    parser.process(app);
    const qint64 count = parser.value(countOption).toLongLong();
    const int unique = parser.value(uniqueOption).toInt();
    if (count < 1 || unique < 1)
        die(QStringLiteral("--count and --unique must be positive"));
    const QString path
            = parser.isSet(fileOption)
                      ? parser.value(fileOption)
                      : QStringLiteral("/tmp/callwright-bench-review-%1.callwright").arg(count);
    if (parser.isSet(measureOption))
        return measure(path);

    if (!QFile::exists(path)) {
        std::fprintf(stderr, "making %s (cached for later runs)\n", qPrintable(path));
        generate(path, count, unique);
    } else {
        std::fprintf(stderr, "using the cached %s\n", qPrintable(path));
    }
    // A fresh process, so the peak memory is the review panel's alone.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--measure-only"), QStringLiteral("--file"), path});
    if (!child.waitForFinished(-1))
        die(child.errorString());
    return child.exitCode();
}
