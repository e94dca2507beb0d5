// Generation jobs kept in the project file: listed, updated, found again after a reopen or a
// crash, and traced to the dialogues they wrote.
#include "store/projectstore.h"
#include "storetestsupport.h"
#include "syntheticdialogues.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Callwright;
using TestData::jsonOf;

namespace {

Job generationJob(int requested, qint64 createdAtMs)
{
    Job job;
    job.settings = Json{{"catalog_id", 1}, {"engine", "embedded"}, {"seed", 41}};
    job.requested = requested;
    job.createdAtMs = createdAtMs;
    return job;
}

std::vector<QString> uidsOf(const std::vector<Dialogue> &dialogues)
{
    std::vector<QString> uids;
    for (const Dialogue &d : dialogues)
        uids.push_back(d.uid);
    return uids;
}

} // namespace

class TestStoreJobs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void jobsAreListedNewestFirstAndSurviveReopen();
    void updateRecordsProgressButNotIdentity();
    void runningJobSurvivesReopenWithItsDialogues();
    void readOnlyStoreRefusesJobWrites();
    void unstorableSettingsAreRefused();

private:
    QString projectPath(const char *name) const
    {
        return m_dir->filePath(QString::fromLatin1(name) + QStringLiteral(".callwright"));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreJobs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreJobs::cleanup()
{
    QVERIFY2(QSqlDatabase::connectionNames().isEmpty(),
             qPrintable(QSqlDatabase::connectionNames().join(QLatin1Char(' '))));
}

void TestStoreJobs::jobsAreListedNewestFirstAndSurviveReopen()
{
    const QString path = projectPath("jobs");
    std::vector<Job> written;
    {
        ProjectStore store;
        QVERIFY(!store.create(path, QStringLiteral("Jobs")));
        QVERIFY(store.jobs().empty());
        QVERIFY(!store.job(1));
        QVERIFY(!store.lastError()); // an absent job is not an error

        Job older = generationJob(100, 1763700000000);
        Job newer = generationJob(20, 1763700500000);
        newer.kind = QStringLiteral("score");
        newer.settings = Json{{"judge", "embedded"}, {"metrics", {"naturalness", "coherence"}}};
        Job undated = generationJob(5, 0);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        for (Job *job : {&older, &newer, &undated}) {
            QVERIFY2(store.insertJob(*job), qPrintable(store.lastError().message));
            QVERIFY(job->id > 0);
        }
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(older.id != newer.id && newer.id != undated.id && older.id != undated.id);
        // A job stored without a time is stamped with the time it was stored.
        QVERIFY(undated.createdAtMs >= before && undated.createdAtMs <= after);
        QCOMPARE(older.createdAtMs, qint64(1763700000000));
        written = {undated, newer, older};

        const std::vector<Job> listed = store.jobs();
        QCOMPARE(listed.size(), std::size_t(3));
        for (std::size_t i = 0; i < listed.size(); ++i)
            QVERIFY2(listed[i] == written[i], jsonOf(listed[i]).constData());
    }
    ProjectStore store;
    const StoreError error = store.open(path);
    QVERIFY2(!error, qPrintable(error.message));
    const std::vector<Job> listed = store.jobs();
    QCOMPARE(listed.size(), written.size());
    for (std::size_t i = 0; i < listed.size(); ++i)
        QVERIFY2(listed[i] == written[i], jsonOf(listed[i]).constData());
    const std::optional<Job> newer = store.job(written[1].id);
    QVERIFY(newer);
    QVERIFY(*newer == written[1]);
    QCOMPARE(newer->kind, QStringLiteral("score"));
}

void TestStoreJobs::updateRecordsProgressButNotIdentity()
{
    const QString path = projectPath("update");
    Job job = generationJob(50, 1763700000000);
    Job expected;
    {
        ProjectStore store;
        QVERIFY(!store.create(path, QStringLiteral("Update")));
        QVERIFY(store.insertJob(job));
        Job other = generationJob(7, 1763700000001);
        QVERIFY(store.insertJob(other));

        Job failed = job;
        failed.state = Job::State::Failed;
        failed.finishedAtMs = 1763700060000;
        failed.error = QStringLiteral("The endpoint refused the key (401).");
        failed.requested = 60;
        failed.settings["seed"] = 42;
        // What the job is and when it began are not the update's to change.
        failed.kind = QStringLiteral("export");
        failed.createdAtMs = 0;
        QVERIFY2(store.updateJob(failed), qPrintable(store.lastError().message));
        expected = failed;
        expected.kind = job.kind;
        expected.createdAtMs = job.createdAtMs;
        QVERIFY(store.job(job.id) == expected);
        QVERIFY(store.job(other.id) == other); // the other job is untouched

        Job missing = generationJob(1, 1);
        missing.id = 9999;
        QVERIFY(!store.updateJob(missing));
        QCOMPARE(store.lastError().kind, StoreError::Kind::Invalid);
        QCOMPARE(store.jobs().size(), std::size_t(2)); // and no row was made for it
    }
    ProjectStore store;
    QVERIFY(!store.open(path));
    const std::optional<Job> read = store.job(job.id);
    QVERIFY(read);
    QVERIFY2(*read == expected, jsonOf(*read).constData());
    QCOMPARE(read->state, Job::State::Failed);
    QCOMPARE(read->error, QStringLiteral("The endpoint refused the key (401)."));
}

// A job that never reached its end (the process died) still says Running on the next open,
// and the dialogues it had stored tell a resumed job where to go on.
void TestStoreJobs::runningJobSurvivesReopenWithItsDialogues()
{
    const QString path = projectPath("crash");
    const quint64 seed = 314;
    Job job = generationJob(12, 1763700000000);
    Job done = generationJob(2, 1763600000000);
    std::vector<Dialogue> firstHalf;
    {
        ProjectStore store;
        QVERIFY(!store.create(path, QStringLiteral("Crash")));
        QVERIFY(store.insertJob(done));
        QVERIFY(store.insertJob(job));
        firstHalf = TestData::syntheticBatch(seed, 0, 5);
        for (Dialogue &d : firstHalf)
            d.jobId = job.id;
        std::vector<Dialogue> others = TestData::syntheticBatch(seed, 100, 2);
        for (Dialogue &d : others)
            d.jobId = done.id;
        QCOMPARE(store.insertDialogues(firstHalf).value_or(-1), 5);
        QCOMPARE(store.insertDialogues(others).value_or(-1), 2);
        done.state = Job::State::Completed;
        done.finishedAtMs = 1763600100000;
        QVERIFY(store.updateJob(done));
    }
    ProjectStore store;
    QVERIFY(!store.open(path));
    const std::vector<Job> jobs = store.jobs();
    QCOMPARE(jobs.size(), std::size_t(2));
    QCOMPARE(jobs[0].id, job.id);
    QCOMPARE(jobs[0].state, Job::State::Running);
    QCOMPARE(jobs[0].finishedAtMs, qint64(0));
    QCOMPARE(jobs[1].state, Job::State::Completed);

    QCOMPARE(store.jobDialogueCount(job.id), qint64(5));
    QCOMPARE(store.jobDialogueUids(job.id), uidsOf(firstHalf));
    QCOMPARE(store.jobDialogueCount(done.id), qint64(2));
    QCOMPARE(store.jobDialogueCount(9999), qint64(0));
    // All at once, as the job list reads them.
    const std::map<qint64, qint64> counts = store.jobDialogueCounts();
    QCOMPARE(counts.at(job.id), qint64(5));
    QCOMPARE(counts.at(done.id), qint64(2));
    QVERIFY(!counts.count(9999));
    QVERIFY(store.jobDialogueUids(9999).empty());
    QVERIFY(!store.lastError());

    // Resuming writes the whole plan again; only what was missing is added, and counted.
    std::vector<Dialogue> all = TestData::syntheticBatch(seed, 0, 12);
    for (Dialogue &d : all)
        d.jobId = job.id;
    QCOMPARE(store.insertDialogues(all).value_or(-1), 7);
    QCOMPARE(store.jobDialogueCount(job.id), qint64(12));
    std::vector<QString> uids = store.jobDialogueUids(job.id);
    QCOMPARE(uids.size(), std::size_t(12));
    std::vector<QString> expected = uidsOf(all);
    std::sort(uids.begin(), uids.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(uids, expected);
}

void TestStoreJobs::readOnlyStoreRefusesJobWrites()
{
    const QString path = projectPath("ro");
    Job stored = generationJob(3, 1763700000000);
    {
        ProjectStore store;
        QVERIFY(!store.create(path, QStringLiteral("Read only")));
        QVERIFY(store.insertJob(stored));
    }
    {
        ProjectStore store;
        QVERIFY(!store.open(path, ProjectStore::OpenMode::ReadOnly));
        QCOMPARE(store.jobs().size(), std::size_t(1));
        QVERIFY(store.job(stored.id) == stored);

        Job fresh = generationJob(4, 0);
        QVERIFY(!store.insertJob(fresh));
        QCOMPARE(store.lastError().kind, StoreError::Kind::Invalid);
        QVERIFY(store.lastError().message.contains(QStringLiteral("read-only")));
        QCOMPARE(fresh.id, qint64(0));
        QCOMPARE(fresh.createdAtMs, qint64(0));

        Job cancelled = stored;
        cancelled.state = Job::State::Cancelled;
        QVERIFY(!store.updateJob(cancelled));
        QCOMPARE(store.lastError().kind, StoreError::Kind::Invalid);
    }
    ProjectStore store;
    QVERIFY(!store.open(path));
    const std::vector<Job> jobs = store.jobs();
    QCOMPARE(jobs.size(), std::size_t(1));
    QVERIFY(jobs[0] == stored);
}

// NaN has no JSON form: a job carrying it is refused before anything reaches the file, and
// the stored job keeps its last good state.
void TestStoreJobs::unstorableSettingsAreRefused()
{
    ProjectStore store;
    QVERIFY(!store.create(projectPath("nan"), QStringLiteral("NaN")));
    Job bad = generationJob(3, 1763700000000);
    bad.settings["temperature"] = std::nan("");
    QVERIFY(!store.insertJob(bad));
    QCOMPARE(store.lastError().kind, StoreError::Kind::Invalid);
    QVERIFY2(store.lastError().message.contains(QStringLiteral("/settings/temperature")),
             qPrintable(store.lastError().message));
    QCOMPARE(bad.id, qint64(0));
    QVERIFY(store.jobs().empty());

    Job good = generationJob(3, 1763700000000);
    QVERIFY(store.insertJob(good));
    Job worse = good;
    worse.state = Job::State::Completed;
    worse.settings["temperature"] = std::nan("");
    QVERIFY(!store.updateJob(worse));
    QCOMPARE(store.lastError().kind, StoreError::Kind::Invalid);
    QVERIFY(store.job(good.id) == good);
}

QTEST_GUILESS_MAIN(TestStoreJobs)
#include "tst_storejobs.moc"
