#include "responsecache.h"

namespace Callwright {

std::optional<Json> MemoryResponseCache::find(const QByteArray &key)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

void MemoryResponseCache::insert(const QByteArray &key, const Json &response)
{
    QMutexLocker lock(&m_mutex);
    m_entries.insert(key, response);
}

qsizetype MemoryResponseCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.size();
}

} // namespace Callwright
