#include "mainwindow.h"

#include "actions.h"
#include "panels/catalogpanel.h"
#include "panels/corpuspanel.h"
#include "panels/endpointspanel.h"
#include "panels/exportpanel.h"
#include "panels/graphpanel.h"
#include "panels/reviewpanel.h"
#include "panels/scorespanel.h"
#include "panels/simulationpanel.h"
#include "projectcontroller.h"
#include "projectsession.h"
#include "welcomepage.h"
#include "widgets/projectstatus.h"
#include "widgets/recentprojectsmenu.h"

#include "model/projectdocument.h"
#include "settings/setting.h"

#include <QAction>
#include <QCloseEvent>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace Callwright {

namespace {

Setting<QByteArray> savedGeometry{"mainWindow/geometry", {}};
Setting<QByteArray> savedState{"mainWindow/state", {}};
Setting<QString> currentPanel{"mainWindow/panel", QStringLiteral("catalog")};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_actions(new ActionRegistry(this))
    , m_session(new ProjectSession(this))
    , m_controller(new ProjectController(m_session, m_actions, this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_actions, this))
    , m_tabs(new QTabWidget(this))
    , m_catalog(new CatalogPanel(m_actions, this))
    , m_status(new ProjectStatus(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    addPanel(m_catalog);
    addPanel(new GraphPanel(m_actions, this));
    addPanel(new SimulationPanel(this));
    addPanel(new ReviewPanel(this));
    addPanel(new ScoresPanel(this));
    addPanel(new ExportPanel(this));
    addPanel(new CorpusPanel(this));
    addPanel(new EndpointsPanel(this));
    m_tabs->setDocumentMode(true);
    selectPanel(currentPanel);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < int(m_panels.size()))
            currentPanel.setValue(m_panels[std::size_t(index)]->panelId());
    });

    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_tabs);
    setCentralWidget(m_pages);

    createMenus();
    statusBar()->addPermanentWidget(m_status);

    connect(m_session, &ProjectSession::documentChanged, this, &MainWindow::setDocument);
    connect(m_welcome, &WelcomePage::projectRequested, m_controller,
            &ProjectController::openProjectFile);

    setDocument(nullptr);
    resize(1200, 780);
    restoreGeometry(savedGeometry);
    restoreState(savedState);
}

MainWindow::~MainWindow()
{
    // Panels must let go of the document before the session deletes it.
    m_session->close();
}

bool MainWindow::selectPanel(const QString &name)
{
    for (std::size_t i = 0; i < m_panels.size(); ++i) {
        Panel *panel = m_panels[i];
        if (panel->panelId().compare(name, Qt::CaseInsensitive) == 0
            || panel->title().compare(name, Qt::CaseInsensitive) == 0) {
            m_tabs->setCurrentIndex(int(i));
            return true;
        }
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    savedGeometry.setValue(saveGeometry());
    savedState.setValue(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::addPanel(Panel *panel)
{
    panel->setObjectName(panel->panelId() + QStringLiteral("Panel"));
    m_tabs->addTab(panel, panel->title());
    m_panels.push_back(panel);
}

void MainWindow::createMenus()
{
    using Id = ActionRegistry::Id;
    auto *actions = m_actions;

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(actions->action(Id::NewProject));
    file->addAction(actions->action(Id::OpenProject));
    m_recentMenu = new RecentProjectsMenu(actions->action(Id::ClearRecentProjects), file);
    file->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentProjectsMenu::projectRequested, m_controller,
            &ProjectController::openProjectFile);
    file->addSeparator();
    file->addAction(actions->action(Id::SaveProjectAs));
    file->addSeparator();
    file->addAction(actions->action(Id::ImportCatalog));
    file->addAction(actions->action(Id::ExportCatalog));
    // The imported catalog is shown selected in the Catalog panel.
    connect(actions->action(Id::ImportCatalog), &QAction::triggered, this,
            [this] { selectPanel(QStringLiteral("catalog")); });
    file->addSeparator();
    file->addAction(actions->action(Id::CloseProject));
    file->addSeparator();
    file->addAction(actions->action(Id::Quit));
    connect(actions->action(Id::Quit), &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(actions->action(Id::Undo));
    edit->addAction(actions->action(Id::Redo));

    QMenu *project = menuBar()->addMenu(tr("&Project"));
    project->addAction(actions->action(Id::RenameProject));
    project->addAction(actions->action(Id::EditAgentPrompts));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(actions->action(Id::OpenDemoProject));
    help->addSeparator();
    help->addAction(actions->action(Id::About));
}

void MainWindow::setDocument(ProjectDocument *document)
{
    for (Panel *panel : m_panels)
        panel->setDocument(document);
    m_status->setDocument(document);
    m_actions->setProjectOpen(document != nullptr, document && !document->isReadOnly());
    m_pages->setCurrentWidget(document ? static_cast<QWidget *>(m_tabs) : m_welcome);

    QUndoGroup *undo = m_actions->undoGroup();
    if (document) {
        undo->addStack(document->undoStack());
        undo->setActiveStack(document->undoStack());
        connect(document, &ProjectDocument::nameChanged, this, &MainWindow::updateTitle);
        connect(document, &ProjectDocument::fileNameChanged, this, &MainWindow::updateTitle);
        connect(document, &ProjectDocument::storeError, this, [this](const QString &message) {
            statusBar()->showMessage(tr("Could not write to the project file: %1").arg(message));
        });
    } else {
        undo->setActiveStack(nullptr);
    }
    statusBar()->clearMessage();
    updateTitle();
}

void MainWindow::updateTitle()
{
    ProjectDocument *document = m_session->document();
    if (!document) {
        setWindowTitle(tr("Callwright"));
        setWindowFilePath({});
        return;
    }
    setWindowTitle(tr("%1 — Callwright").arg(document->name()));
    // The full path is in the status bar's project summary tooltip.
    setWindowFilePath(document->fileName());
}

} // namespace Callwright
