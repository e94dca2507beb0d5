#pragma once

#include "panel.h"

#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QStackedWidget;
class QTreeView;

namespace Callwright {

class ActionRegistry;
class EmptyState;
class ToolDetailView;
class ToolFilterProxyModel;
class ToolsModel;

/// The project's catalogs and tools: a searchable tree that tools can be dragged out of, the
/// selected tool in an editor, and the catalog commands (Import, Export, Add, Duplicate,
/// Delete Tool). Every change goes through the document, so it can be undone.
class CatalogPanel final : public Panel
{
    Q_OBJECT

public:
    CatalogPanel(ActionRegistry *actions, QWidget *parent = nullptr);
    ~CatalogPanel() override;

    QString panelId() const override;
    QString title() const override;

    ToolsModel *toolsModel() const { return m_model; }
    ToolFilterProxyModel *filterModel() const { return m_proxy; }
    QTreeView *toolView() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    ToolDetailView *detailView() const { return m_detail; }

    /// The tool whose definition is shown, or 0.
    qint64 currentToolId() const;
    /// The catalog of the current row (a catalog or one of its tools), or 0.
    qint64 currentCatalogId() const;
    /// The selected tools in tree order; the current one if the selection holds no tool.
    std::vector<qint64> selectedToolIds() const;
    /// Selects a tool in the list (clearing a search that hides it); false if unknown.
    bool selectTool(qint64 toolId);
    /// Selects the first tool of that name, searching the catalogs in order; false if none.
    bool selectToolNamed(const QString &name);
    /// Selects the first tool of the first catalog, if any.
    void selectFirstTool();
    /// Selects the first tool of a catalog, or the catalog if it has none.
    bool selectCatalog(qint64 catalogId);

    // The commands behind the actions, for tests and scripted runs.
    /// Adds "new_tool" (or "new_tool_2", ...) after the current tool, selects it and puts the
    /// cursor in its name; returns its id, or 0.
    qint64 addTool();
    void duplicateSelected();
    void deleteSelected();
    /// Runs the import dialog; returns the id of the catalog it added, or 0.
    qint64 importCatalog();
    /// Asks for a path and format, then writes the current catalog there.
    void exportCatalog();

protected:
    void documentChanged() override;

private:
    void updateDetail();
    void updateActions();
    void updateEmptyState();

    ToolsModel *m_model;
    ToolFilterProxyModel *m_proxy;
    QAction *m_add;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_import;
    QAction *m_export;
    QLineEdit *m_search;
    QLabel *m_matches;
    QTreeView *m_view;
    ToolDetailView *m_detail;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
};

} // namespace Callwright
