#pragma once

#include "model/toolgraph.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QStringList>

#include <map>
#include <vector>

class QUndoCommand;

namespace Callwright {

class ProjectDocument;
struct InferredEdge;
struct Tool;

/// What replacing the inferred edges did.
struct InferenceApplied
{
    int added = 0;           ///< inferred edges now on the graph
    int removed = 0;         ///< inferred edges the new ones replaced
    int keptManual = 0;      ///< manual edges, all kept unchanged
    int droppedAsManual = 0; ///< inferred edges that duplicate a manual one
    int nodesAdded = 0;
    int total = 0; ///< edges on the graph afterwards
};

/// The dependency graph of one catalog as an editable model, in the manner of QtNodes'
/// abstract graph model: nodes and edges are keyed by integer ids, views rebuild their items
/// from the signals, and items never own data. Every user edit is one undo command on the
/// document's stack; the apply* operations are what those commands call. Each change is
/// written through to the project file.
///
/// Nodes are tools (by name); a node's input ports are the tool's parameters (top-level
/// properties of its parameters schema) and its output ports are its return fields (top-level
/// properties of its returns schema, or the single port "result" when the returns schema has
/// none). A data-flow edge runs from an output port of one node to an input port of another;
/// a related edge joins an input port of one node to an input port of another.
class ToolGraphModel final : public QObject
{
    Q_OBJECT

public:
    ToolGraphModel(ProjectDocument *document, qint64 catalogId, ToolGraph graph,
                   QObject *parent = nullptr);
    ~ToolGraphModel() override;

    ProjectDocument *document() const { return m_document; }
    qint64 catalogId() const { return m_graph.catalogId; }
    const ToolGraph &graph() const { return m_graph; }

    const GraphNode *node(int nodeId) const;
    const GraphEdge *edge(int edgeId) const;
    /// The node that shows toolName, or -1.
    int nodeForTool(const QString &toolName) const;
    /// Ids of the edges that start or end at the node.
    std::vector<int> edgesOf(int nodeId) const;
    /// The tool a node shows; nullptr when the tool was deleted or renamed away.
    const Tool *toolOf(int nodeId) const;

    /// The ports an edge's mapping may name at its source (return fields for data flow,
    /// parameters for related) and at its target (parameters); empty when the tool is gone.
    QStringList sourcePorts(const GraphEdge &edge) const;
    QStringList targetPorts(const GraphEdge &edge) const;

    /// Why the edge cannot be added (translated), or an empty string when it can: a self-loop,
    /// a duplicate of an existing edge (same nodes, kind and mapping), an unknown node.
    QString checkEdge(const GraphEdge &edge) const;
    /// Fields named by the edge's mapping that the tools no longer have (shown, never crashed
    /// on).
    QStringList staleFields(const GraphEdge &edge) const;

    // User edits; each pushes one undo command.
    /// Adds a node per tool not yet on the canvas; returns the ids of all the tools' nodes.
    QList<int> addNodes(const QStringList &toolNames, const QList<QPointF> &positions);
    /// Moves nodes; consecutive moves of the same selection merge into one undo step until
    /// finishMove() is called (on mouse release).
    void moveNodes(const std::map<int, QPointF> &positions);
    void finishMove();
    /// Removes nodes and every edge touching them; undo brings both back.
    void removeNodes(const QList<int> &nodeIds);
    /// Adds an edge (a manual one unless it says otherwise); returns the refusal message from
    /// checkEdge() without touching anything when it cannot be added, else an empty string.
    QString addEdge(const GraphEdge &edge);
    void removeEdges(const QList<int> &edgeIds);
    void changeEdge(const GraphEdge &edge);
    /// Replaces every inferred edge with inferred; manual edges are never removed or changed,
    /// and an inferred edge that duplicates a manual one is dropped. Nodes are added for tools
    /// the new edges need. One undo step. (Edges given by node id can only join nodes on the
    /// graph already; others are dropped. The InferredEdge overload names tools.)
    void replaceInferredEdges(const std::vector<GraphEdge> &inferred);
    /// The same from an EdgeInference result, whose edges name tools rather than nodes.
    /// New nodes without a given position are placed on a grid below the graph.
    InferenceApplied replaceInferredEdges(const std::vector<InferredEdge> &inferred,
                                          const std::map<QString, QPointF> &positionsOfNewNodes
                                          = {});
    /// Sets many node positions at once (an automatic layout); one undo step.
    void applyLayout(const std::map<int, QPointF> &positions);

    // Operations the undo commands perform; each writes through to the project file.
    void applyInsertNode(const GraphNode &node);
    void applyRemoveNode(int nodeId);
    void applyNodePositions(const std::map<int, QPointF> &positions);
    void applyInsertEdge(const GraphEdge &edge);
    void applyRemoveEdge(int edgeId);
    void applyChangeEdge(const GraphEdge &edge);
    int nextNodeId();
    int nextEdgeId();
    void applyInsertEdges(const std::vector<GraphEdge> &edges);
    void applyRemoveEdges(const std::vector<int> &edgeIds);
    /// Nodes follow their tool's rename (ChangeTool's redo and undo call this).
    void applyToolRenamed(const QString &from, const QString &to);
    /// Between beginUpdate() and endUpdate() the apply* operations write to the project
    /// file once, at the end (batches of thousands of edges).
    void beginUpdate();
    void endUpdate();
    /// Emits toolsChanged(); the document calls it when a tool of the catalog changes.
    void notifyToolsChanged();

Q_SIGNALS:
    void nodeCreated(int nodeId);
    void nodeDeleted(int nodeId);
    void nodePositionUpdated(int nodeId);
    void edgeCreated(int edgeId);
    void edgeDeleted(int edgeId);
    void edgeUpdated(int edgeId);
    /// Ports may have changed: a tool of this catalog was edited, renamed or removed.
    void toolsChanged();

private:
    void save();
    void push(QUndoCommand *command);
    std::vector<GraphEdge>::iterator findEdge(int edgeId);
    std::vector<GraphNode>::iterator findNode(int nodeId);
    InferenceApplied replaceInferred(std::vector<GraphEdge> inferred,
                                     std::vector<GraphNode> newNodes);

    ProjectDocument *m_document;
    ToolGraph m_graph;
    int m_nextNodeId = 1;
    int m_nextEdgeId = 1;
    bool m_moveOpen = false;
    bool m_moveUnsaved = false; ///< positions of the open drag not yet written
    int m_moveSerial = 0;
    int m_updateDepth = 0;
    bool m_dirty = false;
};

} // namespace Callwright
