#pragma once

#include "panel.h"

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

/// The project's catalogs and tools: a searchable tree, the selected tool's definition, and
/// the Duplicate and Delete commands, which go through the document so they can be undone.
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
    /// Selects a tool in the list (clearing a search that hides it); false if unknown.
    bool selectTool(qint64 toolId);
    /// Selects the first tool of the first catalog, if any.
    void selectFirstTool();

protected:
    void documentChanged() override;

private:
    void updateDetail();
    void updateActions();
    void updateEmptyState();
    void duplicateCurrent();
    void deleteCurrent();

    ToolsModel *m_model;
    ToolFilterProxyModel *m_proxy;
    QAction *m_duplicate;
    QAction *m_delete;
    QLineEdit *m_search;
    QLabel *m_matches;
    QTreeView *m_view;
    ToolDetailView *m_detail;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
};

} // namespace Callwright
