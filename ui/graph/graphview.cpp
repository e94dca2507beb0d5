#include "graphview.h"

#include "graphscene.h"
#include "nodeitem.h"
#include "nodepainter.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Callwright {

namespace {

constexpr qreal kStep = 1.25;

} // namespace

GraphView::GraphView(GraphScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // Items' bounding rects already leave room for antialiased edges.
    setOptimizationFlags(QGraphicsView::DontAdjustForAntialiasing);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(palette().color(QPalette::AlternateBase));
}

GraphView::~GraphView() = default;

void GraphView::scaleBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    factor = target / zoom();
    scale(factor, factor);
    Q_EMIT zoomChanged(zoom());
}

void GraphView::setZoom(qreal zoom)
{
    scaleBy(zoom / this->zoom());
}

void GraphView::zoomIn()
{
    setZoom(zoom() * kStep);
}

void GraphView::zoomOut()
{
    setZoom(zoom() / kStep);
}

void GraphView::fitGraph()
{
    if (m_scene->nodeCount() == 0)
        return;
    m_scene->updateSceneRect();
    QRectF bounds = m_scene->itemsBoundingRect();
    bounds.adjust(-30, -30, 30, 30);
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setZoom(1.0);
    centerOn(bounds.center());
    Q_EMIT zoomChanged(zoom());
}

void GraphView::showNeighbourhood(int nodeId)
{
    const NodeItem *item = m_scene->nodeItem(nodeId);
    if (!item)
        return;
    m_scene->updateSceneRect();
    QRectF area = item->sceneBoundingRect();
    for (int neighbour : m_scene->neighbours(nodeId)) {
        if (const NodeItem *other = m_scene->nodeItem(neighbour))
            area |= other->sceneBoundingRect();
    }
    area.adjust(-40, -40, 40, 40);
    const qreal fit
            = std::min(viewport()->width() / area.width(), viewport()->height() / area.height());
    // Labels stay legible a little above the level where cards lose them.
    setZoom(std::clamp(fit, NodePainter::kDetailLevel * 1.6, 1.0));
    centerOn(fit >= NodePainter::kDetailLevel * 1.6 ? area.center()
                                                    : item->sceneBoundingRect().center());
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // One notch (120) is one step; touchpads send smaller deltas and zoom smoothly. The
    // point under the mouse stays put (AnchorUnderMouse reads the cursor, not the event).
    const QPoint at = event->position().toPoint();
    const QPointF anchor = mapToScene(at);
    const ViewportAnchor previous = transformationAnchor();
    setTransformationAnchor(NoAnchor);
    scaleBy(std::pow(kStep, qreal(delta) / 120.0));
    setTransformationAnchor(previous);
    const QPoint drift = mapFromScene(anchor) - at;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + drift.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + drift.y());
    event->accept();
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    const bool pan = event->button() == Qt::MiddleButton
                     || (m_spaceHeld && event->button() == Qt::LeftButton);
    if (pan) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint now = event->position().toPoint();
        const QPoint delta = now - m_panLast;
        m_panLast = now;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        endPan();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void GraphView::endPan()
{
    m_panning = false;
    if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        if (!m_panning)
            viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void GraphView::focusOutEvent(QFocusEvent *event)
{
    // The Space release may go to another widget; a stuck hand cursor would be confusing.
    m_spaceHeld = false;
    if (m_panning)
        endPan();
    else
        viewport()->unsetCursor();
    QGraphicsView::focusOutEvent(event);
}

void GraphView::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect)
    if (m_scene->nodeCount() > 0 || !m_scene->model())
        return;
    // An empty canvas says how to fill it.
    painter->save();
    painter->resetTransform();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->drawText(viewport()->rect().adjusted(40, 40, -40, -40),
                      Qt::AlignCenter | Qt::TextWordWrap,
                      tr("Drag tools here from the Catalog panel, or press Infer Edges to "
                         "place every tool that is connected to another."));
    painter->restore();
}

} // namespace Callwright
