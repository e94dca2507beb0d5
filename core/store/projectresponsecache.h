#pragma once

#include "backends/responsecache.h"

#include <QMutex>
#include <QString>

struct sqlite3;

namespace Callwright {

/// The project's cache of endpoint answers (table response_cache, schema 5). It keeps a
/// connection of its own, usable from any thread (the scheduler's), so it does not bind to
/// the thread of the ProjectStore that opened the project. A failure to read or write the
/// cache costs a request, never a dialogue: it is reported by lastError() and otherwise ignored.
class ProjectResponseCache final : public ResponseCache
{
public:
    ProjectResponseCache() = default;
    ~ProjectResponseCache() override;
    ProjectResponseCache(const ProjectResponseCache &) = delete;
    ProjectResponseCache &operator=(const ProjectResponseCache &) = delete;

    /// Opens the cache of the project file at path (already at schema 5 or later).
    bool open(const QString &path, QString *error = nullptr);
    bool readOnly() const { return m_readOnly; }

    std::optional<Json> find(const QByteArray &key) override;
    void insert(const QByteArray &key, const Json &response) override;
    qint64 size();
    QString lastError() const;

private:
    mutable QMutex m_mutex;
    sqlite3 *m_db = nullptr;
    bool m_readOnly = false;
    QString m_lastError;
};

} // namespace Callwright
