#pragma once

#include "toolagent.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace Callwright {

/// Responses by request hash: the stateless contract makes a stored response the answer to
/// every later identical request, so reruns are free and replays exact.
class CallCache
{
public:
    virtual ~CallCache() = default;
    virtual std::optional<ToolAgentOutput> find(const QString &requestHash) const = 0;
    virtual void insert(const QString &requestHash, const ToolAgentOutput &output) = 0;
};

/// A cache in memory, safe to share between the threads of a job.
class MemoryCallCache final : public CallCache
{
public:
    std::optional<ToolAgentOutput> find(const QString &requestHash) const override;
    void insert(const QString &requestHash, const ToolAgentOutput &output) override;
    qsizetype size() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, ToolAgentOutput> m_entries;
};

} // namespace Callwright
