#pragma once

#include "nodegeometry.h"

#include <QBrush>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QStaticText>

#include <map>
#include <vector>

namespace Callwright {

class GraphScene;
struct Tool;

/// One tool on the canvas. It shows what the model says and sends every edit back to the
/// model (through the scene); what it keeps is only a cache of the tool's title and ports
/// for painting, rebuilt when the tool changes.
class NodeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    NodeItem(int nodeId, GraphScene *scene);
    ~NodeItem() override;

    int type() const override { return Type; }
    int nodeId() const { return m_nodeId; }

    /// Re-reads the title and ports; tool is nullptr when the tool no longer exists.
    void setTool(const QString &name, const Tool *tool);
    QString title() const { return m_title; }
    const QStringList &inputs() const { return m_inputs; }
    const QStringList &outputs() const { return m_outputs; }
    bool isMissing() const { return m_missing; }
    const NodeLayout &nodeLayout() const { return m_layout; }
    const QPainterPath &cardPath() const { return m_cardPath; }
    const QPainterPath &titlePath() const { return m_titlePath; }
    const QStaticText &titleText() const { return m_titleText; }
    const std::vector<QStaticText> &inputTexts() const { return m_inputTexts; }
    const std::vector<QStaticText> &outputTexts() const { return m_outputTexts; }
    /// The title band's colour: tools imported from one file share it.
    const QBrush &accent() const { return m_accent; }

    /// Scene position of a port; the middle of that side when the port does not exist.
    QPointF portScenePos(PortSide side, const QString &port) const;
    QPointF portScenePos(PortSide side, int index) const;
    /// The port under a scene position, or -1.
    int portAt(const QPointF &scenePos, PortSide *side) const;

    /// The port drawn enlarged while a connection is dragged over it (-1 for none).
    void setHighlightedPort(PortSide side, int index);
    PortSide highlightedSide() const { return m_highlightSide; }
    int highlightedPort() const { return m_highlightPort; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    GraphScene *m_scene;
    int m_nodeId;
    QString m_title;
    QStringList m_inputs;
    QStringList m_outputs;
    bool m_missing = false;
    NodeLayout m_layout;
    QPainterPath m_cardPath;
    QPainterPath m_titlePath;
    QStaticText m_titleText;
    std::vector<QStaticText> m_inputTexts;
    std::vector<QStaticText> m_outputTexts;
    QBrush m_accent;
    PortSide m_highlightSide = PortSide::Input;
    int m_highlightPort = -1;

    enum class Drag { None, Move, Connect };
    Drag m_drag = Drag::None;
    QPointF m_pressScenePos;
    std::map<int, QPointF> m_startPositions;
    bool m_moved = false;
};

} // namespace Callwright
