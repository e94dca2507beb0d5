#include "projectresponsecache.h"

#include <QDateTime>

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
    if (m_db)
        sqlite3_close_v2(m_db);
}

bool ProjectResponseCache::open(const QString &path, QString *error)
{
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
    int rc = sqlite3_open_v2(file.constData(), &m_db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
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
    return true;
}

std::optional<Json> ProjectResponseCache::find(const QByteArray &key)
{
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
    QMutexLocker lock(&m_mutex);
    if (!m_db || m_readOnly)
        return;
    Statement q;
    if (sqlite3_prepare_v2(m_db,
                           "INSERT OR REPLACE INTO response_cache(key, response, created_at_ms)"
                           " VALUES (?, ?, ?)",
                           -1, &q.stmt, nullptr)
        != SQLITE_OK) {
        m_lastError = QString::fromUtf8(sqlite3_errmsg(m_db));
        return;
    }
    const std::string text = response.dump();
    sqlite3_bind_text(q.stmt, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(q.stmt, 2, text.data(), int(text.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(q.stmt, 3, QDateTime::currentMSecsSinceEpoch());
    if (sqlite3_step(q.stmt) != SQLITE_DONE)
        m_lastError = QString::fromUtf8(sqlite3_errmsg(m_db));
}

qint64 ProjectResponseCache::size()
{
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
