#include "projectstore_p.h"

#include "migrations.h"
#include "sqliteheader.h"
#include "storesql.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace Callwright {

using Kind = StoreError::Kind;

namespace {

// SQLite primary result codes that decide how a failure is reported.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteMismatch = 20;
constexpr int kSqliteRange = 25;
constexpr int kSqliteNotADb = 26;

QString sqliteUri(const QString &absolutePath, const char *query)
{
    return QStringLiteral("file:")
           + QString::fromLatin1(QUrl::toPercentEncoding(absolutePath, QByteArrayLiteral("/")))
           + QLatin1Char('?') + QLatin1String(query);
}

bool walPending(const QString &absolutePath)
{
    const QFileInfo wal(absolutePath + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

// Whether a file SQLite has opened holds a project at version: its schema and meta can be
// read, every table is there, and each table's b-tree can be walked. count(*) walks the
// smallest index of a table, so this stays cheap on a large project while still touching the
// pages that the store needs first.
bool checkStructure(QSqlDatabase &db, int version, QString *problem)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        *problem = StoreSql::reason(q.lastError());
        return false;
    }
    QSet<QString> tables;
    while (q.next())
        tables.insert(q.value(0).toString());
    if (q.lastError().isValid()) {
        *problem = StoreSql::reason(q.lastError());
        return false;
    }
    q.finish();
    const QStringList required = StoreMigrations::requiredTables(version);
    for (const QString &table : required) {
        if (!tables.contains(table)) {
            *problem = QCoreApplication::translate("ProjectStore", "the table %1 is missing")
                               .arg(table);
            return false;
        }
    }
    QVariant value;
    if (!StoreSql::scalar(db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'name'"),
                          &value, problem)) {
        return false;
    }
    if (value.toInt() != 1) {
        *problem = QCoreApplication::translate("ProjectStore",
                                               "the project has no name in its meta table");
        return false;
    }
    for (const char *table : {"catalogs", "tools", "graphs", "dialogues", "revisions"}) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        if (!StoreSql::scalar(db, sql, &value, problem))
            return false;
    }
    return true;
}

// A read-only look at the file. Without a pending log, an immutable read takes no lock and
// creates nothing. With one, a plain read-only connection reads the log but, unlike a writer,
// never checkpoints it, so a file refused here keeps its bytes and its log. *version comes from
// the header, or from SQLite when the log may hold a newer one.
bool probe(const QString &absolutePath, bool withLog, int *version, QString *problem)
{
    StoreSql::ScopedConnection connection("probe");
    QSqlDatabase &db = connection.db();
    db.setDatabaseName(sqliteUri(absolutePath, withLog ? "mode=ro" : "mode=ro&immutable=1"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (!db.open()) {
        *problem = StoreSql::reason(db.lastError());
        return false;
    }
    if (withLog) {
        QVariant value;
        if (!StoreSql::scalar(db, QStringLiteral("PRAGMA user_version"), &value, problem))
            return false;
        *version = value.toInt();
        if (*version > ProjectStore::kSchemaVersion || *version < 1)
            return true; // the caller refuses with the right message
    }
    return checkStructure(db, *version, problem);
}

void removeWithSiblings(const QString &absolutePath)
{
    QFile::remove(absolutePath);
    QFile::remove(absolutePath + QStringLiteral("-wal"));
    QFile::remove(absolutePath + QStringLiteral("-shm"));
}

} // namespace

QString ProjectStore::Private::displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool ProjectStore::Private::fail(StoreError::Kind kind, const QString &message) const
{
    lastError.kind = kind;
    lastError.message = message;
    return false;
}

bool ProjectStore::Private::failSql(const QSqlError &error) const
{
    return failSql(StoreSql::reason(error), StoreSql::resultCode(error));
}

bool ProjectStore::Private::failSql(const QString &reason, int sqliteCode) const
{
    const QString shown = displayPath(path);
    switch (sqliteCode) {
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return fail(Kind::Corrupt, tr("\"%1\" is damaged: %2").arg(shown, reason));
    case kSqliteConstraint:
    case kSqliteMismatch:
    case kSqliteRange:
        return fail(Kind::Invalid, tr("\"%1\" refused the change: %2").arg(shown, reason));
    default:
        return fail(Kind::Io, tr("\"%1\" could not be read or written: %2").arg(shown, reason));
    }
}

QString ProjectStore::Private::newerVersion(const QString &shown, int version)
{
    return tr("\"%1\" was written by a newer version of Callwright (schema %2; this build reads "
              "up to %3).")
            .arg(shown)
            .arg(version)
            .arg(kSchemaVersion);
}

bool ProjectStore::Private::failUnreadable(qint64 id, const char *table,
                                           const QString &reason) const
{
    return fail(Kind::Corrupt, tr("Row %1 of table %2 in \"%3\" cannot be read: %4")
                                       .arg(id)
                                       .arg(QLatin1String(table))
                                       .arg(displayPath(path), reason));
}

bool ProjectStore::Private::execOnRow(QSqlQuery &q, const QString &missing) const
{
    if (!q.exec())
        return failSql(q.lastError());
    return q.numRowsAffected() > 0 || fail(Kind::Invalid, missing);
}

bool ProjectStore::Private::ready(bool write) const
{
    lastError = StoreError();
    if (!isOpen())
        return fail(Kind::Invalid, tr("No project is open."));
    if (write && readOnly)
        return fail(Kind::Invalid, tr("\"%1\" is open read-only.").arg(displayPath(path)));
    return true;
}

StoreError ProjectStore::Private::createFile(const QString &path, const QString &projectName,
                                             int version)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = displayPath(absolute);
    if (version < 1 || version > kSchemaVersion) {
        return {Kind::Invalid, tr("Schema version %1 does not exist; this build writes 1 to %2.")
                                       .arg(version)
                                       .arg(kSchemaVersion)};
    }
    const StoreError exists{Kind::AlreadyExists,
                            tr("\"%1\" already exists; choose another name.").arg(shown)};
    if (QFileInfo::exists(absolute))
        return exists;
    // Claim the path atomically: two creators racing must not both think they made the file.
    QFile claim(absolute);
    if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (QFileInfo::exists(absolute))
            return exists;
        return {Kind::Io, tr("\"%1\" could not be created: %2").arg(shown, claim.errorString())};
    }
    claim.close();

    QString why;
    bool ok = false;
    {
        StoreSql::ScopedConnection connection("create");
        QSqlDatabase &db = connection.db();
        db.setDatabaseName(absolute);
        const QString createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const auto writeIdentity = [&](QSqlDatabase &target, QString *error) {
            if (!StoreSql::exec(target,
                                QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
                                error)) {
                return false;
            }
            QSqlQuery q(target);
            if (!q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"))) {
                *error = StoreSql::reason(q.lastError());
                return false;
            }
            const QString entries[][2] = {
                    {QStringLiteral("name"), projectName},
                    {QStringLiteral("created_with"), QStringLiteral(CALLWRIGHT_VERSION)},
                    {QStringLiteral("created_at"), createdAt},
            };
            for (const auto &entry : entries) {
                q.bindValue(0, entry[0]);
                q.bindValue(1, StoreSql::notNull(entry[1]));
                if (!q.exec()) {
                    *error = StoreSql::reason(q.lastError());
                    return false;
                }
            }
            return true;
        };
        if (!db.open()) {
            why = StoreSql::reason(db.lastError());
        } else {
            // Dialogues are 1-3 KB each: on the default 4 KiB pages most rows fill a page alone
            // or spill into overflow pages. 16 KiB pages wrote about 40% faster in
            // bench_store and made the file 15% smaller.
            ok = StoreSql::exec(db, QStringLiteral("PRAGMA page_size = 16384"), &why)
                 && StoreSql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &why)
                 && StoreMigrations::migrate(db, version, &why, writeIdentity);
        }
    }
    if (!ok) {
        removeWithSiblings(absolute);
        return {Kind::Io, tr("\"%1\" could not be created: %2").arg(shown, why)};
    }
    return {};
}

ProjectStore::ProjectStore()
    : d(std::make_unique<Private>())
{}

ProjectStore::~ProjectStore()
{
    close();
}

StoreError ProjectStore::create(const QString &path, const QString &projectName)
{
    close();
    d->lastError = Private::createFile(path, projectName, kSchemaVersion);
    if (d->lastError)
        return d->lastError;
    return open(path, OpenMode::ReadWrite);
}

StoreError ProjectStore::createAtVersion(const QString &path, const QString &projectName,
                                         int version)
{
    return Private::createFile(path, projectName, version);
}

StoreError ProjectStore::open(const QString &path, OpenMode mode)
{
    close();
    d->lastError = StoreError();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = Private::displayPath(absolute);
    const auto refuse = [this](Kind kind, const QString &message) {
        close();
        d->fail(kind, message);
        return d->lastError;
    };

    const QFileInfo info(absolute);
    if (!info.exists())
        return refuse(Kind::NotFound,
                      Private::tr("The project file \"%1\" does not exist.").arg(shown));
    if (info.isDir())
        return refuse(Kind::NotAProject,
                      Private::tr("\"%1\" is not a Callwright project.").arg(shown));
    const SqliteHeader header = SqliteHeader::read(absolute);
    if (!header.readable)
        return refuse(Kind::Io,
                      Private::tr("\"%1\" cannot be read: %2").arg(shown, header.ioError));
    if (!header.isSqlite || header.applicationId != kApplicationId)
        return refuse(Kind::NotAProject,
                      Private::tr("\"%1\" is not a Callwright project.").arg(shown));
    if (header.userVersion > kSchemaVersion) {
        return refuse(Kind::NewerVersion, Private::newerVersion(shown, header.userVersion));
    }
    // A non-empty -wal beside the file means a writer stopped without checkpointing: the file
    // alone may be behind or mid-checkpoint, so only SQLite with the log can judge it. The log
    // and its -shm are already there, so opening it creates nothing new.
    const bool recovering = walPending(absolute);
    {
        QString problem;
        int version = header.userVersion;
        if (recovering) {
            if (!probe(absolute, true, &version, &problem) && problem.isEmpty())
                problem = Private::tr("its schema cannot be read");
            if (problem.isEmpty() && version > kSchemaVersion)
                return refuse(Kind::NewerVersion, Private::newerVersion(shown, version));
            if (problem.isEmpty() && version < 1)
                problem = Private::tr("it has no schema");
        } else if (header.userVersion < 1) {
            problem = Private::tr("it has no schema");
        } else if (header.looksDamaged()) {
            problem = Private::tr("its size does not match its header");
        } else if (!probe(absolute, false, &version, &problem) && problem.isEmpty()) {
            problem = Private::tr("its schema cannot be read");
        }
        if (!problem.isEmpty())
            return refuse(Kind::Corrupt, Private::tr("\"%1\" is damaged: %2").arg(shown, problem));
    }
    const bool writable = info.isWritable();
    if (mode == OpenMode::ReadWrite && !writable) {
        return refuse(
                Kind::Io,
                Private::tr("\"%1\" is write-protected; open it read-only instead.").arg(shown));
    }

    d->connectionName = StoreSql::uniqueConnectionName("project");
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->path = absolute;
    d->readOnly = mode == OpenMode::ReadOnly;
    if (writable) {
        d->db.setDatabaseName(absolute);
    } else {
        // Nobody can checkpoint a write-protected file, so an immutable read is safe when no
        // log is pending; it spares the directory stray -wal/-shm files.
        d->db.setDatabaseName(sqliteUri(absolute, recovering ? "mode=ro" : "mode=ro&immutable=1"));
        d->db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
    if (!d->db.open()) {
        return refuse(Kind::Io, Private::tr("\"%1\" cannot be opened: %2")
                                        .arg(shown, StoreSql::reason(d->db.lastError())));
    }

    QString why;
    int code = 0;
    QVariant value;
    bool ok = true;
    if (mode == OpenMode::ReadWrite) {
        ok = StoreSql::scalar(d->db, QStringLiteral("PRAGMA journal_mode = WAL"), &value, &why,
                              &code);
        if (ok && value.toString() != QLatin1String("wal")) {
            ok = false;
            why = Private::tr("write-ahead logging is not available (journal mode %1)")
                          .arg(value.toString());
        }
        ok = ok && StoreSql::exec(d->db, QStringLiteral("PRAGMA foreign_keys = ON"), &why, &code)
             && StoreSql::exec(d->db, QStringLiteral("PRAGMA synchronous = NORMAL"), &why, &code);
    } else if (writable) {
        // A connection that could write but refuses to, rather than SQLite's read-only mode:
        // only a connection able to write removes the -wal and -shm files when it closes.
        ok = StoreSql::exec(d->db, QStringLiteral("PRAGMA query_only = ON"), &why, &code);
    }
    // The uid index takes inserts in no particular order; beyond SQLite's default 2 MB cache a
    // large project pays a read for most of them.
    ok = ok && StoreSql::exec(d->db, QStringLiteral("PRAGMA cache_size = -16384"), &why, &code);
    ok = ok && StoreSql::scalar(d->db, QStringLiteral("PRAGMA user_version"), &value, &why, &code);
    if (!ok) {
        // Reached on a file whose log had to be replayed first, when the replay finds damage.
        if (code == kSqliteCorrupt || code == kSqliteNotADb)
            return refuse(Kind::Corrupt, Private::tr("\"%1\" is damaged: %2").arg(shown, why));
        return refuse(Kind::Io, Private::tr("\"%1\" cannot be opened: %2").arg(shown, why));
    }
    int version = value.toInt();
    if (version > kSchemaVersion)
        return refuse(Kind::NewerVersion, Private::newerVersion(shown, version));
    if (mode == OpenMode::ReadWrite && version < kSchemaVersion) {
        if (!StoreMigrations::migrate(d->db, kSchemaVersion, &why)) {
            return refuse(Kind::Io,
                          Private::tr("\"%1\" could not be upgraded to the current format: %2")
                                  .arg(shown, why));
        }
        version = kSchemaVersion;
    }
    if (version < 1 || !checkStructure(d->db, version, &why)) {
        if (version < 1)
            why = Private::tr("it has no schema");
        return refuse(Kind::Corrupt, Private::tr("\"%1\" is damaged: %2").arg(shown, why));
    }
    d->schemaVersion = version;
    return {};
}

void ProjectStore::close()
{
    if (d->connectionName.isEmpty())
        return;
    // The last read-write connection to close checkpoints the log and deletes -wal and -shm.
    d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connectionName);
    d->connectionName.clear();
    d->path.clear();
    d->readOnly = false;
    d->schemaVersion = 0;
}

bool ProjectStore::isOpen() const
{
    return d->isOpen();
}

bool ProjectStore::isReadOnly() const
{
    return d->isOpen() && d->readOnly;
}

QString ProjectStore::path() const
{
    return d->path;
}

int ProjectStore::schemaVersion() const
{
    return d->schemaVersion;
}

StoreError ProjectStore::lastError() const
{
    return d->lastError;
}

StoreError ProjectStore::copyTo(const QString &path) const
{
    if (!d->ready(false))
        return d->lastError;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = Private::displayPath(absolute);
    // VACUUM INTO accepts an empty file, so claiming the name first makes the check atomic.
    QFile claim(absolute);
    if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (QFileInfo::exists(absolute)) {
            d->fail(Kind::AlreadyExists,
                    Private::tr("\"%1\" already exists; choose another name.").arg(shown));
        } else {
            const QString why = claim.errorString();
            d->fail(Kind::Io, Private::tr("\"%1\" could not be created: %2").arg(shown, why));
        }
        return d->lastError;
    }
    claim.close();

    // query_only also forbids VACUUM INTO, which reads this file and writes only the copy.
    const bool queryOnly = d->readOnly;
    QString why;
    if (queryOnly)
        StoreSql::exec(d->db, QStringLiteral("PRAGMA query_only = OFF"), nullptr);
    QSqlQuery q(d->db);
    bool ok = q.prepare(QStringLiteral("VACUUM INTO ?"));
    if (ok) {
        q.addBindValue(absolute);
        ok = q.exec();
    }
    if (!ok)
        why = StoreSql::reason(q.lastError());
    q.finish();
    if (queryOnly)
        StoreSql::exec(d->db, QStringLiteral("PRAGMA query_only = ON"), nullptr);
    if (!ok) {
        removeWithSiblings(absolute);
        d->fail(Kind::Io,
                Private::tr("The project could not be copied to \"%1\": %2").arg(shown, why));
    }
    return d->lastError;
}

QStringList ProjectStore::integrityCheck() const
{
    if (!d->ready(false))
        return {d->lastError.message};
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        d->failSql(q.lastError());
        return {d->lastError.message};
    }
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (q.lastError().isValid()) {
        d->failSql(q.lastError());
        problems << d->lastError.message;
    }
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return problems;
}

ProjectInfo ProjectStore::info() const
{
    ProjectInfo result;
    if (!d->ready(false))
        return result;
    result.name = metaValue(QStringLiteral("name"));
    result.createdWith = metaValue(QStringLiteral("created_with"));
    result.schemaVersion = d->schemaVersion;
    QVariant value;
    QString why;
    const std::pair<qint64 *, const char *> counts[] = {
            {&result.catalogs, "SELECT count(*) FROM catalogs"},
            {&result.tools, "SELECT count(*) FROM tools"},
            {&result.dialogues, "SELECT count(*) FROM dialogues"},
            {&result.accepted, "SELECT count(*) FROM dialogues WHERE status = 'accepted'"},
            {&result.rejected, "SELECT count(*) FROM dialogues WHERE status = 'rejected'"},
            {&result.needsFix, "SELECT count(*) FROM dialogues WHERE status = 'needs_fix'"},
    };
    for (const auto &[target, sql] : counts) {
        if (!StoreSql::scalar(d->db, QString::fromLatin1(sql), &value, &why)) {
            d->failSql(why, 0);
            break;
        }
        *target = value.toLongLong();
    }
    return result;
}

QString ProjectStore::projectName() const
{
    return metaValue(QStringLiteral("name"));
}

bool ProjectStore::setProjectName(const QString &name)
{
    return setMetaValue(QStringLiteral("name"), name);
}

QString ProjectStore::metaValue(const QString &key) const
{
    if (!d->ready(false))
        return {};
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        d->failSql(q.lastError());
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

bool ProjectStore::setMetaValue(const QString &key, const QString &value)
{
    if (!d->ready(true))
        return false;
    if (key.isEmpty())
        return d->fail(Kind::Invalid, Private::tr("A meta key must not be empty."));
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(StoreSql::notNull(value));
    return q.exec() || d->failSql(q.lastError());
}

} // namespace Callwright
