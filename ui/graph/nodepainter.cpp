#include "nodepainter.h"

#include "nodegeometry.h"
#include "nodeitem.h"

#include <QPainter>
#include <QPalette>

namespace Callwright {

NodePainter::NodePainter(const NodeGeometry &geometry, const QPalette &palette)
    : m_geometry(geometry)
    , m_titleFont(geometry.titleFont())
    , m_portFont(geometry.portFont())
    , m_cardBrush(palette.color(QPalette::Base))
    , m_missingBrush(QColor(0xf6, 0xd5, 0xd5))
    , m_borderPen(palette.color(QPalette::Mid), 1.2)
    , m_selectedPen(palette.color(QPalette::Highlight), 3)
    , m_simplePen(palette.color(QPalette::Dark), 0)
    , m_simpleSelectedPen(palette.color(QPalette::Highlight), 0)
    , m_titlePen(Qt::white)
    , m_textPen(palette.color(QPalette::Text))
    , m_portPen(palette.color(QPalette::Base), 1.5)
    , m_inputBrush(QColor(0x4f, 0x8a, 0x3c))
    , m_outputBrush(QColor(0x2f, 0x6d, 0xb5))
    , m_highlightBrush(QColor(0xe8, 0x8a, 0x1a))
{
    // A cosmetic pen keeps rectangles visible however far out the view is zoomed.
    m_simpleSelectedPen.setWidth(3);
    m_simpleSelectedPen.setCosmetic(true);
}

NodePainter::~NodePainter() = default;

void NodePainter::paint(QPainter *painter, const NodeItem &node, qreal lod) const
{
    if (lod < kDetailLevel) {
        paintSimple(painter, node);
        return;
    }
    const NodeLayout &layout = node.nodeLayout();
    painter->setPen(node.isSelected() ? m_selectedPen : m_borderPen);
    painter->setBrush(node.isMissing() ? m_missingBrush : m_cardBrush);
    painter->drawPath(node.cardPath());

    painter->setPen(Qt::NoPen);
    painter->setBrush(node.accent());
    painter->drawPath(node.titlePath());
    painter->setFont(m_titleFont);
    painter->setPen(m_titlePen);
    const QSizeF titleSize = node.titleText().size();
    painter->drawStaticText(QPointF(layout.title.center().x() - titleSize.width() / 2,
                                    layout.title.center().y() - titleSize.height() / 2),
                            node.titleText());

    const qreal radius = m_geometry.portRadius();
    painter->setFont(m_portFont);
    auto drawPorts = [&](PortSide side, const std::vector<QPointF> &ports,
                         const std::vector<QRectF> &labels, const std::vector<QStaticText> &texts,
                         const QBrush &brush) {
        for (std::size_t i = 0; i < ports.size(); ++i) {
            const bool highlighted
                    = node.highlightedSide() == side && node.highlightedPort() == int(i);
            painter->setPen(m_portPen);
            painter->setBrush(highlighted ? m_highlightBrush : brush);
            const qreal r = highlighted ? radius * 1.6 : radius;
            painter->drawEllipse(ports[i], r, r);
            painter->setPen(m_textPen);
            const QRectF &label = labels[i];
            const qreal width = texts[i].size().width();
            const qreal x = side == PortSide::Input ? label.left() : label.right() - width;
            painter->drawStaticText(QPointF(x, label.top()), texts[i]);
        }
    };
    drawPorts(PortSide::Input, layout.inputs, layout.inputLabels, node.inputTexts(), m_inputBrush);
    drawPorts(PortSide::Output, layout.outputs, layout.outputLabels, node.outputTexts(),
              m_outputBrush);
}

void NodePainter::paintSimple(QPainter *painter, const NodeItem &node) const
{
    painter->setPen(node.isSelected() ? m_simpleSelectedPen : m_simplePen);
    painter->setBrush(node.accent());
    painter->drawRect(node.nodeLayout().card);
}

} // namespace Callwright
