#pragma once

#include "model/toolgraph.h"

#include <QBrush>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPen>

#include <vector>

namespace Callwright {

class GraphScene;

/// One edge of the graph: a cubic curve per field mapping, from an output port to an input
/// port (data flow, solid with an arrow) or between two input ports (related, dashed).
/// Inferred edges are blue, darker the more confident; manual edges are purple. The curves
/// are computed when a node moves, never while painting.
class EdgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    /// Zoom below which an edge is a straight hairline without arrows.
    static constexpr qreal kCurveLevel = 0.2;

    EdgeItem(const GraphEdge &edge, GraphScene *scene);
    ~EdgeItem() override;

    int type() const override { return Type; }
    int edgeId() const { return m_edge.id; }
    int fromNode() const { return m_edge.fromNode; }
    int toNode() const { return m_edge.toNode; }
    /// The model's edge as last read, for painting only.
    const GraphEdge &edge() const { return m_edge; }

    /// Takes the model's new version of the edge (kind, confidence, mapping).
    void setEdge(const GraphEdge &edge);
    /// Recomputes the curves from the nodes' current positions and ports.
    void updatePath();
    const QPainterPath &path() const { return m_path; }
    /// The point where the first curve ends, for tests and tooltips.
    QPointF endPoint() const { return m_chord.p2(); }

    static QColor colorFor(const GraphEdge &edge);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void updateStyle();

    GraphScene *m_scene;
    GraphEdge m_edge;
    QPainterPath m_path;
    QPainterPath m_arrows;
    QLineF m_chord;
    QRectF m_bounds;
    mutable QPainterPath m_shape;
    QPen m_pen;
    QPen m_selectedPen;
    QPen m_hairline;
    QBrush m_arrowBrush;
};

} // namespace Callwright
