#include "callcache.h"

namespace Callwright {

std::optional<ToolAgentOutput> MemoryCallCache::find(const QString &requestHash) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(requestHash);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

void MemoryCallCache::insert(const QString &requestHash, const ToolAgentOutput &output)
{
    QMutexLocker lock(&m_mutex);
    m_entries.insert(requestHash, output);
}

qsizetype MemoryCallCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.size();
}

} // namespace Callwright
