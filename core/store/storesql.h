#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace Callwright::StoreSql {

/// Runs one statement that returns no rows; on failure puts SQLite's reason in *error and,
/// when asked, its primary result code in *code.
bool exec(QSqlDatabase &db, const QString &sql, QString *error, int *code = nullptr);
/// Runs a query that returns one value (PRAGMA user_version, count(*) ...).
bool scalar(QSqlDatabase &db, const QString &sql, QVariant *value, QString *error,
            int *code = nullptr);
/// SQLite's reason for a failed statement, without Qt's decoration.
QString reason(const QSqlError &e);
/// SQLite's primary result code of a failed statement (0 when unknown).
int resultCode(const QSqlError &e);

/// Qt binds a null QString as SQL NULL; columns that hold text are NOT NULL, and an empty
/// name or list is still a value.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// A name no other QSqlDatabase connection in this process uses.
QString uniqueConnectionName(const char *purpose);

/// A write transaction taken with BEGIN IMMEDIATE, so two writers queue on the busy timeout
/// instead of one failing when its read lock cannot be upgraded. Rolls back unless committed.
class WriteTransaction final
{
public:
    explicit WriteTransaction(QSqlDatabase &db)
        : m_db(db)
    {}
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    QSqlDatabase &m_db;
    bool m_active = false;
};

/// A connection that lives for one scope (probing a file, creating one) and is always removed
/// from QSqlDatabase's registry again, so nothing keeps the file open behind our back.
class ScopedConnection final
{
public:
    explicit ScopedConnection(const char *purpose);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace Callwright::StoreSql
