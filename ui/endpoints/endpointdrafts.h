#pragma once

#include "backends/endpointprofile.h"

#include <QCoreApplication>

#include <vector>

namespace Callwright {

class SecretStore;

/// The endpoint profiles while they are edited: each as saved and as edited, with its API
/// key, so edits survive moving between profiles until they are saved or reverted. Saving
/// writes the profiles to the settings and a key to the SecretStore, never beside the profile.
class EndpointDrafts final
{
    Q_DECLARE_TR_FUNCTIONS(EndpointDrafts)

public:
    struct Draft
    {
        EndpointProfile original; ///< as saved, or as made for a new profile
        QString originalKey;
        EndpointProfile edited;
        QString key;
        bool stored = false; ///< saved at least once

        bool modified() const { return !stored || edited != original || key != originalKey; }
    };

    /// Reads the saved profiles. Their keys come later, from the keychain: see keyRead().
    void load();
    /// The saved API key of the stored profile with this id, read from the keychain; a key
    /// typed meanwhile is kept. Returns the draft's index, or -1 when no draft takes the key.
    int keyRead(const QString &profileId, const QString &key);
    int size() const { return int(m_drafts.size()); }
    const Draft &at(int index) const { return m_drafts[std::size_t(index)]; }
    /// The draft whose profile has this id or (case aside) this name, or -1.
    int indexOf(const QString &idOrName) const;

    void edit(int index, const EndpointProfile &profile, const QString &key);
    /// Appends an unsaved profile, renamed to a name no other has; returns its index.
    int add(EndpointProfile profile, const QString &key = QString());
    /// Appends an unsaved copy of index, key included; returns its index.
    int duplicate(int index);
    /// Drops index; a saved profile leaves the settings and its key the SecretStore.
    void remove(int index, SecretStore *secrets);
    /// Saves index (false while it has problems). A key the profile no longer uses is removed.
    bool save(int index, SecretStore *secrets);
    void revert(int index);
    /// What is wrong with the edited profile of index, one sentence each.
    QStringList problems(int index) const;

private:
    QString uniqueName(const QString &base) const;
    QString uniqueId(const QString &base, int except) const;
    void persist() const;

    std::vector<Draft> m_drafts;
};

} // namespace Callwright
