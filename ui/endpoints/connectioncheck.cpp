#include "connectioncheck.h"

#include <QFutureWatcher>

namespace Callwright {

ConnectionCheck::ConnectionCheck(QObject *parent)
    : QObject(parent)
{}

ConnectionCheck::~ConnectionCheck()
{
    cancel();
}

void ConnectionCheck::start(const EndpointProfile &profile, const QString &bearerToken)
{
    cancel();
    EndpointProfile probe = profile;
    probe.maxRetries = 0;
    m_scheduler = std::make_unique<EndpointScheduler>(probe);
    if (!bearerToken.isEmpty())
        m_scheduler->setBearerToken(bearerToken);
    // A watcher per check: one that was dropped can deliver nothing late.
    auto *watcher = new QFutureWatcher<ChatOutcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<ChatOutcome>::finished, this, [this, watcher] {
        ChatOutcome outcome;
        if (watcher->future().resultCount() > 0)
            outcome = watcher->future().result();
        else
            outcome.error.kind = BackendError::Kind::Cancelled;
        watcher->deleteLater();
        m_watcher = nullptr;
        m_scheduler.reset();
        Q_EMIT finished(outcome);
    });
    watcher->setFuture(m_scheduler->checkConnection());
}

void ConnectionCheck::cancel()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_scheduler.reset(); // cancels the request and joins the scheduler's thread
}

bool ConnectionCheck::isRunning() const
{
    return m_watcher != nullptr;
}

} // namespace Callwright
