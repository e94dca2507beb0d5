#pragma once

#include <QString>

namespace Callwright {

/// The fields of an SQLite file header that decide whether we may open a file at all. Read
/// with plain file I/O: a file we refuse must never be handed to SQLite in read-write mode.
struct SqliteHeader
{
    bool readable = false; ///< the file could be opened and read
    QString ioError;
    bool isSqlite = false; ///< a full 100-byte header with the SQLite magic
    qint64 fileSize = 0;
    quint32 pageSize = 0;
    quint32 pageCount = 0; ///< in-header database size; 0 when the header says it is stale
    qint32 userVersion = 0;
    qint32 applicationId = 0;

    static SqliteHeader read(const QString &path);

    /// An impossible page size, a file shorter than its header says, or not whole pages.
    /// Only meaningful when no write-ahead log holds pages that are not in the file yet.
    bool looksDamaged() const;
};

} // namespace Callwright
