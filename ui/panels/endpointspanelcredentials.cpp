// The Endpoints panel's credentials at work: the connection test, and OAuth2 sign-in for
// saved OAuth2 profiles (the rest of the panel is in endpointspanel.cpp).

#include "endpointspanel.h"

#include "endpoints/connectioncheck.h"
#include "endpoints/endpointform.h"
#include "endpoints/oauth2signin.h"

#include "backends/endpointscheduler.h"
#include "backends/oauth2session.h"
#include "backends/secretstore.h"

#include <QLabel>

namespace Callwright {

void EndpointsPanel::setBrowserOpener(std::function<bool(const QUrl &)> opener)
{
    signIn()->setBrowserOpener(std::move(opener));
}

OAuth2SignIn *EndpointsPanel::signIn() const
{
    return m_form->oauth2SignIn();
}

void EndpointsPanel::updateSignIn(const QStringList &problems, bool modified)
{
    if (m_current < 0 || !m_drafts.at(m_current).stored) {
        signIn()->clearProfile(tr("Save the profile to sign in."));
        return;
    }
    const EndpointProfile &saved = m_drafts.at(m_current).original;
    const QString whyNot = !problems.isEmpty() ? tr("Fix the problems above to sign in.")
                           : modified          ? tr("Save the changes to sign in.")
                                               : QString();
    signIn()->setProfile(saved, whyNot.isEmpty() && saved.auth == AuthKind::OAuth2, whyNot);
}

void EndpointsPanel::readSignInState(const QString &id)
{
    if (!m_secrets || id.isEmpty())
        return;
    m_secrets->readSecret(OAuth2Session::tokensKey(id), this,
                          [this, id](const std::optional<QString> &tokens) {
                              m_signedIn.insert(id, OAuth2SignIn::holdsAccessToken(tokens));
                              for (int i = 0; i < m_drafts.size(); ++i) {
                                  if (m_drafts.at(i).stored && m_drafts.at(i).original.id == id)
                                      updateRow(i);
                              }
                          });
}

void EndpointsPanel::testConnection()
{
    if (m_current < 0 || !problems().isEmpty())
        return;
    const EndpointDrafts::Draft &entry = m_drafts.at(m_current);
    QString token;
    if (entry.edited.auth == AuthKind::ApiKey) {
        token = entry.key;
    } else if (entry.edited.auth == AuthKind::OAuth2) {
        token = signIn()->accessToken();
        if (token.isEmpty()) {
            showStatus(tr("%1 is not signed in: sign in first, then test the connection.")
                               .arg(entry.edited.name),
                       true);
            return;
        }
    }
    m_check->start(entry.edited, token);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setPalette(palette());
    m_status->setText(tr("Testing %1\u2026").arg(entry.edited.chatCompletionsUrl().toString()));
    updateState();
}

void EndpointsPanel::cancelTest()
{
    if (!isTesting())
        return;
    m_check->cancel();
    m_status->clear();
    updateState();
}

bool EndpointsPanel::isTesting() const
{
    return m_check->isRunning();
}

QString EndpointsPanel::connectionStatus() const
{
    return m_status->text();
}

void EndpointsPanel::testEnded(const ChatOutcome &outcome)
{
    updateState();
    if (m_current < 0)
        return;
    if (outcome.ok()) {
        const QString model = outcome.completion->model.isEmpty()
                                      ? m_drafts.at(m_current).edited.model
                                      : outcome.completion->model;
        showStatus(tr("Connected: %1 answered in %2 ms").arg(model).arg(outcome.elapsedMs), false);
        return;
    }
    QString message = outcome.error.message.isEmpty() ? tr("The test was cancelled.")
                                                      : outcome.error.message;
    if (outcome.error.kind == BackendError::Kind::Auth) {
        switch (m_drafts.at(m_current).edited.auth) {
        case AuthKind::None:
            message += QLatin1Char(' ')
                       + tr("The endpoint wants credentials: choose an API key or OAuth2.");
            break;
        case AuthKind::ApiKey:
            message += QLatin1Char(' ') + tr("Check the API key.");
            break;
        case AuthKind::OAuth2:
            message += QLatin1Char(' ') + tr("Sign in again.");
            break;
        }
    }
    showStatus(message, true);
}

} // namespace Callwright
