// Generation jobs of ProjectStore.

#include "projectstore_p.h"

#include "storesql.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace Callwright {

using Kind = StoreError::Kind;

namespace {

constexpr int kFirstVersionWithJobs = 3;

// The columns copied out of the JSON for listing and filtering, then the JSON itself.
void bindJobColumns(QSqlQuery &q, const Job &job, const QByteArray &json)
{
    q.addBindValue(StoreSql::notNull(job.kind));
    q.addBindValue(QString::fromLatin1(jobStateName(job.state)));
    q.addBindValue(job.requested);
    q.addBindValue(job.createdAtMs);
    q.addBindValue(job.finishedAtMs);
    q.addBindValue(json);
}

} // namespace

bool ProjectStore::insertJob(Job &job)
{
    return d->refusingUnstorable([&] {
        if (!d->ready(true))
            return false;
        Job stored = job;
        if (stored.createdAtMs == 0)
            stored.createdAtMs = QDateTime::currentMSecsSinceEpoch();
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral(
                "INSERT INTO jobs(kind, state, requested, created_at_ms, finished_at_ms, json)"
                " VALUES (?, ?, ?, ?, ?, CAST(? AS TEXT))"));
        bindJobColumns(q, stored, storedJson(stored));
        if (!q.exec())
            return d->failSql(q.lastError());
        // Handed out only once the row is stored, so a refused job is left as it was.
        job.id = q.lastInsertId().toLongLong();
        job.createdAtMs = stored.createdAtMs;
        return true;
    });
}

bool ProjectStore::updateJob(const Job &job)
{
    return d->refusingUnstorable([&] {
        if (!d->ready(true))
            return false;
        QString why;
        StoreSql::WriteTransaction txn(d->db);
        if (!txn.begin(&why))
            return d->failSql(why, 0);
        // What the job is and when it began stay as first stored; only its progress changes.
        std::optional<Job> stored = d->readRow<Job>(
                "SELECT CAST(json AS BLOB) FROM jobs WHERE id = ?", job.id, "jobs");
        if (!stored) {
            if (d->lastError)
                return false;
            return d->fail(Kind::Invalid, Private::tr("There is no job %1.").arg(job.id));
        }
        stored->id = job.id;
        stored->state = job.state;
        stored->requested = job.requested;
        stored->settings = job.settings;
        stored->finishedAtMs = job.finishedAtMs;
        stored->error = job.error;
        stored->report = job.report;
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral(
                "UPDATE jobs SET kind = ?, state = ?, requested = ?, created_at_ms = ?,"
                " finished_at_ms = ?, json = CAST(? AS TEXT) WHERE id = ?"));
        bindJobColumns(q, *stored, storedJson(*stored));
        q.addBindValue(job.id);
        if (!q.exec())
            return d->failSql(q.lastError());
        q.finish();
        return txn.commit(&why) || d->failSql(why, 0);
    });
}

std::optional<Job> ProjectStore::job(qint64 id) const
{
    // A file opened read-only below version 3 has no jobs table, and so no jobs.
    if (!d->ready(false) || d->schemaVersion < kFirstVersionWithJobs)
        return std::nullopt;
    std::optional<Job> result
            = d->readRow<Job>("SELECT CAST(json AS BLOB) FROM jobs WHERE id = ?", id, "jobs");
    if (result)
        result->id = id;
    return result;
}

std::vector<Job> ProjectStore::jobs() const
{
    std::vector<Job> result;
    if (!d->ready(false) || d->schemaVersion < kFirstVersionWithJobs)
        return result;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, CAST(json AS BLOB) FROM jobs"
                             " ORDER BY created_at_ms DESC, id DESC"));
    if (!d->readRows<Job>(q, "jobs", [&](Job &&job) { result.push_back(std::move(job)); }))
        return {};
    return result;
}

qint64 ProjectStore::jobDialogueCount(qint64 jobId) const
{
    if (!d->ready(false))
        return 0;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM dialogues WHERE job_id = ?"));
    q.addBindValue(jobId);
    if (!q.exec() || !q.next()) {
        d->failSql(q.lastError());
        return 0;
    }
    return q.value(0).toLongLong();
}

std::map<qint64, qint64> ProjectStore::jobDialogueCounts() const
{
    std::map<qint64, qint64> counts;
    if (!d->ready(false))
        return counts;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT job_id, count(*) FROM dialogues WHERE job_id != 0"
                               " GROUP BY job_id"))) {
        d->failSql(q.lastError());
        return counts;
    }
    while (q.next())
        counts.emplace(q.value(0).toLongLong(), q.value(1).toLongLong());
    return counts;
}

std::vector<QString> ProjectStore::jobDialogueUids(qint64 jobId) const
{
    std::vector<QString> uids;
    if (!d->ready(false))
        return uids;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT uid FROM dialogues WHERE job_id = ? ORDER BY id"));
    q.addBindValue(jobId);
    if (!q.exec()) {
        d->failSql(q.lastError());
        return uids;
    }
    while (q.next())
        uids.push_back(q.value(0).toString());
    if (q.lastError().isValid()) {
        d->failSql(q.lastError());
        return {};
    }
    return uids;
}

} // namespace Callwright
