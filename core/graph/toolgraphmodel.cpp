#include "toolgraphmodel.h"

#include "commands/addgraphedge.h"
#include "commands/addgraphnodes.h"
#include "commands/changegraphedge.h"
#include "commands/movegraphnodes.h"
#include "commands/removegraphedges.h"
#include "commands/removegraphnodes.h"
#include "commands/replaceinferrededges.h"
#include "edgeinference.h"
#include "model/projectdocument.h"
#include "store/projectstore.h"
#include "toolfields.h"

#include <QHash>
#include <QUndoStack>

#include <algorithm>
#include <set>
#include <tuple>

namespace Callwright {

namespace {

constexpr double kGridX = 240;
constexpr double kGridY = 140;
constexpr int kGridColumns = 8;

/// What makes two edges the same connection: nodes, kind and mapping (a related edge reads
/// the same both ways).
using EdgeKey = std::tuple<int, int, int, std::vector<std::pair<QString, QString>>>;

EdgeKey keyOf(const GraphEdge &e, bool reversed = false)
{
    std::vector<std::pair<QString, QString>> mapping;
    for (const FieldMapping &m : e.mapping)
        mapping.push_back(reversed ? std::make_pair(m.to, m.from) : std::make_pair(m.from, m.to));
    std::sort(mapping.begin(), mapping.end());
    return reversed ? EdgeKey{e.toNode, e.fromNode, int(e.kind), mapping}
                    : EdgeKey{e.fromNode, e.toNode, int(e.kind), mapping};
}

bool sameConnection(const GraphEdge &a, const GraphEdge &b)
{
    const EdgeKey ka = keyOf(a);
    return ka == keyOf(b) || (a.kind == GraphEdge::Kind::Related && ka == keyOf(b, true));
}

bool byId(const GraphEdge &a, const GraphEdge &b)
{
    return a.id < b.id;
}

} // namespace

ToolGraphModel::ToolGraphModel(ProjectDocument *document, qint64 catalogId, ToolGraph graph,
                               QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_graph(std::move(graph))
{
    m_graph.catalogId = catalogId;
    std::sort(m_graph.nodes.begin(), m_graph.nodes.end(),
              [](const GraphNode &a, const GraphNode &b) { return a.id < b.id; });
    std::sort(m_graph.edges.begin(), m_graph.edges.end(), byId);
    for (const GraphNode &n : m_graph.nodes)
        m_nextNodeId = std::max(m_nextNodeId, n.id + 1);
    for (const GraphEdge &e : m_graph.edges)
        m_nextEdgeId = std::max(m_nextEdgeId, e.id + 1);
}

ToolGraphModel::~ToolGraphModel() = default;

std::vector<GraphNode>::iterator ToolGraphModel::findNode(int nodeId)
{
    auto it = std::lower_bound(m_graph.nodes.begin(), m_graph.nodes.end(), nodeId,
                               [](const GraphNode &n, int id) { return n.id < id; });
    return it != m_graph.nodes.end() && it->id == nodeId ? it : m_graph.nodes.end();
}

std::vector<GraphEdge>::iterator ToolGraphModel::findEdge(int edgeId)
{
    auto it = std::lower_bound(m_graph.edges.begin(), m_graph.edges.end(), edgeId,
                               [](const GraphEdge &e, int id) { return e.id < id; });
    return it != m_graph.edges.end() && it->id == edgeId ? it : m_graph.edges.end();
}

const GraphNode *ToolGraphModel::node(int nodeId) const
{
    auto it = const_cast<ToolGraphModel *>(this)->findNode(nodeId);
    return it != m_graph.nodes.end() ? &*it : nullptr;
}

const GraphEdge *ToolGraphModel::edge(int edgeId) const
{
    auto it = const_cast<ToolGraphModel *>(this)->findEdge(edgeId);
    return it != m_graph.edges.end() ? &*it : nullptr;
}

int ToolGraphModel::nodeForTool(const QString &toolName) const
{
    for (const GraphNode &n : m_graph.nodes) {
        if (n.toolName == toolName)
            return n.id;
    }
    return -1;
}

std::vector<int> ToolGraphModel::edgesOf(int nodeId) const
{
    std::vector<int> ids;
    for (const GraphEdge &e : m_graph.edges) {
        if (e.fromNode == nodeId || e.toNode == nodeId)
            ids.push_back(e.id);
    }
    return ids;
}

const Tool *ToolGraphModel::toolOf(int nodeId) const
{
    const GraphNode *n = node(nodeId);
    const Catalog *c = m_document ? m_document->catalog(catalogId()) : nullptr;
    return n && c ? c->findTool(n->toolName) : nullptr;
}

QStringList ToolGraphModel::sourcePorts(const GraphEdge &edge) const
{
    const Tool *tool = toolOf(edge.fromNode);
    if (!tool)
        return {};
    return edge.kind == GraphEdge::Kind::DataFlow ? ToolFields::outputPorts(*tool)
                                                  : ToolFields::inputPorts(*tool);
}

QStringList ToolGraphModel::targetPorts(const GraphEdge &edge) const
{
    const Tool *tool = toolOf(edge.toNode);
    return tool ? ToolFields::inputPorts(*tool) : QStringList();
}

QString ToolGraphModel::checkEdge(const GraphEdge &edge) const
{
    const GraphNode *from = node(edge.fromNode);
    const GraphNode *to = node(edge.toNode);
    if (!from || !to)
        return tr("The connection names a tool that is not on the graph.");
    if (edge.fromNode == edge.toNode)
        return tr("A tool cannot be connected to itself (%1).").arg(from->toolName);
    for (const GraphEdge &e : m_graph.edges) {
        if (e.id != edge.id && sameConnection(e, edge)) {
            return tr("%1 and %2 are already connected this way.")
                    .arg(from->toolName, to->toolName);
        }
    }
    return {};
}

QStringList ToolGraphModel::staleFields(const GraphEdge &edge) const
{
    QStringList stale;
    const QStringList fromPorts = sourcePorts(edge);
    const QStringList toPorts = targetPorts(edge);
    for (const FieldMapping &m : edge.mapping) {
        if (!fromPorts.contains(m.from) && !stale.contains(m.from))
            stale << m.from;
        if (!toPorts.contains(m.to) && !stale.contains(m.to))
            stale << m.to;
    }
    return stale;
}

void ToolGraphModel::push(QUndoCommand *command)
{
    // The document owns the stack; a model without one (never made by a document) is
    // read-only.
    if (!m_document) {
        delete command;
        return;
    }
    m_document->undoStack()->push(command);
}

QList<int> ToolGraphModel::addNodes(const QStringList &toolNames, const QList<QPointF> &positions)
{
    const Catalog *catalog = m_document ? m_document->catalog(catalogId()) : nullptr;
    QList<int> ids;
    std::vector<GraphNode> added;
    QHash<QString, int> seen;
    for (int i = 0; i < toolNames.size(); ++i) {
        const QString &name = toolNames[i];
        int id = nodeForTool(name);
        if (id < 0)
            id = seen.value(name, -1);
        if (id < 0 && catalog && catalog->findTool(name)) {
            GraphNode n;
            n.id = nextNodeId();
            n.toolName = name;
            const QPointF p = i < positions.size() ? positions[i] : QPointF();
            n.x = p.x();
            n.y = p.y();
            added.push_back(n);
            seen.insert(name, n.id);
            id = n.id;
        }
        ids << id;
    }
    if (!added.empty())
        push(new AddGraphNodes(m_document, catalogId(), std::move(added)));
    return ids;
}

void ToolGraphModel::moveNodes(const std::map<int, QPointF> &positions)
{
    std::map<int, QPointF> moved;
    std::map<int, QPointF> previous;
    for (const auto &[id, pos] : positions) {
        const GraphNode *n = node(id);
        if (n && (n->x != pos.x() || n->y != pos.y())) {
            moved[id] = pos;
            previous[id] = QPointF(n->x, n->y);
        }
    }
    if (moved.empty())
        return;
    if (!m_moveOpen) {
        ++m_moveSerial;
        m_moveOpen = true;
    }
    push(new MoveGraphNodes(m_document, catalogId(), std::move(moved), std::move(previous),
                            m_moveSerial));
}

void ToolGraphModel::finishMove()
{
    const bool wasOpen = m_moveOpen;
    m_moveOpen = false;
    if (wasOpen && m_moveUnsaved) // the drag's positions reach the file once, on release
        save();
    m_moveUnsaved = false;
}

void ToolGraphModel::removeNodes(const QList<int> &nodeIds)
{
    std::vector<GraphNode> nodes;
    std::set<int> ids;
    for (int id : nodeIds) {
        const GraphNode *n = node(id);
        if (n && ids.insert(id).second)
            nodes.push_back(*n);
    }
    if (nodes.empty())
        return;
    std::vector<GraphEdge> edges;
    for (const GraphEdge &e : m_graph.edges) {
        if (ids.count(e.fromNode) || ids.count(e.toNode))
            edges.push_back(e);
    }
    m_moveOpen = false;
    push(new RemoveGraphNodes(m_document, catalogId(), std::move(nodes), std::move(edges)));
}

QString ToolGraphModel::addEdge(const GraphEdge &edge)
{
    GraphEdge e = edge;
    e.id = 0;
    const QString refusal = checkEdge(e);
    if (!refusal.isEmpty())
        return refusal;
    e.id = nextEdgeId();
    e.confidence = std::clamp(e.confidence, 0.0, 1.0);
    push(new AddGraphEdge(m_document, catalogId(), std::move(e)));
    return {};
}

void ToolGraphModel::removeEdges(const QList<int> &edgeIds)
{
    std::vector<GraphEdge> edges;
    std::set<int> seen;
    for (int id : edgeIds) {
        if (const GraphEdge *e = edge(id); e && seen.insert(id).second)
            edges.push_back(*e);
    }
    if (!edges.empty())
        push(new RemoveGraphEdges(m_document, catalogId(), std::move(edges)));
}

void ToolGraphModel::changeEdge(const GraphEdge &changed)
{
    const GraphEdge *old = edge(changed.id);
    if (!old || *old == changed || !checkEdge(changed).isEmpty())
        return;
    GraphEdge e = changed;
    e.confidence = std::clamp(e.confidence, 0.0, 1.0);
    // A curator's correction of an inferred edge is theirs: inference must keep it.
    if (e.fromNode != old->fromNode || e.toNode != old->toNode || e.kind != old->kind
        || e.mapping != old->mapping)
        e.origin = GraphEdge::Origin::Manual;
    push(new ChangeGraphEdge(m_document, catalogId(), *old, std::move(e)));
}

void ToolGraphModel::replaceInferredEdges(const std::vector<GraphEdge> &inferred)
{
    std::vector<GraphEdge> edges;
    for (const GraphEdge &e : inferred) {
        if (node(e.fromNode) && node(e.toNode) && e.fromNode != e.toNode)
            edges.push_back(e);
    }
    replaceInferred(std::move(edges), {});
}

InferenceApplied
ToolGraphModel::replaceInferredEdges(const std::vector<InferredEdge> &inferred,
                                     const std::map<QString, QPointF> &positionsOfNewNodes)
{
    QHash<QString, int> nodeIds;
    double bottom = -kGridY;
    for (const GraphNode &n : m_graph.nodes) {
        nodeIds.insert(n.toolName, n.id);
        bottom = std::max(bottom, n.y);
    }
    std::vector<GraphNode> newNodes;
    auto nodeFor = [&](const QString &tool) {
        const auto it = nodeIds.constFind(tool);
        if (it != nodeIds.cend())
            return *it;
        GraphNode n;
        n.id = nextNodeId();
        n.toolName = tool;
        const auto given = positionsOfNewNodes.find(tool);
        if (given != positionsOfNewNodes.end()) {
            n.x = given->second.x();
            n.y = given->second.y();
        } else {
            const int k = int(newNodes.size());
            n.x = (k % kGridColumns) * kGridX;
            n.y = bottom + kGridY * (1 + k / kGridColumns);
        }
        newNodes.push_back(n);
        nodeIds.insert(tool, n.id);
        return n.id;
    };
    std::vector<GraphEdge> edges;
    edges.reserve(inferred.size());
    // Inference runs off the GUI thread on a copy of the tools; one renamed or deleted since
    // must not come back as a node of its own.
    const Catalog *catalog = m_document->catalog(catalogId());
    const auto exists = [catalog](const QString &tool) {
        return catalog && catalog->findTool(tool);
    };
    for (const InferredEdge &ie : inferred) {
        if (ie.fromToolName == ie.toToolName || !exists(ie.fromToolName) || !exists(ie.toToolName))
            continue;
        GraphEdge e;
        e.fromNode = nodeFor(ie.fromToolName);
        e.toNode = nodeFor(ie.toToolName);
        e.kind = ie.kind;
        e.origin = GraphEdge::Origin::Inferred;
        e.confidence = std::clamp(ie.confidence, 0.0, 1.0);
        e.mapping = {ie.mapping};
        edges.push_back(std::move(e));
    }
    return replaceInferred(std::move(edges), std::move(newNodes));
}

InferenceApplied ToolGraphModel::replaceInferred(std::vector<GraphEdge> inferred,
                                                 std::vector<GraphNode> newNodes)
{
    InferenceApplied applied;
    std::set<EdgeKey> taken;
    std::vector<GraphEdge> removed;
    for (const GraphEdge &e : m_graph.edges) {
        if (e.origin == GraphEdge::Origin::Manual) {
            ++applied.keptManual;
            taken.insert(keyOf(e));
            if (e.kind == GraphEdge::Kind::Related)
                taken.insert(keyOf(e, true));
        } else {
            removed.push_back(e);
        }
    }
    std::vector<GraphEdge> added;
    std::set<int> usedNodes;
    for (GraphEdge &e : inferred) {
        const EdgeKey key = keyOf(e);
        const bool manual = taken.count(key) > 0;
        if (manual || (e.kind == GraphEdge::Kind::Related && taken.count(keyOf(e, true)))) {
            if (manual)
                ++applied.droppedAsManual;
            continue;
        }
        taken.insert(key);
        if (e.kind == GraphEdge::Kind::Related)
            taken.insert(keyOf(e, true));
        e.id = nextEdgeId();
        e.origin = GraphEdge::Origin::Inferred;
        usedNodes.insert(e.fromNode);
        usedNodes.insert(e.toNode);
        added.push_back(std::move(e));
    }
    // New nodes whose edges all duplicated manual ones are not needed after all.
    newNodes.erase(std::remove_if(newNodes.begin(), newNodes.end(),
                                  [&](const GraphNode &n) { return !usedNodes.count(n.id); }),
                   newNodes.end());
    applied.added = int(added.size());
    applied.removed = int(removed.size());
    applied.nodesAdded = int(newNodes.size());
    applied.total = applied.keptManual + applied.added;
    if (added.empty() && removed.empty() && newNodes.empty())
        return applied;
    m_moveOpen = false;
    push(new ReplaceInferredEdges(m_document, catalogId(), std::move(newNodes), std::move(removed),
                                  std::move(added)));
    return applied;
}

void ToolGraphModel::applyLayout(const std::map<int, QPointF> &positions)
{
    std::map<int, QPointF> moved;
    std::map<int, QPointF> previous;
    for (const auto &[id, pos] : positions) {
        if (const GraphNode *n = node(id)) {
            moved[id] = pos;
            previous[id] = QPointF(n->x, n->y);
        }
    }
    if (moved.empty())
        return;
    m_moveOpen = false;
    push(new MoveGraphNodes(m_document, catalogId(), std::move(moved), std::move(previous), -1,
                            tr("Apply Layout")));
}

void ToolGraphModel::applyInsertNode(const GraphNode &node)
{
    auto it = std::lower_bound(m_graph.nodes.begin(), m_graph.nodes.end(), node.id,
                               [](const GraphNode &n, int id) { return n.id < id; });
    if (it != m_graph.nodes.end() && it->id == node.id)
        return;
    m_graph.nodes.insert(it, node);
    m_nextNodeId = std::max(m_nextNodeId, node.id + 1);
    save();
    Q_EMIT nodeCreated(node.id);
}

void ToolGraphModel::applyRemoveNode(int nodeId)
{
    auto it = findNode(nodeId);
    if (it == m_graph.nodes.end())
        return;
    beginUpdate();
    // Edges never outlive their nodes; the commands remove them first so undo has them.
    applyRemoveEdges(edgesOf(nodeId));
    m_graph.nodes.erase(findNode(nodeId));
    m_dirty = true;
    endUpdate();
    Q_EMIT nodeDeleted(nodeId);
}

void ToolGraphModel::applyNodePositions(const std::map<int, QPointF> &positions)
{
    std::vector<int> moved;
    for (const auto &[id, pos] : positions) {
        auto it = findNode(id);
        if (it == m_graph.nodes.end())
            continue;
        it->x = pos.x();
        it->y = pos.y();
        moved.push_back(id);
    }
    if (moved.empty())
        return;
    // During a drag every mouse move lands here; writing the whole graph each time would make
    // large graphs stutter, so the file is written when the drag ends (finishMove).
    if (m_moveOpen)
        m_moveUnsaved = true;
    else
        save();
    for (int id : moved)
        Q_EMIT nodePositionUpdated(id);
}

void ToolGraphModel::applyInsertEdge(const GraphEdge &edge)
{
    applyInsertEdges({edge});
}

void ToolGraphModel::applyInsertEdges(const std::vector<GraphEdge> &edges)
{
    std::vector<int> inserted;
    for (const GraphEdge &e : edges) {
        if (!node(e.fromNode) || !node(e.toNode) || edge(e.id))
            continue;
        // New edges have the highest ids, so this is an append in all but undo.
        m_graph.edges.insert(std::lower_bound(m_graph.edges.begin(), m_graph.edges.end(), e, byId),
                             e);
        m_nextEdgeId = std::max(m_nextEdgeId, e.id + 1);
        inserted.push_back(e.id);
    }
    if (inserted.empty())
        return;
    save();
    for (int id : inserted)
        Q_EMIT edgeCreated(id);
}

void ToolGraphModel::applyRemoveEdge(int edgeId)
{
    applyRemoveEdges({edgeId});
}

void ToolGraphModel::applyRemoveEdges(const std::vector<int> &edgeIds)
{
    const std::set<int> ids(edgeIds.begin(), edgeIds.end());
    std::vector<int> removed;
    auto end = std::remove_if(m_graph.edges.begin(), m_graph.edges.end(), [&](const GraphEdge &e) {
        if (!ids.count(e.id))
            return false;
        removed.push_back(e.id);
        return true;
    });
    if (removed.empty())
        return;
    m_graph.edges.erase(end, m_graph.edges.end());
    save();
    for (int id : removed)
        Q_EMIT edgeDeleted(id);
}

void ToolGraphModel::applyChangeEdge(const GraphEdge &changed)
{
    auto it = findEdge(changed.id);
    if (it == m_graph.edges.end())
        return;
    *it = changed;
    save();
    Q_EMIT edgeUpdated(changed.id);
}

void ToolGraphModel::applyToolRenamed(const QString &from, const QString &to)
{
    if (from == to || nodeForTool(to) >= 0)
        return;
    bool renamed = false;
    for (GraphNode &n : m_graph.nodes) {
        if (n.toolName == from) {
            n.toolName = to;
            renamed = true;
        }
    }
    // Views hear of it through toolsChanged(), which the document emits next.
    if (renamed)
        save();
}

int ToolGraphModel::nextNodeId()
{
    return m_nextNodeId++;
}

int ToolGraphModel::nextEdgeId()
{
    return m_nextEdgeId++;
}

void ToolGraphModel::beginUpdate()
{
    ++m_updateDepth;
}

void ToolGraphModel::endUpdate()
{
    if (m_updateDepth > 0 && --m_updateDepth == 0 && m_dirty)
        save();
}

void ToolGraphModel::notifyToolsChanged()
{
    Q_EMIT toolsChanged();
}

void ToolGraphModel::save()
{
    if (m_updateDepth > 0) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    if (!m_document)
        return;
    if (!m_document->store().saveGraph(m_graph))
        Q_EMIT m_document->storeError(m_document->store().lastError().message);
}

} // namespace Callwright
