// The review list of ProjectStore: summaries, counts, review states and saved filters.

#include "projectstore_p.h"

#include "storesql.h"

#include <QSqlQuery>
#include <QVariant>

namespace Callwright {

using Kind = StoreError::Kind;

namespace {

/// A WHERE clause over dialogue_summaries s and the values it binds, in order.
struct Where
{
    QString from = QStringLiteral(" FROM dialogue_summaries s");
    QString sql;
    QVariantList binds;
};

/// With drivenBySearch, a full-text search drives the query (a join from the index) instead of
/// being a set of ids to test: counting half a million matches then takes half the time, and
/// a page in id order is read without collecting every match first.
Where whereOf(const DialogueFilter &f, bool drivenBySearch = false)
{
    QStringList parts;
    Where w;
    if (!f.statuses.empty()) {
        QStringList marks;
        for (ReviewStatus s : f.statuses) {
            marks << QStringLiteral("?");
            w.binds << QString::fromLatin1(reviewStatusName(s));
        }
        parts << QStringLiteral("s.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!f.text.trimmed().isEmpty()) {
        if (drivenBySearch) {
            w.from = QStringLiteral(
                    " FROM message_fts f CROSS JOIN dialogue_summaries s ON s.id = f.rowid");
            parts << QStringLiteral("message_fts MATCH ?");
        } else {
            parts << QStringLiteral(
                    "s.id IN (SELECT rowid FROM message_fts WHERE message_fts MATCH ?)");
        }
        w.binds << f.text;
    }
    for (const QString &tool : f.tools) {
        parts << QStringLiteral("s.id IN (SELECT dialogue_id FROM dialogue_tools WHERE tool = ?)");
        w.binds << tool;
    }
    if (!f.engine.isEmpty()) {
        parts << QStringLiteral("s.engine = ?");
        w.binds << f.engine;
    }
    if (f.jobId != 0) {
        parts << QStringLiteral("s.job_id = ?");
        w.binds << f.jobId;
    }
    if (f.catalogId != 0) {
        parts << QStringLiteral("s.catalog_id = ?");
        w.binds << f.catalogId;
    }
    if (f.minScore || f.maxScore) {
        parts << QStringLiteral("s.id IN (SELECT dialogue_id FROM dialogue_scores"
                                " WHERE metric = ? AND value >= ? AND value <= ?)");
        w.binds << (f.scoreMetric.isEmpty() ? QStringLiteral("verified") : f.scoreMetric);
        w.binds << f.minScore.value_or(-1e300) << f.maxScore.value_or(1e300);
    }
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

QString orderOf(const DialogueSort &sort)
{
    const char *column = "s.id";
    switch (sort.key) {
    case DialogueSort::Key::Id:
        break;
    case DialogueSort::Key::Status:
        column = "s.status";
        break;
    case DialogueSort::Key::Title:
        column = "s.title";
        break;
    case DialogueSort::Key::Calls:
        column = "s.call_count";
        break;
    case DialogueSort::Key::Engine:
        column = "s.engine";
        break;
    case DialogueSort::Key::Job:
        column = "s.job_id";
        break;
    case DialogueSort::Key::Score:
        column = "score";
        break;
    case DialogueSort::Key::Created:
        column = "s.created_at_ms";
        break;
    }
    const QLatin1String dir(sort.descending ? " DESC" : " ASC");
    QString order = QStringLiteral(" ORDER BY ") + QLatin1String(column) + dir;
    if (sort.key != DialogueSort::Key::Id)
        order += QStringLiteral(", s.id") + dir;
    return order;
}

ReviewStatus statusFromName(const QString &name)
{
    try {
        return Json(name).get<ReviewStatus>();
    } catch (const std::exception &) {
        return ReviewStatus::Open;
    }
}

const char *const kSummaryColumns
        = "SELECT s.id, s.status, s.catalog_id, s.job_id, s.engine, s.created_at_ms,"
          " s.message_count, s.call_count, s.tools, s.title, s.note,"
          " (SELECT value FROM dialogue_scores WHERE dialogue_id = s.id AND metric = ?) AS score"
          " FROM dialogue_summaries s";

DialogueListItem summaryOf(const QSqlQuery &q)
{
    DialogueListItem s;
    s.id = q.value(0).toLongLong();
    s.status = statusFromName(q.value(1).toString());
    s.catalogId = q.value(2).toLongLong();
    s.jobId = q.value(3).toLongLong();
    s.engine = q.value(4).toString();
    s.createdAtMs = q.value(5).toLongLong();
    s.messageCount = q.value(6).toInt();
    s.callCount = q.value(7).toInt();
    s.tools = q.value(8).toString();
    s.title = q.value(9).toString();
    s.note = q.value(10).toString();
    if (!q.value(11).isNull())
        s.score = q.value(11).toDouble();
    return s;
}

} // namespace

bool ProjectStore::Private::reviewable() const
{
    if (schemaVersion >= kFirstReviewVersion)
        return true;
    return fail(Kind::Invalid, tr("\"%1\" has no review index yet; open it for writing to add one.")
                                       .arg(displayPath(path)));
}

bool ProjectStore::Private::failFilter(const QSqlQuery &q, const QString &search) const
{
    if (!search.isEmpty()) {
        return fail(Kind::Invalid, tr("The search \"%1\" could not be run: %2")
                                           .arg(search, StoreSql::reason(q.lastError())));
    }
    return failSql(q.lastError());
}

QStringList ProjectStore::Private::distinctValues(const char *sql) const
{
    QStringList values;
    if (!ready(false) || !reviewable())
        return values;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(sql))) {
        failSql(q.lastError());
        return values;
    }
    while (q.next())
        values << q.value(0).toString();
    return values;
}

std::optional<ReviewCounts> ProjectStore::reviewCounts(const DialogueFilter &filter,
                                                      qint64 limit) const
{
    if (!d->ready(false) || !d->reviewable())
        return std::nullopt;
    const Where w = whereOf(filter, true);
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (limit > 0) {
        q.prepare(QStringLiteral("SELECT status, count(*) FROM (SELECT s.status AS status") + w.from
                  + w.sql + QStringLiteral(" LIMIT ?) GROUP BY status"));
    } else {
        q.prepare(QStringLiteral("SELECT s.status, count(*)") + w.from + w.sql
                  + QStringLiteral(" GROUP BY s.status"));
    }
    for (const QVariant &v : w.binds)
        q.addBindValue(v);
    if (limit > 0)
        q.addBindValue(limit);
    if (!q.exec()) {
        d->failFilter(q, filter.text);
        return std::nullopt;
    }
    ReviewCounts counts;
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        counts.total += n;
        switch (statusFromName(q.value(0).toString())) {
        case ReviewStatus::Open:
            counts.open += n;
            break;
        case ReviewStatus::Accepted:
            counts.accepted += n;
            break;
        case ReviewStatus::Rejected:
            counts.rejected += n;
            break;
        case ReviewStatus::NeedsFix:
            counts.needsFix += n;
            break;
        }
    }
    if (q.lastError().isValid()) {
        d->failFilter(q, filter.text);
        return std::nullopt;
    }
    counts.exact = limit <= 0 || counts.total < limit;
    return counts;
}

std::vector<DialogueListItem> ProjectStore::dialogueListItems(const DialogueFilter &filter,
                                                              const DialogueSort &sort,
                                                              qint64 offset, int limit) const
{
    std::vector<DialogueListItem> rows;
    if (!d->ready(false) || !d->reviewable() || limit <= 0)
        return rows;
    // In id order, a search drives the query from the index, which yields its matches in
    // rowid (= dialogue id) order: a page of a word in half the project costs a few ms instead
    // of collecting every match first. Other orders must see every match anyway.
    const bool driven = !filter.text.trimmed().isEmpty() && sort.key == DialogueSort::Key::Id;
    const Where w = whereOf(filter, driven);
    QString sql = QLatin1String(kSummaryColumns);
    QString order = orderOf(sort);
    if (driven) {
        sql.replace(QStringLiteral(" FROM dialogue_summaries s"), w.from);
        order = sort.descending ? QStringLiteral(" ORDER BY f.rowid DESC")
                                : QStringLiteral(" ORDER BY f.rowid ASC");
    }
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(sql + w.sql + order + QStringLiteral(" LIMIT ? OFFSET ?"));
    q.addBindValue(filter.scoreMetric.isEmpty() ? QStringLiteral("verified") : filter.scoreMetric);
    for (const QVariant &v : w.binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(qMax<qint64>(offset, 0));
    if (!q.exec()) {
        d->failFilter(q, filter.text);
        return rows;
    }
    rows.reserve(std::size_t(limit));
    while (q.next())
        rows.push_back(summaryOf(q));
    if (q.lastError().isValid()) {
        d->failFilter(q, filter.text);
        return {};
    }
    return rows;
}

std::optional<DialogueListItem> ProjectStore::dialogueListItem(qint64 id) const
{
    if (!d->ready(false) || !d->reviewable())
        return std::nullopt;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kSummaryColumns) + QStringLiteral(" WHERE s.id = ?"));
    q.addBindValue(QStringLiteral("verified"));
    q.addBindValue(id);
    if (!q.exec()) {
        d->failSql(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return summaryOf(q);
}

bool ProjectStore::setReviewStatus(qint64 dialogueId, ReviewStatus status, const QString &note)
{
    return setReviewStatuses({{dialogueId, status, note}});
}

bool ProjectStore::setReviewStatuses(const std::vector<ReviewChange> &changes)
{
    if (!d->ready(true))
        return false;
    QString why;
    StoreSql::WriteTransaction txn(d->db);
    if (!txn.begin(&why))
        return d->failSql(why, 0);
    QSqlQuery read(d->db);
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT CAST(json AS BLOB) FROM dialogues WHERE id = ?"));
    QSqlQuery write(d->db);
    write.prepare(
            QStringLiteral("UPDATE dialogues SET status = ?, json = CAST(? AS TEXT) WHERE id = ?"));
    for (const ReviewChange &change : changes) {
        read.addBindValue(change.dialogueId);
        if (!read.exec())
            return d->failSql(read.lastError());
        if (!read.next()) {
            return d->fail(Kind::Invalid,
                           Private::tr("There is no dialogue %1.").arg(change.dialogueId));
        }
        // Edit the stored JSON rather than re-serialise a model value, so fields this build
        // does not know about survive a review.
        Json json;
        try {
            json = parseJson(read.value(0).toByteArray());
        } catch (const ModelError &e) {
            return d->failUnreadable(change.dialogueId, "dialogues", QString::fromUtf8(e.what()));
        }
        read.finish();
        if (!json.is_object()) {
            return d->failUnreadable(change.dialogueId, "dialogues",
                                     Private::tr("the stored dialogue is not a JSON object"));
        }
        json["status"] = change.status;
        if (change.note.isEmpty())
            json.erase("review_note");
        else
            json["review_note"] = change.note;
        write.addBindValue(QString::fromLatin1(reviewStatusName(change.status)));
        write.addBindValue(jsonBytes(json));
        write.addBindValue(change.dialogueId);
        if (!write.exec())
            return d->failSql(write.lastError());
    }
    read.finish();
    write.finish();
    return txn.commit(&why) || d->failSql(why, 0);
}

QStringList ProjectStore::dialogueEngines() const
{
    // A seek per distinct value along the index (a loose index scan), instead of DISTINCT's
    // walk over every row: a handful of lookups even over a million dialogues.
    return d->distinctValues(
            "WITH RECURSIVE v(x) AS (SELECT min(engine) FROM dialogue_summaries UNION ALL"
            " SELECT (SELECT min(engine) FROM dialogue_summaries WHERE engine > x) FROM v"
            " WHERE x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL");
}

QStringList ProjectStore::scoreMetrics() const
{
    return d->distinctValues(
            "WITH RECURSIVE v(x) AS (SELECT min(metric) FROM dialogue_scores UNION ALL"
            " SELECT (SELECT min(metric) FROM dialogue_scores WHERE metric > x) FROM v"
            " WHERE x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL");
}

QStringList ProjectStore::calledTools() const
{
    return d->distinctValues(
            "WITH RECURSIVE v(x) AS (SELECT min(tool) FROM dialogue_tools UNION ALL"
            " SELECT (SELECT min(tool) FROM dialogue_tools WHERE tool > x) FROM v"
            " WHERE x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL");
}

std::vector<SavedFilter> ProjectStore::savedFilters() const
{
    std::vector<SavedFilter> filters;
    if (!d->ready(false) || !d->reviewable())
        return filters;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
                "SELECT id, name, CAST(json AS BLOB) FROM saved_filters ORDER BY name"))) {
        d->failSql(q.lastError());
        return filters;
    }
    while (q.next()) {
        SavedFilter f;
        f.id = q.value(0).toLongLong();
        f.name = q.value(1).toString();
        if (!d->fromRow(q.value(2).toByteArray(), f.id, "saved_filters", &f.filter))
            return {};
        filters.push_back(f);
    }
    return filters;
}

bool ProjectStore::saveFilter(SavedFilter &filter)
{
    if (!d->ready(true) || !d->reviewable())
        return false;
    if (filter.name.trimmed().isEmpty())
        return d->fail(Kind::Invalid, Private::tr("A saved filter needs a name."));
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT INTO saved_filters(name, json) VALUES (?, CAST(? AS TEXT))"
                             " ON CONFLICT(name) DO UPDATE SET json = excluded.json"));
    q.addBindValue(filter.name.trimmed());
    q.addBindValue(jsonBytes(Json(filter.filter)));
    if (!q.exec())
        return d->failSql(q.lastError());
    q.prepare(QStringLiteral("SELECT id FROM saved_filters WHERE name = ?"));
    q.addBindValue(filter.name.trimmed());
    if (!q.exec() || !q.next())
        return d->failSql(q.lastError());
    filter.id = q.value(0).toLongLong();
    return true;
}

bool ProjectStore::removeSavedFilter(qint64 id)
{
    if (!d->ready(true) || !d->reviewable())
        return false;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("DELETE FROM saved_filters WHERE id = ?"));
    q.addBindValue(id);
    return d->execOnRow(q, Private::tr("There is no saved filter %1.").arg(id));
}

} // namespace Callwright
