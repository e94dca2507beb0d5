#include "nodegeometry.h"

#include <QGuiApplication>
#include <QLineF>

#include <algorithm>

namespace Callwright {

namespace {

constexpr qreal kPadding = 10;
constexpr qreal kRowHeight = 20;
constexpr qreal kColumnGap = 24;
constexpr qreal kMinWidth = 150;
constexpr qreal kMaxLabelWidth = 180;

QFont derivedFont(qreal scale, bool bold)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    return font;
}

qreal widestLabel(const QFontMetricsF &metrics, const QStringList &labels)
{
    qreal widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    return std::min(widest, kMaxLabelWidth);
}

} // namespace

NodeGeometry::NodeGeometry()
    : m_titleFont(derivedFont(1.0, true))
    , m_portFont(derivedFont(0.85, false))
    , m_titleMetrics(m_titleFont)
    , m_portMetrics(m_portFont)
{}

NodeGeometry::~NodeGeometry() = default;

NodeLayout NodeGeometry::layout(const QString &title, const QStringList &inputs,
                                const QStringList &outputs) const
{
    const qreal titleHeight = m_titleMetrics.height() + 2 * 6;
    const qreal inWidth = widestLabel(m_portMetrics, inputs);
    const qreal outWidth = widestLabel(m_portMetrics, outputs);
    const qreal width = std::max({kMinWidth, m_titleMetrics.horizontalAdvance(title) + 2 * 14,
                                  inWidth + outWidth + kColumnGap + 2 * kPadding});
    const qsizetype rows = std::max<qsizetype>({inputs.size(), outputs.size(), 1});
    const qreal height = titleHeight + qreal(rows) * kRowHeight + kPadding;

    NodeLayout layout;
    layout.card = QRectF(0, 0, width, height);
    layout.title = QRectF(layout.card.left(), layout.card.top(), width, titleHeight);
    const qreal firstRow = layout.title.bottom() + kPadding / 2 + kRowHeight / 2;
    const qreal labelHeight = m_portMetrics.height();
    // Each column may take what the other leaves, so one long name fits beside short ones.
    const qreal inRoom = width - 2 * kPadding - kColumnGap - outWidth;
    const qreal outRoom = width - 2 * kPadding - kColumnGap - inWidth;
    layout.inputs.reserve(std::size_t(inputs.size()));
    layout.inputLabels.reserve(std::size_t(inputs.size()));
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const qreal y = firstRow + qreal(i) * kRowHeight;
        layout.inputs.emplace_back(layout.card.left(), y);
        layout.inputLabels.emplace_back(layout.card.left() + kPadding, y - labelHeight / 2, inRoom,
                                        labelHeight);
    }
    layout.outputs.reserve(std::size_t(outputs.size()));
    layout.outputLabels.reserve(std::size_t(outputs.size()));
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        const qreal y = firstRow + qreal(i) * kRowHeight;
        layout.outputs.emplace_back(layout.card.right(), y);
        layout.outputLabels.emplace_back(layout.card.right() - kPadding - outRoom,
                                         y - labelHeight / 2, outRoom, labelHeight);
    }
    return layout;
}

int NodeGeometry::portAt(const NodeLayout &layout, const QPointF &pos, PortSide *side) const
{
    // The nearest port within reach wins, so close rows never shadow each other.
    int best = -1;
    qreal bestDistance = portHitRadius();
    auto scan = [&](const std::vector<QPointF> &ports, PortSide portSide) {
        for (std::size_t i = 0; i < ports.size(); ++i) {
            const qreal distance = QLineF(ports[i], pos).length();
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = int(i);
                *side = portSide;
            }
        }
    };
    scan(layout.inputs, PortSide::Input);
    scan(layout.outputs, PortSide::Output);
    return best;
}

} // namespace Callwright
