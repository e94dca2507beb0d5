// OAuth2Session against a real OAuth2 server: oauth2-mock-server from tests/peers, started with
// node through oauth2server.mjs, which logs every request it answers. The test plays the
// browser: it fetches the authorization URL and follows the redirects to the loopback handler.
#include "backends/oauth2session.h"
#include "backends/secretstore.h"
#include "oauth2mockserver.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace Callwright;

namespace {

/// RFC 7636's S256, computed here rather than with the code under test.
QString s256(const QString &verifier)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString queryValue(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

class TestOAuth2Session : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (const QString missing = TestSupport::OAuth2MockServer::missingPrerequisite();
            !missing.isEmpty())
            QFAIL(qPrintable(missing));
        m_server = std::make_unique<TestSupport::OAuth2MockServer>();
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_store = std::make_unique<SecretStore>(SecretStore::Mode::SessionOnly);
        m_browsed.clear();
    }

    void cleanup()
    {
        m_server.reset(); // stops the server
        m_store.reset();
    }

    void signsInWithPkce()
    {
        OAuth2Session session(QStringLiteral("p1"), settings(), m_store.get());
        QVERIFY(!session.isSignedIn());
        QSignalSpy signedIn(&session, &OAuth2Session::signedIn);
        QSignalSpy failed(&session, &OAuth2Session::failed);
        QSignalSpy tokensChanged(&session, &OAuth2Session::tokensChanged);
        actAsBrowser(session);

        session.signIn();
        QVERIFY(session.isBusy());
        const QUrl redirect = session.redirectUri();
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count() + failed.count(), 1, 15'000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(tokensChanged.count(), 1);
        QVERIFY(!session.isBusy());

        // What the browser was sent to: the PKCE challenge of a well-formed verifier.
        QCOMPARE(m_browsed.size(), 1);
        const QUrl authorize = m_browsed.first();
        const QString verifier = session.codeVerifier();
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"))
                         .match(verifier)
                         .hasMatch(),
                 qPrintable(verifier));
        QCOMPARE(queryValue(authorize, QStringLiteral("code_challenge")), s256(verifier));
        QCOMPARE(queryValue(authorize, QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QCOMPARE(queryValue(authorize, QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(queryValue(authorize, QStringLiteral("client_id")),
                 QStringLiteral("callwright-test"));
        QCOMPARE(queryValue(authorize, QStringLiteral("scope")), QStringLiteral("openid models"));
        QCOMPARE(QUrl(queryValue(authorize, QStringLiteral("redirect_uri"))), redirect);

        // What the server received: the challenge, then a verifier whose S256 equals it.
        const QList<QJsonObject> authorizeRequests
                = m_server->requests(QStringLiteral("/authorize"));
        QCOMPARE(authorizeRequests.size(), 1);
        const QJsonObject query
                = authorizeRequests.first().value(QLatin1String("query")).toObject();
        const QString challenge = query.value(QLatin1String("code_challenge")).toString();
        QCOMPARE(query.value(QLatin1String("code_challenge_method")).toString(),
                 QStringLiteral("S256"));
        QTRY_COMPARE(m_server->requests(QStringLiteral("/token")).size(), 1);
        const QJsonObject token = m_server->requests(QStringLiteral("/token")).first();
        QCOMPARE(token.value(QLatin1String("status")).toInt(), 200);
        const QJsonObject body = token.value(QLatin1String("body")).toObject();
        QCOMPARE(body.value(QLatin1String("grant_type")).toString(),
                 QStringLiteral("authorization_code"));
        const QString sentVerifier = body.value(QLatin1String("code_verifier")).toString();
        QVERIFY(!sentVerifier.isEmpty());
        QCOMPARE(s256(sentVerifier), challenge);
        QCOMPARE(sentVerifier, verifier);
        QCOMPARE(QUrl(body.value(QLatin1String("redirect_uri")).toString()), redirect);
        QVERIFY(!body.contains(QLatin1String("client_secret"))); // a public client

        // The browser landed on the loopback page.
        QTRY_VERIFY(m_lastPage.contains("return to Callwright"));
        QCOMPARE(m_lastPageUrl.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_lastPageUrl.port(), redirect.port());
        QVERIFY(session.redirectUri().isEmpty()); // the loopback port is closed again

        QVERIFY(session.isSignedIn());
        QCOMPARE(session.accessToken().count(QLatin1Char('.')), 2); // a JWT
        QVERIFY(session.hasRefreshToken());
        const qint64 expiresIn = QDateTime::currentDateTimeUtc().secsTo(session.expiresAt());
        QVERIFY2(expiresIn > 3500 && expiresIn <= 3600, qPrintable(QString::number(expiresIn)));

        // Kept in the store, and another session of the profile starts signed in.
        const std::optional<QString> stored
                = m_store->secret(OAuth2Session::tokensKey(QStringLiteral("p1")));
        QVERIFY(stored);
        QVERIFY(stored->contains(session.accessToken()));
        OAuth2Session again(QStringLiteral("p1"), settings(), m_store.get());
        QVERIFY(again.isSignedIn());
        QCOMPARE(again.accessToken(), session.accessToken());
        QCOMPARE(again.expiresAt(), session.expiresAt());
        QVERIFY(!OAuth2Session(QStringLiteral("p2"), settings(), m_store.get()).isSignedIn());
    }

    void signsInAgainWithFreshPkce()
    {
        OAuth2Session session(QStringLiteral("p1"), settings(), m_store.get());
        actAsBrowser(session);
        QVERIFY(signIn(session));
        const QString firstToken = session.accessToken();
        const QString firstVerifier = session.codeVerifier();
        const QString firstState = queryValue(m_browsed.last(), QStringLiteral("state"));

        QVERIFY(signIn(session)); // QtNetworkAuth 6.4 would stall here: its status stays Granted
        QVERIFY(session.accessToken() != firstToken);
        QVERIFY(session.codeVerifier() != firstVerifier);
        QVERIFY(queryValue(m_browsed.last(), QStringLiteral("state")) != firstState);
        QTRY_COMPARE(m_server->requests(QStringLiteral("/token")).size(), 2);
        const QJsonObject body = m_server->requests(QStringLiteral("/token"))
                                         .last()[QLatin1String("body")]
                                         .toObject();
        QCOMPARE(body.value(QLatin1String("code_verifier")).toString(), session.codeVerifier());
    }

    void refreshGivesNewToken()
    {
        OAuth2Session session(QStringLiteral("p1"), settings(), m_store.get());
        actAsBrowser(session);
        QVERIFY(signIn(session));
        const QString oldToken = session.accessToken();
        QSignalSpy signedIn(&session, &OAuth2Session::signedIn);
        QSignalSpy failed(&session, &OAuth2Session::failed);
        QSignalSpy tokensChanged(&session, &OAuth2Session::tokensChanged);
        const QString oldRefresh = storedTokens().value(QLatin1String("refresh_token")).toString();
        QVERIFY(!oldRefresh.isEmpty());

        session.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(tokensChanged.count() + failed.count(), 1, 10'000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(session.isSignedIn());
        QVERIFY(session.accessToken() != oldToken);
        QVERIFY(m_store->secret(OAuth2Session::tokensKey(QStringLiteral("p1")))
                        ->contains(session.accessToken()));

        QTRY_COMPARE(m_server->requests(QStringLiteral("/token")).size(), 2);
        const QJsonObject refresh = m_server->requests(QStringLiteral("/token")).last();
        QCOMPARE(refresh.value(QLatin1String("status")).toInt(), 200);
        const QJsonObject body = refresh.value(QLatin1String("body")).toObject();
        QCOMPARE(body.value(QLatin1String("grant_type")).toString(),
                 QStringLiteral("refresh_token"));
        QCOMPARE(body.value(QLatin1String("refresh_token")).toString(), oldRefresh);
        QVERIFY(!body.contains(QLatin1String("redirect_uri")));
        QVERIFY(!body.contains(QLatin1String("client_secret"))); // not even an empty one
        QVERIFY(!body.contains(QLatin1String("code_verifier")));

        // Refreshing works again, with the refresh token of the last answer.
        const QString secondToken = session.accessToken();
        const QString secondRefresh
                = storedTokens().value(QLatin1String("refresh_token")).toString();
        QVERIFY(secondRefresh != oldRefresh);
        session.refresh();
        QTRY_COMPARE(tokensChanged.count(), 2);
        QVERIFY(session.accessToken() != secondToken);
        QTRY_COMPARE(m_server->requests(QStringLiteral("/token")).size(), 3);
        QCOMPARE(m_server->requests(QStringLiteral("/token"))[2][QLatin1String("body")]
                         .toObject()[QLatin1String("refresh_token")]
                         .toString(),
                 secondRefresh);
    }

    void signOutForgetsTokens()
    {
        OAuth2Session session(QStringLiteral("p1"), settings(), m_store.get());
        actAsBrowser(session);
        QVERIFY(signIn(session));
        QVERIFY(m_store->hasSecret(OAuth2Session::tokensKey(QStringLiteral("p1"))));
        QSignalSpy tokensChanged(&session, &OAuth2Session::tokensChanged);

        session.signOut();
        QCOMPARE(tokensChanged.count(), 1);
        QVERIFY(!session.isSignedIn());
        QVERIFY(session.accessToken().isEmpty());
        QVERIFY(!session.hasRefreshToken());
        QVERIFY(!session.expiresAt().isValid());
        QVERIFY(!m_store->hasSecret(OAuth2Session::tokensKey(QStringLiteral("p1"))));
        QVERIFY(!OAuth2Session(QStringLiteral("p1"), settings(), m_store.get()).isSignedIn());

        QSignalSpy failed(&session, &OAuth2Session::failed);
        session.refresh();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("no refresh token")),
                 qPrintable(failed.first().first().toString()));
    }

    void confidentialClientSecretComesFromTheStore()
    {
        // Characters a form body must encode; QtNetworkAuth 6.4 leaves them raw.
        const QString secret = QStringLiteral("s3cr+t&x=1%2 y");
        m_store->setSecret(OAuth2Session::clientSecretKey(QStringLiteral("conf")), secret);
        OAuth2Session session(QStringLiteral("conf"), settings(), m_store.get());
        actAsBrowser(session);
        QVERIFY(signIn(session));
        session.refresh();
        QTRY_COMPARE(m_server->requests(QStringLiteral("/token")).size(), 2);
        for (const QJsonObject &request : m_server->requests(QStringLiteral("/token"))) {
            QCOMPARE(request[QLatin1String("body")]
                             .toObject()[QLatin1String("client_secret")]
                             .toString(),
                     secret);
        }
        // Never in the browser's URL.
        QVERIFY(!QUrlQuery(m_browsed.first())
                         .toString(QUrl::FullyDecoded)
                         .contains(QLatin1String("s3cr")));
    }

    void wrongTokenUrlFailsClearly()
    {
        OAuth2Settings wrong = settings();
        wrong.tokenUrl = m_server->url(QStringLiteral("/no-such-token"));
        OAuth2Session session(QStringLiteral("p1"), wrong, m_store.get());
        actAsBrowser(session);
        QSignalSpy signedIn(&session, &OAuth2Session::signedIn);
        QSignalSpy failed(&session, &OAuth2Session::failed);
        session.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15'000);
        const QString reason = failed.first().first().toString();
        QCOMPARE(reason, QStringLiteral("the token endpoint %1 answered 404: Not Found")
                                 .arg(wrong.tokenUrl.toString()));
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(!session.isSignedIn());
        QVERIFY(!session.isBusy());
        QVERIFY(!m_store->hasSecret(OAuth2Session::tokensKey(QStringLiteral("p1"))));
    }

    void unreachableTokenEndpointFailsClearly()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        OAuth2Settings wrong = settings();
        wrong.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(port));
        OAuth2Session session(QStringLiteral("p1"), wrong, m_store.get());
        actAsBrowser(session);
        QSignalSpy failed(&session, &OAuth2Session::failed);
        session.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15'000);
        const QString reason = failed.first().first().toString();
        QVERIFY2(reason.startsWith(QStringLiteral("could not reach the token endpoint "
                                                  "http://127.0.0.1:%1/token: ")
                                           .arg(port)),
                 qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("refused")), qPrintable(reason));
    }

    void refusedRefreshFailsClearlyAndCanBeRetried()
    {
        // Tokens saved earlier, whose refresh token the server has revoked since.
        m_store->setSecret(OAuth2Session::tokensKey(QStringLiteral("old")),
                           QStringLiteral(R"({"access_token":"expired-token",)"
                                          R"("refresh_token":"revoked",)"
                                          R"("expires_at":"2020-01-01T00:00:00.000Z"})"));
        OAuth2Session session(QStringLiteral("old"), settings(), m_store.get());
        QVERIFY(session.isSignedIn());
        QCOMPARE(session.expiresAt(), QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
        QSignalSpy failed(&session, &OAuth2Session::failed);
        session.refresh();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(),
                 QStringLiteral("the token endpoint %1 answered 400: invalid_grant (the refresh "
                                "token was revoked)")
                         .arg(m_server->url(QStringLiteral("/token")).toString()));
        QVERIFY(!session.isBusy());
        QCOMPARE(session.accessToken(), QStringLiteral("expired-token"));

        // Not stuck "in progress" as QtNetworkAuth 6.4 leaves itself after a failed refresh.
        session.refresh();
        QTRY_COMPARE(failed.count(), 2);
        QTRY_COMPARE(m_server->requests(QStringLiteral("/token")).size(), 2);
    }

    void refusedSignInFailsClearly()
    {
        OAuth2Session session(QStringLiteral("p1"), settings(), m_store.get());
        QSignalSpy failed(&session, &OAuth2Session::failed);
        // The user says no on the provider's page: it redirects back with an error.
        connect(&session, &OAuth2Session::openBrowser, this, [&](const QUrl &url) {
            QUrl back = session.redirectUri();
            back.setQuery(QStringLiteral("error=access_denied&error_description=The%20user%20"
                                         "declined&state=")
                          + queryValue(url, QStringLiteral("state")));
            browse(back);
        });
        session.signIn();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(),
                 QStringLiteral("the authorization server refused the sign-in: access_denied "
                                "(The user declined)"));
        QVERIFY(!session.isBusy());
        QVERIFY(m_server->requests(QStringLiteral("/token")).isEmpty());
    }

    void forgedRedirectIsRefused()
    {
        OAuth2Session session(QStringLiteral("p1"), settings(), m_store.get());
        QSignalSpy failed(&session, &OAuth2Session::failed);
        QSignalSpy signedIn(&session, &OAuth2Session::signedIn);
        connect(&session, &OAuth2Session::openBrowser, this, [&](const QUrl &) {
            QUrl back = session.redirectUri();
            back.setQuery(QStringLiteral("code=stolen&state=not-the-one-sent"));
            browse(back);
        });
        session.signIn();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("state")),
                 qPrintable(failed.first().first().toString()));
        QTest::qWait(200);
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(m_server->requests(QStringLiteral("/token")).isEmpty());
    }

    void incompleteSettingsFailAtOnce()
    {
        OAuth2Settings incomplete = settings();
        incomplete.clientId.clear();
        OAuth2Session session(QStringLiteral("p1"), incomplete, m_store.get());
        QSignalSpy failed(&session, &OAuth2Session::failed);
        QSignalSpy openBrowser(&session, &OAuth2Session::openBrowser);
        session.signIn();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(),
                 QStringLiteral("the OAuth2 settings of p1 lack a client id"));
        QCOMPARE(openBrowser.count(), 0);
    }

    // The server really checks PKCE, so a sign-in that succeeds above proves the pair matched.
    void serverRefusesAMismatchedVerifier()
    {
        const QString verifier = OAuth2Session::generateCodeVerifier();
        QCOMPARE(OAuth2Session::codeChallengeFor(verifier), s256(verifier));
        // RFC 7636 appendix B.
        QCOMPARE(OAuth2Session::codeChallengeFor(
                         QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));

        for (const bool matching : {false, true}) {
            QUrl authorize = m_server->url(QStringLiteral("/authorize"));
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
            query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("callwright-test"));
            query.addQueryItem(QStringLiteral("redirect_uri"),
                               QStringLiteral("http://127.0.0.1:9/callback"));
            query.addQueryItem(QStringLiteral("state"), QStringLiteral("s"));
            query.addQueryItem(QStringLiteral("code_challenge"), s256(verifier));
            query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            authorize.setQuery(query);
            QNetworkRequest request(authorize);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::ManualRedirectPolicy);
            std::unique_ptr<QNetworkReply> redirect(m_network.get(request));
            QTRY_VERIFY(redirect->isFinished());
            const QUrl back = redirect->header(QNetworkRequest::LocationHeader).toUrl();
            const QString code = queryValue(back, QStringLiteral("code"));
            QVERIFY2(!code.isEmpty(), qPrintable(back.toString()));

            QUrlQuery form;
            form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
            form.addQueryItem(QStringLiteral("code"), code);
            form.addQueryItem(QStringLiteral("redirect_uri"),
                              QStringLiteral("http://127.0.0.1:9/callback"));
            form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("callwright-test"));
            form.addQueryItem(QStringLiteral("code_verifier"),
                              matching ? verifier : OAuth2Session::generateCodeVerifier());
            QNetworkRequest post(m_server->url(QStringLiteral("/token")));
            post.setHeader(QNetworkRequest::ContentTypeHeader,
                           QStringLiteral("application/x-www-form-urlencoded"));
            std::unique_ptr<QNetworkReply> reply(
                    m_network.post(post, form.toString(QUrl::FullyEncoded).toLatin1()));
            QTRY_VERIFY(reply->isFinished());
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            if (matching) {
                QCOMPARE(status, 200);
                QVERIFY(answer.contains(QLatin1String("access_token")));
            } else {
                QCOMPARE(status, 400);
                QCOMPARE(answer.value(QLatin1String("error_description")).toString(),
                         QStringLiteral("code_verifier provided does not match code_challenge"));
            }
        }
    }

private:
    OAuth2Settings settings() const
    {
        OAuth2Settings s;
        s.authorizationUrl = m_server->url(QStringLiteral("/authorize"));
        s.tokenUrl = m_server->url(QStringLiteral("/token"));
        s.clientId = QStringLiteral("callwright-test");
        s.scope = QStringLiteral("openid models");
        return s;
    }

    QJsonObject storedTokens() const
    {
        const auto json = m_store->secret(OAuth2Session::tokensKey(QStringLiteral("p1")));
        return json ? QJsonDocument::fromJson(json->toUtf8()).object() : QJsonObject();
    }

    /// Fetches the URL as a browser would, following redirects, and keeps the last page.
    void browse(const QUrl &url)
    {
        QNetworkReply *reply = m_network.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            m_lastPage = reply->readAll();
            m_lastPageUrl = reply->url();
            reply->deleteLater();
        });
    }

    void actAsBrowser(OAuth2Session &session)
    {
        connect(&session, &OAuth2Session::openBrowser, this, [this](const QUrl &url) {
            m_browsed << url;
            browse(url);
        });
    }

    bool signIn(OAuth2Session &session)
    {
        QSignalSpy signedIn(&session, &OAuth2Session::signedIn);
        QSignalSpy failed(&session, &OAuth2Session::failed);
        session.signIn();
        if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 15'000))
            qWarning("sign-in timed out");
        if (!failed.isEmpty())
            qWarning("sign-in failed: %s", qPrintable(failed.first().first().toString()));
        return signedIn.count() == 1 && failed.isEmpty();
    }

    std::unique_ptr<TestSupport::OAuth2MockServer> m_server;
    std::unique_ptr<SecretStore> m_store;
    QNetworkAccessManager m_network;
    QList<QUrl> m_browsed;
    QByteArray m_lastPage;
    QUrl m_lastPageUrl;
};

QTEST_GUILESS_MAIN(TestOAuth2Session)
#include "tst_oauth2session.moc"
