#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace Callwright {

class SecretStore;
class OAuth2Flow;
class OAuth2ReplyHandler;

/// Where and as whom an endpoint profile signs in with OAuth2.
struct OAuth2Settings
{
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QString clientId;
    /// Optional, for confidential clients. Never saved with the profile's settings: it lives in
    /// the SecretStore under OAuth2Session::clientSecretKey(profile id), where the session
    /// looks for it when this is empty.
    QString clientSecret;
    QString scope;            ///< space-separated; empty: the server's default
    quint16 redirectPort = 0; ///< port of the loopback redirect on 127.0.0.1; 0: any free one
};

/// Signs an endpoint profile in with the OAuth2 authorization code flow and PKCE (RFC 7636,
/// S256): the browser shows the provider's page and comes back to a loopback redirect on
/// 127.0.0.1 (RFC 8252). The tokens are kept in a SecretStore under tokensKey(profile id) and
/// loaded from it on construction. Built on QtNetworkAuth 6.4, which has no PKCE of its own
/// (that arrived in 6.8): the parameters go in through its parameter-modifier hook.
///
/// Lives in the thread that owns the SecretStore (the main thread).
class OAuth2Session final : public QObject
{
    Q_OBJECT

public:
    OAuth2Session(const QString &profileId, const OAuth2Settings &settings, SecretStore *store,
                  QObject *parent = nullptr);
    ~OAuth2Session() override;

    /// The SecretStore key of the profile's tokens (one JSON object) and of its client secret.
    static QString tokensKey(const QString &profileId);
    static QString clientSecretKey(const QString &profileId);

    /// A PKCE code_verifier: 32 random bytes, base64url without padding (43 characters).
    static QString generateCodeVerifier();
    /// The S256 code_challenge of a verifier: base64url(SHA-256(verifier)) without padding.
    static QString codeChallengeFor(const QString &codeVerifier);

    QString profileId() const { return m_profileId; }

    /// Starts signing in: emits openBrowser() with the provider's authorization page, then,
    /// once the browser comes back to the loopback redirect and the code has been exchanged,
    /// signedIn() and tokensChanged(), or failed(). A sign-in already waiting is abandoned.
    void signIn();
    /// Gets a new access token with the refresh token; tokensChanged() or failed(). Does
    /// nothing while a sign-in or another refresh is in flight.
    void refresh();
    /// Forgets the tokens here and in the SecretStore, and abandons a sign-in or refresh.
    void signOut();
    /// Abandons a sign-in or refresh in flight without a signal; the tokens stay.
    void cancel();

    bool isSignedIn() const { return !m_accessToken.isEmpty(); }
    /// A sign-in or refresh is in flight.
    bool isBusy() const { return m_operation != Operation::None; }
    QString accessToken() const { return m_accessToken; }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    /// When the access token expires (UTC); invalid when the server did not say.
    QDateTime expiresAt() const { return m_expiresAt; }

    /// The PKCE pair of the last signIn(), for tests and diagnostics.
    QString codeVerifier() const { return m_codeVerifier; }
    QString codeChallenge() const { return m_codeChallenge; }
    /// The loopback redirect URI of the sign-in in flight; empty otherwise.
    QUrl redirectUri() const;

Q_SIGNALS:
    /// Show this URL in the system browser (QDesktopServices::openUrl).
    void openBrowser(const QUrl &url);
    void signedIn();
    void failed(const QString &reason);
    /// The access token, refresh token or expiry changed (signed in, refreshed, signed out or
    /// loaded from the SecretStore).
    void tokensChanged();

private:
    enum class Operation { None, SigningIn, Refreshing };

    void loadStoredTokens();
    void applyStoredTokens(const QString &json);
    void saveTokens();
    void onCallback(const QVariantMap &data);
    void onTokens(const QVariantMap &tokens);
    void fail(const QString &reason);
    void finishOperation();

    QString m_profileId;
    OAuth2Settings m_settings;
    QPointer<SecretStore> m_store;
    OAuth2Flow *m_flow = nullptr;
    OAuth2ReplyHandler *m_replyHandler = nullptr;
    Operation m_operation = Operation::None;

    QString m_accessToken;
    QString m_refreshToken;
    QDateTime m_expiresAt;
    QString m_tokenType;
    QString m_codeVerifier;
    QString m_codeChallenge;
    QString m_clientSecret;
    bool m_tokensTouched = false; ///< set once tokens came from anywhere but the store
};

} // namespace Callwright
