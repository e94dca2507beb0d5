#pragma once

#include <QSqlQuery>

#include <optional>

// Shared by the projectstore*.cpp files; not part of the store's interface.

#include "projectstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace Callwright {

struct ProjectStore::Private
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)

public:
    QString connectionName;
    QSqlDatabase db;
    QString path; ///< absolute
    bool readOnly = false;
    int schemaVersion = 0;
    mutable StoreError lastError;

    bool isOpen() const { return db.isOpen(); }
    /// The path as the user should read it in a message.
    static QString displayPath(const QString &path);

    /// Records an error and returns false, so callers can `return d->fail(...)`.
    bool fail(StoreError::Kind kind, const QString &message) const;
    /// Records a failed statement, classifying it by SQLite's result code.
    bool failSql(const QSqlError &error) const;
    bool failSql(const QString &reason, int sqliteCode) const;
    /// Clears lastError and checks the store can serve a read (or a write).
    bool ready(bool write) const;

    static QString newerVersion(const QString &shownPath, int version);
    /// Records that a stored row does not parse: the file is damaged there.
    bool failUnreadable(qint64 id, const char *table, const QString &reason) const;
    /// Writes a new file at schema version, with application id and meta in its first step.
    static StoreError createFile(const QString &path, const QString &projectName, int version);

    /// Reads the JSON column of one row of table into a model value; a row that does not
    /// parse is reported as damage rather than thrown at the caller.
    template<typename T>
    bool fromRow(const QByteArray &json, qint64 id, const char *table, T *out) const;

    /// The model value in the JSON column of the one row that sql (one bound key) selects;
    /// nothing when there is no such row, or with lastError set when it cannot be read.
    template<typename T>
    std::optional<T> readRow(const char *sql, qint64 key, const char *table) const;

    /// Runs a write; a value the model could not read back (storedJson throws) is refused
    /// with a message before anything reaches the file.
    template<typename Write>
    bool refusingUnstorable(Write &&write) const;
};

template<typename Write>
bool ProjectStore::Private::refusingUnstorable(Write &&write) const
{
    try {
        return write();
    } catch (const ModelError &e) {
        return fail(StoreError::Kind::Invalid,
                    tr("This value cannot be stored: %1").arg(QString::fromUtf8(e.what())));
    }
}

template<typename T>
std::optional<T> ProjectStore::Private::readRow(const char *sql, qint64 key,
                                                const char *table) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(sql));
    q.addBindValue(key);
    if (!q.exec()) {
        failSql(q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        if (q.lastError().isValid())
            failSql(q.lastError());
        return std::nullopt;
    }
    T value;
    if (!fromRow(q.value(0).toByteArray(), key, table, &value))
        return std::nullopt;
    return value;
}

template<typename T>
bool ProjectStore::Private::fromRow(const QByteArray &json, qint64 id, const char *table,
                                    T *out) const
{
    try {
        from_json(parseJson(json), *out);
        return true;
    } catch (const std::exception &e) {
        return failUnreadable(id, table, QString::fromUtf8(e.what()));
    }
}

/// The model's JSON of a value as stored: without the row id, which lives in its column.
template<typename T>
QByteArray storedJson(const T &value)
{
    Json j = value;
    j.erase("id");
    // As for dialogues: refuse (throwing ModelError) rather than store what cannot be read.
    checkFinite(j);
    T readBack;
    from_json(j, readBack);
    const std::string text = j.dump(-1, ' ', false, Json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace Callwright
