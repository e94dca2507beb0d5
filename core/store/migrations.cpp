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
         "CREATE TABLE catalogs (id INTEGER PRIMARY KEY, name TEXT NOT NULL, json TEXT NOT NULL)",
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
        *error
            = StoreSql::reason(read.lastError().isValid() ? read.lastError() : write.lastError());
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

} // namespace

const std::vector<Migration> &all()
{
    static const std::vector<Migration> migrations{
            {1, "catalogs, tools, graphs, dialogues, revisions", &createBaseSchema},
            {2, "full-text index over message text", &addMessageSearch},
            {3, "generation jobs", &addJobs},
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
              && StoreSql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version),
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
