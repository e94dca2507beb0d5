#pragma once

#include "panel.h"

#include "endpoints/endpointdrafts.h"

#include <QHash>
#include <QPointer>

#include <functional>
#include <optional>

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTreeWidget;

namespace Callwright {

class ConnectionCheck;
class EmptyState;
class EndpointForm;
class OAuth2SignIn;
class SecretStore;
struct ChatOutcome;

/// The LLM endpoints the curator can use: a list of profiles (user settings shared by every
/// project) made from presets, a form editing the selected one with Save and Revert, and a
/// connection test that runs off the GUI thread, and OAuth2 sign-in for saved OAuth2 profiles.
/// API keys and OAuth2 tokens go to the SecretStore only.
class EndpointsPanel final : public Panel
{
    Q_OBJECT

public:
    explicit EndpointsPanel(QWidget *parent = nullptr);
    ~EndpointsPanel() override;

    QString panelId() const override;
    QString title() const override;

    /// Keys are read from and written to store (not owned); by default the panel has its own.
    void setSecretStore(SecretStore *store);
    SecretStore *secretStore() const;
    /// Opens the OAuth2 sign-in page (QDesktopServices::openUrl unless replaced; tests play
    /// the browser themselves). Returns false when no browser could be started.
    void setBrowserOpener(std::function<bool(const QUrl &)> opener);
    /// Whether Remove asks first (on by default).
    void setConfirmRemoval(bool confirm) { m_confirmRemoval = confirm; }

    QTreeWidget *profileList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    /// The presets and "Custom"; each action's data is the preset id ("custom" for none).
    QMenu *addMenu() const { return m_addMenu; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *removeButton() const { return m_remove; }
    EndpointForm *form() const { return m_form; }
    QLabel *problemsLabel() const { return m_problems; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *testButton() const { return m_test; }
    QLabel *connectionStatusLabel() const { return m_status; }
    /// Sign In, Cancel, Sign Out and the sign-in status of the selected OAuth2 profile.
    OAuth2SignIn *signIn() const;

    /// The profile the form shows, with its unsaved edits.
    std::optional<EndpointProfile> currentProfile() const;
    bool selectProfile(const QString &idOrName);
    /// Adds an unsaved profile from the preset presetId ("custom": a blank one), selected.
    void addProfile(const QString &presetId);
    void duplicateProfile();
    /// Removes the selected profile and its API key, after asking; false when it did not.
    bool removeProfile();
    /// Saves the selected profile; false while it has problems.
    bool save();
    void revert();
    /// Whether the selected profile has edits that are not saved.
    bool isModified() const;
    /// What is wrong with the selected profile, as the validation label shows it.
    QStringList problems() const;

    /// Probes the edited profile (with the key typed in the form, or the access token of an
    /// OAuth2 profile's sign-in); stops a test in progress.
    void testConnection();
    void cancelTest();
    bool isTesting() const;
    QString connectionStatus() const;

Q_SIGNALS:
    /// A connection test ended; message is what the status line says.
    void connectionTested(bool ok, const QString &message);
    /// The saved profiles changed (saved, removed).
    void profilesSaved();

protected:
    void documentChanged() override {}

private:
    QWidget *createListSide();
    QWidget *createEditorSide();
    void loadProfiles();
    void fillList();
    void updateRow(int index);
    void currentRowChanged();
    void showDraft();
    void formEdited();
    void updateState();
    void updateSignIn(const QStringList &problems, bool modified);
    /// Reads from the SecretStore whether the saved profile id is signed in, for its row.
    void readSignInState(const QString &id);
    /// Fills in the saved API key of profile when the keychain answers.
    void readApiKey(const EndpointProfile &profile);
    void appended(int index);
    void testEnded(const ChatOutcome &outcome);
    void showStatus(const QString &text, bool error);

    QPointer<SecretStore> m_secrets;
    ConnectionCheck *m_check;
    EndpointDrafts m_drafts;
    int m_current = -1; ///< the draft the form shows
    /// By saved profile id: whether the SecretStore holds an OAuth2 access token for it.
    QHash<QString, bool> m_signedIn;
    bool m_confirmRemoval = true;
    QSplitter *m_splitter;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QMenu *m_addMenu;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_heading;
    QLabel *m_modified;
    EndpointForm *m_form;
    QLabel *m_problems;
    QPushButton *m_test;
    QProgressBar *m_busy;
    QPushButton *m_revert;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace Callwright
