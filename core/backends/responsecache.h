#pragma once

#include "model/json.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <optional>

namespace Callwright {

/// Endpoint answers by request key (ChatRequest::cacheKey): a rerun of the same request is
/// answered from here, free and identical. The project keeps one (ProjectResponseCache);
/// tests and one-off runs use MemoryResponseCache.
class ResponseCache
{
public:
    virtual ~ResponseCache() = default;
    virtual std::optional<Json> find(const QByteArray &key) = 0;
    virtual void insert(const QByteArray &key, const Json &response) = 0;
    /// Returns once every answer inserted so far is where another reader finds it.
    virtual void flush() {}
};

class MemoryResponseCache final : public ResponseCache
{
public:
    std::optional<Json> find(const QByteArray &key) override;
    void insert(const QByteArray &key, const Json &response) override;
    qsizetype size() const;

private:
    mutable QMutex m_mutex;
    QHash<QByteArray, Json> m_entries;
};

} // namespace Callwright
