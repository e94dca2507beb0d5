#include "endpointdrafts.h"

#include "backends/endpointconnector.h"
#include "backends/oauth2session.h"
#include "backends/secretstore.h"

#include <algorithm>

namespace Callwright {

namespace {

/// Whether tokens got with before still suit after: same server, client and scope.
bool sameSignIn(const EndpointProfile &before, const EndpointProfile &after)
{
    return after.auth == AuthKind::OAuth2
           && before.oauthAuthorizationUrl == after.oauthAuthorizationUrl
           && before.oauthTokenUrl == after.oauthTokenUrl
           && before.oauthClientId == after.oauthClientId && before.oauthScope == after.oauthScope;
}

// Without asking first whether it is there: that would wait for the keychain on the GUI
// thread, and removing what is not there is no failure.
void removeSecret(SecretStore *secrets, const QString &key)
{
    if (secrets)
        secrets->removeSecret(key);
}

} // namespace

void EndpointDrafts::load()
{
    m_drafts.clear();
    for (EndpointProfile &profile : EndpointProfiles::load()) {
        Draft draft;
        draft.original = profile;
        draft.edited = std::move(profile);
        draft.stored = true;
        m_drafts.push_back(std::move(draft));
    }
}

int EndpointDrafts::keyRead(const QString &profileId, const QString &key)
{
    for (std::size_t i = 0; i < m_drafts.size(); ++i) {
        Draft &draft = m_drafts[i];
        if (!draft.stored || draft.original.id != profileId
            || draft.original.auth != AuthKind::ApiKey)
            continue;
        if (draft.key == draft.originalKey)
            draft.key = key;
        draft.originalKey = key;
        return int(i);
    }
    return -1;
}

int EndpointDrafts::indexOf(const QString &idOrName) const
{
    if (idOrName.isEmpty())
        return -1;
    for (std::size_t i = 0; i < m_drafts.size(); ++i) {
        const EndpointProfile &p = m_drafts[i].edited;
        if (p.id == idOrName || p.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

void EndpointDrafts::edit(int index, const EndpointProfile &profile, const QString &key)
{
    Draft &draft = m_drafts[std::size_t(index)];
    draft.edited = profile;
    draft.key = key;
}

int EndpointDrafts::add(EndpointProfile profile, const QString &key)
{
    profile.name = uniqueName(profile.name);
    profile.id = uniqueId(endpointIdFor(profile.name), -1);
    Draft draft;
    draft.original = profile;
    draft.edited = std::move(profile);
    draft.key = key;
    m_drafts.push_back(std::move(draft));
    return size() - 1;
}

int EndpointDrafts::duplicate(int index)
{
    const Draft &source = at(index);
    EndpointProfile copy = source.edited;
    copy.name = tr("%1 (copy)").arg(source.edited.name);
    return add(std::move(copy), source.key);
}

void EndpointDrafts::remove(int index, SecretStore *secrets)
{
    const Draft draft = at(index);
    m_drafts.erase(m_drafts.begin() + index);
    if (!draft.stored)
        return;
    persist();
    removeSecret(secrets, EndpointConnector::apiKeyKey(draft.original));
    removeSecret(secrets, OAuth2Session::tokensKey(draft.original.id));
}

bool EndpointDrafts::save(int index, SecretStore *secrets)
{
    if (!problems(index).isEmpty())
        return false;
    Draft &draft = m_drafts[std::size_t(index)];
    // A new profile's id follows the name it is first saved under.
    if (!draft.stored)
        draft.edited.id = uniqueId(endpointIdFor(draft.edited.name), index);
    const QString secret = EndpointConnector::apiKeyKey(draft.edited);
    if (draft.edited.auth == AuthKind::ApiKey && !draft.key.isEmpty()) {
        if (secrets)
            secrets->setSecret(secret, draft.key);
    } else {
        removeSecret(secrets, secret);
        draft.key.clear();
    }
    // Tokens from another server, client or scope would be refused or mean something else.
    if (draft.stored && draft.original.auth == AuthKind::OAuth2
        && !sameSignIn(draft.original, draft.edited))
        removeSecret(secrets, OAuth2Session::tokensKey(draft.original.id));
    draft.original = draft.edited;
    draft.originalKey = draft.key;
    draft.stored = true;
    persist();
    return true;
}

void EndpointDrafts::revert(int index)
{
    Draft &draft = m_drafts[std::size_t(index)];
    draft.edited = draft.original;
    draft.key = draft.originalKey;
}

QStringList EndpointDrafts::problems(int index) const
{
    const EndpointProfile &p = at(index).edited;
    QStringList out = p.problems();
    for (std::size_t i = 0; i < m_drafts.size(); ++i) {
        if (int(i) != index && !p.name.isEmpty()
            && m_drafts[i].edited.name.compare(p.name, Qt::CaseInsensitive) == 0) {
            out << tr("Another profile is already named '%1'.").arg(p.name);
            break;
        }
    }
    return out;
}

QString EndpointDrafts::uniqueName(const QString &base) const
{
    const auto taken = [this](const QString &name) {
        return std::any_of(m_drafts.begin(), m_drafts.end(), [&name](const Draft &d) {
            return d.edited.name.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

QString EndpointDrafts::uniqueId(const QString &base, int except) const
{
    const auto taken = [this, except](const QString &id) {
        for (std::size_t i = 0; i < m_drafts.size(); ++i) {
            const Draft &d = m_drafts[i];
            if (int(i) != except && (d.edited.id == id || (d.stored && d.original.id == id)))
                return true;
        }
        return false;
    };
    QString id = base;
    for (int n = 2; taken(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

void EndpointDrafts::persist() const
{
    std::vector<EndpointProfile> profiles;
    for (const Draft &d : m_drafts) {
        if (d.stored)
            profiles.push_back(d.original);
    }
    EndpointProfiles::save(profiles);
}

} // namespace Callwright
