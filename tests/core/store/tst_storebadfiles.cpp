#include "store/projectstore.h"
#include "store/storesql.h"
#include "storetestsupport.h"
#include "syntheticdialogues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Callwright;
using TestData::contentHash;
using Kind = StoreError::Kind;

Q_DECLARE_METATYPE(Kind)

namespace {

// Deterministic noise, so a failure can be reproduced byte for byte.
QByteArray garbage(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        seed = seed * 1664525u + 1013904223u;
        bytes[i] = char(seed >> 24);
    }
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.seek(offset) && f.write(bytes) == bytes.size();
}

bool makeProject(const QString &path, int dialogues)
{
    ProjectStore store;
    if (store.create(path, QStringLiteral("Victim")))
        return false;
    Catalog catalog = TestData::syntheticCatalog(QStringLiteral("Desk"));
    std::vector<Dialogue> batch = TestData::syntheticBatch(11, 0, dialogues);
    return store.insertCatalog(catalog) && store.insertDialogues(batch).value_or(-1) == dialogues;
}

// Runs SQL on a file behind the store's back, the way another tool would.
bool rawSql(const QString &path, const QStringList &statements)
{
    StoreSql::ScopedConnection connection("raw");
    QSqlDatabase &db = connection.db();
    db.setDatabaseName(path);
    bool ok = db.open();
    for (const QString &sql : statements)
        ok = ok && QSqlQuery(db).exec(sql);
    return ok;
}

int pageSizeOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = f.read(100);
    const int size = (uchar(header[16]) << 8) | uchar(header[17]);
    return size == 1 ? 65536 : size;
}

} // namespace

class TestStoreBadFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refusedFilesStayUntouched_data();
    void refusedFilesStayUntouched();
    void missingFileIsNotFound();
    void damagedDialoguePagesDoNotGoUnnoticed();
    void createRefusesAnExistingFile();
    void newerVersionInAPendingLogStaysUntouched();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreBadFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreBadFiles::refusedFilesStayUntouched_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<Kind>("expected");
    QTest::addColumn<QString>("wording");

    QTest::newRow("newer version") << QStringLiteral("newer.callwright") << Kind::NewerVersion
                                   << QStringLiteral("newer version of Callwright (schema 99");
    QTest::newRow("schema page garbled")
            << QStringLiteral("schema.callwright") << Kind::Corrupt << QStringLiteral("damaged");
    QTest::newRow("middle pages garbled")
            << QStringLiteral("middle.callwright") << Kind::Corrupt << QStringLiteral("damaged");
    QTest::newRow("truncated") << QStringLiteral("truncated.callwright") << Kind::Corrupt
                               << QStringLiteral("damaged");
    QTest::newRow("truncated at a page boundary")
            << QStringLiteral("pagecut.callwright") << Kind::Corrupt << QStringLiteral("damaged");
    QTest::newRow("text file") << QStringLiteral("notes.callwright") << Kind::NotAProject
                               << QStringLiteral("is not a Callwright project");
    QTest::newRow("png image") << QStringLiteral("image.callwright") << Kind::NotAProject
                               << QStringLiteral("is not a Callwright project");
    QTest::newRow("empty file") << QStringLiteral("empty.callwright") << Kind::NotAProject
                                << QStringLiteral("is not a Callwright project");
    QTest::newRow("other sqlite database")
            << QStringLiteral("other.callwright") << Kind::NotAProject
            << QStringLiteral("is not a Callwright project");
}

void TestStoreBadFiles::refusedFilesStayUntouched()
{
    QFETCH(QString, fileName);
    QFETCH(Kind, expected);
    QFETCH(QString, wording);
    const QString path = m_dir->filePath(fileName);
    const QByteArray tag(QTest::currentDataTag());

    if (tag == "newer version") {
        QVERIFY(makeProject(path, 20));
        QVERIFY(rawSql(path, {QStringLiteral("PRAGMA user_version = 99")}));
    } else if (tag == "schema page garbled") {
        QVERIFY(makeProject(path, 20));
        // Keep the 100-byte header (so the file still claims to be ours), ruin the rest of
        // page 1, where sqlite_master's b-tree starts.
        QVERIFY(overwrite(path, 100, garbage(pageSizeOf(path) - 100, 1)));
    } else if (tag == "middle pages garbled") {
        QVERIFY(makeProject(path, 20));
        const int page = pageSizeOf(path);
        const qint64 pages = QFileInfo(path).size() / page;
        QVERIFY(pages > 6);
        // Pages 2 up to the middle: the meta, catalog and tool tables and the first dialogues.
        QVERIFY(overwrite(path, page, garbage(int(pages / 2) * page, 2)));
    } else if (tag == "truncated" || tag == "truncated at a page boundary") {
        QVERIFY(makeProject(path, 200));
        QFile f(path);
        const qint64 pages = f.size() / pageSizeOf(path);
        const qint64 cut = (pages / 2) * pageSizeOf(path) + (tag == "truncated" ? 1234 : 0);
        QVERIFY(f.resize(cut));
    } else if (tag == "text file") {
        QVERIFY(writeFile(path, "Remember to book the hotel.\nAnd the flight.\n"));
    } else if (tag == "png image") {
        QVERIFY(writeFile(path, QByteArray("\x89PNG\r\n\x1a\n", 8) + garbage(4096, 3)));
    } else if (tag == "empty file") {
        QVERIFY(writeFile(path, QByteArray()));
    } else if (tag == "other sqlite database") {
        QVERIFY(rawSql(path, {QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, t)"),
                              QStringLiteral("INSERT INTO notes(t) VALUES ('hello')"),
                              QStringLiteral("PRAGMA user_version = 1")}));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray hashBefore = contentHash(path);
    const qint64 sizeBefore = QFileInfo(path).size();
    const QDateTime modifiedBefore = QFileInfo(path).lastModified();

    for (const auto mode : {ProjectStore::OpenMode::ReadWrite, ProjectStore::OpenMode::ReadOnly}) {
        ProjectStore store;
        const StoreError error = store.open(path, mode);
        QCOMPARE(error.kind, expected);
        QCOMPARE(store.lastError().kind, expected);
        QVERIFY(!store.isOpen());
        QVERIFY2(error.message.contains(QDir::toNativeSeparators(path)), qPrintable(error.message));
        QVERIFY2(error.message.contains(wording), qPrintable(error.message));
    }
    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QCOMPARE(contentHash(path), hashBefore);
    QCOMPARE(QFileInfo(path).lastModified(), modifiedBefore);
    const QStringList siblings = QDir(m_dir->path()).entryList(QDir::Files);
    QCOMPARE(siblings, QStringList{fileName});
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());
}

void TestStoreBadFiles::missingFileIsNotFound()
{
    const QString path = m_dir->filePath(QStringLiteral("nowhere.callwright"));
    ProjectStore store;
    const StoreError error = store.open(path);
    QCOMPARE(error.kind, Kind::NotFound);
    QVERIFY(error.message.contains(QDir::toNativeSeparators(path)));
    QVERIFY(!QFile::exists(path)); // opening never creates a file
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void TestStoreBadFiles::damagedDialoguePagesDoNotGoUnnoticed()
{
    // Damage deep inside the dialogue table of a larger file is not worth a full scan at every
    // open; it must surface when the dialogues are read and in the integrity check.
    const QString path = m_dir->filePath(QStringLiteral("deep.callwright"));
    QVERIFY(makeProject(path, 2000));
    const int page = pageSizeOf(path);
    const qint64 pages = QFileInfo(path).size() / page;
    QVERIFY(overwrite(path, (pages / 3) * page, garbage(8 * page, 4)));

    ProjectStore store;
    const StoreError error = store.open(path, ProjectStore::OpenMode::ReadOnly);
    if (error) {
        QCOMPARE(error.kind, Kind::Corrupt);
        return;
    }
    QVERIFY(!store.integrityCheck().isEmpty());
    qint64 seen = 0;
    const bool complete = store.forEachDialogue([&](const Dialogue &) {
        ++seen;
        return true;
    });
    if (complete) {
        // Only index pages were hit; every dialogue still reads back intact.
        QCOMPARE(seen, 2000);
    } else {
        QCOMPARE(store.lastError().kind, Kind::Corrupt);
        QVERIFY(store.lastError().message.contains(QDir::toNativeSeparators(path)));
    }
}

void TestStoreBadFiles::createRefusesAnExistingFile()
{
    const QString path = m_dir->filePath(QStringLiteral("taken.callwright"));
    QVERIFY(writeFile(path, "not mine to overwrite"));
    const QByteArray before = contentHash(path);
    ProjectStore store;
    const StoreError error = store.create(path, QStringLiteral("New"));
    QCOMPARE(error.kind, Kind::AlreadyExists);
    QVERIFY(error.message.contains(QDir::toNativeSeparators(path)));
    QCOMPARE(contentHash(path), before);
    QCOMPARE(ProjectStore::createAtVersion(path, QStringLiteral("New"), 1).kind,
             Kind::AlreadyExists);
    QCOMPARE(contentHash(path), before);
}

// A newer build wrote schema 99 into the log and was killed before checkpointing: the main file
// still says version 2, the log says 99. Refusing must leave both files as they are.
void TestStoreBadFiles::newerVersionInAPendingLogStaysUntouched()
{
    const QString source = m_dir->filePath(QStringLiteral("source.callwright"));
    const QString victim = m_dir->filePath(QStringLiteral("victim.callwright"));
    QVERIFY(makeProject(source, 20));
    {
        StoreSql::ScopedConnection connection("writer");
        QSqlDatabase &db = connection.db();
        db.setDatabaseName(source);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = 'from the future'"
                                      " WHERE key = 'name'")));
        // Copy the file with its uncheckpointed log while the writer still holds it: what a
        // kill would leave behind.
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString from = source + QLatin1String(suffix);
            QVERIFY2(QFile::exists(from), qPrintable(from));
            QVERIFY(QFile::copy(from, victim + QLatin1String(suffix)));
        }
        q.finish();
    }
    QVERIFY(QFileInfo(victim + QStringLiteral("-wal")).size() > 0);
    const QByteArray fileBefore = contentHash(victim);
    const QByteArray logBefore = contentHash(victim + QStringLiteral("-wal"));

    for (const auto mode : {ProjectStore::OpenMode::ReadWrite, ProjectStore::OpenMode::ReadOnly}) {
        ProjectStore store;
        const StoreError error = store.open(victim, mode);
        QCOMPARE(error.kind, Kind::NewerVersion);
        QVERIFY2(error.message.contains(QStringLiteral("99")), qPrintable(error.message));
    }
    QCOMPARE(contentHash(victim), fileBefore);
    QVERIFY(QFile::exists(victim + QStringLiteral("-wal")));
    QCOMPARE(contentHash(victim + QStringLiteral("-wal")), logBefore);
}

QTEST_GUILESS_MAIN(TestStoreBadFiles)

#include "tst_storebadfiles.moc"
