#include "connectiondrag.h"

#include "graphscene.h"
#include "nodeitem.h"

#include "graph/toolgraphmodel.h"

#include <QGraphicsPathItem>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace Callwright {

ConnectionDrag::ConnectionDrag(GraphScene *scene)
    : m_scene(scene)
{}

ConnectionDrag::~ConnectionDrag()
{
    cancel();
}

void ConnectionDrag::begin(NodeItem *node, PortSide side, int port)
{
    m_from = {node->nodeId(), side, port};
    if (!m_curve) {
        m_curve = new QGraphicsPathItem;
        QPen pen(QColor(0xe8, 0x8a, 0x1a), 2, Qt::DashLine, Qt::RoundCap);
        pen.setCosmetic(true);
        m_curve->setPen(pen);
        m_curve->setZValue(10);
        m_scene->addItem(m_curve);
    }
    update(node->portScenePos(side, port));
}

void ConnectionDrag::update(const QPointF &scenePos)
{
    const NodeItem *from = m_scene->nodeItem(m_from.nodeId);
    if (!from || !m_curve)
        return;
    const QPointF start = from->portScenePos(m_from.side, m_from.port);
    PortSide side;
    int port = -1;
    NodeItem *target = portUnder(scenePos, &side, &port);
    // Outputs pair with inputs; inputs pair with either.
    const bool fits = target && !(side == PortSide::Output && m_from.side == PortSide::Output);
    if (target != m_hovered)
        clearHighlight();
    QPointF end = scenePos;
    if (fits) {
        m_hovered = target;
        target->setHighlightedPort(side, port);
        end = target->portScenePos(side, port);
    }
    const bool startsRight = m_from.side == PortSide::Output;
    const qreal reach = std::max(60.0, std::abs(end.x() - start.x()) / 2);
    // A free end follows the cursor; an end on a port enters it from that port's side.
    QPointF c2 = end;
    if (fits)
        c2 += QPointF(side == PortSide::Output ? reach : -reach, 0);
    QPainterPath path(start);
    path.cubicTo(start + QPointF(startsRight ? reach : -reach, 0), c2, end);
    m_curve->setPath(path);
}

QString ConnectionDrag::finish(const QPointF &scenePos)
{
    const PortRef from = m_from;
    cancel();
    ToolGraphModel *model = m_scene->model();
    if (!model || from.nodeId < 0)
        return {};
    PortRef to;
    const NodeItem *target = portUnder(scenePos, &to.side, &to.port);
    if (!target)
        return tr("No connection: release the drag on a port of another tool.");
    to.nodeId = target->nodeId();
    if (from.side == PortSide::Output && to.side == PortSide::Output) {
        return tr("Two return fields cannot be joined: connect a return field to a parameter, "
                  "or two parameters.");
    }
    GraphEdge edge;
    edge.origin = GraphEdge::Origin::Manual;
    edge.confidence = 1.0;
    if (from.side == PortSide::Input && to.side == PortSide::Input) {
        edge.kind = GraphEdge::Kind::Related;
        edge.fromNode = from.nodeId;
        edge.toNode = to.nodeId;
        edge.mapping.push_back({portName(from), portName(to)});
    } else {
        // Dragged either way, data flows from the return field to the parameter.
        const PortRef &out = from.side == PortSide::Output ? from : to;
        const PortRef &in = from.side == PortSide::Output ? to : from;
        edge.kind = GraphEdge::Kind::DataFlow;
        edge.fromNode = out.nodeId;
        edge.toNode = in.nodeId;
        edge.mapping.push_back({portName(out), portName(in)});
    }
    const QString refusal = model->addEdge(edge);
    if (!refusal.isEmpty())
        return refusal;
    const GraphNode *a = model->node(edge.fromNode);
    const GraphNode *b = model->node(edge.toNode);
    return tr("Connected %1.%2 to %3.%4.")
            .arg(a ? a->toolName : QString(), edge.mapping[0].from, b ? b->toolName : QString(),
                 edge.mapping[0].to);
}

void ConnectionDrag::cancel()
{
    clearHighlight();
    delete m_curve;
    m_curve = nullptr;
    m_from = {};
}

void ConnectionDrag::forget(const NodeItem *node)
{
    if (m_hovered == node)
        m_hovered = nullptr;
    if (node->nodeId() == m_from.nodeId)
        cancel();
}

NodeItem *ConnectionDrag::portUnder(const QPointF &scenePos, PortSide *side, int *port) const
{
    const qreal reach = m_scene->nodeGeometry().portHitRadius();
    const QList<QGraphicsItem *> candidates = m_scene->items(
            QRectF(scenePos - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach)));
    for (QGraphicsItem *candidate : candidates) {
        if (candidate->type() != NodeItem::Type)
            continue;
        auto *node = static_cast<NodeItem *>(candidate);
        *port = node->isMissing() ? -1 : node->portAt(scenePos, side);
        if (*port >= 0)
            return node;
    }
    return nullptr;
}

QString ConnectionDrag::portName(const PortRef &ref) const
{
    const NodeItem *item = m_scene->nodeItem(ref.nodeId);
    if (!item)
        return {};
    const QStringList &ports = ref.side == PortSide::Input ? item->inputs() : item->outputs();
    return ref.port >= 0 && ref.port < ports.size() ? ports[ref.port] : QString();
}

void ConnectionDrag::clearHighlight()
{
    if (m_hovered)
        m_hovered->setHighlightedPort(PortSide::Input, -1);
    m_hovered = nullptr;
}

} // namespace Callwright
