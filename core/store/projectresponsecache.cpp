#include "projectresponsecache.h"

#include <QDateTime>

#include <algorithm>

#include <sqlite3.h>

namespace Callwright {

namespace {

struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

} // namespace

ProjectResponseCache::~ProjectResponseCache()
{
    close();
}

void ProjectResponseCache::close()
{
    m_accepting = false;
    if (m_writer.joinable()) {
        {
            std::lock_guard lock(m_queueMutex);
            m_stop = true;
        }
        m_queued.notify_all();
        m_writer.join(); // after writing what was queued
    }
    m_stop = false;
    QMutexLocker lock(&m_mutex);
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool ProjectResponseCache::open(const QString &path, QString *error)
{
    close();
    QMutexLocker lock(&m_mutex);
    const auto fail = [&](const QString &why) {
        m_lastError = why;
        if (error)
            *error = why;
        if (m_db) {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
        }
        return false;
    };
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    const QByteArray file = path.toUtf8();
    int rc = sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX,
                             nullptr);
    m_readOnly = false;
    if (rc == SQLITE_READONLY || rc == SQLITE_CANTOPEN) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
        rc = sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX,
                             nullptr);
        m_readOnly = true;
    }
    if (rc != SQLITE_OK)
        return fail(QStringLiteral("%1: %2").arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
    sqlite3_busy_timeout(m_db, 5000);
    Statement probe;
    if (sqlite3_prepare_v2(m_db, "SELECT 1 FROM response_cache LIMIT 1", -1, &probe.stmt, nullptr)
        != SQLITE_OK)
        return fail(QStringLiteral("%1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(m_db))));
    m_accepting = !m_readOnly;
    if (!m_readOnly)
        m_writer = std::thread([this, file] { writeLoop(file); });
    return true;
}

std::optional<Json> ProjectResponseCache::find(const QByteArray &key)
{
    {
        std::lock_guard queue(m_queueMutex);
        const auto it = m_unwritten.constFind(key);
        if (it != m_unwritten.cend()) {
            Json j = Json::parse(*it, nullptr, false);
            if (!j.is_discarded())
                return j;
        }
    }
    QMutexLocker lock(&m_mutex);
    if (!m_db)
        return std::nullopt;
    Statement q;
    if (sqlite3_prepare_v2(m_db, "SELECT response FROM response_cache WHERE key = ?", -1, &q.stmt,
                           nullptr)
        != SQLITE_OK) {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(m_db));
        return std::nullopt;
    }
    sqlite3_bind_text(q.stmt, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(q.stmt) != SQLITE_ROW)
        return std::nullopt;
    const auto *text = static_cast<const char *>(sqlite3_column_blob(q.stmt, 0));
    const int size = sqlite3_column_bytes(q.stmt, 0);
    Json j = Json::parse(text, text + size, nullptr, false);
    if (j.is_discarded())
        return std::nullopt;
    return j;
}

void ProjectResponseCache::insert(const QByteArray &key, const Json &response)
{
    if (!m_accepting.load())
        return; // not open, or read-only
    {
        std::lock_guard lock(m_queueMutex);
        if (!m_unwritten.contains(key))
            m_order.push_back(key);
        m_unwritten.insert(key, response.dump());
    }
    m_queued.notify_one();
}

void ProjectResponseCache::flush()
{
    std::unique_lock lock(m_queueMutex);
    m_written.wait(lock, [this] { return m_unwritten.isEmpty() && !m_writing; });
}

void ProjectResponseCache::writeLoop(const QByteArray &file)
{
    // A connection of the writer's own: find() on the scheduler's thread reads through m_db
    // and never waits for a commit (WAL lets readers go on while one writes).
    sqlite3 *db = nullptr;
    const auto noteError = [&](const char *fallback) {
        QMutexLocker lock(&m_mutex);
        m_lastError = QString::fromUtf8(db ? sqlite3_errmsg(db) : fallback);
    };
    if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        noteError("the cache cannot be opened for writing");
    }
    sqlite3_busy_timeout(db, 5000);
    Statement q;
    if (db
        && sqlite3_prepare_v2(db,
                              "INSERT OR REPLACE INTO response_cache(key, response, "
                              "created_at_ms) VALUES (?, ?, ?)",
                              -1, &q.stmt, nullptr)
                   != SQLITE_OK)
        noteError(nullptr);

    std::unique_lock queue(m_queueMutex);
    for (;;) {
        m_queued.wait(queue, [this] { return m_stop || !m_order.empty(); });
        if (m_order.empty()) // stopping, with nothing left
            break;
        std::vector<std::pair<QByteArray, std::string>> batch;
        for (const QByteArray &key : m_order)
            batch.emplace_back(key, m_unwritten.value(key));
        m_order.clear();
        m_writing = true;
        queue.unlock();
        // A batch that cannot be written is dropped: for a cache that costs requests, not data.
        if (q.stmt) {
            sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const auto &[key, text] : batch) {
                sqlite3_bind_text(q.stmt, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(q.stmt, 2, text.data(), int(text.size()), SQLITE_TRANSIENT);
                sqlite3_bind_int64(q.stmt, 3, now);
                if (sqlite3_step(q.stmt) != SQLITE_DONE)
                    noteError(nullptr);
                sqlite3_reset(q.stmt);
            }
            if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
                noteError(nullptr);
                sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            }
        }
        queue.lock();
        // What was written is in the file now; an answer replaced meanwhile stays queued.
        for (const auto &[key, text] : batch) {
            const auto it = m_unwritten.constFind(key);
            if (it == m_unwritten.cend())
                continue;
            if (*it == text)
                m_unwritten.erase(it);
            else if (std::find(m_order.begin(), m_order.end(), key) == m_order.end())
                m_order.push_back(key);
        }
        m_writing = false;
        m_written.notify_all();
    }
    queue.unlock();
    sqlite3_finalize(q.stmt);
    q.stmt = nullptr;
    sqlite3_close_v2(db);
}

qint64 ProjectResponseCache::size()
{
    flush();
    QMutexLocker lock(&m_mutex);
    if (!m_db)
        return 0;
    Statement q;
    if (sqlite3_prepare_v2(m_db, "SELECT count(*) FROM response_cache", -1, &q.stmt, nullptr)
                != SQLITE_OK
        || sqlite3_step(q.stmt) != SQLITE_ROW)
        return 0;
    return sqlite3_column_int64(q.stmt, 0);
}

QString ProjectResponseCache::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

} // namespace Callwright
