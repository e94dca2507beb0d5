#include "oauth2signin.h"

#include "backends/oauth2session.h"
#include "backends/secretstore.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Callwright {

namespace {

const QColor kErrorColor(0xc0, 0x20, 0x20);
const QColor kSuccessColor(0x1e, 0x7d, 0x32);
const QColor kWarningColor(0xa0, 0x5a, 0x00);

OAuth2Settings settingsOf(const EndpointProfile &profile)
{
    OAuth2Settings s;
    s.authorizationUrl = profile.oauthAuthorizationUrl;
    s.tokenUrl = profile.oauthTokenUrl;
    s.clientId = profile.oauthClientId;
    s.scope = profile.oauthScope;
    return s;
}

bool sameSignIn(const EndpointProfile &a, const EndpointProfile &b)
{
    return a.id == b.id && a.auth == b.auth && a.oauthAuthorizationUrl == b.oauthAuthorizationUrl
           && a.oauthTokenUrl == b.oauthTokenUrl && a.oauthClientId == b.oauthClientId
           && a.oauthScope == b.oauthScope;
}

/// "14:05" today, with the date on another day.
QString whenText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    if (local.date() == QDate::currentDate())
        return local.toString(QStringLiteral("HH:mm"));
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
           + local.toString(QStringLiteral("HH:mm"));
}

} // namespace

OAuth2SignIn::OAuth2SignIn(QWidget *parent)
    : QWidget(parent)
    , m_signIn(new QPushButton(tr("Sign In\u2026"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_signOut(new QPushButton(tr("Sign Out"), this))
    , m_status(new QLabel(this))
{
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancel->setToolTip(tr("Stop waiting for the browser"));
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setToolTip(tr("Forget the tokens of this profile, here and in the keychain"));
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_signIn, &QPushButton::clicked, this, &OAuth2SignIn::signIn);
    connect(m_cancel, &QPushButton::clicked, this, &OAuth2SignIn::cancel);
    connect(m_signOut, &QPushButton::clicked, this, &OAuth2SignIn::signOut);
    updateState();
}

OAuth2SignIn::~OAuth2SignIn()
{
    dropSession();
}

bool OAuth2SignIn::holdsAccessToken(const std::optional<QString> &tokens)
{
    if (!tokens)
        return false;
    const QJsonObject object = QJsonDocument::fromJson(tokens->toUtf8()).object();
    return !object.value(QLatin1String("access_token")).toString().isEmpty();
}

void OAuth2SignIn::setSecretStore(SecretStore *store)
{
    if (store == m_store)
        return;
    m_store = store;
    // The session reads and writes its tokens in the store it was made with.
    const EndpointProfile profile = m_profile;
    dropSession();
    m_profile = EndpointProfile();
    setProfile(profile, m_canSignIn, m_whyNot);
}

void OAuth2SignIn::setProfile(const EndpointProfile &saved, bool canSignIn, const QString &whyNot)
{
    m_canSignIn = canSignIn;
    m_whyNot = whyNot;
    const bool same = m_session && sameSignIn(saved, m_profile);
    const bool hadSession = m_session != nullptr;
    m_profile = saved;
    if (!same) {
        dropSession();
        m_note = Note::None;
        if (saved.auth == AuthKind::OAuth2 && !saved.id.isEmpty()) {
            // Its tokens may already be loaded when the constructor returns.
            m_session = std::make_unique<OAuth2Session>(saved.id, settingsOf(saved), m_store);
            OAuth2Session *session = m_session.get();
            connect(session, &OAuth2Session::openBrowser, this, &OAuth2SignIn::openBrowser);
            connect(session, &OAuth2Session::signedIn, this, [this] {
                setNote(Note::None);
                Q_EMIT stateChanged();
            });
            connect(session, &OAuth2Session::failed, this, [this](const QString &reason) {
                setNote(Note::Failed, reason);
                Q_EMIT stateChanged();
            });
            connect(session, &OAuth2Session::tokensChanged, this, [this] {
                updateState();
                Q_EMIT stateChanged();
            });
        }
    }
    updateState();
    if (!same && (hadSession || m_session))
        Q_EMIT stateChanged();
}

void OAuth2SignIn::clearProfile(const QString &whyNot)
{
    const bool had = m_session != nullptr;
    dropSession();
    m_profile = EndpointProfile();
    m_canSignIn = false;
    m_whyNot = whyNot;
    m_note = Note::None;
    updateState();
    if (had)
        Q_EMIT stateChanged();
}

void OAuth2SignIn::setBrowserOpener(BrowserOpener opener)
{
    m_opener = std::move(opener);
}

void OAuth2SignIn::signIn()
{
    if (!m_session || !m_canSignIn)
        return;
    setNote(Note::None);
    m_session->signIn(); // opens the browser, or fails at once
    updateState();
    Q_EMIT stateChanged();
}

void OAuth2SignIn::cancel()
{
    if (!isSigningIn())
        return;
    m_session->cancel();
    setNote(Note::Cancelled);
    Q_EMIT stateChanged();
}

void OAuth2SignIn::signOut()
{
    if (!m_session)
        return;
    m_session->signOut();
    setNote(Note::None);
    Q_EMIT stateChanged();
}

bool OAuth2SignIn::isSignedIn() const
{
    return m_session && m_session->isSignedIn();
}

bool OAuth2SignIn::isSigningIn() const
{
    return m_session && m_session->isBusy();
}

QString OAuth2SignIn::accessToken() const
{
    return m_session ? m_session->accessToken() : QString();
}

QString OAuth2SignIn::statusText() const
{
    return m_status->text();
}

void OAuth2SignIn::dropSession()
{
    if (!m_session)
        return;
    m_session->disconnect(this);
    m_session.reset(); // abandons a sign-in waiting for the browser
}

void OAuth2SignIn::openBrowser(const QUrl &url)
{
    const bool opened = m_opener ? m_opener(url) : QDesktopServices::openUrl(url);
    // Still waiting: the page can be opened by hand, and the redirect still lands here.
    if (!opened)
        setNote(Note::NoBrowser, url.toString());
}

void OAuth2SignIn::setNote(Note note, const QString &text)
{
    m_note = note;
    m_noteText = text;
    updateState();
}

void OAuth2SignIn::updateState()
{
    const bool busy = isSigningIn();
    const bool signedIn = isSignedIn();
    m_signIn->setEnabled(m_session && m_canSignIn && !busy);
    m_signIn->setToolTip(m_canSignIn || m_whyNot.isEmpty()
                                 ? tr("Opens the browser to sign in; the tokens go to the keychain")
                                 : m_whyNot);
    m_cancel->setVisible(busy);
    m_signOut->setVisible(signedIn && !busy);

    QString text;
    std::optional<QColor> color;
    if (busy) {
        text = tr("Waiting for the browser\u2026");
        if (m_note == Note::NoBrowser)
            text += QLatin1Char(' ')
                    + tr("No browser could be started: open %1 to sign in.").arg(m_noteText);
    } else if (m_note == Note::Failed) {
        text = tr("Sign-in failed: %1").arg(m_noteText);
        color = kErrorColor;
    } else if (signedIn) {
        const QDateTime expires = m_session->expiresAt();
        if (!expires.isValid()) {
            text = tr("Signed in");
            color = kSuccessColor;
        } else if (expires > QDateTime::currentDateTimeUtc()) {
            text = tr("Signed in (expires %1)").arg(whenText(expires));
            color = kSuccessColor;
        } else {
            text = tr("Signed in, but the access token expired at %1: sign in again.")
                           .arg(whenText(expires));
            color = kWarningColor;
        }
    } else if (m_note == Note::Cancelled) {
        text = tr("The sign-in was cancelled.");
    } else if (!m_canSignIn && !m_whyNot.isEmpty()) {
        text = m_whyNot;
    } else {
        text = tr("Not signed in.");
    }
    m_status->setText(text);
    QPalette palette = this->palette();
    if (color) {
        m_status->setForegroundRole(QPalette::WindowText);
        palette.setColor(QPalette::WindowText, *color);
    } else {
        m_status->setForegroundRole(QPalette::PlaceholderText);
    }
    m_status->setPalette(palette);
}

} // namespace Callwright
