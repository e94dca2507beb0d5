#pragma once

#include "backends/responsecache.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

struct sqlite3;

namespace Callwright {

/// The project's cache of endpoint answers (table response_cache, schema 5). It keeps a
/// connection of its own, usable from any thread (the scheduler's), so it does not bind to
/// the thread of the ProjectStore that opened the project. Answers are written by a thread of
/// its own, many to a transaction, so that the scheduler's network thread never waits for the
/// disk; until then find() answers them from memory. A failure to read or write the cache
/// costs a request, never a dialogue: it is reported by lastError() and otherwise ignored.
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
    void flush() override;
    qint64 size();
    QString lastError() const;

private:
    void close();
    void writeLoop(const QByteArray &file);

    mutable QMutex m_mutex; ///< the connection and lastError
    sqlite3 *m_db = nullptr;
    bool m_readOnly = false;
    QString m_lastError;

    // Answers not written yet, by key; the writer takes them a batch at a time.
    std::mutex m_queueMutex;
    std::condition_variable m_queued;  ///< something to write, or stop
    std::condition_variable m_written; ///< a batch is in the file
    QHash<QByteArray, std::string> m_unwritten;
    std::vector<QByteArray> m_order; ///< keys of m_unwritten in the order they came
    bool m_writing = false;
    bool m_stop = false;
    std::atomic_bool m_accepting{false}; ///< open and writable: insert() queues
    std::thread m_writer;
};

} // namespace Callwright
