#pragma once

#include "backends/endpointprofile.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace Callwright {

class OAuth2Session;
class SecretStore;

/// The sign-in row of an OAuth2 endpoint profile: Sign In, Cancel and Sign Out over an
/// OAuth2Session of the saved profile, and a status line that says where the sign-in stands.
/// The browser is opened by a replaceable opener, so tests can play the browser themselves.
class OAuth2SignIn final : public QWidget
{
    Q_OBJECT

public:
    /// Shows url in a browser; false when none could be started.
    using BrowserOpener = std::function<bool(const QUrl &url)>;

    explicit OAuth2SignIn(QWidget *parent = nullptr);
    ~OAuth2SignIn() override;

    /// Whether tokens as an OAuth2Session keeps them (JSON) hold an access token.
    static bool holdsAccessToken(const std::optional<QString> &tokens);

    /// Where the tokens are kept (not owned).
    void setSecretStore(SecretStore *store);
    /// The saved profile whose sign-in the row shows. Sign In is offered when canSignIn;
    /// otherwise whyNot says what to do first. Another profile, or other OAuth2 settings,
    /// abandon a sign-in in progress.
    void setProfile(const EndpointProfile &saved, bool canSignIn, const QString &whyNot);
    /// No saved profile to sign in with: whyNot says why.
    void clearProfile(const QString &whyNot);
    /// QDesktopServices::openUrl unless replaced.
    void setBrowserOpener(BrowserOpener opener);

    void signIn();
    void cancel();
    /// Forgets the tokens, in the SecretStore too.
    void signOut();

    QString profileId() const { return m_profile.id; }
    bool isSignedIn() const;
    bool isSigningIn() const;
    QString accessToken() const;
    QString statusText() const;

    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *signOutButton() const { return m_signOut; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    /// Signed in or out, tokens loaded, a sign-in started, failed or was cancelled.
    void stateChanged();

private:
    enum class Note { None, Cancelled, Failed, NoBrowser };

    void dropSession();
    void openBrowser(const QUrl &url);
    void updateState();
    void setNote(Note note, const QString &text = QString());

    QPointer<SecretStore> m_store;
    std::unique_ptr<OAuth2Session> m_session;
    EndpointProfile m_profile; ///< the saved profile of m_session
    bool m_canSignIn = false;
    QString m_whyNot;
    BrowserOpener m_opener;
    Note m_note = Note::None;
    QString m_noteText;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
    QPushButton *m_signOut;
    QLabel *m_status;
};

} // namespace Callwright
