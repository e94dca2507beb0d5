// Dialogues and message search of ProjectStore.

#include "projectstore_p.h"

#include "dialoguerows.h"
#include "storesql.h"

#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <optional>

namespace Callwright {

using Kind = StoreError::Kind;

namespace {

constexpr int kFirstSearchableVersion = 2;

// The review list's rows of a new dialogue, written from the values at hand. Triggers keep them
// in step on update and delete; on insert they would parse the JSON just written three times.
// Same content as the triggers write (migrations.cpp, summaryInserts).
class SummaryWriter
{
public:
    explicit SummaryWriter(const QSqlDatabase &db)
        : m_summary(db)
        , m_score(db)
        , m_tool(db)
    {
        m_summary.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO dialogue_summaries(id, status, catalog_id, job_id,"
                " engine, created_at_ms, message_count, call_count, tools, title, note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_score.prepare(
                QStringLiteral("INSERT OR REPLACE INTO dialogue_scores(dialogue_id, metric, value)"
                               " VALUES (?, ?, ?)"));
        m_tool.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO dialogue_tools(tool, dialogue_id) VALUES (?, ?)"));
    }

    /// False with \a failed set to the query that failed.
    bool write(qint64 id, const Dialogue &d, const DialogueRows::Row &row, QSqlQuery **failed)
    {
        QString title = d.plan.goal;
        if (title.isEmpty()) {
            for (const Message &m : d.messages) {
                if (m.role == Message::Role::User) {
                    title = m.content;
                    break;
                }
            }
        }
        m_summary.bindValue(0, id);
        m_summary.bindValue(1, QString::fromLatin1(reviewStatusName(d.status)));
        m_summary.bindValue(2, d.catalogId);
        m_summary.bindValue(3, d.jobId);
        m_summary.bindValue(4, StoreSql::notNull(d.engine));
        m_summary.bindValue(5, d.createdAtMs);
        m_summary.bindValue(6, qint64(d.messages.size()));
        m_summary.bindValue(7, qint64(d.calls.size()));
        m_summary.bindValue(8, row.tools);
        m_summary.bindValue(9, StoreSql::notNull(firstCharacters(title, 200)));
        m_summary.bindValue(10, StoreSql::notNull(d.reviewNote));
        if (!m_summary.exec()) {
            *failed = &m_summary;
            return false;
        }
        for (const Score &score : d.scores) {
            if (!std::isfinite(score.value))
                continue;
            m_score.bindValue(0, id);
            m_score.bindValue(1, StoreSql::notNull(score.metric));
            m_score.bindValue(2, score.value);
            if (!m_score.exec()) {
                *failed = &m_score;
                return false;
            }
        }
        for (const CallRecord &call : d.calls) {
            m_tool.bindValue(0, StoreSql::notNull(call.toolName));
            m_tool.bindValue(1, id);
            if (!m_tool.exec()) {
                *failed = &m_tool;
                return false;
            }
        }
        return true;
    }

    void finish()
    {
        m_summary.finish();
        m_score.finish();
        m_tool.finish();
    }

private:
    // SQLite's substr(x, 1, n): the first n characters (code points), not UTF-16 units.
    static QString firstCharacters(const QString &text, int n)
    {
        qsizetype end = 0;
        for (int count = 0; count < n && end < text.size(); ++count)
            end += text.at(end).isHighSurrogate() && end + 1 < text.size() ? 2 : 1;
        return text.left(end);
    }

    QSqlQuery m_summary;
    QSqlQuery m_score;
    QSqlQuery m_tool;
};

// The columns copied out of the JSON for filtering, and the JSON itself.
void bindDialogueColumns(QSqlQuery &q, const Dialogue &d, const DialogueRows::Row &row)
{
    q.bindValue(0, d.uid);
    q.bindValue(1, d.catalogId);
    q.bindValue(2, d.jobId);
    q.bindValue(3, QString::fromLatin1(reviewStatusName(d.status)));
    q.bindValue(4, StoreSql::notNull(d.engine));
    // SQLite integers are signed; the bit pattern survives and the JSON keeps the exact value.
    q.bindValue(5, qint64(d.seed));
    q.bindValue(6, d.createdAtMs);
    q.bindValue(7, qint64(d.messages.size()));
    q.bindValue(8, qint64(d.calls.size()));
    q.bindValue(9, row.tools);
    // Bound as UTF-8 bytes and cast to TEXT in SQL: Qt would otherwise bind a QString as
    // UTF-16 and SQLite convert it back, twice the work for every kilobyte of the batch.
    q.bindValue(10, row.json);
}

} // namespace

std::optional<int> ProjectStore::insertDialogues(std::vector<Dialogue> &batch)
{
    if (!d->ready(true))
        return std::nullopt;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (batch[i].uid.isEmpty()) {
            d->fail(Kind::Invalid,
                    Private::tr("Dialogue %1 of the batch has no uid; nothing was written.")
                            .arg(i + 1));
            return std::nullopt;
        }
    }
    if (batch.empty())
        return 0;

    // Serialising starts on the pool before the write lock is taken.
    const bool searchable = d->schemaVersion >= kFirstSearchableVersion;
    DialogueRows::PreparedBatch rows(batch, searchable);
    QString why;
    StoreSql::WriteTransaction txn(d->db);
    if (!txn.begin(&why)) {
        d->failSql(why, 0);
        return std::nullopt;
    }
    // Prepared once for the whole batch; ON CONFLICT(uid) skips twins but, unlike
    // INSERT OR IGNORE, still fails loudly on any other constraint.
    QSqlQuery insert(d->db);
    insert.prepare(QStringLiteral(
            "INSERT INTO dialogues(uid, catalog_id, job_id, status, engine, seed, created_at_ms,"
            " message_count, call_count, tools, json)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT)) ON CONFLICT(uid) DO NOTHING"));
    QSqlQuery index(d->db);
    if (searchable) {
        index.prepare(QStringLiteral(
                "INSERT INTO message_fts(rowid, content) VALUES (?, CAST(? AS TEXT))"));
    }
    std::optional<SummaryWriter> summaries;
    if (d->schemaVersion >= kFirstReviewVersion)
        summaries.emplace(d->db);
    std::vector<qint64> ids(batch.size(), 0);
    int written = 0;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const DialogueRows::Row &row = rows.row(i);
        if (!row.error.isEmpty()) {
            d->fail(Kind::Invalid,
                    Private::tr("Dialogue %1 cannot be stored: %2").arg(batch[i].uid, row.error));
            return std::nullopt;
        }
        bindDialogueColumns(insert, batch[i], row);
        if (!insert.exec()) {
            d->failSql(insert.lastError());
            return std::nullopt;
        }
        if (insert.numRowsAffected() != 1)
            continue; // a twin of a stored uid
        ids[i] = insert.lastInsertId().toLongLong();
        ++written;
        if (searchable) {
            index.bindValue(0, ids[i]);
            index.bindValue(1, row.searchText);
            if (!index.exec()) {
                d->failSql(index.lastError());
                return std::nullopt;
            }
        }
        QSqlQuery *failed = nullptr;
        if (summaries && !summaries->write(ids[i], batch[i], row, &failed)) {
            d->failSql(failed->lastError());
            return std::nullopt;
        }
    }
    insert.finish();
    index.finish();
    if (summaries)
        summaries->finish();
    if (!txn.commit(&why)) {
        d->failSql(why, 0);
        return std::nullopt;
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (ids[i] != 0)
            batch[i].id = ids[i];
    }
    return written;
}

bool ProjectStore::updateDialogue(const Dialogue &dialogue)
{
    if (!d->ready(true))
        return false;
    if (dialogue.uid.isEmpty())
        return d->fail(Kind::Invalid, Private::tr("A dialogue without uid cannot be stored."));
    QString why;
    StoreSql::WriteTransaction txn(d->db);
    if (!txn.begin(&why))
        return d->failSql(why, 0);
    const bool searchable = d->schemaVersion >= kFirstSearchableVersion;
    const DialogueRows::Row row = DialogueRows::prepare(dialogue, searchable);
    if (!row.error.isEmpty()) {
        return d->fail(
                Kind::Invalid,
                Private::tr("Dialogue %1 cannot be stored: %2").arg(dialogue.uid, row.error));
    }
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral(
            "UPDATE dialogues SET uid = ?, catalog_id = ?, job_id = ?, status = ?, engine = ?,"
            " seed = ?, created_at_ms = ?, message_count = ?, call_count = ?, tools = ?,"
            " json = CAST(? AS TEXT) WHERE id = ?"));
    bindDialogueColumns(q, dialogue, row);
    q.bindValue(11, dialogue.id);
    if (!d->execOnRow(q, Private::tr("There is no dialogue %1.").arg(dialogue.id)))
        return false;
    if (searchable) {
        q.prepare(QStringLiteral("DELETE FROM message_fts WHERE rowid = ?"));
        q.addBindValue(dialogue.id);
        if (!q.exec())
            return d->failSql(q.lastError());
        q.prepare(QStringLiteral(
                "INSERT INTO message_fts(rowid, content) VALUES (?, CAST(? AS TEXT))"));
        q.addBindValue(dialogue.id);
        q.addBindValue(row.searchText);
        if (!q.exec())
            return d->failSql(q.lastError());
    }
    q.finish();
    return txn.commit(&why) || d->failSql(why, 0);
}

std::optional<Dialogue> ProjectStore::dialogue(qint64 id) const
{
    if (!d->ready(false))
        return std::nullopt;
    std::optional<Dialogue> result = d->readRow<Dialogue>(
            "SELECT CAST(json AS BLOB) FROM dialogues WHERE id = ?", id, "dialogues");
    if (result)
        result->id = id;
    return result;
}

std::vector<Dialogue> ProjectStore::dialogues(qint64 offset, int limit) const
{
    std::vector<Dialogue> result;
    if (!d->ready(false) || limit <= 0)
        return result;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, CAST(json AS BLOB) FROM dialogues ORDER BY id"
                             " LIMIT ? OFFSET ?"));
    q.addBindValue(limit);
    q.addBindValue(qMax<qint64>(offset, 0));
    result.reserve(std::size_t(limit));
    if (!d->readRows<Dialogue>(q, "dialogues",
                               [&](Dialogue &&dialogue) { result.push_back(std::move(dialogue)); }))
        return {};
    return result;
}

bool ProjectStore::forEachDialogue(const std::function<bool(const Dialogue &)> &visit) const
{
    if (!d->ready(false))
        return false;
    // Forward-only, so Qt does not cache rows behind us: memory stays at the few chunks the
    // pool is parsing ahead.
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, CAST(json AS BLOB) FROM dialogues ORDER BY id")))
        return d->failSql(q.lastError());
    DialogueRows::ParsedStream stream;
    std::vector<DialogueRows::ParsedStream::Parsed> parsed;
    // Hands the oldest parsed chunk to the visitor; false when reading should stop.
    const auto visitOldest = [&](bool *stopped) {
        stream.takeOldest(&parsed);
        for (const auto &p : parsed) {
            if (!p.error.isEmpty()) {
                d->failUnreadable(p.id, "dialogues", p.error);
                return false;
            }
            if (!visit(p.dialogue)) {
                *stopped = true;
                return false;
            }
        }
        return true;
    };
    bool stopped = false;
    while (q.next()) {
        stream.add(q.value(0).toLongLong(), q.value(1).toByteArray());
        if (stream.full() && !visitOldest(&stopped))
            return stopped;
    }
    if (q.lastError().isValid())
        return d->failSql(q.lastError());
    stream.flush();
    while (stream.hasPending()) {
        if (!visitOldest(&stopped))
            return stopped;
    }
    return true;
}

qint64 ProjectStore::dialogueCount() const
{
    if (!d->ready(false))
        return 0;
    QVariant value;
    QString why;
    if (!StoreSql::scalar(d->db, QStringLiteral("SELECT count(*) FROM dialogues"), &value, &why)) {
        d->failSql(why, 0);
        return 0;
    }
    return value.toLongLong();
}

bool ProjectStore::catalogHasDialogues(qint64 catalogId) const
{
    if (!d->ready(false))
        return false;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM dialogues WHERE catalog_id = ? LIMIT 1"));
    q.addBindValue(catalogId);
    if (!q.exec()) {
        d->failSql(q.lastError());
        return true; // when in doubt, keep the dialogues
    }
    return q.next();
}

bool ProjectStore::containsUid(const QString &uid) const
{
    if (!d->ready(false))
        return false;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM dialogues WHERE uid = ?"));
    q.addBindValue(uid);
    if (!q.exec())
        return d->failSql(q.lastError());
    return q.next();
}

std::vector<qint64> ProjectStore::searchMessages(const QString &query, int limit) const
{
    std::vector<qint64> ids;
    if (!d->ready(false) || query.trimmed().isEmpty() || limit <= 0)
        return ids;
    if (d->schemaVersion < kFirstSearchableVersion) {
        d->fail(Kind::Invalid,
                Private::tr("\"%1\" has no search index yet; open it for writing to add one.")
                        .arg(Private::displayPath(d->path)));
        return ids;
    }
    // One index row per dialogue, so rowids are already distinct dialogue ids.
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM message_fts WHERE message_fts MATCH ?"
                             " ORDER BY rank LIMIT ?"));
    q.addBindValue(query);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
    }
    if (q.lastError().isValid()) {
        // Mostly FTS5 syntax the user typed ("unterminated string", a stray operator).
        d->fail(Kind::Invalid, Private::tr("The search \"%1\" could not be run: %2")
                                       .arg(query, StoreSql::reason(q.lastError())));
        return {};
    }
    return ids;
}

} // namespace Callwright
