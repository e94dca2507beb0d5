#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Callwright {

class ActionRegistry;
class ProjectSession;
struct StoreError;

/// The file-level commands behind the File, Project and Help menus: it asks the user for
/// paths and names, runs them through the session and reports failures. Dialogs are parented
/// to the given window; with interaction off (tests, scripted runs) it reports through
/// errorReported only and never blocks on a message box.
class ProjectController final : public QObject
{
    Q_OBJECT

public:
    ProjectController(ProjectSession *session, ActionRegistry *actions, QWidget *window);
    ~ProjectController() override;

    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }

    /// Where the demo project lives (created on first use).
    static QString demoProjectPath();

    // Each returns whether the session now shows the requested project.
    bool openProjectFile(const QString &path);
    bool openDemoProject();
    bool createProjectFile(const QString &path);
    bool saveProjectAs(const QString &path);

    // The interactive variants ask for a path or name first.
    void newProject();
    void openProject();
    void saveProjectAsDialog();
    void renameProject();
    /// Project ▸ Agent Prompts: the prompt templates of the open project, in a dialog.
    void editAgentPrompts();
    void showAbout();

Q_SIGNALS:
    /// A failure the user has to hear about; shown in a message box when interactive.
    void errorReported(const QString &title, const QString &message);

private:
    void report(const QString &title, const QString &message);
    void reportStoreError(const QString &title, const StoreError &error);
    QString askForPath(const QString &caption, bool save);

    ProjectSession *m_session;
    QPointer<QWidget> m_window;
    bool m_interactive = true;
};

} // namespace Callwright
