#include "graphscene.h"

#include "connectiondrag.h"
#include "edgeitem.h"
#include "nodeitem.h"
#include "nodepainter.h"

#include "models/toolmimedata.h"

#include "graph/toolfields.h"
#include "graph/toolgraphmodel.h"
#include "model/projectdocument.h"

#include <QFileInfo>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QMimeData>
#include <QPalette>
#include <QSignalBlocker>
#include <QUndoStack>

#include <algorithm>
#include <unordered_set>

namespace Callwright {

namespace {

constexpr qreal kDimmedNode = 0.22;
constexpr qreal kDimmedEdge = 0.12;
// Dropped tools are stacked below each other so they do not cover one another.
constexpr qreal kDropSpacing = 40;
// Room around the graph, in scene units, to pan into and to drop new tools on.
constexpr qreal kSceneMargin = 1500;

/// The sorted ids of the selected items of one kind.
template<typename Item>
QList<int> selectedIds(const QList<QGraphicsItem *> &selected, int (Item::*id)() const)
{
    QList<int> ids;
    for (QGraphicsItem *item : selected) {
        if (item->type() == Item::Type)
            ids << (static_cast<Item *>(item)->*id)();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

GraphScene::GraphScene(QObject *parent)
    : QGraphicsScene(parent)
    , m_geometry(std::make_unique<NodeGeometry>())
    , m_painter(std::make_unique<NodePainter>(*m_geometry, QGuiApplication::palette()))
    , m_connection(std::make_unique<ConnectionDrag>(this))
{
    // Items rarely move compared with how often the view asks what is visible.
    setItemIndexMethod(BspTreeIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::updateHighlight);
}

GraphScene::~GraphScene()
{
    // The maps own the items; they must go before QGraphicsScene deletes what is left.
    clearItems();
}

void GraphScene::setModel(ToolGraphModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        m_model->disconnect(this);
    clearItems();
    m_model = model;
    if (!model)
        return;
    m_rebuilding = true;
    for (const GraphNode &node : model->graph().nodes)
        addNodeItem(node.id);
    for (const GraphEdge &edge : model->graph().edges)
        addEdgeItem(edge.id);
    m_rebuilding = false;
    connect(model, &ToolGraphModel::nodeCreated, this, &GraphScene::addNodeItem);
    connect(model, &ToolGraphModel::nodeDeleted, this, &GraphScene::removeNodeItem);
    connect(model, &ToolGraphModel::nodePositionUpdated, this, &GraphScene::moveNodeItem);
    connect(model, &ToolGraphModel::edgeCreated, this, &GraphScene::addEdgeItem);
    connect(model, &ToolGraphModel::edgeDeleted, this, &GraphScene::removeEdgeItem);
    connect(model, &ToolGraphModel::edgeUpdated, this, &GraphScene::updateEdgeItem);
    connect(model, &ToolGraphModel::toolsChanged, this, &GraphScene::refreshTools);
    connect(model, &QObject::destroyed, this, [this] { clearItems(); });
    updateSceneRect();
}

void GraphScene::clearItems()
{
    // Deleting selected items would announce a selection change per item.
    const bool hadSelection = !selectedItems().isEmpty();
    QSignalBlocker blocker(this);
    m_rebuilding = true;
    m_connection->cancel();
    m_edgesOfNode.clear();
    m_edges.clear();
    m_nodes.clear();
    m_rebuilding = false;
    m_dimming = false;
    if (hadSelection) {
        blocker.unblock();
        Q_EMIT selectionChanged();
    }
}

ToolGraphModel *GraphScene::model() const
{
    return m_model;
}

NodeItem *GraphScene::nodeItem(int nodeId) const
{
    const auto it = m_nodes.find(nodeId);
    return it == m_nodes.end() ? nullptr : it->second.get();
}

EdgeItem *GraphScene::edgeItem(int edgeId) const
{
    const auto it = m_edges.find(edgeId);
    return it == m_edges.end() ? nullptr : it->second.get();
}

void GraphScene::addNodeItem(int nodeId)
{
    const GraphNode *node = m_model ? m_model->node(nodeId) : nullptr;
    if (!node || m_nodes.count(nodeId))
        return;
    auto item = std::make_unique<NodeItem>(nodeId, this);
    item->setTool(node->toolName, m_model->toolOf(nodeId));
    item->setPos(node->x, node->y);
    if (m_dimming)
        item->setOpacity(kDimmedNode);
    addItem(item.get());
    m_nodes.emplace(nodeId, std::move(item));
    queueSceneRect();
}

void GraphScene::removeNodeItem(int nodeId)
{
    const auto it = m_nodes.find(nodeId);
    if (it == m_nodes.end())
        return;
    // The model removes a node's edges first; this only guards against a model that does not.
    const auto edges = m_edgesOfNode.find(nodeId);
    if (edges != m_edgesOfNode.end()) {
        const std::vector<EdgeItem *> touching = edges->second;
        for (EdgeItem *edge : touching)
            removeEdgeItem(edge->edgeId());
        m_edgesOfNode.erase(nodeId);
    }
    m_connection->forget(it->second.get());
    m_nodes.erase(it);
    queueSceneRect();
}

void GraphScene::moveNodeItem(int nodeId)
{
    NodeItem *item = nodeItem(nodeId);
    const GraphNode *node = m_model ? m_model->node(nodeId) : nullptr;
    if (!item || !node)
        return;
    item->setPos(node->x, node->y);
    const auto edges = m_edgesOfNode.find(nodeId);
    if (edges != m_edgesOfNode.end()) {
        for (EdgeItem *edge : edges->second)
            edge->updatePath();
    }
    queueSceneRect();
}

void GraphScene::queueSceneRect()
{
    if (m_boundsQueued)
        return;
    // A layout moves thousands of nodes at once; the rect is worked out once after them.
    m_boundsQueued = true;
    QMetaObject::invokeMethod(this, &GraphScene::updateSceneRect, Qt::QueuedConnection);
}

void GraphScene::updateSceneRect()
{
    m_boundsQueued = false;
    QRectF bounds;
    for (const auto &[id, item] : m_nodes)
        bounds |= item->sceneBoundingRect();
    if (!bounds.isNull())
        bounds.adjust(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    // What the views show stays inside, and stays where it is on screen: a card stays under
    // the cursor that dropped it. (A view smaller than its scene is scrolled, a larger one
    // centres it, so the first card would otherwise jump.) An empty canvas has no scroll bars.
    const QList<QGraphicsView *> shown = views();
    std::vector<QPointF> centres;
    for (const QGraphicsView *view : shown) {
        bounds |= view->mapToScene(view->viewport()->rect()).boundingRect();
        centres.push_back(view->mapToScene(view->viewport()->rect().center()));
    }
    setSceneRect(bounds.isNull() ? QRectF(-1, -1, 2, 2) : bounds);
    for (std::size_t i = 0; i < centres.size(); ++i) {
        QGraphicsView *view = shown[qsizetype(i)];
        const QPointF now = view->mapToScene(view->viewport()->rect().center());
        if ((now - centres[i]).manhattanLength() * view->transform().m11() > 1)
            view->centerOn(centres[i]);
    }
}

void GraphScene::addEdgeItem(int edgeId)
{
    const GraphEdge *edge = m_model ? m_model->edge(edgeId) : nullptr;
    if (!edge || m_edges.count(edgeId))
        return;
    auto item = std::make_unique<EdgeItem>(*edge, this);
    item->updatePath();
    if (m_dimming)
        item->setOpacity(kDimmedEdge);
    addItem(item.get());
    m_edgesOfNode[edge->fromNode].push_back(item.get());
    if (edge->toNode != edge->fromNode)
        m_edgesOfNode[edge->toNode].push_back(item.get());
    m_edges.emplace(edgeId, std::move(item));
}

void GraphScene::removeEdgeItem(int edgeId)
{
    const auto it = m_edges.find(edgeId);
    if (it == m_edges.end())
        return;
    EdgeItem *item = it->second.get();
    for (int nodeId : {item->fromNode(), item->toNode()}) {
        const auto edges = m_edgesOfNode.find(nodeId);
        if (edges != m_edgesOfNode.end()) {
            std::vector<EdgeItem *> &list = edges->second;
            list.erase(std::remove(list.begin(), list.end(), item), list.end());
        }
    }
    m_edges.erase(it);
}

void GraphScene::updateEdgeItem(int edgeId)
{
    EdgeItem *item = edgeItem(edgeId);
    const GraphEdge *edge = m_model ? m_model->edge(edgeId) : nullptr;
    if (!item || !edge)
        return;
    item->setEdge(*edge);
}

void GraphScene::refreshTools()
{
    for (auto &[id, item] : m_nodes) {
        if (const GraphNode *node = m_model->node(id))
            item->setTool(node->toolName, m_model->toolOf(id));
    }
    for (auto &[id, item] : m_edges)
        item->updatePath();
}

QList<int> GraphScene::selectedNodeIds() const
{
    return selectedIds(selectedItems(), &NodeItem::nodeId);
}

QList<int> GraphScene::selectedEdgeIds() const
{
    return selectedIds(selectedItems(), &EdgeItem::edgeId);
}

void GraphScene::selectItems(const QList<int> &nodeIds, const QList<int> &edgeIds)
{
    // One highlight pass for the whole change, not one per item.
    m_rebuilding = true;
    clearSelection();
    for (int id : nodeIds) {
        if (NodeItem *item = nodeItem(id))
            item->setSelected(true);
    }
    for (int id : edgeIds) {
        if (EdgeItem *item = edgeItem(id))
            item->setSelected(true);
    }
    m_rebuilding = false;
    updateHighlight();
    Q_EMIT selectionChanged();
}

void GraphScene::deleteSelection()
{
    if (!m_model)
        return;
    const QList<int> nodes = selectedNodeIds();
    QList<int> edges;
    for (int id : selectedEdgeIds()) {
        const EdgeItem *item = edgeItem(id);
        // Edges of removed nodes go with them (and come back with them on undo).
        if (!nodes.contains(item->fromNode()) && !nodes.contains(item->toNode()))
            edges << id;
    }
    if (nodes.isEmpty() && edges.isEmpty())
        return;
    QUndoStack *undo = m_model->document()->undoStack();
    const bool both = !nodes.isEmpty() && !edges.isEmpty();
    if (both)
        undo->beginMacro(tr("Delete from Graph"));
    if (!edges.isEmpty())
        m_model->removeEdges(edges);
    if (!nodes.isEmpty())
        m_model->removeNodes(nodes);
    if (both)
        undo->endMacro();
    if (nodes.isEmpty())
        Q_EMIT statusMessage(tr("Removed %n edge(s).", nullptr, int(edges.size())));
    else
        Q_EMIT statusMessage(tr("Removed %n tool(s) from the graph with their edges.", nullptr,
                                int(nodes.size())));
}

int GraphScene::findNode(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty() || !m_model)
        return -1;
    int found = -1;
    // The first match in the order tools were placed is the stable answer.
    for (const GraphNode &node : m_model->graph().nodes) {
        if (node.toolName.compare(wanted, Qt::CaseInsensitive) == 0)
            return node.id;
        if (found < 0 && node.toolName.contains(wanted, Qt::CaseInsensitive))
            found = node.id;
    }
    return found;
}

std::vector<int> GraphScene::neighbours(int nodeId) const
{
    std::vector<int> result;
    const auto edges = m_edgesOfNode.find(nodeId);
    if (edges == m_edgesOfNode.end())
        return result;
    for (const EdgeItem *edge : edges->second) {
        const int other = edge->fromNode() == nodeId ? edge->toNode() : edge->fromNode();
        if (std::find(result.begin(), result.end(), other) == result.end())
            result.push_back(other);
    }
    return result;
}

bool GraphScene::isDimmed(int nodeId) const
{
    const NodeItem *item = nodeItem(nodeId);
    return item && item->opacity() < 1;
}

void GraphScene::updateHighlight()
{
    if (m_rebuilding)
        return;
    std::unordered_set<int> focus;
    std::unordered_set<int> edges;
    const QList<QGraphicsItem *> selected = selectedItems();
    for (QGraphicsItem *item : selected) {
        if (item->type() == NodeItem::Type) {
            const int id = static_cast<NodeItem *>(item)->nodeId();
            focus.insert(id);
            const auto touching = m_edgesOfNode.find(id);
            if (touching == m_edgesOfNode.end())
                continue;
            for (EdgeItem *edge : touching->second) {
                edges.insert(edge->edgeId());
                focus.insert(edge->fromNode());
                focus.insert(edge->toNode());
            }
        } else if (item->type() == EdgeItem::Type) {
            const auto *edge = static_cast<EdgeItem *>(item);
            edges.insert(edge->edgeId());
            focus.insert(edge->fromNode());
            focus.insert(edge->toNode());
        }
    }
    m_dimming = !focus.empty();
    for (auto &[id, item] : m_nodes) {
        const qreal opacity = !m_dimming || focus.count(id) ? 1.0 : kDimmedNode;
        if (item->opacity() != opacity)
            item->setOpacity(opacity);
    }
    for (auto &[id, item] : m_edges) {
        const qreal opacity = !m_dimming || edges.count(id) ? 1.0 : kDimmedEdge;
        if (item->opacity() != opacity)
            item->setOpacity(opacity);
    }
}

bool GraphScene::dropTools(const QMimeData *mime, const QPointF &scenePos)
{
    const std::optional<ToolMimeData> drag = ToolMimeData::fromMimeData(mime);
    if (!drag || !m_model)
        return false;
    ProjectDocument *document = m_model->document();
    const QString ours = QFileInfo(document->fileName()).absoluteFilePath();
    if (QFileInfo(drag->projectPath).absoluteFilePath() != ours) {
        Q_EMIT statusMessage(tr("These tools belong to another project; import their catalog "
                                "into this one to use them here."));
        return false;
    }
    QStringList names;
    QList<QPointF> positions;
    qreal stacked = 0;
    int elsewhere = 0;
    for (const ToolMimeData::Entry &entry : drag->tools) {
        const Tool *tool = document->tool(entry.toolId);
        if (!tool || entry.catalogId != m_model->catalogId()) {
            ++elsewhere;
            continue;
        }
        // The first card is centred under the cursor, the others stacked below it.
        const QRectF card = m_geometry
                                    ->layout(tool->name, ToolFields::inputPorts(*tool),
                                             ToolFields::outputPorts(*tool))
                                    .card;
        positions << scenePos - card.center() + QPointF(0, stacked);
        stacked += card.height() + kDropSpacing;
        names << tool->name;
    }
    if (names.isEmpty()) {
        Q_EMIT statusMessage(tr("The dropped tools belong to another catalog; choose it above "
                                "to add them to its graph."));
        return false;
    }
    const int before = int(m_nodes.size());
    const QList<int> ids = m_model->addNodes(names, positions);
    const int added = int(m_nodes.size()) - before;
    selectItems(ids);
    QString message = added > 0 ? tr("Added %n tool(s) to the graph.", nullptr, added)
                                : tr("Already on the graph: %1.").arg(names.join(tr(", ")));
    if (elsewhere > 0) {
        message += QLatin1Char(' ')
                   + tr("%n tool(s) of another catalog were left out.", nullptr, elsewhere);
    }
    Q_EMIT statusMessage(message);
    return true;
}

void GraphScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    const bool ours
            = m_model && event->mimeData()->hasFormat(QString::fromLatin1(ToolMimeData::kMimeType));
    event->setAccepted(ours);
    if (ours)
        event->acceptProposedAction();
}

void GraphScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    dragEnterEvent(event);
}

void GraphScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    if (dropTools(event->mimeData(), event->scenePos())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void GraphScene::beginConnection(NodeItem *node, PortSide side, int port)
{
    m_connection->begin(node, side, port);
}

void GraphScene::updateConnection(const QPointF &scenePos)
{
    m_connection->update(scenePos);
}

void GraphScene::finishConnection(const QPointF &scenePos)
{
    const QString message = m_connection->finish(scenePos);
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
}

} // namespace Callwright
