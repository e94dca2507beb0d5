// The Endpoints panel: profiles made from presets, edited in a form whose problems block
// saving, saved to the user's settings without their API key (which goes to the SecretStore),
// a connection test against a real HTTP server on loopback that leaves the GUI free, and OAuth2
// sign-in against a real OAuth2 server (oauth2-mock-server from tests/peers, run with node),
// with the test playing the browser.
#include "oauth2mockserver.h"
#include "uitestsupport.h"

#include "backends/endpointprofile.h"
#include "backends/oauth2session.h"
#include "backends/secretstore.h"
#include "endpoints/endpointform.h"
#include "endpoints/oauth2signin.h"
#include "panels/endpointspanel.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QToolButton>
#include <QTreeWidget>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

using namespace Callwright;
using namespace Callwright::UiTestSupport;
using Callwright::TestSupport::OAuth2MockServer;

namespace {

/// A minimal OpenAI-compatible server: one answer per connection, then it closes.
class ChatServer final : public QObject
{
public:
    int status = 200;
    QByteArray body = QByteArrayLiteral(
            R"({"id":"chatcmpl-1","object":"chat.completion","created":1700000000,)"
            R"("model":"test-model-7b","choices":[{"index":0,"message":{"role":"assistant",)"
            R"("content":"OK"},"finish_reason":"stop"}],)"
            R"("usage":{"prompt_tokens":14,"completion_tokens":1,"total_tokens":15}})");
    bool silent = false; ///< reads requests and never answers
    QByteArrayList requests;

    ChatServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString baseUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort());
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        requests << buffer;
        m_buffers.remove(socket);
        if (silent)
            return;
        const QByteArray reason = status == 200 ? "OK" : "Unauthorized";
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                      + "\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

/// A port on loopback where nothing listens, held for the rest of the run: a socket bound to it
/// without listening keeps another test (ctest runs them in parallel) from taking it, and a
/// connection to it is refused at once.
quint16 closedPort()
{
    static const quint16 port = [] {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            qFatal("cannot reserve a loopback port");
        return ntohs(address.sin_port); // the socket stays open until the process ends
    }();
    return port;
}

} // namespace

class tst_EndpointsPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void init()
    {
        QSettings().clear();
        // The profiles are kept under the application's fixed name, shared with the CLI.
        QSettings(QStringLiteral("Callwright"), QStringLiteral("Callwright")).clear();
        m_secrets
                = std::make_unique<SecretStore>(SecretStore::Mode::SessionOnly); // no keychain here
        m_panel = newPanel();
    }
    void cleanup()
    {
        m_panel.reset();
        m_secrets.reset();
    }

    void emptyAtFirst()
    {
        QCOMPARE(m_panel->profileList()->topLevelItemCount(), 0);
        QVERIFY(!m_panel->form()->isVisible());
        QVERIFY(!m_panel->removeButton()->isEnabled());
        QVERIFY(!m_panel->testButton()->isVisible());
    }

    void presetFillsTheForm()
    {
        addPreset("ollama");
        EndpointForm *form = m_panel->form();
        QVERIFY(form->isVisible());
        QCOMPARE(form->nameEdit()->text(), QStringLiteral("Ollama"));
        QCOMPARE(form->baseUrlEdit()->text(), QStringLiteral("http://127.0.0.1:11434/v1"));
        QCOMPARE(form->modelEdit()->text(), QStringLiteral("llama3.1"));
        QCOMPARE(form->embeddingModelEdit()->text(), QStringLiteral("nomic-embed-text"));
        QCOMPARE(form->authBox()->currentText(), QStringLiteral("None"));
        QVERIFY(!form->apiKeyEdit()->isVisible());
        QTreeWidgetItem *row = m_panel->profileList()->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("Ollama *"));
        QCOMPARE(row->text(1), QStringLiteral("llama3.1"));
        QCOMPARE(row->text(2), QStringLiteral("127.0.0.1:11434"));
        QCOMPARE(row->text(3), QStringLiteral("None"));
        QCOMPARE(label("modifiedLabel")->text(), QStringLiteral("New, not saved yet"));
        QVERIFY(m_panel->saveButton()->isEnabled());

        // A preset that wants a key shows the key field, where it is kept, and says in the
        // list that no key is set yet.
        addPreset("openai");
        QCOMPARE(form->authBox()->currentText(), QStringLiteral("API key"));
        QVERIFY(form->apiKeyEdit()->isVisible());
        QCOMPARE(form->apiKeyEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(form->secretStorageLabel()->isVisible());
        QCOMPARE(form->secretStorageLabel()->text(), m_secrets->storageDescription());
        QCOMPARE(m_panel->profileList()->topLevelItem(1)->text(3),
                 QStringLiteral("API key (not set)"));

        // OAuth2 shows its fields and a Sign In button that waits for a saved profile.
        form->authBox()->setCurrentIndex(2);
        QVERIFY(!form->apiKeyEdit()->isVisible());
        QVERIFY(form->findChild<QLineEdit *>(QStringLiteral("tokenUrlEdit"))->isVisible());
        QPushButton *signIn = form->findChild<QPushButton *>(QStringLiteral("signInButton"));
        QVERIFY(signIn && signIn->isVisible() && !signIn->isEnabled());
        QVERIFY(label("problemsLabel")->text().contains(QStringLiteral("client id")));
        QCOMPARE(m_panel->profileList()->topLevelItem(1)->text(3),
                 QStringLiteral("OAuth2 (not signed in)"));
    }

    void problemsDisableSave()
    {
        addPreset("vllm");
        QLabel *problems = m_panel->problemsLabel();
        QVERIFY(!problems->isVisible());
        m_panel->form()->baseUrlEdit()->setText(QStringLiteral("localhost 8000"));
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QStringLiteral("Base URL")),
                 qPrintable(problems->text()));
        QVERIFY(!m_panel->saveButton()->isEnabled());
        QVERIFY(!m_panel->testButton()->isEnabled());
        QVERIFY(!m_panel->save());
        QVERIFY(EndpointProfiles::load().empty());

        m_panel->form()->baseUrlEdit()->setText(QStringLiteral("http://localhost:8000/v1"));
        QVERIFY(!problems->isVisible());
        QVERIFY(m_panel->saveButton()->isEnabled());

        // Two profiles of the same name could not be told apart.
        addPreset("vllm");
        QCOMPARE(m_panel->form()->nameEdit()->text(), QStringLiteral("vLLM 2"));
        m_panel->form()->nameEdit()->setText(QStringLiteral("VLLM"));
        QVERIFY(problems->text().contains(QStringLiteral("already named")));
        QVERIFY(!m_panel->saveButton()->isEnabled());
    }

    void savePersistsAndReloads()
    {
        addPreset("vllm");
        EndpointForm *form = m_panel->form();
        form->nameEdit()->setText(QStringLiteral("Local vLLM"));
        form->modelEdit()->setText(QStringLiteral("Qwen/Qwen2.5-14B-Instruct"));
        form->requestsPerMinuteBox()->setValue(600);
        form->requestTimeoutBox()->setValue(45);
        form->inputPriceBox()->setValue(0.25);
        QTest::mouseClick(form->findChild<QToolButton *>(QStringLiteral("addHeaderButton")),
                          Qt::LeftButton);
        QTableWidget *headers = form->headersTable();
        QCOMPARE(headers->rowCount(), 1);
        headers->item(0, 0)->setText(QStringLiteral("X-Team"));
        headers->item(0, 1)->setText(QStringLiteral("data"));
        QTest::mouseClick(m_panel->saveButton(), Qt::LeftButton);

        const std::vector<EndpointProfile> saved = EndpointProfiles::load();
        QCOMPARE(int(saved.size()), 1);
        const EndpointProfile &p = saved.front();
        QCOMPARE(p.id, QStringLiteral("local-vllm"));
        QCOMPARE(p.name, QStringLiteral("Local vLLM"));
        QCOMPARE(p.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8000/v1")));
        QCOMPARE(p.model, QStringLiteral("Qwen/Qwen2.5-14B-Instruct"));
        QCOMPARE(p.requestsPerMinute, 600);
        QCOMPARE(p.requestTimeoutMs, 45000);
        QCOMPARE(p.maxInFlight, 64);
        QCOMPARE(p.inputPricePerMTok, 0.25);
        QCOMPARE(p.extraHeaders.size(), 1);
        QCOMPARE(p.extraHeaders.front().first, QStringLiteral("X-Team"));
        QCOMPARE(m_panel->profileList()->topLevelItem(0)->text(0), QStringLiteral("Local vLLM"));
        QVERIFY(!m_panel->saveButton()->isEnabled());
        QVERIFY(!m_panel->revertButton()->isEnabled());
        QVERIFY(label("modifiedLabel")->text().isEmpty());

        // Another window shows it as saved, selected as it was last.
        auto other = newPanel();
        QCOMPARE(other->profileList()->topLevelItemCount(), 1);
        QCOMPARE(other->form()->nameEdit()->text(), QStringLiteral("Local vLLM"));
        QCOMPARE(other->form()->requestTimeoutBox()->value(), 45.0);
        QCOMPARE(other->form()->headersTable()->item(0, 1)->text(), QStringLiteral("data"));
        QVERIFY(!other->isModified());
    }

    void revertForgetsEdits()
    {
        addPreset("lmstudio");
        QVERIFY(m_panel->save());
        m_panel->form()->modelEdit()->setText(QStringLiteral("something-else"));
        QVERIFY(m_panel->isModified());
        QCOMPARE(m_panel->profileList()->topLevelItem(0)->text(0), QStringLiteral("LM Studio *"));
        QCOMPARE(label("modifiedLabel")->text(), QStringLiteral("Unsaved changes"));
        QTest::mouseClick(m_panel->revertButton(), Qt::LeftButton);
        QCOMPARE(m_panel->form()->modelEdit()->text(), QStringLiteral("local-model"));
        QVERIFY(!m_panel->isModified());
        QCOMPARE(m_panel->profileList()->topLevelItem(0)->text(0), QStringLiteral("LM Studio"));
    }

    void apiKeyGoesToTheSecretStoreOnly()
    {
        const QString key = QStringLiteral("sk-test-5d1f0c9e7b3a4f2e8d6c");
        addPreset("openrouter");
        QLineEdit *keyEdit = m_panel->form()->apiKeyEdit();
        QTest::keyClicks(keyEdit, key);
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
        QVERIFY(keyEdit->displayText() != key);
        QTest::mouseClick(m_panel->form()->showKeyButton(), Qt::LeftButton);
        QCOMPARE(keyEdit->displayText(), key);
        QTest::mouseClick(m_panel->form()->showKeyButton(), Qt::LeftButton);
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
        QTest::mouseClick(m_panel->saveButton(), Qt::LeftButton);

        const std::optional<EndpointProfile> saved
                = EndpointProfiles::find(QStringLiteral("openrouter"));
        QVERIFY(saved);
        QCOMPARE(m_secrets->secret(saved->secretKey() + QStringLiteral("/api-key"))
                         .value_or(QString()),
                 key);
        QCOMPARE(m_panel->profileList()->topLevelItem(0)->text(3), QStringLiteral("API key"));
        QCOMPARE(settingsFileBytes().contains("openrouter.ai"), true);
        QVERIFY(!settingsFileBytes().contains(key.toUtf8()));
        QVERIFY(!settingsFileBytes().contains("5d1f0c9e"));

        // Shown again from the store, and gone with the profile.
        auto other = newPanel();
        QCOMPARE(other->form()->apiKeyEdit()->text(), key);
        m_panel.reset();
        QVERIFY(other->removeProfile());
        QVERIFY(!m_secrets->hasSecret(saved->secretKey() + QStringLiteral("/api-key")));
        QVERIFY(EndpointProfiles::load().empty());
        QVERIFY(!other->form()->isVisible());
    }

    void duplicateCopiesTheKey()
    {
        addPreset("openai");
        QTest::keyClicks(m_panel->form()->apiKeyEdit(), QStringLiteral("sk-dup"));
        QVERIFY(m_panel->save());
        QTest::mouseClick(m_panel->duplicateButton(), Qt::LeftButton);
        QCOMPARE(m_panel->profileList()->topLevelItemCount(), 2);
        QCOMPARE(m_panel->form()->nameEdit()->text(), QStringLiteral("OpenAI (copy)"));
        QCOMPARE(m_panel->form()->apiKeyEdit()->text(), QStringLiteral("sk-dup"));
        QVERIFY(m_panel->save());
        QCOMPARE(m_panel->currentProfile()->id, QStringLiteral("openai-copy"));
        QCOMPARE(m_secrets->secret(QStringLiteral("endpoint/openai-copy/api-key"))
                         .value_or(QString()),
                 QStringLiteral("sk-dup"));
        QCOMPARE(int(EndpointProfiles::load().size()), 2);
    }

    void testConnectionSucceeds()
    {
        ChatServer server;
        QVERIFY(server.listen());
        addPreset("custom");
        EndpointForm *form = m_panel->form();
        form->nameEdit()->setText(QStringLiteral("Loopback"));
        form->baseUrlEdit()->setText(server.baseUrl());
        form->modelEdit()->setText(QStringLiteral("served-model"));
        form->authBox()->setCurrentIndex(1);
        QTest::keyClicks(form->apiKeyEdit(), QStringLiteral("sk-loopback"));

        QTest::mouseClick(m_panel->testButton(), Qt::LeftButton);
        // The GUI is free while the probe is out: the button now stops it.
        QVERIFY(m_panel->isTesting());
        QCOMPARE(m_panel->testButton()->text(), QStringLiteral("S&top Test"));
        QTRY_VERIFY2(m_panel->connectionStatus().startsWith(
                             QStringLiteral("Connected: test-model-7b answered in ")),
                     qPrintable(m_panel->connectionStatus()));
        QVERIFY(m_panel->connectionStatus().endsWith(QStringLiteral(" ms")));
        QVERIFY(!m_panel->isTesting());
        QCOMPARE(m_panel->testButton()->text(), QStringLiteral("&Test Connection"));
        QCOMPARE(server.requests.size(), 1);
        const QByteArray request = server.requests.front();
        QVERIFY(request.startsWith("POST /v1/chat/completions HTTP/1.1"));
        QVERIFY(request.contains("Authorization: Bearer sk-loopback"));
        QVERIFY(request.contains("\"model\":\"served-model\""));
    }

    void testConnectionNamesAnUnreachableEndpoint()
    {
        addPreset("custom");
        m_panel->form()->nameEdit()->setText(QStringLiteral("Nowhere"));
        m_panel->form()->modelEdit()->setText(QStringLiteral("any"));
        m_panel->form()->baseUrlEdit()->setText(
                QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort()));
        QTest::mouseClick(m_panel->testButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_panel->isTesting());
        const QString status = m_panel->connectionStatus();
        QVERIFY2(status.startsWith(QStringLiteral("Nowhere could not be reached")),
                 qPrintable(status));
        QCOMPARE(m_panel->connectionStatusLabel()->palette().color(QPalette::WindowText).name(),
                 QStringLiteral("#c02020"));
    }

    void testConnectionReportsRejectedKey()
    {
        ChatServer server;
        server.status = 401;
        server.body = R"({"error":{"message":"Incorrect API key provided","type":"auth"}})";
        QVERIFY(server.listen());
        addPreset("openai");
        m_panel->form()->baseUrlEdit()->setText(server.baseUrl());
        QTest::keyClicks(m_panel->form()->apiKeyEdit(), QStringLiteral("sk-wrong"));
        QTest::mouseClick(m_panel->testButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_panel->isTesting());
        const QString status = m_panel->connectionStatus();
        QVERIFY2(status.contains(QStringLiteral("OpenAI answered HTTP 401")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("Incorrect API key provided")));
        QVERIFY(status.contains(QStringLiteral("Check the API key.")));
        QCOMPARE(server.requests.size(), 1); // an auth error is not retried
    }

    void editingOrLeavingCancelsTheTest()
    {
        ChatServer server;
        server.silent = true;
        QVERIFY(server.listen());
        addPreset("ollama");
        addPreset("custom");
        // A blank profile names no model, and cannot be tested before it does.
        QVERIFY(!m_panel->testButton()->isEnabled());
        m_panel->form()->baseUrlEdit()->setText(server.baseUrl());
        m_panel->form()->modelEdit()->setText(QStringLiteral("any"));
        QTest::mouseClick(m_panel->testButton(), Qt::LeftButton);
        QTRY_COMPARE(server.requests.size(), 1);
        QVERIFY(m_panel->isTesting());
        m_panel->form()->modelEdit()->setText(QStringLiteral("another"));
        QVERIFY(!m_panel->isTesting());
        QVERIFY(m_panel->connectionStatus().isEmpty());

        QTest::mouseClick(m_panel->testButton(), Qt::LeftButton);
        QVERIFY(m_panel->isTesting());
        QVERIFY(m_panel->selectProfile(QStringLiteral("Ollama")));
        QVERIFY(!m_panel->isTesting());
        QCOMPARE(m_panel->form()->nameEdit()->text(), QStringLiteral("Ollama"));

        // Stopped by hand, and dropped with the panel.
        QVERIFY(m_panel->selectProfile(QStringLiteral("Custom endpoint")));
        QTest::mouseClick(m_panel->testButton(), Qt::LeftButton);
        QTest::mouseClick(m_panel->testButton(), Qt::LeftButton);
        QVERIFY(!m_panel->isTesting());
        QCOMPARE(m_panel->connectionStatus(), QStringLiteral("The test was stopped."));
        QTest::mouseClick(m_panel->testButton(), Qt::LeftButton);
        QVERIFY(m_panel->isTesting());
        m_panel.reset();
    }

    void signInWaitsForASavedProfile()
    {
        const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        addOAuthProfile(nowhere.resolved(QUrl(QStringLiteral("/authorize"))),
                        nowhere.resolved(QUrl(QStringLiteral("/token"))),
                        nowhere.toString() + QStringLiteral("/v1"), false);
        OAuth2SignIn *signIn = m_panel->signIn();
        QVERIFY(signIn->isVisible());
        QVERIFY(!signIn->signInButton()->isEnabled());
        QCOMPARE(signIn->statusText(), QStringLiteral("Save the profile to sign in."));
        QVERIFY(m_panel->save());
        QVERIFY(signIn->signInButton()->isEnabled());
        QCOMPARE(signIn->statusText(), QStringLiteral("Not signed in."));
        QVERIFY(!signIn->signOutButton()->isVisible());
        QCOMPARE(m_panel->profileList()->topLevelItem(0)->text(3),
                 QStringLiteral("OAuth2 (not signed in)"));

        // Unsaved edits would sign in with settings that are not kept.
        m_panel->form()->modelEdit()->setText(QStringLiteral("another-model"));
        QVERIFY(!signIn->signInButton()->isEnabled());
        QCOMPARE(signIn->statusText(), QStringLiteral("Save the changes to sign in."));
        m_panel->revert();
        QVERIFY(signIn->signInButton()->isEnabled());

        // No token, nothing to test with.
        QTest::mouseClick(m_panel->testButton(), Qt::LeftButton);
        QVERIFY(!m_panel->isTesting());
        QCOMPARE(m_panel->connectionStatus(),
                 QStringLiteral("Mock OAuth is not signed in: sign in first, then test the "
                                "connection."));
    }

    void signsInAndOutAgainstARealServer()
    {
        OAuth2MockServer oauth;
        startOAuthServer(oauth);
        ChatServer chat;
        QVERIFY(chat.listen());
        addOAuthProfile(oauth.url(QStringLiteral("/authorize")),
                        oauth.url(QStringLiteral("/token")), chat.baseUrl());
        actAsBrowser(m_panel.get());
        OAuth2SignIn *signIn = m_panel->signIn();

        QTest::mouseClick(signIn->signInButton(), Qt::LeftButton);
        QCOMPARE(signIn->statusText(), QStringLiteral("Waiting for the browser\u2026"));
        QVERIFY(signIn->cancelButton()->isVisible());
        QVERIFY(!signIn->signInButton()->isEnabled());
        QTRY_VERIFY2_WITH_TIMEOUT(!signIn->isSigningIn(), qPrintable(signIn->statusText()), 15'000);
        QVERIFY2(QRegularExpression(QStringLiteral("^Signed in \\(expires (.+ )?\\d\\d:\\d\\d\\)$"))
                         .match(signIn->statusText())
                         .hasMatch(),
                 qPrintable(signIn->statusText()));
        QCOMPARE(signIn->statusLabel()->palette().color(QPalette::WindowText).name(),
                 QStringLiteral("#1e7d32"));
        QVERIFY(signIn->signOutButton()->isVisible());
        QVERIFY(!signIn->cancelButton()->isVisible());
        QCOMPARE(m_browsed.size(), 1);
        QCOMPARE(m_browsed.first().path(), QStringLiteral("/authorize"));
        QCOMPARE(m_panel->profileList()->topLevelItem(0)->text(3),
                 QStringLiteral("OAuth2 (signed in)"));
        const QList<QJsonObject> exchanges = oauth.requests(QStringLiteral("/token"));
        QCOMPARE(exchanges.size(), 1);
        QCOMPARE(exchanges.first().value(QLatin1String("status")).toInt(), 200);

        // The tokens are in the SecretStore, nowhere in the settings.
        const QString key = OAuth2Session::tokensKey(QStringLiteral("mock-oauth"));
        const QString accessToken
                = QJsonDocument::fromJson(m_secrets->secret(key).value_or(QString()).toUtf8())
                          .object()
                          .value(QLatin1String("access_token"))
                          .toString();
        QVERIFY(!accessToken.isEmpty());
        QCOMPARE(signIn->accessToken(), accessToken);
        QVERIFY(!settingsFileBytes().contains(accessToken.toUtf8()));

        // Test Connection signs its request with the access token.
        QTest::mouseClick(m_panel->testButton(), Qt::LeftButton);
        QTRY_VERIFY2(m_panel->connectionStatus().startsWith(QStringLiteral("Connected: ")),
                     qPrintable(m_panel->connectionStatus()));
        QCOMPARE(chat.requests.size(), 1);
        QVERIFY(chat.requests.front().contains("Authorization: Bearer " + accessToken.toUtf8()));

        // Another window reads the sign-in from the store.
        {
            auto other = newPanel();
            QCOMPARE(other->profileList()->topLevelItem(0)->text(3),
                     QStringLiteral("OAuth2 (signed in)"));
            QTRY_VERIFY(other->signIn()->isSignedIn());
        }

        QTest::mouseClick(signIn->signOutButton(), Qt::LeftButton);
        QVERIFY(!signIn->isSignedIn());
        QCOMPARE(signIn->statusText(), QStringLiteral("Not signed in."));
        QVERIFY(!signIn->signOutButton()->isVisible());
        QVERIFY(signIn->signInButton()->isEnabled());
        QCOMPARE(m_panel->profileList()->topLevelItem(0)->text(3),
                 QStringLiteral("OAuth2 (not signed in)"));
        QVERIFY(!m_secrets->hasSecret(key));
    }

    void wrongTokenUrlShowsTheFailure()
    {
        OAuth2MockServer oauth;
        startOAuthServer(oauth);
        const QString tokenUrl = QStringLiteral("http://127.0.0.1:%1/token").arg(closedPort());
        addOAuthProfile(oauth.url(QStringLiteral("/authorize")), QUrl(tokenUrl),
                        QStringLiteral("http://127.0.0.1:9/v1"));
        actAsBrowser(m_panel.get());
        OAuth2SignIn *signIn = m_panel->signIn();
        QTest::mouseClick(signIn->signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!signIn->isSigningIn(), 15'000);
        const QString status = signIn->statusText();
        QVERIFY2(status.startsWith(QStringLiteral("Sign-in failed: could not reach the token "
                                                  "endpoint ")
                                   + tokenUrl),
                 qPrintable(status));
        QCOMPARE(signIn->statusLabel()->palette().color(QPalette::WindowText).name(),
                 QStringLiteral("#c02020"));
        QVERIFY(signIn->signInButton()->isEnabled());
        QVERIFY(!signIn->signOutButton()->isVisible());
        QCOMPARE(m_panel->profileList()->topLevelItem(0)->text(3),
                 QStringLiteral("OAuth2 (not signed in)"));
        QVERIFY(!m_secrets->hasSecret(OAuth2Session::tokensKey(QStringLiteral("mock-oauth"))));
    }

    void signInCanBeCancelled()
    {
        const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        addOAuthProfile(nowhere.resolved(QUrl(QStringLiteral("/authorize"))),
                        nowhere.resolved(QUrl(QStringLiteral("/token"))),
                        nowhere.toString() + QStringLiteral("/v1"));
        OAuth2SignIn *signIn = m_panel->signIn();
        QList<QUrl> opened;
        bool browserStarts = true;
        m_panel->setBrowserOpener([&](const QUrl &url) {
            opened << url;
            return browserStarts;
        });
        QTest::mouseClick(signIn->signInButton(), Qt::LeftButton);
        QVERIFY(signIn->isSigningIn());
        QCOMPARE(opened.size(), 1);
        QTest::mouseClick(signIn->cancelButton(), Qt::LeftButton);
        QVERIFY(!signIn->isSigningIn());
        QCOMPARE(signIn->statusText(), QStringLiteral("The sign-in was cancelled."));
        QVERIFY(signIn->signInButton()->isEnabled());

        // With no browser, the address is there to open by hand.
        browserStarts = false;
        QTest::mouseClick(signIn->signInButton(), Qt::LeftButton);
        QVERIFY(signIn->isSigningIn());
        QVERIFY2(signIn->statusText().startsWith(
                         QStringLiteral("Waiting for the browser\u2026 No browser could be "
                                        "started: open ")
                         + opened.last().toString()),
                 qPrintable(signIn->statusText()));
        // Leaving the profile abandons the sign-in.
        addPreset("ollama");
        QVERIFY(!signIn->isSigningIn());
    }

    void removingAProfileForgetsItsTokens()
    {
        const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        addOAuthProfile(nowhere.resolved(QUrl(QStringLiteral("/authorize"))),
                        nowhere.resolved(QUrl(QStringLiteral("/token"))),
                        nowhere.toString() + QStringLiteral("/v1"));
        const QString key = OAuth2Session::tokensKey(QStringLiteral("mock-oauth"));
        m_secrets->setSecret(key,
                             QStringLiteral(R"({"access_token":"at-1","refresh_token":"rt-1"})"));
        auto other = newPanel();
        QCOMPARE(other->profileList()->topLevelItem(0)->text(3),
                 QStringLiteral("OAuth2 (signed in)"));
        QTRY_COMPARE(other->signIn()->statusText(), QStringLiteral("Signed in"));
        m_panel.reset();

        // Other sign-in settings: the tokens were for another client.
        other->form()
                ->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))
                ->setText(QStringLiteral("another-client"));
        QVERIFY(other->save());
        QVERIFY(!m_secrets->hasSecret(key));
        QCOMPARE(other->profileList()->topLevelItem(0)->text(3),
                 QStringLiteral("OAuth2 (not signed in)"));

        m_secrets->setSecret(key, QStringLiteral(R"({"access_token":"at-2"})"));
        QVERIFY(other->removeProfile());
        QVERIFY(!m_secrets->hasSecret(key));
    }

private:
    void startOAuthServer(OAuth2MockServer &server)
    {
        if (const QString missing = OAuth2MockServer::missingPrerequisite(); !missing.isEmpty())
            QFAIL(qPrintable(missing));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
    }

    /// Adds an OAuth2 profile "Mock OAuth" (id mock-oauth) for the client callwright-test.
    void addOAuthProfile(const QUrl &authorize, const QUrl &token, const QString &baseUrl,
                         bool save = true)
    {
        addPreset("custom");
        EndpointForm *form = m_panel->form();
        form->nameEdit()->setText(QStringLiteral("Mock OAuth"));
        form->baseUrlEdit()->setText(baseUrl);
        form->modelEdit()->setText(QStringLiteral("served-model"));
        form->authBox()->setCurrentIndex(form->authBox()->findData(int(AuthKind::OAuth2)));
        const auto edit = [form](const char *name) {
            return form->findChild<QLineEdit *>(QLatin1String(name));
        };
        edit("authorizationUrlEdit")->setText(authorize.toString());
        edit("tokenUrlEdit")->setText(token.toString());
        edit("clientIdEdit")->setText(QStringLiteral("callwright-test"));
        edit("scopeEdit")->setText(QStringLiteral("openid models"));
        QVERIFY2(m_panel->problems().isEmpty(), qPrintable(m_panel->problems().join(u' ')));
        if (save)
            QVERIFY(m_panel->save());
    }

    /// The test is the browser: it fetches the sign-in page and follows its redirect to the
    /// panel's loopback redirect, as a user's browser would after they signed in.
    void actAsBrowser(EndpointsPanel *panel)
    {
        m_browsed.clear();
        panel->setBrowserOpener([this](const QUrl &url) {
            m_browsed << url;
            QNetworkReply *reply = m_network.get(QNetworkRequest(url));
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            return true;
        });
    }

    std::unique_ptr<EndpointsPanel> newPanel()
    {
        auto panel = std::make_unique<EndpointsPanel>();
        panel->setSecretStore(m_secrets.get());
        panel->setConfirmRemoval(false);
        panel->resize(1200, 800);
        panel->show();
        if (!QTest::qWaitForWindowExposed(panel.get()))
            qWarning("the panel was not shown");
        return panel;
    }

    void addPreset(const char *id)
    {
        auto *action = m_panel->addMenu()->findChild<QAction *>(QStringLiteral("addPreset_")
                                                                + QLatin1String(id));
        QVERIFY2(action, id);
        action->trigger();
    }

    QLabel *label(const char *name) const
    {
        return m_panel->findChild<QLabel *>(QLatin1String(name));
    }

    /// The panel's own settings file and the one of the profiles (shared with the CLI).
    static QByteArray settingsFileBytes()
    {
        QByteArray bytes;
        QSettings own;
        QSettings profiles(QStringLiteral("Callwright"), QStringLiteral("Callwright"));
        for (QSettings *settings : {&own, &profiles}) {
            settings->sync();
            QFile file(settings->fileName());
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<EndpointsPanel> m_panel;
    QNetworkAccessManager m_network;
    QList<QUrl> m_browsed;
};

QTEST_MAIN(tst_EndpointsPanel)
#include "tst_endpointspanel.moc"
