#pragma once

#include "nodegeometry.h"

#include <QGraphicsScene>
#include <QPointer>

#include <memory>
#include <unordered_map>
#include <vector>

class QMimeData;

namespace Callwright {

class ConnectionDrag;
class EdgeItem;
class NodeItem;
class NodePainter;
class ToolGraphModel;

/// The graph of one catalog as graphics items, rebuilt from the model's signals in the manner
/// of QtNodes' BasicGraphicsScene: it keeps one item per node and per edge by id, and every
/// edit the user makes on the canvas (drop, connect, move, delete) goes to the model, whose
/// signals then change the items. The undo stack is the document's, not the scene's.
class GraphScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphScene(QObject *parent = nullptr);
    ~GraphScene() override;

    /// Shows model (nullptr for none); the scene does not own it.
    void setModel(ToolGraphModel *model);
    ToolGraphModel *model() const;

    const NodeGeometry &nodeGeometry() const { return *m_geometry; }
    const NodePainter &nodePainter() const { return *m_painter; }

    NodeItem *nodeItem(int nodeId) const;
    EdgeItem *edgeItem(int edgeId) const;
    std::size_t nodeCount() const { return m_nodes.size(); }
    std::size_t edgeCount() const { return m_edges.size(); }

    QList<int> selectedNodeIds() const;
    QList<int> selectedEdgeIds() const;
    /// Selects exactly these items.
    void selectItems(const QList<int> &nodeIds, const QList<int> &edgeIds = {});
    /// Removes the selected nodes (with their edges) and edges as one undo step.
    void deleteSelection();
    /// The node whose tool is named text, else the first whose name contains it, or -1.
    int findNode(const QString &text) const;
    /// The nodes joined to nodeId by an edge.
    std::vector<int> neighbours(int nodeId) const;
    /// Nodes other than the selection's neighbourhood are dimmed.
    bool isDimmed(int nodeId) const;
    /// Fits the scene rect to the nodes now, with room around them to pan and drop into;
    /// otherwise it follows node changes once per event loop pass.
    void updateSceneRect();

    /// Adds the tools of a Catalog panel drag at scenePos; false (with a status message) when
    /// none of them can be added here.
    bool dropTools(const QMimeData *mime, const QPointF &scenePos);

    // The port drag that NodeItem starts.
    void beginConnection(NodeItem *node, PortSide side, int port);
    void updateConnection(const QPointF &scenePos);
    void finishConnection(const QPointF &scenePos);

Q_SIGNALS:
    /// Something the user should read in the status line: a refusal, what an edit did.
    void statusMessage(const QString &message);

protected:
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void clearItems();
    void addNodeItem(int nodeId);
    void removeNodeItem(int nodeId);
    void moveNodeItem(int nodeId);
    void addEdgeItem(int edgeId);
    void removeEdgeItem(int edgeId);
    void updateEdgeItem(int edgeId);
    void refreshTools();
    void updateHighlight();
    void queueSceneRect();

    std::unique_ptr<NodeGeometry> m_geometry;
    std::unique_ptr<NodePainter> m_painter;
    std::unique_ptr<ConnectionDrag> m_connection;
    QPointer<ToolGraphModel> m_model;
    std::unordered_map<int, std::unique_ptr<NodeItem>> m_nodes;
    std::unordered_map<int, std::unique_ptr<EdgeItem>> m_edges;
    std::unordered_map<int, std::vector<EdgeItem *>> m_edgesOfNode;
    bool m_rebuilding = false;
    bool m_dimming = false;
    bool m_boundsQueued = false;
};

} // namespace Callwright
