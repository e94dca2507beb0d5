#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace Callwright {

/// Keeps secrets (API keys, OAuth tokens) by key, such as "endpoint/<profile id>/api-key", in
/// the system keychain through QtKeychain (service "Callwright"). Where no keychain service
/// runs (no D-Bus Secret Service or KWallet, as on CI and headless machines) it keeps them in
/// memory for this session only, and says so. Secrets never go to QSettings, logs or files.
///
/// Create it in the main thread: keychain jobs run in its thread (libsecret answers through
/// the main GLib context). Whatever was written or read in this session is cached, so
/// secret() answers at once from any thread; a key not seen yet is read from the keychain,
/// asynchronously with readSecret() or blocking with secret().
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Automatic,  ///< the keychain if one answers, else memory for the session
        SessionOnly ///< memory for the session, never the keychain (tests)
    };
    using ReadCallback = std::function<void(const std::optional<QString> &value)>;
    static constexpr int DefaultTimeoutMs = 15'000;

    /// Automatic, unless the environment variable CALLWRIGHT_SECRETS is "session".
    explicit SecretStore(QObject *parent = nullptr);
    explicit SecretStore(Mode mode, QObject *parent = nullptr);
    ~SecretStore() override;

    /// The keychain service name the secrets are filed under.
    static QString serviceName();
    /// The store the application's panels and jobs share (so that a key entered in one is
    /// seen by the others even when it is kept for the session only). Created on first use,
    /// owned by the application object; call it first on the GUI thread.
    static SecretStore *application();

    /// True when secrets live in memory only: forced, or the keychain failed on first use.
    /// False while the keychain works or has not been tried yet.
    bool sessionOnly() const;
    /// One sentence for the UI on where secrets are kept.
    QString storageDescription() const;
    /// The keychain's own error that made the store fall back; empty otherwise.
    QString fallbackReason() const;

    /// Stores the value at once in the cache and then in the keychain.
    void setSecret(const QString &key, const QString &value);
    void removeSecret(const QString &key);

    /// The value, or nothing when there is none or the keychain did not answer within
    /// timeoutMs. Answers cached values at once from any thread. Otherwise it asks the
    /// keychain: from another thread it waits for this object's thread to do so (which must
    /// be running its event loop); from this object's thread it runs a local event loop.
    std::optional<QString> secret(const QString &key, int timeoutMs = DefaultTimeoutMs);
    bool hasSecret(const QString &key, int timeoutMs = DefaultTimeoutMs);

    /// Asynchronous read for this object's thread. The callback runs in this thread, at once
    /// when the value is cached, and never after context is destroyed.
    void readSecret(const QString &key, QObject *context, ReadCallback callback);

    /// Keychain jobs not finished yet (writes and removals run after the cache has changed).
    int pendingJobs() const;

Q_SIGNALS:
    /// sessionOnly() changed: the keychain turned out to be missing.
    void storageChanged();
    /// A keychain job failed although the keychain works (say, the user refused access).
    /// The cache still holds what was set for this session.
    void failed(const QString &key, const QString &message);
    /// Every keychain job has finished.
    void idle();

private:
    enum class State { Unknown, Keychain, SessionOnly };
    struct PendingRead
    {
        QPointer<QObject> context;
        ReadCallback callback;
    };

    void startWrite(const QString &key, const QString &value);
    void startRemove(const QString &key);
    void startRead(const QString &key);
    /// Answers the readers waiting for key; known: the keychain gave the value (or its absence).
    void finishRead(const QString &key, const std::optional<QString> &value, bool known);
    /// Handles a failed job; true when the store fell back to session-only memory.
    bool handleError(int error, const QString &message, const QString &key);
    void jobFinished();
    void runInOwnThread(std::function<void()> work);

    mutable QMutex m_mutex; // guards m_state, m_fallbackReason, m_cache and m_generation
    State m_state = State::Unknown;
    bool m_forced = false;
    QString m_fallbackReason;
    /// A key present with no value is known to be absent.
    QHash<QString, std::optional<QString>> m_cache;
    /// Bumped on every set or remove, so a keychain read started before does not overwrite it.
    QHash<QString, quint64> m_generation;

    // Only touched in this object's thread.
    QHash<QString, std::vector<PendingRead>> m_pendingReads;
    QHash<QString, quint64> m_readGeneration;
    std::atomic<int> m_jobs{0};
};

} // namespace Callwright
