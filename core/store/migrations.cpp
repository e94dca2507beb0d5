#include "migrations.h"

#include "storesql.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

namespace Callwright::StoreMigrations {

namespace {

Q_LOGGING_CATEGORY(lcMigrations, "callwright.store.migrations")

bool execAll(QSqlDatabase &db, std::initializer_list<const char *> statements, QString *error)
{
    for (const char *sql : statements) {
        if (!StoreSql::exec(db, QString::fromLatin1(sql), error))
            return false;
    }
    return true;
}

// Entities are kept whole as JSON (the model's own serialisation), with the fields that
// queries filter or sort on copied into columns beside it.
bool createBaseSchema(QSqlDatabase &db, QString *error)
{
    return execAll(
            db,
            {"CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID",
             "CREATE TABLE catalogs (id INTEGER PRIMARY KEY, name TEXT NOT NULL, json TEXT NOT "
             "NULL)",
             "CREATE TABLE tools (id INTEGER PRIMARY KEY,"
             " catalog_id INTEGER NOT NULL REFERENCES catalogs(id) ON DELETE CASCADE,"
             " position INTEGER NOT NULL, name TEXT NOT NULL, json TEXT NOT NULL,"
             " UNIQUE (catalog_id, name))",
             "CREATE TABLE graphs (catalog_id INTEGER PRIMARY KEY"
             " REFERENCES catalogs(id) ON DELETE CASCADE, json TEXT NOT NULL)",
             // catalog_id is deliberately not a foreign key: imported dialogues may have no
             // catalog (0), and removeCatalog() deletes a catalog's dialogues itself.
             "CREATE TABLE dialogues (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,"
             " catalog_id INTEGER NOT NULL, job_id INTEGER NOT NULL, status TEXT NOT NULL,"
             " engine TEXT NOT NULL, seed INTEGER NOT NULL, created_at_ms INTEGER NOT NULL,"
             " message_count INTEGER NOT NULL, call_count INTEGER NOT NULL,"
             " tools TEXT NOT NULL, json TEXT NOT NULL)",
             "CREATE INDEX dialogues_status ON dialogues(status)",
             "CREATE INDEX dialogues_job ON dialogues(job_id)",
             "CREATE INDEX dialogues_catalog ON dialogues(catalog_id)",
             "CREATE TABLE revisions (id INTEGER PRIMARY KEY,"
             " dialogue_id INTEGER NOT NULL REFERENCES dialogues(id) ON DELETE CASCADE,"
             " at_ms INTEGER NOT NULL, json TEXT NOT NULL)",
             "CREATE INDEX revisions_dialogue ON revisions(dialogue_id)"},
            error);
}

// One index row per dialogue, its rowid the dialogue's id: deleting or replacing a dialogue's
// text is then a rowid lookup, which FTS5 does cheaply (an UNINDEXED id column would need a
// full scan of the index).
bool addMessageSearch(QSqlDatabase &db, QString *error)
{
    if (!execAll(db,
                 {"CREATE VIRTUAL TABLE message_fts USING fts5(content,"
                  " tokenize = 'unicode61 remove_diacritics 2')",
                  "CREATE TRIGGER dialogues_fts_delete AFTER DELETE ON dialogues"
                  " BEGIN DELETE FROM message_fts WHERE rowid = old.id; END"},
                 error)) {
        return false;
    }

    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    if (!read.exec(QStringLiteral("SELECT id, CAST(json AS BLOB) FROM dialogues ORDER BY id"))
        || !write.prepare(QStringLiteral(
                "INSERT INTO message_fts(rowid, content) VALUES (?, CAST(? AS TEXT))"))) {
        *error = StoreSql::reason(read.lastError().isValid() ? read.lastError()
                                                             : write.lastError());
        return false;
    }
    qint64 unreadable = 0;
    while (read.next()) {
        QByteArray text;
        try {
            text = searchText(parseJson(read.value(1).toByteArray()));
        } catch (const std::exception &) {
            // One damaged row must not keep the whole project from opening; it stays
            // readable (or not) exactly as before, only unsearchable.
            ++unreadable;
            continue;
        }
        write.bindValue(0, read.value(0));
        write.bindValue(1, text);
        if (!write.exec()) {
            *error = StoreSql::reason(write.lastError());
            return false;
        }
    }
    if (read.lastError().isValid()) {
        *error = StoreSql::reason(read.lastError());
        return false;
    }
    if (unreadable > 0)
        qCWarning(lcMigrations) << unreadable << "dialogues could not be read for the index";
    return true;
}

// Generation jobs, so that a job can be listed, resumed after a crash and traced from its
// dialogues (dialogues.job_id, indexed since version 1). Not a foreign key from dialogues:
// imported dialogues have no job (0), and older files hold job ids no row describes.
bool addJobs(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {"CREATE TABLE jobs (id INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
                    " state TEXT NOT NULL, requested INTEGER NOT NULL,"
                    " created_at_ms INTEGER NOT NULL, finished_at_ms INTEGER NOT NULL,"
                    " json TEXT NOT NULL)"},
                   error);
}

// What the review list reads and filters on, kept out of the dialogues table, whose rows
// carry kilobytes of JSON: paging or counting a million summaries touches only small rows.
// ProjectStore::insertDialogues writes the rows of a new dialogue from its values (every
// insert goes through it); triggers rebuild them from the JSON on update and drop them on
// delete, and the migration builds them for the rows a version 3 file already holds.
//
// The statements that (re)build the summary rows of the dialogue row r, selected from from
// ("" inside a trigger, where r is new).
QStringList summaryInserts(const char *r, const char *from)
{
    const QStringList sql{
            QStringLiteral(
                    "INSERT OR REPLACE INTO dialogue_summaries(id, status, catalog_id, job_id,"
                    " engine, created_at_ms, message_count, call_count, tools, title, note)"
                    " SELECT @.id, @.status, @.catalog_id, @.job_id, @.engine, @.created_at_ms,"
                    " @.message_count, @.call_count, @.tools,"
                    " substr(coalesce(nullif(json_extract(@.json, '$.plan.goal'), ''),"
                    " (SELECT json_extract(m.value, '$.content')"
                    " FROM json_each(@.json, '$.messages') m"
                    " WHERE json_extract(m.value, '$.role') = 'user' LIMIT 1), ''), 1, 200),"
                    " coalesce(json_extract(@.json, '$.review_note'), '') %1"),
            QStringLiteral("INSERT OR REPLACE INTO dialogue_scores(dialogue_id, metric, value)"
                           " SELECT @.id, json_extract(s.value, '$.metric'),"
                           " json_extract(s.value, '$.value')"
                           " FROM %1 json_each(@.json, '$.scores') s"
                           " WHERE json_type(s.value, '$.value') IN ('integer', 'real')"
                           " AND json_type(s.value, '$.metric') = 'text'"),
            QStringLiteral("INSERT OR IGNORE INTO dialogue_tools(tool, dialogue_id)"
                           " SELECT json_extract(c.value, '$.tool'), @.id"
                           " FROM %1 json_each(@.json, '$.calls') c"
                           " WHERE json_type(c.value, '$.tool') = 'text'"),
    };
    const QString source = QLatin1String(from);
    QStringList out;
    for (int i = 0; i < sql.size(); ++i) {
        QString statement = sql[i];
        statement.replace(QLatin1Char('@'), QLatin1String(r));
        if (i == 0)
            out << statement.arg(source.isEmpty() ? QString() : QStringLiteral("FROM ") + source);
        else
            out << statement.arg(source.isEmpty() ? QString() : source + QLatin1Char(','));
    }
    return out;
}

QString summaryDeletes(const char *r)
{
    return QStringLiteral("DELETE FROM dialogue_summaries WHERE id = @.id;"
                          " DELETE FROM dialogue_scores WHERE dialogue_id = @.id;"
                          " DELETE FROM dialogue_tools WHERE dialogue_id = @.id;")
            .replace(QLatin1Char('@'), QLatin1String(r));
}

QString triggerBody(const QString &first, const QStringList &statements)
{
    QString body = QStringLiteral(" BEGIN ") + first;
    for (const QString &statement : statements)
        body += statement + QStringLiteral("; ");
    return body + QStringLiteral("END");
}

bool addReviewSummaries(QSqlDatabase &db, QString *error)
{
    if (!execAll(db,
                 {"CREATE TABLE dialogue_summaries (id INTEGER PRIMARY KEY,"
                  " status TEXT NOT NULL, catalog_id INTEGER NOT NULL, job_id INTEGER NOT NULL,"
                  " engine TEXT NOT NULL, created_at_ms INTEGER NOT NULL,"
                  " message_count INTEGER NOT NULL, call_count INTEGER NOT NULL,"
                  " tools TEXT NOT NULL, title TEXT NOT NULL, note TEXT NOT NULL)",
                  "CREATE INDEX dialogue_summaries_status ON dialogue_summaries(status)",
                  "CREATE INDEX dialogue_summaries_engine ON dialogue_summaries(engine)",
                  "CREATE INDEX dialogue_summaries_job ON dialogue_summaries(job_id)",
                  "CREATE INDEX dialogue_summaries_catalog ON dialogue_summaries(catalog_id)",
                  "CREATE INDEX dialogue_summaries_created ON dialogue_summaries(created_at_ms)",
                  "CREATE TABLE dialogue_scores (dialogue_id INTEGER NOT NULL,"
                  " metric TEXT NOT NULL, value REAL NOT NULL,"
                  " PRIMARY KEY (dialogue_id, metric)) WITHOUT ROWID",
                  "CREATE INDEX dialogue_scores_metric ON dialogue_scores(metric, value)",
                  "CREATE TABLE dialogue_tools (tool TEXT NOT NULL, dialogue_id INTEGER NOT NULL,"
                  " PRIMARY KEY (tool, dialogue_id)) WITHOUT ROWID",
                  "CREATE INDEX dialogue_tools_dialogue ON dialogue_tools(dialogue_id)",
                  "CREATE TABLE saved_filters (id INTEGER PRIMARY KEY,"
                  " name TEXT NOT NULL UNIQUE, json TEXT NOT NULL)"},
                 error)) {
        return false;
    }
    // Existing rows first. A row whose JSON is damaged keeps its plain columns and an empty
    // title rather than stopping the migration (json_extract fails on it).
    QStringList statements
            = summaryInserts("d", "(SELECT * FROM dialogues WHERE json_valid(json)) d");
    statements << QStringLiteral(
            "INSERT INTO dialogue_summaries(id, status, catalog_id, job_id, engine,"
            " created_at_ms, message_count, call_count, tools, title, note)"
            " SELECT id, status, catalog_id, job_id, engine, created_at_ms, message_count,"
            " call_count, tools, '', '' FROM dialogues WHERE NOT json_valid(json)");
    // No trigger on insert: ProjectStore::insertDialogues writes the rows of new dialogues
    // from the values it has, without parsing their JSON again.
    statements << QStringLiteral("CREATE TRIGGER dialogues_summary_update AFTER UPDATE ON"
                                 " dialogues")
                          + triggerBody(summaryDeletes("old"), summaryInserts("new", ""));
    statements << QStringLiteral("CREATE TRIGGER dialogues_summary_delete AFTER DELETE ON"
                                 " dialogues")
                          + triggerBody(summaryDeletes("old"), {});
    for (const QString &sql : qAsConst(statements)) {
        if (!StoreSql::exec(db, sql, error))
            return false;
    }
    return true;
}

// Answers of LLM endpoints by request key (ChatRequest::cacheKey), so that a rerun costs
// nothing and gives the same dialogues. Written by ProjectResponseCache on its own connection.
bool addResponseCache(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {"CREATE TABLE response_cache (key TEXT PRIMARY KEY NOT NULL,"
                    " response TEXT NOT NULL, created_at_ms INTEGER NOT NULL) WITHOUT ROWID"},
                   error);
}

// The text-to-trajectory pipeline (GEM): documents, the passages they are cut into (with
// their offsets, so a view can highlight them), and one output per passage and stage. The
// stage outputs keep their own JSON, as produced or as edited; holds_workflow copies the
// relevance verdict out of it for the document list.
bool addCorpus(QSqlDatabase &db, QString *error)
{
    return execAll(
            db,
            {"CREATE TABLE corpus_documents (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,"
             " title TEXT NOT NULL, source TEXT NOT NULL, created_at_ms INTEGER NOT NULL,"
             " json TEXT NOT NULL)",
             "CREATE TABLE corpus_passages (id INTEGER PRIMARY KEY,"
             " document_id INTEGER NOT NULL REFERENCES corpus_documents(id) ON DELETE CASCADE,"
             " position INTEGER NOT NULL, start_offset INTEGER NOT NULL,"
             " end_offset INTEGER NOT NULL, json TEXT NOT NULL, UNIQUE (document_id, position))",
             "CREATE TABLE corpus_stage_outputs (passage_id INTEGER NOT NULL"
             " REFERENCES corpus_passages(id) ON DELETE CASCADE, stage TEXT NOT NULL,"
             " status TEXT NOT NULL, engine TEXT NOT NULL, at_ms INTEGER NOT NULL,"
             " holds_workflow INTEGER, json TEXT NOT NULL, PRIMARY KEY (passage_id, stage))"
             " WITHOUT ROWID",
             "CREATE INDEX corpus_stage_outputs_status ON corpus_stage_outputs(stage, status)"},
            error);
}

} // namespace

const std::vector<Migration> &all()
{
    static const std::vector<Migration> migrations{
            {1, "catalogs, tools, graphs, dialogues, revisions", &createBaseSchema},
            {2, "full-text index over message text", &addMessageSearch},
            {3, "generation jobs", &addJobs},
            {4, "review summaries, scores and tools per dialogue, saved filters",
             &addReviewSummaries},
            {5, "cache of endpoint answers", &addResponseCache},
            {6, "corpus documents, passages and stage outputs", &addCorpus},
    };
    return migrations;
}

bool migrate(QSqlDatabase &db, int target, QString *error, const FirstStepHook &hook)
{
    for (const Migration &step : all()) {
        if (step.version > target)
            break;
        StoreSql::WriteTransaction txn(db);
        if (!txn.begin(error))
            return false;
        // Read inside the lock: another store may have migrated the file meanwhile.
        QVariant current;
        if (!StoreSql::scalar(db, QStringLiteral("PRAGMA user_version"), &current, error))
            return false;
        if (current.toInt() >= step.version)
            continue;
        if (current.toInt() != step.version - 1) {
            *error = QStringLiteral("schema version %1 cannot be followed by step %2")
                             .arg(current.toInt())
                             .arg(step.version);
            return false;
        }
        QString stepError;
        const bool ok
                = step.apply(db, &stepError) && (step.version != 1 || !hook || hook(db, &stepError))
                  && StoreSql::exec(db,
                                    QStringLiteral("PRAGMA user_version = %1").arg(step.version),
                                    &stepError)
                  && txn.commit(&stepError);
        if (!ok) {
            *error = QStringLiteral("step %1 (%2): %3")
                             .arg(step.version)
                             .arg(QLatin1String(step.description), stepError);
            return false;
        }
    }
    return true;
}

QStringList requiredTables(int version)
{
    QStringList tables;
    if (version >= 1) {
        tables << QStringLiteral("meta") << QStringLiteral("catalogs") << QStringLiteral("tools")
               << QStringLiteral("graphs") << QStringLiteral("dialogues")
               << QStringLiteral("revisions");
    }
    if (version >= 2)
        tables << QStringLiteral("message_fts");
    if (version >= 3)
        tables << QStringLiteral("jobs");
    if (version >= 4) {
        tables << QStringLiteral("dialogue_summaries") << QStringLiteral("dialogue_scores")
               << QStringLiteral("dialogue_tools") << QStringLiteral("saved_filters");
    }
    if (version >= 5)
        tables << QStringLiteral("response_cache");
    if (version >= 6) {
        tables << QStringLiteral("corpus_documents") << QStringLiteral("corpus_passages")
               << QStringLiteral("corpus_stage_outputs");
    }
    return tables;
}

QByteArray searchText(const Json &dialogue)
{
    QByteArray text;
    const auto messages = dialogue.find("messages");
    if (messages == dialogue.end() || !messages->is_array())
        return text;
    for (const Json &m : *messages) {
        const auto content = m.find("content");
        if (content == m.end() || !content->is_string())
            continue;
        const std::string &s = content->get_ref<const std::string &>();
        if (s.empty())
            continue;
        if (!text.isEmpty())
            text += '\n';
        text.append(s.data(), qsizetype(s.size()));
    }
    return text;
}

} // namespace Callwright::StoreMigrations
