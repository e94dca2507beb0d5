#pragma once

#include <QMainWindow>

#include <vector>

class QStackedWidget;
class QTabWidget;

namespace Callwright {

class ActionRegistry;
class CatalogPanel;
class Panel;
class ProjectController;
class ProjectDocument;
class ProjectSession;
class ProjectStatus;
class RecentProjectsMenu;
class WelcomePage;

/// The application window. It assembles the panels, menus and status bar around one
/// ProjectSession and hands the session's document to each of them; the work itself is done
/// by the panels, the ProjectController and the document.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectSession *session() const { return m_session; }
    ProjectController *controller() const { return m_controller; }
    ActionRegistry *actions() const { return m_actions; }
    RecentProjectsMenu *recentProjectsMenu() const { return m_recentMenu; }
    QTabWidget *panelTabs() const { return m_tabs; }
    const std::vector<Panel *> &panels() const { return m_panels; }
    CatalogPanel *catalogPanel() const { return m_catalog; }

    /// Shows the panel whose id ("catalog", "graph", ...) or title matches, ignoring case.
    bool selectPanel(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPanel(Panel *panel);
    void createMenus();
    void setDocument(ProjectDocument *document);
    void updateTitle();

    ActionRegistry *m_actions;
    ProjectSession *m_session;
    ProjectController *m_controller;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    QTabWidget *m_tabs;
    CatalogPanel *m_catalog;
    std::vector<Panel *> m_panels;
    RecentProjectsMenu *m_recentMenu = nullptr;
    ProjectStatus *m_status;
};

} // namespace Callwright
