// SecretStore: the session-only fallback where no keychain service runs (as on this machine,
// and on any machine once the test points D-Bus nowhere), and secrets that never reach
// QSettings, files or logs.
#include "backends/secretstore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Callwright;

namespace {

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

const QString sessionOnlyText = QStringLiteral(
        "No keychain service is running: secrets are kept for this session only and will be "
        "asked for again.");

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        // Whatever QSettings or QtKeychain's plain-text store would write lands here.
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        // No keychain service on any machine: libsecret and KWallet both need the session bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/callwright-tst-secretstore");
        qunsetenv("CALLWRIGHT_SECRETS");
        g_previousHandler = qInstallMessageHandler(recordMessage);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void forcedSessionOnly()
    {
        SecretStore store(SecretStore::Mode::SessionOnly);
        QVERIFY(store.sessionOnly());
        QVERIFY(store.storageDescription().contains(QLatin1String("this session only")));
        QVERIFY(!store.hasSecret(QStringLiteral("endpoint/a/api-key")));

        store.setSecret(QStringLiteral("endpoint/a/api-key"), QStringLiteral("sk-forced-1"));
        QCOMPARE(store.secret(QStringLiteral("endpoint/a/api-key")),
                 std::optional<QString>(QStringLiteral("sk-forced-1")));
        QVERIFY(store.hasSecret(QStringLiteral("endpoint/a/api-key")));
        store.setSecret(QStringLiteral("endpoint/a/api-key"), QStringLiteral("sk-forced-2"));
        QCOMPARE(*store.secret(QStringLiteral("endpoint/a/api-key")),
                 QStringLiteral("sk-forced-2"));
        store.removeSecret(QStringLiteral("endpoint/a/api-key"));
        QVERIFY(!store.secret(QStringLiteral("endpoint/a/api-key")));
        QCOMPARE(store.pendingJobs(), 0);

        // A second store is another session: nothing carried over.
        SecretStore other(SecretStore::Mode::SessionOnly);
        other.setSecret(QStringLiteral("k"), QStringLiteral("v"));
        QVERIFY(!SecretStore(SecretStore::Mode::SessionOnly).hasSecret(QStringLiteral("k")));
    }

    void environmentForcesSessionOnly()
    {
        qputenv("CALLWRIGHT_SECRETS", "session");
        SecretStore store;
        qunsetenv("CALLWRIGHT_SECRETS");
        QVERIFY(store.sessionOnly());
        store.setSecret(QStringLiteral("k"), QStringLiteral("v"));
        QCOMPARE(store.pendingJobs(), 0); // the keychain is never asked
        QVERIFY(!SecretStore().sessionOnly());
    }

    void fallsBackWhenNoKeychainRuns()
    {
        SecretStore store;
        QVERIFY(!store.sessionOnly()); // not known before the keychain was tried
        QCOMPARE(store.storageDescription(),
                 QStringLiteral("Secrets are kept in the system keychain."));
        QSignalSpy storageChanged(&store, &SecretStore::storageChanged);
        QSignalSpy failed(&store, &SecretStore::failed);

        const QString key = QStringLiteral("endpoint/profile-1/api-key");
        store.setSecret(key, QStringLiteral("sk-fallback-secret"));
        // Read after write is answered from memory, keychain or not.
        QCOMPARE(store.secret(key, 0),
                 std::optional<QString>(QStringLiteral("sk-fallback-secret")));

        QTRY_VERIFY(store.sessionOnly());
        QCOMPARE(storageChanged.count(), 1);
        QCOMPARE(failed.count(), 0); // falling back is not a failure
        QCOMPARE(store.storageDescription(), sessionOnlyText);
        QVERIFY(!store.fallbackReason().isEmpty());
        QTRY_COMPARE(store.pendingJobs(), 0);

        QCOMPARE(*store.secret(key), QStringLiteral("sk-fallback-secret"));
        store.setSecret(QStringLiteral("endpoint/profile-2/api-key"), QStringLiteral("sk-two"));
        QCOMPARE(store.pendingJobs(), 0); // session-only now: no more keychain jobs
        QVERIFY(store.hasSecret(QStringLiteral("endpoint/profile-2/api-key")));
        store.removeSecret(key);
        QVERIFY(!store.hasSecret(key));
        QCOMPARE(storageChanged.count(), 1);
    }

    void readOfUnknownKeyFallsBackWithoutWaiting()
    {
        SecretStore store;
        QElapsedTimer timer;
        timer.start();
        // Blocking read in the store's own thread: a local event loop until the keychain
        // answers (here: that there is none), well before the timeout.
        QVERIFY(!store.secret(QStringLiteral("endpoint/unknown/api-key"), 20'000));
        QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(store.sessionOnly());
        QCOMPARE(store.storageDescription(), sessionOnlyText);

        bool called = false;
        store.readSecret(QStringLiteral("endpoint/unknown/api-key"), this,
                         [&](const std::optional<QString> &value) {
                             called = true;
                             QVERIFY(!value);
                         });
        QVERIFY(called); // known now: answered at once
    }

    void asyncReadWaitsForTheKeychain()
    {
        SecretStore store;
        std::optional<std::optional<QString>> answer;
        store.readSecret(QStringLiteral("endpoint/x/api-key"), this,
                         [&](const std::optional<QString> &value) { answer = value; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->has_value());
        QVERIFY(store.sessionOnly());
    }

    void blockingReadFromWorkerThread()
    {
        SecretStore store;
        store.setSecret(QStringLiteral("endpoint/w/api-key"), QStringLiteral("sk-worker"));
        // Cached: answered on the worker at once, with this thread's loop not running.
        QCOMPARE(QtConcurrent::run([&] {
                     return store.secret(QStringLiteral("endpoint/w/api-key"));
                 }).result(),
                 std::optional<QString>(QStringLiteral("sk-worker")));

        // Not cached: the worker waits while this thread asks the keychain.
        SecretStore fresh;
        auto read = QtConcurrent::run(
                [&] { return fresh.secret(QStringLiteral("endpoint/w/other"), 20'000); });
        QTRY_VERIFY_WITH_TIMEOUT(read.isFinished(), 15'000);
        QVERIFY(!read.result());
        QVERIFY(fresh.sessionOnly());

        fresh.setSecret(QStringLiteral("endpoint/w/other"), QStringLiteral("sk-later"));
        QCOMPARE(QtConcurrent::run([&] {
                     return fresh.secret(QStringLiteral("endpoint/w/other"));
                 }).result(),
                 std::optional<QString>(QStringLiteral("sk-later")));
    }

    void secretsNeverReachSettingsFilesOrLogs()
    {
        const QString secret = QStringLiteral("sk-never-on-disk-7f3a9c");
        const QString marker = QStringLiteral("settings-marker-91b2");
        g_messages.clear();
        {
            QSettings settings(QStringLiteral("Callwright"), QStringLiteral("tst_secretstore"));
            settings.setValue(QStringLiteral("endpoint/profile-9/name"), marker);
            SecretStore store;
            store.setSecret(QStringLiteral("endpoint/profile-9/api-key"), secret);
            QTRY_VERIFY(store.sessionOnly());
            QTRY_COMPARE(store.pendingJobs(), 0);
            QCOMPARE(*store.secret(QStringLiteral("endpoint/profile-9/api-key")), secret);
            SecretStore forced(SecretStore::Mode::SessionOnly);
            forced.setSecret(QStringLiteral("endpoint/profile-9/api-key"), secret);
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        // QtKeychain's plain-text fallback would use QSettings under the service name.
        QSettings(SecretStore::serviceName()).sync();

        QStringList folders{m_settingsDir.path()};
        for (auto location : {QStandardPaths::GenericConfigLocation,
                              QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                              QStandardPaths::GenericDataLocation, QStandardPaths::CacheLocation})
            folders << QStandardPaths::writableLocation(location);

        int files = 0;
        bool markerSeen = false;
        for (const QString &folder : std::as_const(folders)) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                const QByteArray content = file.readAll();
                ++files;
                markerSeen = markerSeen || content.contains(marker.toUtf8());
                QVERIFY2(!content.contains(secret.toUtf8())
                                 && !content.contains(
                                         QByteArray(reinterpret_cast<const char *>(secret.utf16()),
                                                    secret.size() * 2)),
                         qPrintable(QStringLiteral("the secret is in %1").arg(file.fileName())));
            }
        }
        QVERIFY2(files > 0 && markerSeen, "the settings were not written where the test looks");

        for (const QString &message : std::as_const(g_messages))
            QVERIFY2(!message.contains(secret), qPrintable(message));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
