#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace Callwright {

class ToolGraphModel;

/// The side pane that explains one edge: which tools and fields it joins, its kind, origin,
/// confidence and field mapping. Fields the tools no longer have are shown in red with a
/// warning. A manual edge's kind and confidence can be edited (one undo step each).
class EdgeInspector final : public QWidget
{
    Q_OBJECT

public:
    explicit EdgeInspector(QWidget *parent = nullptr);
    ~EdgeInspector() override;

    void setModel(ToolGraphModel *model);
    /// Shows an edge, or (edgeId < 0) a summary of the node nodeId, or a hint when neither.
    void showSelection(int edgeId, int nodeId);
    int edgeId() const { return m_edgeId; }

    QComboBox *kindBox() const { return m_kind; }
    QDoubleSpinBox *confidenceBox() const { return m_confidence; }
    QTableWidget *mappingTable() const { return m_mapping; }
    /// The stale-field warning; empty when every field exists.
    QString warningText() const;
    /// The text of the page shown when no edge is selected.
    QString placeholderText() const;

private:
    void refresh();
    void applyKind(int index);
    void applyConfidence(double value);

    QPointer<ToolGraphModel> m_model;
    int m_edgeId = -1;
    int m_nodeId = -1;
    bool m_updating = false;
    QStackedWidget *m_pages;
    QLabel *m_placeholder;
    QLabel *m_from;
    QLabel *m_to;
    QComboBox *m_kind;
    QLabel *m_origin;
    QDoubleSpinBox *m_confidence;
    QTableWidget *m_mapping;
    QLabel *m_warning;
};

} // namespace Callwright
