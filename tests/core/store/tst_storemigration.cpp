#include "store/migrations.h"
#include "store/projectstore.h"
#include "store/storesql.h"
#include "storetestsupport.h"
#include "syntheticdialogues.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Callwright;
using TestData::contentHash;

namespace {

constexpr quint64 kSeed = 1977;
constexpr int kOldDialogues = 60;

// From the header itself, so that checking does not open (and possibly change) the file.
int userVersionOnDisk(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = f.read(100);
    if (header.size() < 100)
        return -1;
    const auto *p = reinterpret_cast<const uchar *>(header.constData() + 60);
    return int((quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3]);
}

// What an older build of Callwright wrote: its tables filled through plain SQL (a ProjectStore
// opened for writing would migrate the file first). From version 2 on, that build also kept
// the full-text index in step.
bool writeOldDialogues(const QString &path, bool withIndex, QString *error)
{
    StoreSql::ScopedConnection connection("old-writer");
    QSqlDatabase &db = connection.db();
    db.setDatabaseName(path);
    bool ok = db.open();
    QSqlQuery q(db);
    QSqlQuery index(db);
    ok = ok
         && (!withIndex
             || index.prepare(
                     QStringLiteral("INSERT INTO message_fts(rowid, content) VALUES (?, ?)")))
         && q.prepare(QStringLiteral(
                 "INSERT INTO dialogues(uid, catalog_id, job_id, status, engine, seed,"
                 " created_at_ms, message_count, call_count, tools, json)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; ok && i < kOldDialogues; ++i) {
        const Dialogue d = TestData::syntheticDialogue(kSeed, i);
        q.addBindValue(d.uid);
        q.addBindValue(d.catalogId);
        q.addBindValue(d.jobId);
        q.addBindValue(QString::fromLatin1(reviewStatusName(d.status)));
        q.addBindValue(d.engine);
        q.addBindValue(qint64(d.seed));
        q.addBindValue(d.createdAtMs);
        q.addBindValue(qint64(d.messages.size()));
        q.addBindValue(qint64(d.calls.size()));
        q.addBindValue(d.toolsUsed().join(QLatin1Char(' ')));
        q.addBindValue(QString::fromStdString(Json(d).dump()));
        ok = q.exec();
        if (ok && withIndex) {
            index.addBindValue(q.lastInsertId());
            index.addBindValue(QString::fromUtf8(StoreMigrations::searchText(Json(d))));
            ok = index.exec();
        }
    }
    if (!ok)
        *error = q.lastError().text() + index.lastError().text() + db.lastError().text();
    return ok;
}

// The review tables of a file as text, row by row, to compare two files.
QStringList reviewRows(const QString &path)
{
    StoreSql::ScopedConnection connection("review-rows");
    QSqlDatabase &db = connection.db();
    db.setDatabaseName(path);
    QStringList out;
    if (!db.open())
        return {QStringLiteral("cannot open")};
    for (const char *sql : {"SELECT * FROM dialogue_summaries ORDER BY id",
                            "SELECT * FROM dialogue_scores ORDER BY dialogue_id, metric",
                            "SELECT * FROM dialogue_tools ORDER BY dialogue_id, tool"}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(sql)))
            return {q.lastError().text()};
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < q.record().count(); ++c)
                row << q.value(c).toString();
            out << row.join(QLatin1Char('|'));
        }
    }
    return out;
}

} // namespace

class TestStoreMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrationsAreNumberedUpToTheSchemaVersion();
    void init();
    void readOnlyOpenLeavesAVersionOneFileAlone();
    void readWriteOpenMigratesAndIndexesOldDialogues();
    void versionTwoFileGainsJobsAndKeepsItsDialogues();
    void readOnlyOpenOfAVersionTwoFileShowsNoJobs();
    void createAtVersionRefusesUnknownVersions();
    void versionThreeFileGainsReviewSummariesAndLosesNothing();
    void failedReviewStepLeavesVersionThreeUntouched();
    void newDialoguesGetTheSummariesTheMigrationWrites();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreMigration::migrationsAreNumberedUpToTheSchemaVersion()
{
    const auto &steps = StoreMigrations::all();
    QCOMPARE(int(steps.size()), ProjectStore::kSchemaVersion);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].version, int(i) + 1);
        QVERIFY(steps[i].apply);
        QVERIFY(qstrlen(steps[i].description) > 0);
    }
}

void TestStoreMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("old.callwright"));
    const StoreError error = ProjectStore::createAtVersion(m_path, QStringLiteral("Old"), 1);
    QVERIFY2(!error, qPrintable(error.message));
    QString why;
    QVERIFY2(writeOldDialogues(m_path, false, &why), qPrintable(why));
    QCOMPARE(userVersionOnDisk(m_path), 1);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
}

void TestStoreMigration::readOnlyOpenLeavesAVersionOneFileAlone()
{
    const QByteArray before = contentHash(m_path);
    const qint64 sizeBefore = QFileInfo(m_path).size();
    {
        ProjectStore store;
        const StoreError error = store.open(m_path, ProjectStore::OpenMode::ReadOnly);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(store.schemaVersion(), 1);
        QCOMPARE(store.projectName(), QStringLiteral("Old"));
        QCOMPARE(store.dialogueCount(), kOldDialogues);
        Dialogue fifth = TestData::syntheticDialogue(kSeed, 4);
        fifth.id = 5;
        QVERIFY(store.dialogue(5) == fifth);
        // No index yet: searching says so instead of pretending nothing matched.
        QVERIFY(store.searchMessages(QStringLiteral("order")).empty());
        QCOMPARE(store.lastError().kind, StoreError::Kind::Invalid);
    }
    QCOMPARE(userVersionOnDisk(m_path), 1);
    QCOMPARE(QFileInfo(m_path).size(), sizeBefore);
    QCOMPARE(contentHash(m_path), before);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-shm")));
}

void TestStoreMigration::readWriteOpenMigratesAndIndexesOldDialogues()
{
    {
        ProjectStore store;
        const StoreError error = store.open(m_path);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(store.schemaVersion(), ProjectStore::kSchemaVersion);
        QCOMPARE(store.info().schemaVersion, ProjectStore::kSchemaVersion);

        qint64 index = 0;
        QVERIFY(store.forEachDialogue([&](const Dialogue &read) {
            Dialogue expected = TestData::syntheticDialogue(kSeed, index);
            expected.id = index + 1;
            ++index;
            return read == expected;
        }));
        QCOMPARE(index, qint64(kOldDialogues));

        // Dialogues written before the index existed are found through it now.
        for (const qint64 old : {0, 17, kOldDialogues - 1}) {
            const QString phrase
                    = QLatin1Char('"') + TestData::syntheticOrderNumber(old) + QLatin1Char('"');
            QCOMPARE(store.searchMessages(phrase), std::vector<qint64>{old + 1});
        }
        // ... and so are the ones written from now on.
        std::vector<Dialogue> fresh = TestData::syntheticBatch(kSeed, kOldDialogues, 5);
        QCOMPARE(store.insertDialogues(fresh).value_or(-1), 5);
        const QString phrase = QLatin1Char('"') + TestData::syntheticOrderNumber(kOldDialogues + 2)
                               + QLatin1Char('"');
        QCOMPARE(store.searchMessages(phrase), std::vector<qint64>{fresh[2].id});
    }
    QCOMPARE(userVersionOnDisk(m_path), ProjectStore::kSchemaVersion);

    // A second open finds nothing left to migrate and the index still in step.
    ProjectStore store;
    QVERIFY(!store.open(m_path));
    QCOMPARE(store.schemaVersion(), ProjectStore::kSchemaVersion);
    QCOMPARE(store.dialogueCount(), kOldDialogues + 5);
    const QString phrase = QLatin1Char('"') + TestData::syntheticOrderNumber(3) + QLatin1Char('"');
    QCOMPARE(store.searchMessages(phrase), std::vector<qint64>{4});
    QVERIFY(store.integrityCheck().isEmpty());
}

void TestStoreMigration::versionTwoFileGainsJobsAndKeepsItsDialogues()
{
    const QString path = m_dir->filePath(QStringLiteral("v2.callwright"));
    QVERIFY(!ProjectStore::createAtVersion(path, QStringLiteral("Two"), 2));
    QString why;
    QVERIFY2(writeOldDialogues(path, true, &why), qPrintable(why));
    QCOMPARE(userVersionOnDisk(path), 2);
    const qint64 oldJob = TestData::syntheticDialogue(kSeed, 0).jobId;

    qint64 jobId = 0;
    {
        ProjectStore store;
        const StoreError error = store.open(path);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(store.schemaVersion(), ProjectStore::kSchemaVersion);
        QCOMPARE(store.projectName(), QStringLiteral("Two"));

        qint64 index = 0;
        QVERIFY(store.forEachDialogue([&](const Dialogue &read) {
            Dialogue expected = TestData::syntheticDialogue(kSeed, index);
            expected.id = index + 1;
            ++index;
            return read == expected;
        }));
        QCOMPARE(index, qint64(kOldDialogues));
        const QString phrase
                = QLatin1Char('"') + TestData::syntheticOrderNumber(23) + QLatin1Char('"');
        QCOMPARE(store.searchMessages(phrase), std::vector<qint64>{24});

        // The file had no jobs; the job ids its dialogues carry still find them.
        QVERIFY(store.jobs().empty());
        QVERIFY(!store.lastError());
        QCOMPARE(store.jobDialogueCount(oldJob), qint64(kOldDialogues));
        Job job;
        job.requested = 10;
        QVERIFY2(store.insertJob(job), qPrintable(store.lastError().message));
        jobId = job.id;
    }
    QCOMPARE(userVersionOnDisk(path), ProjectStore::kSchemaVersion);

    ProjectStore store;
    QVERIFY(!store.open(path));
    QCOMPARE(store.schemaVersion(), ProjectStore::kSchemaVersion);
    QCOMPARE(store.dialogueCount(), qint64(kOldDialogues));
    const std::vector<Job> jobs = store.jobs();
    QCOMPARE(jobs.size(), std::size_t(1));
    QCOMPARE(jobs[0].id, jobId);
    QCOMPARE(jobs[0].requested, 10);
    QVERIFY(store.integrityCheck().isEmpty());
}

void TestStoreMigration::readOnlyOpenOfAVersionTwoFileShowsNoJobs()
{
    const QString path = m_dir->filePath(QStringLiteral("v2-ro.callwright"));
    QVERIFY(!ProjectStore::createAtVersion(path, QStringLiteral("Two"), 2));
    QString why;
    QVERIFY2(writeOldDialogues(path, true, &why), qPrintable(why));
    const QByteArray before = contentHash(path);
    {
        ProjectStore store;
        QVERIFY(!store.open(path, ProjectStore::OpenMode::ReadOnly));
        QCOMPARE(store.schemaVersion(), 2);
        // No jobs table yet: an empty list, not an error about a missing table.
        QVERIFY(store.jobs().empty());
        QVERIFY2(!store.lastError(), qPrintable(store.lastError().message));
        QVERIFY(!store.job(1));
        const qint64 oldJob = TestData::syntheticDialogue(kSeed, 0).jobId;
        QCOMPARE(store.jobDialogueCount(oldJob), qint64(kOldDialogues));
        QCOMPARE(store.jobDialogueUids(oldJob).front(), TestData::syntheticUid(kSeed, 0));
    }
    QCOMPARE(userVersionOnDisk(path), 2);
    QCOMPARE(contentHash(path), before);
}

void TestStoreMigration::createAtVersionRefusesUnknownVersions()
{
    for (const int version : {0, ProjectStore::kSchemaVersion + 1, -1}) {
        const QString path = m_dir->filePath(QStringLiteral("v%1.callwright").arg(version));
        const StoreError error = ProjectStore::createAtVersion(path, QStringLiteral("X"), version);
        QCOMPARE(error.kind, StoreError::Kind::Invalid);
        QVERIFY(!QFile::exists(path));
    }
}

void TestStoreMigration::versionThreeFileGainsReviewSummariesAndLosesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("v3.callwright"));
    QVERIFY(!ProjectStore::createAtVersion(path, QStringLiteral("Three"), 3));
    QString why;
    QVERIFY2(writeOldDialogues(path, true, &why), qPrintable(why));
    QCOMPARE(userVersionOnDisk(path), 3);
    {
        // Read-only: the list says it needs the migration instead of showing nothing.
        ProjectStore store;
        QVERIFY(!store.open(path, ProjectStore::OpenMode::ReadOnly));
        QVERIFY(!store.reviewCounts({}));
        QCOMPARE(store.lastError().kind, StoreError::Kind::Invalid);
    }
    QCOMPARE(userVersionOnDisk(path), 3);

    ProjectStore store;
    const StoreError error = store.open(path);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(store.schemaVersion(), ProjectStore::kSchemaVersion);
    // Every dialogue as it was, and a summary for each.
    qint64 index = 0;
    QVERIFY(store.forEachDialogue([&](const Dialogue &read) {
        Dialogue expected = TestData::syntheticDialogue(kSeed, index);
        expected.id = ++index;
        return read == expected;
    }));
    QCOMPARE(index, qint64(kOldDialogues));
    ReviewCounts expected;
    std::map<QString, qint64> byTool;
    for (int i = 0; i < kOldDialogues; ++i) {
        const Dialogue d = TestData::syntheticDialogue(kSeed, i);
        ++expected.total;
        expected.accepted += d.status == ReviewStatus::Accepted;
        expected.rejected += d.status == ReviewStatus::Rejected;
        expected.open += d.status == ReviewStatus::Open;
        for (const QString &tool : d.toolsUsed())
            ++byTool[tool];
    }
    const std::optional<ReviewCounts> counts = store.reviewCounts({});
    QVERIFY2(counts, qPrintable(store.lastError().message));
    QCOMPARE(counts->total, expected.total);
    QCOMPARE(counts->accepted, expected.accepted);
    QCOMPARE(counts->rejected, expected.rejected);
    QCOMPARE(counts->open, expected.open);
    QVERIFY(!byTool.empty());
    for (const auto &[tool, n] : byTool) {
        DialogueFilter filter;
        filter.tools = QStringList{tool};
        QCOMPARE(store.reviewCounts(filter)->total, n);
    }
    const Dialogue fifth = TestData::syntheticDialogue(kSeed, 4);
    const std::optional<DialogueListItem> summary = store.dialogueListItem(5);
    QVERIFY(summary);
    QCOMPARE(summary->title, fifth.plan.goal.left(200));
    QCOMPARE(summary->note, fifth.reviewNote);
    QCOMPARE(summary->callCount, int(fifth.calls.size()));
    QVERIFY(store.integrityCheck().isEmpty());
}

void TestStoreMigration::failedReviewStepLeavesVersionThreeUntouched()
{
    const QString path = m_dir->filePath(QStringLiteral("v3-blocked.callwright"));
    QVERIFY(!ProjectStore::createAtVersion(path, QStringLiteral("Three"), 3));
    QString why;
    QVERIFY2(writeOldDialogues(path, true, &why), qPrintable(why));
    {
        // A table in the way makes step 4 fail half-way, after it created others.
        StoreSql::ScopedConnection connection("blocker");
        connection.db().setDatabaseName(path);
        QVERIFY(connection.db().open());
        QString error;
        QVERIFY(StoreSql::exec(connection.db(),
                               QStringLiteral("CREATE TABLE saved_filters (x INTEGER)"), &error));
    }
    {
        ProjectStore store;
        QVERIFY(store.open(path));
    }
    QCOMPARE(userVersionOnDisk(path), 3);
    ProjectStore store;
    QVERIFY(!store.open(path, ProjectStore::OpenMode::ReadOnly));
    QCOMPARE(store.dialogueCount(), qint64(kOldDialogues));
    StoreSql::ScopedConnection peek("peek");
    peek.db().setDatabaseName(path);
    QVERIFY(peek.db().open());
    QSqlQuery q(peek.db());
    QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE name LIKE 'dialogue_summar%'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

// Dialogues stored by this build get exactly the review rows that the migration (and the
// update trigger) derive from their JSON.
void TestStoreMigration::newDialoguesGetTheSummariesTheMigrationWrites()
{
    const QString migrated = m_dir->filePath(QStringLiteral("migrated.callwright"));
    QVERIFY(!ProjectStore::createAtVersion(migrated, QStringLiteral("Old"), 3));
    QString why;
    QVERIFY2(writeOldDialogues(migrated, true, &why), qPrintable(why));
    {
        ProjectStore store;
        QVERIFY(!store.open(migrated));
        QCOMPARE(store.schemaVersion(), ProjectStore::kSchemaVersion);
    }
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.callwright"));
    {
        ProjectStore store;
        QVERIFY(!store.create(fresh, QStringLiteral("New")));
        std::vector<Dialogue> batch;
        for (int i = 0; i < kOldDialogues; ++i)
            batch.push_back(TestData::syntheticDialogue(kSeed, i));
        QCOMPARE(store.insertDialogues(batch), std::optional<int>(kOldDialogues));
    }
    const QStringList expected = reviewRows(migrated);
    QVERIFY(expected.size() > kOldDialogues);
    QCOMPARE(reviewRows(fresh), expected);
}

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_storemigration.moc"
