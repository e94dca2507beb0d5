#pragma once

#include "panel.h"

#include <QPointer>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QStringListModel;
class QTimer;

namespace Callwright {

class ActionRegistry;
class EdgeInspector;
class EmptyState;
class GraphScene;
class GraphTasks;
class GraphView;
class ToolGraphModel;

/// The dependency graph of one catalog's tools, drawn and edited on a canvas: tools dropped
/// from the Catalog panel, ports connected by dragging, edges inferred and the graph laid out
/// off the GUI thread, and an inspector for the selected edge. Every edit goes through the
/// catalog's ToolGraphModel, so it can be undone.
class GraphPanel final : public Panel
{
    Q_OBJECT

public:
    GraphPanel(ActionRegistry *actions, QWidget *parent = nullptr);
    ~GraphPanel() override;

    QString panelId() const override;
    QString title() const override;
    /// What the panel currently says (its status line, or why it is empty), for tests and
    /// accessibility.
    QString statusText() const;

    GraphScene *scene() const { return m_scene; }
    GraphView *view() const { return m_view; }
    EdgeInspector *inspector() const { return m_inspector; }
    QComboBox *catalogSelector() const { return m_catalogs; }
    QLineEdit *searchField() const { return m_search; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    ToolGraphModel *model() const;
    /// True while inference or layout runs.
    bool isBusy() const;

    /// Shows the graph of a catalog; false if the project has no such catalog.
    bool selectCatalog(qint64 catalogId);
    qint64 currentCatalogId() const;

    // The commands behind the buttons, for tests and scripted runs.
    /// Places every tool of the catalog that is not on the canvas yet, in a grid.
    void addAllTools();
    /// Starts inference with the threshold box's value; inferenceFinished follows.
    void inferEdges();
    /// Starts an automatic layout; layoutFinished follows.
    void layoutGraph();
    void cancelTask();
    /// Selects the node of a tool and centres on it; false if it is not on the canvas.
    bool findTool(const QString &text);
    /// Like findTool, and also selects the tool's most telling edge (data flow before related,
    /// then by confidence) for the inspector.
    bool inspectTool(const QString &text);

Q_SIGNALS:
    void inferenceFinished(const QString &report);
    void layoutFinished(const QString &report);

protected:
    void documentChanged() override;

private:
    void refreshCatalogs();
    void showCatalog(qint64 catalogId);
    void showStatus(const QString &message);
    void updateSelection();
    void updateActions();
    void refreshCompleter();
    void taskStarted(const QString &what);
    void taskEnded(const QString &report);

    QPointer<QAction> m_infer;
    QPointer<QAction> m_layout;
    QPointer<QAction> m_delete;
    GraphScene *m_scene;
    GraphView *m_view;
    EdgeInspector *m_inspector;
    GraphTasks *m_tasks;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QComboBox *m_catalogs;
    QLineEdit *m_search;
    QStringListModel *m_names;
    QTimer *m_namesTimer;
    QDoubleSpinBox *m_threshold;
    QLabel *m_zoom;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    qint64 m_catalogId = 0;
    bool m_layoutAfterInference = false;
    QString m_pendingReport;
};

} // namespace Callwright
