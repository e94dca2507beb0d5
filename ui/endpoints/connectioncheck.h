#pragma once

#include "backends/endpointscheduler.h"

#include <QObject>

#include <memory>

namespace Callwright {

/// One "Test connection" at a time: a scheduler of its own for the profile being edited, a
/// probe request watched off the GUI thread, and its outcome as a signal. Starting again,
/// cancelling or destroying the check drops what is in flight without waiting for it.
class ConnectionCheck final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionCheck(QObject *parent = nullptr);
    ~ConnectionCheck() override;

    /// Probes profile, sending bearerToken as Authorization when it is not empty. A test
    /// answers at once: the profile's retries are not used.
    void start(const EndpointProfile &profile, const QString &bearerToken);
    /// Drops the check in flight, if any; finished() is not emitted for it.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void finished(const Callwright::ChatOutcome &outcome);

private:
    std::unique_ptr<EndpointScheduler> m_scheduler;
    QObject *m_watcher = nullptr; ///< the QFutureWatcher of the check in flight
};

} // namespace Callwright
