#pragma once

#include "nodegeometry.h"

#include <QCoreApplication>
#include <QPointF>

class QGraphicsPathItem;

namespace Callwright {

class GraphScene;
class NodeItem;

/// A drag from one port to another: the rubber-band curve that follows the mouse, the port it
/// would land on, and on release the edge it asks the model for. An output joins an input
/// (data flow, whichever end the drag started from); two inputs make a related edge.
class ConnectionDrag final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionDrag)

public:
    explicit ConnectionDrag(GraphScene *scene);
    ~ConnectionDrag();

    bool isActive() const { return m_from.nodeId >= 0; }
    void begin(NodeItem *node, PortSide side, int port);
    void update(const QPointF &scenePos);
    /// Ends the drag; returns what the user should read (the model's refusal, or what was
    /// connected), empty when there was no drag.
    QString finish(const QPointF &scenePos);
    /// Ends the drag without connecting anything.
    void cancel();
    /// Lets go of a node item that is about to be deleted.
    void forget(const NodeItem *node);

private:
    struct PortRef
    {
        int nodeId = -1;
        PortSide side = PortSide::Input;
        int port = -1;
    };

    NodeItem *portUnder(const QPointF &scenePos, PortSide *side, int *port) const;
    QString portName(const PortRef &ref) const;
    void clearHighlight();

    GraphScene *m_scene;
    PortRef m_from;
    QGraphicsPathItem *m_curve = nullptr;
    NodeItem *m_hovered = nullptr;
};

} // namespace Callwright
