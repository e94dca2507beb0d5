#include "nodeitem.h"

#include "graphscene.h"
#include "nodepainter.h"

#include "graph/toolfields.h"
#include "graph/toolgraphmodel.h"
#include "model/tool.h"

#include <QApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Callwright {

namespace {

QStaticText staticText(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    QStaticText result(metrics.elidedText(text, Qt::ElideRight, width));
    result.setTextFormat(Qt::PlainText);
    result.setPerformanceHint(QStaticText::AggressiveCaching);
    return result;
}

// Tools imported from one file share a colour, so the overview shows where each came from.
QColor accentFor(const Tool *tool)
{
    if (!tool || tool->origin.source.isEmpty())
        return QColor(0x3d, 0x6f, 0xa8);
    const QString group = QFileInfo(tool->origin.source).completeBaseName();
    const int hue = int((qHash(group) * 0x9E3779B1u) % 360u);
    return QColor::fromHsv(hue, 120, 170);
}

} // namespace

NodeItem::NodeItem(int nodeId, GraphScene *scene)
    : m_scene(scene)
    , m_nodeId(nodeId)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(1);
}

NodeItem::~NodeItem() = default;

void NodeItem::setTool(const QString &name, const Tool *tool)
{
    prepareGeometryChange();
    m_title = name;
    m_missing = tool == nullptr;
    m_inputs = tool ? ToolFields::inputPorts(*tool) : QStringList();
    m_outputs = tool ? ToolFields::outputPorts(*tool) : QStringList();
    m_accent = QBrush(m_missing ? QColor(0xb0, 0x30, 0x30) : accentFor(tool));
    const NodeGeometry &geometry = m_scene->nodeGeometry();
    m_layout = geometry.layout(m_title, m_inputs, m_outputs);

    const QRectF &card = m_layout.card;
    m_cardPath = QPainterPath();
    m_cardPath.addRoundedRect(card, 6, 6);
    // A title band with the card's rounded top and a straight bottom edge.
    QPainterPath band;
    band.addRect(m_layout.title);
    m_titlePath = m_cardPath.intersected(band);

    const QFontMetricsF titleMetrics(geometry.titleFont());
    m_titleText = staticText(m_title, titleMetrics, card.width() - 16);
    m_titleText.prepare(QTransform(), geometry.titleFont());
    const QFontMetricsF portMetrics(geometry.portFont());
    const auto labelTexts = [&](const QStringList &ports, const std::vector<QRectF> &labels) {
        std::vector<QStaticText> texts;
        texts.reserve(labels.size());
        for (qsizetype i = 0; i < ports.size(); ++i)
            texts.push_back(staticText(ports[i], portMetrics, labels[std::size_t(i)].width()));
        return texts;
    };
    m_inputTexts = labelTexts(m_inputs, m_layout.inputLabels);
    m_outputTexts = labelTexts(m_outputs, m_layout.outputLabels);
    if (m_missing)
        setToolTip(QCoreApplication::translate("Callwright::NodeItem",
                                               "The tool %1 no longer exists in the catalog.")
                           .arg(name));
    else
        setToolTip(tool->description);
    m_highlightPort = -1;
    update();
}

QPointF NodeItem::portScenePos(PortSide side, const QString &port) const
{
    const QStringList &ports = side == PortSide::Input ? m_inputs : m_outputs;
    return portScenePos(side, int(ports.indexOf(port)));
}

QPointF NodeItem::portScenePos(PortSide side, int index) const
{
    const std::vector<QPointF> &ports
            = side == PortSide::Input ? m_layout.inputs : m_layout.outputs;
    if (index >= 0 && std::size_t(index) < ports.size())
        return pos() + ports[std::size_t(index)];
    const QRectF &card = m_layout.card;
    const qreal x = side == PortSide::Input ? card.left() : card.right();
    return pos() + QPointF(x, card.center().y());
}

int NodeItem::portAt(const QPointF &scenePos, PortSide *side) const
{
    return m_scene->nodeGeometry().portAt(m_layout, scenePos - pos(), side);
}

void NodeItem::setHighlightedPort(PortSide side, int index)
{
    if (m_highlightSide == side && m_highlightPort == index)
        return;
    m_highlightSide = side;
    m_highlightPort = index;
    update();
}

QRectF NodeItem::boundingRect() const
{
    // Room for the port circles that straddle the card's edges and the selection outline.
    const qreal margin = m_scene->nodeGeometry().portRadius() + 3;
    return m_layout.card.adjusted(-margin, -margin, margin, margin);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRect(boundingRect());
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    m_scene->nodePainter().paint(painter, *this, lod);
}

void NodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    GraphScene *s = m_scene;
    if (event->button() != Qt::LeftButton || !s->model()) {
        event->ignore();
        return;
    }
    PortSide side;
    const int port = m_missing ? -1 : portAt(event->scenePos(), &side);
    if (port >= 0) {
        m_drag = Drag::Connect;
        s->beginConnection(this, side, port);
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
    m_drag = Drag::Move;
    m_moved = false;
    m_pressScenePos = event->scenePos();
    m_startPositions.clear();
    for (int id : s->selectedNodeIds()) {
        if (const NodeItem *item = s->nodeItem(id))
            m_startPositions[id] = item->pos();
    }
}

void NodeItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    GraphScene *s = m_scene;
    if (!s->model())
        return;
    if (m_drag == Drag::Connect) {
        s->updateConnection(event->scenePos());
        return;
    }
    if (m_drag != Drag::Move)
        return;
    const QPointF delta = event->scenePos() - m_pressScenePos;
    if (!m_moved && delta.manhattanLength() < QApplication::startDragDistance())
        return;
    std::map<int, QPointF> positions;
    for (const auto &[id, start] : m_startPositions)
        positions.emplace(id, start + delta);
    m_moved = true;
    s->model()->moveNodes(positions);
}

void NodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    GraphScene *s = m_scene;
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Connect) {
        s->finishConnection(event->scenePos());
        return;
    }
    if (drag == Drag::Move && m_moved && s->model())
        s->model()->finishMove();
    m_startPositions.clear();
    QGraphicsItem::mouseReleaseEvent(event);
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    PortSide side;
    const bool onPort = !m_missing && portAt(event->scenePos(), &side) >= 0;
    const Qt::CursorShape shape = onPort ? Qt::CrossCursor : Qt::ArrowCursor;
    if (!hasCursor() || cursor().shape() != shape)
        setCursor(shape);
}

} // namespace Callwright
