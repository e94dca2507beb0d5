#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <vector>

namespace Callwright {

/// Which side of a node card a port sits on: parameters come in on the left, return fields
/// go out on the right.
enum class PortSide { Input, Output };

/// Where everything of one node card goes, in item coordinates. The card's top-left corner is
/// the item's position, as GraphNode and GraphLayout have it.
struct NodeLayout
{
    QRectF card;
    QRectF title;
    std::vector<QPointF> inputs;
    std::vector<QPointF> outputs;
    std::vector<QRectF> inputLabels;
    std::vector<QRectF> outputLabels;
};

/// Sizes node cards and places their ports; a strategy object (as in QtNodes) so another
/// look can replace it without touching the items or the scene.
class NodeGeometry
{
public:
    NodeGeometry();
    virtual ~NodeGeometry();

    QFont titleFont() const { return m_titleFont; }
    QFont portFont() const { return m_portFont; }
    qreal portRadius() const { return 5.0; }
    /// How far from a port's centre a press or a drop still counts as on the port.
    qreal portHitRadius() const { return 10.0; }

    virtual NodeLayout layout(const QString &title, const QStringList &inputs,
                              const QStringList &outputs) const;
    /// The port under pos (item coordinates), or -1; side tells which column it is in.
    int portAt(const NodeLayout &layout, const QPointF &pos, PortSide *side) const;

private:
    QFont m_titleFont;
    QFont m_portFont;
    QFontMetricsF m_titleMetrics;
    QFontMetricsF m_portMetrics;
};

} // namespace Callwright
