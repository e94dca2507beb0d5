#include "secretstore.h"

#include <QCoreApplication>

#include <QMutex>

#include <QPointer>

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Callwright {

namespace {

bool forcedByEnvironment()
{
    return qEnvironmentVariable("CALLWRIGHT_SECRETS")
                   .compare(QLatin1String("session"), Qt::CaseInsensitive)
           == 0;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : SecretStore(forcedByEnvironment() ? Mode::SessionOnly : Mode::Automatic, parent)
{}

SecretStore::SecretStore(Mode mode, QObject *parent)
    : QObject(parent)
    , m_forced(mode == Mode::SessionOnly)
{
    if (m_forced)
        m_state = State::SessionOnly;
}

// Jobs still running are not parented to the store (QtKeychain's backends call back into a
// job they were given, so deleting one early would leave them a dangling pointer); they delete
// themselves when they finish, and their results go nowhere once the store is gone.
SecretStore::~SecretStore() = default;

SecretStore *SecretStore::application()
{
    static QPointer<SecretStore> store;
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    if (!store)
        store = new SecretStore(QCoreApplication::instance());
    return store;
}

QString SecretStore::serviceName()
{
    return QStringLiteral("Callwright");
}

bool SecretStore::sessionOnly() const
{
    QMutexLocker lock(&m_mutex);
    return m_state == State::SessionOnly;
}

QString SecretStore::storageDescription() const
{
    QMutexLocker lock(&m_mutex);
    if (m_state != State::SessionOnly)
        return tr("Secrets are kept in the system keychain.");
    if (m_forced)
        return tr("Secrets are kept for this session only and will be asked for again.");
    return tr("No keychain service is running: secrets are kept for this session only and "
              "will be asked for again.");
}

QString SecretStore::fallbackReason() const
{
    QMutexLocker lock(&m_mutex);
    return m_fallbackReason;
}

void SecretStore::setSecret(const QString &key, const QString &value)
{
    bool keychain;
    {
        QMutexLocker lock(&m_mutex);
        m_cache.insert(key, value);
        ++m_generation[key];
        keychain = m_state != State::SessionOnly;
    }
    if (keychain)
        runInOwnThread([this, key, value] { startWrite(key, value); });
}

void SecretStore::removeSecret(const QString &key)
{
    bool keychain;
    {
        QMutexLocker lock(&m_mutex);
        m_cache.insert(key, std::nullopt);
        ++m_generation[key];
        keychain = m_state != State::SessionOnly;
    }
    if (keychain)
        runInOwnThread([this, key] { startRemove(key); });
}

std::optional<QString> SecretStore::secret(const QString &key, int timeoutMs)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_cache.constFind(key);
        if (it != m_cache.constEnd())
            return *it;
        if (m_state == State::SessionOnly)
            return std::nullopt;
    }

    if (QThread::currentThread() == thread()) {
        QEventLoop loop;
        bool done = false;
        std::optional<QString> result;
        readSecret(key, &loop, [&](const std::optional<QString> &value) {
            result = value;
            done = true;
            loop.quit();
        });
        if (!done) {
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
        return result;
    }

    struct Waiter
    {
        QMutex mutex;
        QWaitCondition answered;
        bool done = false;
        std::optional<QString> value;
    };
    const auto waiter = std::make_shared<Waiter>();
    QMetaObject::invokeMethod(
            this,
            [this, key, waiter] {
                readSecret(key, this, [waiter](const std::optional<QString> &value) {
                    QMutexLocker lock(&waiter->mutex);
                    waiter->value = value;
                    waiter->done = true;
                    waiter->answered.wakeAll();
                });
            },
            Qt::QueuedConnection);
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&waiter->mutex);
    while (!waiter->done) {
        if (!waiter->answered.wait(&waiter->mutex, deadline))
            break;
    }
    return waiter->value;
}

bool SecretStore::hasSecret(const QString &key, int timeoutMs)
{
    return secret(key, timeoutMs).has_value();
}

void SecretStore::readSecret(const QString &key, QObject *context, ReadCallback callback)
{
    Q_ASSERT(QThread::currentThread() == thread());
    bool ask = false;
    std::optional<QString> value;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_cache.constFind(key);
        if (it != m_cache.constEnd())
            value = *it;
        else
            ask = m_state != State::SessionOnly;
    }
    if (!ask) {
        callback(value);
        return;
    }
    auto &waiting = m_pendingReads[key];
    waiting.push_back({QPointer<QObject>(context), std::move(callback)});
    if (waiting.size() == 1)
        startRead(key);
}

int SecretStore::pendingJobs() const
{
    return m_jobs.load();
}

void SecretStore::startWrite(const QString &key, const QString &value)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(value);
    ++m_jobs;
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *done) {
        if (done->error() != QKeychain::NoError)
            handleError(done->error(), done->errorString(), key);
        else
            handleError(QKeychain::NoError, QString(), key);
        jobFinished();
    });
    job->start();
}

void SecretStore::startRemove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    ++m_jobs;
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *done) {
        // Removing what is not there is no failure.
        const int error
                = done->error() == QKeychain::EntryNotFound ? QKeychain::NoError : done->error();
        handleError(error, done->errorString(), key);
        jobFinished();
    });
    job->start();
}

void SecretStore::startRead(const QString &key)
{
    {
        QMutexLocker lock(&m_mutex);
        m_readGeneration.insert(key, m_generation.value(key));
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    ++m_jobs;
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *done) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        switch (read->error()) {
        case QKeychain::NoError:
            handleError(QKeychain::NoError, QString(), key);
            finishRead(key, read->textData(), true);
            break;
        case QKeychain::EntryNotFound:
            handleError(QKeychain::NoError, QString(), key);
            finishRead(key, std::nullopt, true);
            break;
        default:
            handleError(read->error(), read->errorString(), key);
            finishRead(key, std::nullopt, false);
            break;
        }
        jobFinished();
    });
    job->start();
}

void SecretStore::finishRead(const QString &key, const std::optional<QString> &value, bool known)
{
    std::optional<QString> result = value;
    {
        QMutexLocker lock(&m_mutex);
        const auto cached = m_cache.constFind(key);
        if (m_generation.value(key) != m_readGeneration.value(key)) {
            // Set or removed while the keychain was read: that value is the newer one.
            result = cached != m_cache.constEnd() ? *cached : std::nullopt;
        } else if (known) {
            m_cache.insert(key, value);
        } else if (cached != m_cache.constEnd()) {
            result = *cached;
        }
    }
    m_readGeneration.remove(key);
    const std::vector<PendingRead> waiting = m_pendingReads.take(key);
    for (const PendingRead &read : waiting) {
        if (read.context)
            read.callback(result);
    }
}

bool SecretStore::handleError(int error, const QString &message, const QString &key)
{
    bool fellBack = false;
    bool report = false;
    {
        QMutexLocker lock(&m_mutex);
        if (m_state == State::SessionOnly)
            return false; // late answers of jobs started before the fallback
        if (error == QKeychain::NoError) {
            m_state = State::Keychain;
            return false;
        }
        // No service at all, or (before the keychain ever answered) the errors that libsecret
        // and KWallet give when D-Bus or the Secret Service is missing.
        const bool missing
                = error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
                  || (m_state == State::Unknown
                      && (error == QKeychain::OtherError || error == QKeychain::AccessDenied));
        if (missing) {
            m_state = State::SessionOnly;
            m_fallbackReason = message;
            fellBack = true;
        } else {
            report = true;
        }
    }
    if (fellBack) {
        // Readers waiting for the keychain get what this session has.
        const QStringList keys = m_pendingReads.keys();
        for (const QString &pending : keys)
            finishRead(pending, std::nullopt, false);
        Q_EMIT storageChanged();
    }
    if (report)
        Q_EMIT failed(key, tr("The system keychain refused the secret %1: %2").arg(key, message));
    return fellBack;
}

void SecretStore::jobFinished()
{
    if (--m_jobs == 0)
        Q_EMIT idle();
}

void SecretStore::runInOwnThread(std::function<void()> work)
{
    if (QThread::currentThread() == thread())
        work();
    else
        QMetaObject::invokeMethod(this, std::move(work), Qt::QueuedConnection);
}

} // namespace Callwright
