// Helper of tst_storecrash: writes batches of dialogues into a project until it is killed,
// reporting each batch before it starts and after it is committed.
//
//   storecrash_writer <project> <slow-from-row>
//
// Rows from <slow-from-row> on in each batch are delayed inside the transaction, so that the
// test's SIGKILL lands while a batch is half written.

#include "store/projectstore.h"
#include "syntheticdialogues.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>

using namespace Callwright;

namespace {

constexpr quint64 kSeed = 4242;
constexpr int kBatch = 500;
int g_slowFromRow = 0;

// Called by a temporary trigger for every inserted dialogue, inside the batch's transaction.
void pauseInsideBatch(sqlite3_context *context, int, sqlite3_value **argv)
{
    const sqlite3_int64 rowid = sqlite3_value_int64(argv[0]);
    if ((rowid - 1) % kBatch >= g_slowFromRow)
        QThread::usleep(1500);
    sqlite3_result_null(context);
}

// The store keeps its connection to itself; the writer reaches it through Qt's registry to
// slow the store's own inserts down, without a hook in the store's interface.
bool installPause()
{
    const QStringList names = QSqlDatabase::connectionNames();
    if (names.size() != 1)
        return false;
    QSqlDatabase db = QSqlDatabase::database(names.first(), false);
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    if (sqlite3_create_function(sqlite, "writer_pause", 1, SQLITE_UTF8, nullptr, &pauseInsideBatch,
                                nullptr, nullptr)
        != SQLITE_OK) {
        return false;
    }
    return QSqlQuery(db).exec(
        QStringLiteral("CREATE TEMP TRIGGER writer_slow AFTER INSERT ON main.dialogues"
                       " BEGIN SELECT writer_pause(NEW.id); END"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: storecrash_writer <project> <slow-from-row>\n");
        return 2;
    }
    const QString path = args.at(1);
    g_slowFromRow = args.at(2).toInt();

    ProjectStore store;
    const StoreError error
        = QFileInfo::exists(path) ? store.open(path) : store.create(path, QStringLiteral("Crash"));
    if (error || !installPause()) {
        std::fprintf(stderr, "cannot start: %s\n", qPrintable(error.message));
        return 1;
    }
    for (int batchNumber = 0;; ++batchNumber) {
        std::vector<Dialogue> batch
            = TestData::syntheticBatch(kSeed, qint64(batchNumber) * kBatch, kBatch);
        std::printf("begin %d\n", batchNumber + 1);
        std::fflush(stdout);
        const std::optional<int> written = store.insertDialogues(batch);
        if (!written || *written != kBatch) {
            std::fprintf(stderr, "batch %d failed: %s\n", batchNumber + 1,
                         qPrintable(store.lastError().message));
            return 1;
        }
        std::printf("committed %d\n", batchNumber + 1);
        std::fflush(stdout);
    }
}
