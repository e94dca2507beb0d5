#include "actions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QUndoGroup>

namespace Callwright {

namespace {

QIcon themeIcon(const char *name)
{
    return QIcon::fromTheme(QString::fromLatin1(name));
}

} // namespace

ActionRegistry::ActionRegistry(QObject *parent)
    : QObject(parent)
    , m_undoGroup(new QUndoGroup(this))
{
    auto make = [this](Id id, const QString &text, const char *icon,
                       const QKeySequence &shortcut = {}) {
        auto *a = new QAction(themeIcon(icon), text, this);
        a->setShortcut(shortcut);
        return add(id, a);
    };

    make(Id::NewProject, tr("&New Project…"), "document-new", QKeySequence::New);
    make(Id::OpenProject, tr("&Open Project…"), "document-open", QKeySequence::Open);
    make(Id::ClearRecentProjects, tr("&Clear Menu"), "edit-clear-history");
    make(Id::SaveProjectAs, tr("Save Project &As…"), "document-save-as",
         QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    make(Id::ImportCatalog, tr("&Import Catalog…"), "document-import",
         QKeySequence(QStringLiteral("Ctrl+I")))
            ->setToolTip(
                    tr("Add a tool catalog from a file (OpenAI, MCP, BFCL, OpenAPI) or from an "
                       "MCP server"));
    make(Id::ExportCatalog, tr("&Export Catalog…"), "document-export",
         QKeySequence(QStringLiteral("Ctrl+E")))
            ->setToolTip(tr("Write the selected catalog as OpenAI tools or an MCP tools/list"));
    make(Id::CloseProject, tr("&Close Project"), "document-close", QKeySequence::Close);
    QAction *quit = make(Id::Quit, tr("&Quit"), "application-exit", QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setIcon(themeIcon("edit-undo"));
    undo->setShortcut(QKeySequence::Undo);
    add(Id::Undo, undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setIcon(themeIcon("edit-redo"));
    redo->setShortcut(QKeySequence::Redo);
    add(Id::Redo, redo);

    make(Id::RenameProject, tr("&Rename Project…"), "edit-rename");
    make(Id::EditAgentPrompts, tr("Agent &Prompts…"), "document-edit")
            ->setToolTip(tr("Edit the prompts of the LLM-driven agents for this project"));

    QAction *addTool = make(Id::AddTool, tr("&Add Tool"), "list-add",
                            QKeySequence(QStringLiteral("Ctrl+T")));
    addTool->setToolTip(tr("Add a tool to the selected catalog (undoable)"));

    // These act on the Catalog panel's list only: a window-wide Delete key would fire while
    // the user edits the search field.
    QAction *duplicate = make(Id::DuplicateTool, tr("D&uplicate Tool"), "edit-copy",
                              QKeySequence(QStringLiteral("Ctrl+D")));
    duplicate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    duplicate->setToolTip(tr("Duplicate the selected tool under a new name"));
    QAction *remove = make(Id::DeleteTool, tr("&Delete Tool"), "edit-delete",
                           QKeySequence(QKeySequence::Delete));
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    remove->setToolTip(tr("Delete the selected tool (undoable)"));

    make(Id::OpenDemoProject, tr("Open &Demo Project"), "help-contents");
    QAction *about = make(Id::About, tr("&About Callwright"), "help-about");
    about->setMenuRole(QAction::AboutRole);

    // The Graph panel's commands act on its canvas only: F and Delete are ordinary keys
    // everywhere else. The panel adds them to its view.
    make(Id::InferEdges, tr("&Infer Edges"), "system-run")
            ->setToolTip(tr("Join tools whose parameters and return fields match, replacing the "
                            "inferred edges (manual edges stay)"));
    make(Id::LayoutGraph, tr("&Layout"), "view-grid")
            ->setToolTip(tr("Arrange the graph automatically with Graphviz (undoable)"));
    QAction *zoomIn = make(Id::ZoomInGraph, tr("Zoom &In"), "zoom-in");
    zoomIn->setShortcuts({QKeySequence(QStringLiteral("Ctrl+=")), QKeySequence::ZoomIn});
    make(Id::ZoomOutGraph, tr("Zoom &Out"), "zoom-out", QKeySequence::ZoomOut);
    make(Id::FitGraph, tr("&Fit"), "zoom-fit-best", QKeySequence(Qt::Key_F))
            ->setToolTip(tr("Show the whole graph (F)"));
    make(Id::DeleteGraphSelection, tr("&Delete from Graph"), "edit-delete",
         QKeySequence(QKeySequence::Delete))
            ->setToolTip(tr("Remove the selected tools (with their edges) and edges from the "
                            "graph; the tools stay in the catalog"));
    for (Id id : {Id::ZoomInGraph, Id::ZoomOutGraph, Id::FitGraph, Id::DeleteGraphSelection})
        action(id)->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    setProjectOpen(false);
}

ActionRegistry::~ActionRegistry() = default;

QAction *ActionRegistry::add(Id id, QAction *action)
{
    Q_ASSERT(!m_actions[std::size_t(id)]);
    m_actions[std::size_t(id)] = action;
    return action;
}

void ActionRegistry::setProjectOpen(bool open, bool writable)
{
    for (Id id : {Id::SaveProjectAs, Id::ImportCatalog, Id::CloseProject, Id::RenameProject})
        action(id)->setEnabled(open);
    action(Id::EditAgentPrompts)->setEnabled(open && writable);
    // These also depend on the selection; the Catalog panel refines them.
    if (!open) {
        for (Id id : {Id::ExportCatalog, Id::AddTool, Id::DuplicateTool, Id::DeleteTool,
                      Id::InferEdges, Id::LayoutGraph, Id::DeleteGraphSelection})
            action(id)->setEnabled(false);
    }
}

} // namespace Callwright
