#pragma once

#include <QBrush>
#include <QFont>
#include <QPen>

class QPainter;
class QPalette;

namespace Callwright {

class NodeGeometry;
class NodeItem;

/// Paints node cards; a strategy object (as in QtNodes) beside NodeGeometry. Below a zoom
/// threshold a node is a plain rectangle: at that size labels cannot be read, and 2,000 cards
/// must still pan smoothly. Pens and brushes are made once, not per frame.
class NodePainter
{
public:
    /// Zoom below which nodes lose their ports and labels.
    static constexpr qreal kDetailLevel = 0.45;

    NodePainter(const NodeGeometry &geometry, const QPalette &palette);
    virtual ~NodePainter();

    virtual void paint(QPainter *painter, const NodeItem &node, qreal lod) const;

private:
    void paintSimple(QPainter *painter, const NodeItem &node) const;

    const NodeGeometry &m_geometry;
    QFont m_titleFont;
    QFont m_portFont;
    QBrush m_cardBrush;
    QBrush m_missingBrush;
    QPen m_borderPen;
    QPen m_selectedPen;
    QPen m_simplePen;
    QPen m_simpleSelectedPen;
    QPen m_titlePen;
    QPen m_textPen;
    QPen m_portPen;
    QBrush m_inputBrush;
    QBrush m_outputBrush;
    QBrush m_highlightBrush;
};

} // namespace Callwright
