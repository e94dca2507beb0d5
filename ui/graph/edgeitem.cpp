#include "edgeitem.h"

#include "graphscene.h"
#include "nodeitem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace Callwright {

namespace {

constexpr qreal kArrowLength = 11;
constexpr qreal kArrowHalfWidth = 5;
// How far a detour runs above the cards and beside the ports.
constexpr qreal kDetour = 110;
// Ports closer than this horizontally count as one above the other.
constexpr qreal kStacked = 60;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// The arrow sits just outside the input port so the port circle stays visible.
void addArrow(QPainterPath &arrows, const QPointF &tip, const QPointF &from)
{
    QLineF axis(tip, from);
    if (axis.length() < 1)
        return;
    axis.setLength(kArrowLength);
    const QPointF back = axis.p2();
    const QPointF normal(-(back.y() - tip.y()) / kArrowLength * kArrowHalfWidth,
                         (back.x() - tip.x()) / kArrowLength * kArrowHalfWidth);
    arrows.moveTo(tip);
    arrows.lineTo(back + normal);
    arrows.lineTo(back - normal);
    arrows.closeSubpath();
}

} // namespace

EdgeItem::EdgeItem(const GraphEdge &edge, GraphScene *scene)
    : m_scene(scene)
    , m_edge(edge)
{
    setFlag(ItemIsSelectable);
    setZValue(-1);
    updateStyle();
}

EdgeItem::~EdgeItem() = default;

QColor EdgeItem::colorFor(const GraphEdge &edge)
{
    if (edge.origin == GraphEdge::Origin::Manual)
        return QColor(0x8e, 0x44, 0xad);
    // Confidence below one half is rare (inference thresholds sit above it); the scale spends
    // its range where the values are.
    const qreal t = std::clamp((edge.confidence - 0.5) / 0.5, 0.0, 1.0);
    return mix(QColor(0xb4, 0xcb, 0xe6), QColor(0x17, 0x4a, 0x8c), t);
}

void EdgeItem::setEdge(const GraphEdge &edge)
{
    m_edge = edge;
    updateStyle();
    updatePath();
}

void EdgeItem::updateStyle()
{
    const QColor color = colorFor(m_edge);
    const bool related = m_edge.kind == GraphEdge::Kind::Related;
    m_pen = QPen(color, 2, related ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
    m_selectedPen = QPen(QColor(0xe8, 0x8a, 0x1a), 4, related ? Qt::DashLine : Qt::SolidLine,
                         Qt::RoundCap);
    m_hairline = QPen(color, 0);
    m_arrowBrush = QBrush(color);
    update();
}

void EdgeItem::updatePath()
{
    const NodeItem *from = m_scene->nodeItem(m_edge.fromNode);
    const NodeItem *to = m_scene->nodeItem(m_edge.toNode);
    if (!from || !to)
        return;
    prepareGeometryChange();
    m_path = QPainterPath();
    m_arrows = QPainterPath();
    m_shape = QPainterPath();
    const bool related = m_edge.kind == GraphEdge::Kind::Related;
    const PortSide fromSide = related ? PortSide::Input : PortSide::Output;

    // Curves leave and enter ports horizontally, like wires. A curve that would have to run
    // back through the cards (a related edge between two left sides, a data flow to a tool
    // further left) bows over the top of both cards instead.
    const qreal above
            = std::min(from->sceneBoundingRect().top(), to->sceneBoundingRect().top()) - kDetour;
    auto addCurve = [&](const QPointF &start, const QPointF &end) {
        const qreal dx = end.x() - start.x();
        QPointF c1;
        QPointF c2;
        if (related && std::abs(dx) < kStacked) {
            const qreal reach = std::max(40.0, std::abs(end.y() - start.y()) / 4);
            c1 = start - QPointF(reach, 0);
            c2 = end - QPointF(reach, 0);
        } else if (related || dx < kStacked) {
            const qreal out = related ? -kDetour : kDetour;
            c1 = QPointF(start.x() + out, above);
            c2 = QPointF(end.x() - kDetour, above);
        } else {
            const qreal reach = std::max(60.0, dx / 2);
            c1 = start + QPointF(reach, 0);
            c2 = end - QPointF(reach, 0);
        }
        m_path.moveTo(start);
        m_path.cubicTo(c1, c2, end);
        if (!related)
            addArrow(m_arrows, end - QPointF(m_scene->nodeGeometry().portRadius(), 0), c2);
    };
    if (m_edge.mapping.empty()) {
        addCurve(from->portScenePos(fromSide, -1), to->portScenePos(PortSide::Input, -1));
    } else {
        for (const FieldMapping &field : m_edge.mapping)
            addCurve(from->portScenePos(fromSide, field.from),
                     to->portScenePos(PortSide::Input, field.to));
    }
    const FieldMapping *first = m_edge.mapping.empty() ? nullptr : &m_edge.mapping.front();
    m_chord = QLineF(from->portScenePos(fromSide, first ? first->from : QString()),
                     to->portScenePos(PortSide::Input, first ? first->to : QString()));
    const qreal margin = 6;
    m_bounds = m_path.boundingRect()
                       .united(m_arrows.boundingRect())
                       .adjusted(-margin, -margin, margin, margin);
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    // Built on first use: hit tests need it, painting does not.
    if (m_shape.isEmpty() && !m_path.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        m_shape = stroker.createStroke(m_path);
    }
    return m_shape;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < kCurveLevel && !isSelected()) {
        painter->setPen(m_hairline);
        painter->drawLine(m_chord);
        return;
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(isSelected() ? m_selectedPen : m_pen);
    painter->drawPath(m_path);
    if (lod >= kCurveLevel * 2 && !m_arrows.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_arrowBrush);
        painter->drawPath(m_arrows);
    }
}

} // namespace Callwright
