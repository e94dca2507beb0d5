#pragma once

#include <QObject>

#include <array>

class QAction;
class QUndoGroup;

namespace Callwright {

/// Every command the window offers, by id, with its text, shortcut and icon, created once so
/// menus, tool buttons and the welcome page share the same QAction (and its enabled state).
class ActionRegistry final : public QObject
{
    Q_OBJECT

public:
    enum class Id {
        NewProject,
        OpenProject,
        ClearRecentProjects,
        SaveProjectAs,
        ImportCatalog,
        ExportCatalog,
        CloseProject,
        Quit,
        Undo,
        Redo,
        RenameProject,
        EditAgentPrompts,
        AddTool,
        DuplicateTool,
        DeleteTool,
        OpenDemoProject,
        About,
        InferEdges,
        LayoutGraph,
        ZoomInGraph,
        ZoomOutGraph,
        FitGraph,
        DeleteGraphSelection,
        Count
    };

    explicit ActionRegistry(QObject *parent = nullptr);
    ~ActionRegistry() override;

    QAction *action(Id id) const { return m_actions[std::size_t(id)]; }
    /// Undo and Redo follow the active stack of this group: the open document's.
    QUndoGroup *undoGroup() const { return m_undoGroup; }

    /// Enables the actions that need an open project, and those that also write to it.
    void setProjectOpen(bool open, bool writable = true);

private:
    QAction *add(Id id, QAction *action);

    QUndoGroup *m_undoGroup;
    std::array<QAction *, std::size_t(Id::Count)> m_actions{};
};

} // namespace Callwright
