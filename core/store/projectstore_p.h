#pragma once

// Shared by the store's own .cpp files; not part of its interface.

#include "projectstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace Callwright {

/// The first schema with the review list's summary tables (dialogue_summaries, …).
constexpr int kFirstReviewVersion = 4;

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

    /// Runs q, prepared to select (id, json, ...) rows of table, and hands each row's model
    /// value, its id set, to take (which may read q's further columns); false with lastError
    /// set when a step fails or a row does not parse.
    template<typename T, typename Take>
    bool readRows(QSqlQuery &q, const char *table, Take &&take) const;

    /// Runs a write meant for one existing row; when it touches none, fails with missing
    /// ("There is no ... %1.").
    bool execOnRow(QSqlQuery &q, const QString &missing) const;

    // Review list (projectstorereview.cpp)
    /// Whether the file has the review summaries (schema 4); sets lastError when not.
    bool reviewable() const;
    /// Records a failed list query; a bad full-text search is named in the user's terms.
    bool failFilter(const QSqlQuery &q, const QString &search) const;
    /// The first column of every row of sql.
    QStringList distinctValues(const char *sql) const;

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

template<typename T, typename Take>
bool ProjectStore::Private::readRows(QSqlQuery &q, const char *table, Take &&take) const
{
    if (!q.exec())
        return failSql(q.lastError());
    while (q.next()) {
        T value;
        const qint64 id = q.value(0).toLongLong();
        if (!fromRow(q.value(1).toByteArray(), id, table, &value))
            return false;
        value.id = id;
        take(std::move(value));
    }
    return !q.lastError().isValid() || failSql(q.lastError());
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

/// JSON as the json columns hold it: compact UTF-8 text.
/// A row id given by the caller is kept (undoing a removal puts a tool back under the id that
/// other undo commands and views still hold); 0 binds NULL, which lets SQLite choose.
inline QVariant rowId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QByteArray jsonBytes(const Json &j)
{
    const std::string text = j.dump(-1, ' ', false, Json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size()));
}

/// The model's JSON of a value as stored: without the row id, which lives in its column.
template<typename T>
Json storableJson(const T &value)
{
    Json j = value;
    j.erase("id");
    // Never write what this build could not read back (throwing ModelError instead): numbers
    // JSON cannot hold, or a value that breaks the model's own rules (a tool message without
    // its call id, ...).
    checkFinite(j);
    T readBack;
    from_json(j, readBack);
    return j;
}

template<typename T>
QByteArray storedJson(const T &value)
{
    return jsonBytes(storableJson(value));
}

} // namespace Callwright
