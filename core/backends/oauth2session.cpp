#include "oauth2session.h"

#include "secretstore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <functional>

namespace Callwright {

namespace {

namespace Key {
const QString accessToken = QStringLiteral("access_token");
const QString refreshToken = QStringLiteral("refresh_token");
const QString expiresIn = QStringLiteral("expires_in");
const QString expiresAt = QStringLiteral("expires_at");
const QString tokenType = QStringLiteral("token_type");
const QString error = QStringLiteral("error");
const QString errorDescription = QStringLiteral("error_description");
const QString code = QStringLiteral("code");
const QString state = QStringLiteral("state");
const QString scope = QStringLiteral("scope");
const QString redirectUri = QStringLiteral("redirect_uri");
const QString clientSecret = QStringLiteral("client_secret");
const QString codeChallenge = QStringLiteral("code_challenge");
const QString codeChallengeMethod = QStringLiteral("code_challenge_method");
const QString codeVerifier = QStringLiteral("code_verifier");
} // namespace Key

constexpr int TransferTimeoutMs = 30'000;

QString randomBase64Url(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return QString::fromLatin1(
            random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// What an OAuth2 error object says: "invalid_grant (the code has expired)".
QString describeError(const QVariantMap &object)
{
    QString text = object.value(Key::error).toString();
    const QString description = object.value(Key::errorDescription).toString();
    if (!description.isEmpty())
        text += QStringLiteral(" (%1)").arg(description);
    return text;
}

/// The form parameters QtNetworkAuth 6.4 puts in a request body without percent-encoding them
/// (a '+' in a secret would reach the server as a space) are replaced by encoded ones, which
/// it passes through as it does its own encoded values.
QVariant formValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

/// QtNetworkAuth's flow, with access to the status it otherwise leaves stuck after a failed
/// refresh ("Refresh Access Token is already in progress" forever).
class OAuth2Flow final : public QOAuth2AuthorizationCodeFlow
{
public:
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;
    void resetStatus() { setStatus(Status::NotAuthenticated); }
};

/// The loopback redirect, and the reader of token endpoint answers. QtNetworkAuth 6.4 only logs
/// a warning when the token endpoint fails (HTTP error, error object, no token) and never tells
/// the flow; this one says what went wrong.
class OAuth2ReplyHandler final : public QOAuthHttpServerReplyHandler
{
public:
    using QOAuthHttpServerReplyHandler::QOAuthHttpServerReplyHandler;

    std::function<void(const QString &reason)> onFailure;

    void networkReplyFinished(QNetworkReply *reply) override
    {
        const QString endpoint = reply->url().toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            fail(OAuth2Session::tr("could not reach the token endpoint %1: %2")
                         .arg(endpoint, reply->errorString()));
            return;
        }
        const QByteArray body = reply->readAll();
        QVariantMap answer;
        const QJsonDocument json = QJsonDocument::fromJson(body);
        if (json.isObject()) {
            answer = json.object().toVariantMap();
        } else if (reply->header(QNetworkRequest::ContentTypeHeader)
                           .toString()
                           .startsWith(QLatin1String("application/x-www-form-urlencoded"))) {
            const auto items = QUrlQuery(QString::fromUtf8(body)).queryItems(QUrl::FullyDecoded);
            for (const auto &[key, value] : items)
                answer.insert(key, value);
        }

        if (status >= 400 || reply->error() != QNetworkReply::NoError
            || answer.contains(Key::error)) {
            QString what = describeError(answer);
            // A plain-text body says something; an HTML error page does not read well here.
            const bool html = reply->header(QNetworkRequest::ContentTypeHeader)
                                      .toString()
                                      .startsWith(QLatin1String("text/html"))
                              || body.trimmed().startsWith('<');
            if (what.isEmpty() && !html)
                what = QString::fromUtf8(body.left(200)).simplified();
            if (what.isEmpty())
                what = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            if (what.isEmpty())
                what = reply->errorString();
            fail(OAuth2Session::tr("the token endpoint %1 answered %2: %3")
                         .arg(endpoint, QString::number(status), what));
            return;
        }
        if (answer.value(Key::accessToken).toString().isEmpty()) {
            fail(OAuth2Session::tr("the token endpoint %1 answered without an access token")
                         .arg(endpoint));
            return;
        }
        Q_EMIT tokensReceived(answer);
    }

private:
    void fail(const QString &reason)
    {
        if (onFailure)
            onFailure(reason);
    }
};

OAuth2Session::OAuth2Session(const QString &profileId, const OAuth2Settings &settings,
                             SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_profileId(profileId)
    , m_settings(settings)
    , m_store(store)
    , m_clientSecret(settings.clientSecret)
{
    auto *network = new QNetworkAccessManager(this);
    network->setTransferTimeout(TransferTimeoutMs);
    m_flow = new OAuth2Flow(network, this);
    m_flow->setClientIdentifier(m_settings.clientId);
    m_flow->setAuthorizationUrl(m_settings.authorizationUrl);
    m_flow->setAccessTokenUrl(m_settings.tokenUrl);
    m_flow->setScope(m_settings.scope);

    // The constructor starts listening; the port is only open while a sign-in waits.
    m_replyHandler = new OAuth2ReplyHandler(QHostAddress::LocalHost, 0, this);
    m_replyHandler->close();
    m_replyHandler->setCallbackPath(QStringLiteral("/callback"));
    m_replyHandler->setCallbackText(
            tr("Callwright has received the answer of the sign-in page. You can close this page "
               "and return to Callwright."));
    m_replyHandler->onFailure = [this](const QString &reason) {
        fail(reason);
    };
    m_flow->setReplyHandler(m_replyHandler);
    connect(m_replyHandler, &QAbstractOAuthReplyHandler::tokensReceived, this,
            &OAuth2Session::onTokens);
    connect(m_flow, &QAbstractOAuth2::authorizationCallbackReceived, this,
            &OAuth2Session::onCallback);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuth2Session::openBrowser);

    m_flow->setModifyParametersFunction(
            [this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
                switch (stage) {
                case QAbstractOAuth::Stage::RequestingAuthorization:
                    parameters->replace(Key::codeChallenge, m_codeChallenge);
                    parameters->replace(Key::codeChallengeMethod, QStringLiteral("S256"));
                    if (m_settings.scope.isEmpty())
                        parameters->remove(Key::scope);
                    break;
                case QAbstractOAuth::Stage::RequestingAccessToken:
                    parameters->replace(Key::codeVerifier, m_codeVerifier);
                    parameters->remove(Key::clientSecret);
                    if (!m_clientSecret.isEmpty())
                        parameters->replace(Key::clientSecret, formValue(m_clientSecret));
                    break;
                case QAbstractOAuth::Stage::RefreshingAccessToken:
                    // RFC 6749 §6 has no redirect_uri in a refresh, and the loopback port is
                    // closed.
                    parameters->remove(Key::redirectUri);
                    parameters->replace(Key::refreshToken, formValue(m_refreshToken));
                    parameters->remove(Key::clientSecret);
                    if (!m_clientSecret.isEmpty())
                        parameters->replace(Key::clientSecret, formValue(m_clientSecret));
                    break;
                case QAbstractOAuth::Stage::RequestingTemporaryCredentials:
                    break;
                }
            });

    if (m_store && m_clientSecret.isEmpty()) {
        m_store->readSecret(clientSecretKey(m_profileId), this,
                            [this](const std::optional<QString> &secret) {
                                if (secret && m_clientSecret.isEmpty())
                                    m_clientSecret = *secret;
                            });
    }
    loadStoredTokens();
}

OAuth2Session::~OAuth2Session()
{
    // The flow, its network manager and the reply handler are children, deleted after this
    // object's members: nothing they do on the way out may call back into it.
    m_replyHandler->onFailure = nullptr;
    m_flow->setModifyParametersFunction(nullptr);
    disconnect(m_flow, nullptr, this, nullptr);
    disconnect(m_replyHandler, nullptr, this, nullptr);
}

QString OAuth2Session::tokensKey(const QString &profileId)
{
    return QStringLiteral("endpoint/%1/oauth2-tokens").arg(profileId);
}

QString OAuth2Session::clientSecretKey(const QString &profileId)
{
    return QStringLiteral("endpoint/%1/oauth2-client-secret").arg(profileId);
}

QString OAuth2Session::generateCodeVerifier()
{
    return randomBase64Url(32);
}

QString OAuth2Session::codeChallengeFor(const QString &codeVerifier)
{
    const QByteArray digest
            = QCryptographicHash::hash(codeVerifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
            digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrl OAuth2Session::redirectUri() const
{
    if (m_operation != Operation::SigningIn || !m_replyHandler->isListening())
        return QUrl();
    return QUrl(m_replyHandler->callback());
}

void OAuth2Session::signIn()
{
    cancel();
    QString missing;
    if (!m_settings.authorizationUrl.isValid() || m_settings.authorizationUrl.isEmpty())
        missing = tr("an authorization URL");
    else if (!m_settings.tokenUrl.isValid() || m_settings.tokenUrl.isEmpty())
        missing = tr("a token URL");
    else if (m_settings.clientId.isEmpty())
        missing = tr("a client id");
    if (!missing.isEmpty()) {
        Q_EMIT failed(tr("the OAuth2 settings of %1 lack %2").arg(m_profileId, missing));
        return;
    }
    if (!m_replyHandler->listen(QHostAddress::LocalHost, m_settings.redirectPort)) {
        Q_EMIT failed(tr("could not listen on 127.0.0.1 port %1 for the sign-in redirect "
                         "(is another program using it?)")
                              .arg(m_settings.redirectPort));
        return;
    }
    m_operation = Operation::SigningIn;
    m_codeVerifier = generateCodeVerifier();
    m_codeChallenge = codeChallengeFor(m_codeVerifier);
    // QtNetworkAuth 6.4 makes one state per flow and reuses it for every sign-in.
    m_flow->setState(randomBase64Url(16));
    m_flow->grant(); // emits authorizeWithBrowser, hence openBrowser
}

void OAuth2Session::refresh()
{
    if (m_operation != Operation::None)
        return; // a sign-in waiting in the browser gets new tokens anyway
    if (m_refreshToken.isEmpty()) {
        Q_EMIT failed(tr("cannot renew the sign-in of %1: there is no refresh token; sign in "
                         "again")
                              .arg(m_profileId));
        return;
    }
    m_operation = Operation::Refreshing;
    m_flow->resetStatus();
    m_flow->setRefreshToken(m_refreshToken);
    m_flow->refreshAccessToken();
}

void OAuth2Session::signOut()
{
    cancel();
    const bool had = !m_accessToken.isEmpty() || !m_refreshToken.isEmpty();
    m_tokensTouched = true;
    m_accessToken.clear();
    m_refreshToken.clear();
    m_tokenType.clear();
    m_expiresAt = QDateTime();
    m_flow->setToken(QString());
    m_flow->setRefreshToken(QString());
    if (m_store)
        m_store->removeSecret(tokensKey(m_profileId));
    if (had)
        Q_EMIT tokensChanged();
}

void OAuth2Session::cancel()
{
    if (m_operation == Operation::None)
        return;
    finishOperation();
}

void OAuth2Session::finishOperation()
{
    m_operation = Operation::None;
    m_replyHandler->close();
    m_flow->resetStatus();
}

void OAuth2Session::fail(const QString &reason)
{
    if (m_operation == Operation::None)
        return; // an answer to something abandoned
    finishOperation();
    Q_EMIT failed(reason);
}

void OAuth2Session::onCallback(const QVariantMap &data)
{
    if (m_operation != Operation::SigningIn)
        return;
    if (data.contains(Key::error)) {
        fail(tr("the authorization server refused the sign-in: %1").arg(describeError(data)));
        return;
    }
    const QString state = QUrl::fromPercentEncoding(data.value(Key::state).toByteArray());
    if (state != m_flow->state()) {
        fail(tr("the sign-in redirect carried a state this sign-in did not send (a stale or "
                "forged redirect)"));
        return;
    }
    if (data.value(Key::code).toString().isEmpty()) {
        fail(tr("the authorization server redirected back without an authorization code"));
        return;
    }
    // The flow goes on by itself: it posts the code and the verifier to the token endpoint.
}

void OAuth2Session::onTokens(const QVariantMap &tokens)
{
    if (m_operation == Operation::None)
        return;
    const bool signingIn = m_operation == Operation::SigningIn;
    m_tokensTouched = true;
    m_accessToken = tokens.value(Key::accessToken).toString();
    // A refresh answer may leave out the refresh token: the old one stays valid then.
    const QString refreshToken = tokens.value(Key::refreshToken).toString();
    if (!refreshToken.isEmpty() || signingIn)
        m_refreshToken = refreshToken;
    m_tokenType = tokens.value(Key::tokenType).toString();
    bool ok = false;
    const qint64 expiresIn = tokens.value(Key::expiresIn).toLongLong(&ok);
    m_expiresAt = ok && expiresIn > 0 ? QDateTime::currentDateTimeUtc().addSecs(expiresIn)
                                      : QDateTime();
    finishOperation();
    saveTokens();
    Q_EMIT tokensChanged();
    if (signingIn)
        Q_EMIT signedIn();
}

void OAuth2Session::loadStoredTokens()
{
    if (!m_store)
        return;
    m_store->readSecret(tokensKey(m_profileId), this, [this](const std::optional<QString> &json) {
        if (json && !m_tokensTouched)
            applyStoredTokens(*json);
    });
}

void OAuth2Session::applyStoredTokens(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    m_accessToken = object.value(Key::accessToken).toString();
    m_refreshToken = object.value(Key::refreshToken).toString();
    m_tokenType = object.value(Key::tokenType).toString();
    m_expiresAt = QDateTime::fromString(object.value(Key::expiresAt).toString(), Qt::ISODate);
    m_flow->setToken(m_accessToken);
    m_flow->setRefreshToken(m_refreshToken);
    Q_EMIT tokensChanged();
}

void OAuth2Session::saveTokens()
{
    if (!m_store)
        return;
    QJsonObject object{{Key::accessToken, m_accessToken},
                       {Key::refreshToken, m_refreshToken},
                       {Key::tokenType, m_tokenType}};
    if (m_expiresAt.isValid())
        object.insert(Key::expiresAt, m_expiresAt.toString(Qt::ISODateWithMs));
    m_store->setSecret(tokensKey(m_profileId),
                       QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace Callwright
