#pragma once

#include <QGraphicsView>

namespace Callwright {

class GraphScene;

/// The canvas: zoom (wheel, Ctrl+= and Ctrl+-), pan (middle button or Space with the left
/// button, and the scroll bars), fit, and rubber-band selection. Tool drops and item edits
/// are the scene's business.
class GraphView final : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr qreal kMinZoom = 0.02;
    static constexpr qreal kMaxZoom = 4.0;

    explicit GraphView(GraphScene *scene, QWidget *parent = nullptr);
    ~GraphView() override;

    GraphScene *graphScene() const { return m_scene; }
    qreal zoom() const { return transform().m11(); }
    /// Zooms around the viewport's centre, within kMinZoom..kMaxZoom.
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    /// Shows the whole graph (never closer than 1:1, so a lone node is not blown up).
    void fitGraph();
    /// Shows a node with as much of its neighbourhood as fits while ports stay readable.
    void showNeighbourhood(int nodeId);

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void scaleBy(qreal factor);
    void endPan();

    GraphScene *m_scene;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace Callwright
