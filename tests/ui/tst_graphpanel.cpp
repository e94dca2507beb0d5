#include "uitestsupport.h"

#include "actions.h"
#include "graph/edgeinspector.h"
#include "graph/edgeitem.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/nodeitem.h"
#include "mainwindow.h"
#include "models/toolmimedata.h"
#include "panels/catalogpanel.h"
#include "panels/graphpanel.h"
#include "projectcontroller.h"
#include "projectsession.h"

#include "graph/toolgraphmodel.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QGraphicsPathItem>
#include <QImage>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>

using namespace Callwright;
using namespace Callwright::UiTestSupport;

namespace {

Tool toolWithReturns(const char *name, const char *description,
                     std::initializer_list<const char *> parameters,
                     std::initializer_list<const char *> returns)
{
    Tool tool = makeTool(name, description, parameters);
    Json properties = Json::object();
    for (const char *field : returns)
        properties[field] = Json{{"type", "string"}};
    tool.returns = Json{{"type", "object"}, {"properties", properties}};
    return tool;
}

Catalog shopCatalog()
{
    Catalog catalog;
    catalog.name = QStringLiteral("shop");
    catalog.tools.push_back(toolWithReturns(
            "find_user_id_by_email", "Find a user id by their email.", {"email"}, {"user_id"}));
    catalog.tools.push_back(toolWithReturns("get_user_details",
                                            "Get the name, email and orders of a user.",
                                            {"user_id"}, {"name", "email", "order_ids"}));
    catalog.tools.push_back(toolWithReturns("cancel_pending_order",
                                            "Cancel a pending order of a user.",
                                            {"order_id", "reason", "user_id"}, {"status"}));
    return catalog;
}

// QCOMPARE prints QPointF; a position computed through the view may be off by rounding.
bool near(const QPointF &a, const QPointF &b)
{
    return (a - b).manhattanLength() < 2.5;
}

} // namespace

/// The Graph panel with real input: tools dropped from the Catalog panel, ports connected and
/// nodes moved with the mouse, deletion with the Delete key, all through the document's undo
/// stack; the inspector, neighbourhood, search, inference and layout.
class tst_GraphPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void dropFromCatalogAddsNode();
    void dropOfAnotherCatalogOrProjectIsRefused();
    void dragBetweenPortsConnectsThem();
    void inputToInputMakesRelatedEdge();
    void selfLoopAndDuplicateAreRefused();
    void movingNodeIsOneUndoStep();
    void deleteKeyRemovesNodeWithEdgesAndUndoRestores();
    void rubberBandSelectsAndNeighbourhoodIsHighlighted();
    void inspectorShowsAndEditsManualEdge();
    void inspectorFlagsStaleFields();
    void searchSelectsAndCentres();
    void zoomAndFit();
    void inferKeepsManualEdgesAndLayoutIsOneStep();
    void inferOnEmptyCanvasPlacesAndLaysOut();
    void largeGraphRenders();

private:
    ProjectDocument *document() const { return m_window->session()->document(); }
    ToolGraphModel *model() const { return m_panel->model(); }
    GraphView *view() const { return m_panel->view(); }
    QWidget *viewport() const { return m_panel->view()->viewport(); }
    QUndoStack *undoStack() const { return document()->undoStack(); }
    QPoint toViewport(const QPointF &scenePos) const;
    /// Drops a tool of the Catalog panel at a viewport position; returns its node id.
    int dropTool(const QString &name, const QPoint &pos);
    NodeItem *node(const QString &toolName) const;
    /// Presses on one scene point, drags through the middle to another and releases.
    void drag(const QPointF &from, const QPointF &to, Qt::KeyboardModifiers modifiers = {});
    /// Drags from a port of one tool to a port of another.
    void connectPorts(const QString &fromTool, PortSide fromSide, const QString &fromPort,
                      const QString &toTool, PortSide toSide, const QString &toPort);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    GraphPanel *m_panel = nullptr;
    int m_fileNumber = 0;
};

void tst_GraphPanel::initTestCase()
{
    isolateSettings();
    QVERIFY(m_dir.isValid());
}

void tst_GraphPanel::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("g%1.callwright").arg(++m_fileNumber));
    {
        StoreError error;
        auto doc = ProjectDocument::create(m_path, QStringLiteral("Shop"), &error);
        QVERIFY2(doc, qPrintable(error.message));
        doc->addCatalog(shopCatalog());
        doc->addCatalog(retailCatalog());
    }
    m_window = std::make_unique<MainWindow>();
    m_window->controller()->setInteractive(false);
    m_window->resize(1300, 850);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->controller()->openProjectFile(m_path));
    QVERIFY(m_window->selectPanel(QStringLiteral("graph")));
    m_panel = m_window->findChild<GraphPanel *>();
    QVERIFY(m_panel);
    QVERIFY(model());
    QCOMPARE(model()->catalogId(), document()->catalogs()[0].id);
    QVERIFY(model()->graph().nodes.empty());
    view()->setZoom(1.0);
    view()->centerOn(0, 0);
    QTest::qWait(20);
}

void tst_GraphPanel::cleanup()
{
    m_window.reset();
}

QPoint tst_GraphPanel::toViewport(const QPointF &scenePos) const
{
    return view()->mapFromScene(scenePos);
}

int tst_GraphPanel::dropTool(const QString &name, const QPoint &pos)
{
    CatalogPanel *catalog = m_window->catalogPanel();
    if (!catalog->selectToolNamed(name))
        return -1;
    // QDrag::exec runs no nested loop a test can drive on the offscreen platform, so the drop
    // is played with the events a real drag delivers, carrying the very QMimeData that the
    // Catalog panel's model makes for its selection.
    QTreeView *tree = catalog->toolView();
    std::unique_ptr<QMimeData> mime(
            tree->model()->mimeData(tree->selectionModel()->selectedIndexes()));
    if (!mime)
        return -1;
    QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &enter);
    if (!enter.isAccepted())
        return -1;
    QDragMoveEvent move(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &move);
    if (!move.isAccepted())
        return -1;
    QDropEvent drop(QPointF(pos), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &drop);
    return drop.isAccepted() ? model()->nodeForTool(name) : -1;
}

NodeItem *tst_GraphPanel::node(const QString &toolName) const
{
    return m_panel->scene()->nodeItem(model()->nodeForTool(toolName));
}

void tst_GraphPanel::drag(const QPointF &from, const QPointF &to, Qt::KeyboardModifiers modifiers)
{
    const QPoint start = toViewport(from);
    const QPoint end = toViewport(to);
    QTest::mousePress(viewport(), Qt::LeftButton, modifiers, start);
    QTest::mouseMove(viewport(), start + (end - start) / 3);
    QTest::mouseMove(viewport(), start + (end - start) * 2 / 3);
    QTest::mouseMove(viewport(), end);
    QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, end);
}

void tst_GraphPanel::connectPorts(const QString &fromTool, PortSide fromSide,
                                  const QString &fromPort, const QString &toTool, PortSide toSide,
                                  const QString &toPort)
{
    drag(node(fromTool)->portScenePos(fromSide, fromPort),
         node(toTool)->portScenePos(toSide, toPort));
}

void tst_GraphPanel::dropFromCatalogAddsNode()
{
    const QPoint at(200, 150);
    const QPointF scenePos = view()->mapToScene(at);
    const int steps = undoStack()->count();
    const int id = dropTool(QStringLiteral("get_user_details"), at);
    QVERIFY(id > 0);
    const GraphNode *added = model()->node(id);
    QVERIFY(added);
    QCOMPARE(added->toolName, QStringLiteral("get_user_details"));
    QCOMPARE(undoStack()->count(), steps + 1);

    // The card is centred where the tool was dropped; the model keeps its top-left corner.
    NodeItem *item = m_panel->scene()->nodeItem(id);
    QVERIFY(item);
    QVERIFY(near(QPointF(added->x, added->y), item->pos()));
    QVERIFY(near(item->sceneBoundingRect().center(), scenePos));
    // The canvas grows around the first card without moving it away from the cursor.
    QCoreApplication::processEvents();
    QVERIFY(near(toViewport(item->sceneBoundingRect().center()), at));
    QVERIFY(item->isSelected());
    QCOMPARE(item->inputs(), QStringList{QStringLiteral("user_id")});
    QCOMPARE(item->outputs(), (QStringList{QStringLiteral("email"), QStringLiteral("name"),
                                           QStringLiteral("order_ids")}));
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("Added 1 tool")),
             qPrintable(m_panel->statusText()));

    // Dropped again, it is not added twice.
    QCOMPARE(dropTool(QStringLiteral("get_user_details"), QPoint(400, 300)), id);
    QCOMPARE(model()->graph().nodes.size(), std::size_t(1));

    undoStack()->undo();
    QVERIFY(model()->graph().nodes.empty());
    QVERIFY(!m_panel->scene()->nodeItem(id));
    undoStack()->redo();
    QCOMPARE(model()->graph().nodes.size(), std::size_t(1));
    QVERIFY(m_panel->scene()->nodeItem(model()->nodeForTool(QStringLiteral("get_user_details"))));
}

void tst_GraphPanel::dropOfAnotherCatalogOrProjectIsRefused()
{
    // "get_order_details" is a tool of the retail catalog, not the shown shop catalog.
    QCOMPARE(dropTool(QStringLiteral("get_order_details"), QPoint(200, 200)), -1);
    QVERIFY(model()->graph().nodes.empty());
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("another catalog")),
             qPrintable(m_panel->statusText()));

    ToolMimeData foreign;
    foreign.projectPath = m_dir.filePath(QStringLiteral("elsewhere.callwright"));
    foreign.tools.push_back({model()->catalogId(), document()->catalogs()[0].tools[0].id});
    std::unique_ptr<QMimeData> mime(foreign.toMimeData({QStringLiteral("x")}));
    QVERIFY(!m_panel->scene()->dropTools(mime.get(), QPointF()));
    QVERIFY(model()->graph().nodes.empty());
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("another project")),
             qPrintable(m_panel->statusText()));
}

void tst_GraphPanel::dragBetweenPortsConnectsThem()
{
    const int finder = dropTool(QStringLiteral("find_user_id_by_email"), QPoint(150, 150));
    const int details = dropTool(QStringLiteral("get_user_details"), QPoint(520, 300));
    QVERIFY(finder > 0 && details > 0);
    const int steps = undoStack()->count();

    // Halfway, a rubber-band curve follows the mouse.
    const QPointF out = node(QStringLiteral("find_user_id_by_email"))
                                ->portScenePos(PortSide::Output, QStringLiteral("user_id"));
    const QPointF in = node(QStringLiteral("get_user_details"))
                               ->portScenePos(PortSide::Input, QStringLiteral("user_id"));
    QTest::mousePress(viewport(), Qt::LeftButton, {}, toViewport(out));
    QTest::mouseMove(viewport(), toViewport((out + in) / 2));
    QGraphicsPathItem *draft = nullptr;
    const QList<QGraphicsItem *> items = m_panel->scene()->items();
    for (QGraphicsItem *item : items) {
        if (item->type() == QGraphicsPathItem::Type)
            draft = static_cast<QGraphicsPathItem *>(item);
    }
    QVERIFY(draft);
    QVERIFY(near(draft->path().currentPosition(), (out + in) / 2));
    QTest::mouseMove(viewport(), toViewport(in));
    QCOMPARE(node(QStringLiteral("get_user_details"))->highlightedPort(), 0);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, toViewport(in));

    QCOMPARE(model()->graph().edges.size(), std::size_t(1));
    const GraphEdge edge = model()->graph().edges.front();
    QCOMPARE(edge.fromNode, finder);
    QCOMPARE(edge.toNode, details);
    QCOMPARE(edge.kind, GraphEdge::Kind::DataFlow);
    QCOMPARE(edge.origin, GraphEdge::Origin::Manual);
    QCOMPARE(edge.mapping.size(), std::size_t(1));
    QCOMPARE(edge.mapping[0].from, QStringLiteral("user_id"));
    QCOMPARE(edge.mapping[0].to, QStringLiteral("user_id"));
    QCOMPARE(undoStack()->count(), steps + 1);
    QVERIFY(m_panel->scene()->edgeItem(edge.id));
    QVERIFY(near(m_panel->scene()->edgeItem(edge.id)->endPoint(), in));
    // The rubber band is gone.
    for (QGraphicsItem *item : m_panel->scene()->items())
        QVERIFY(item->type() != QGraphicsPathItem::Type);

    undoStack()->undo();
    QVERIFY(model()->graph().edges.empty());
    QCOMPARE(m_panel->scene()->edgeCount(), std::size_t(0));
    undoStack()->redo();
    QCOMPARE(model()->graph().edges.size(), std::size_t(1));
    QCOMPARE(model()->graph().edges.front().mapping, edge.mapping);
    QCOMPARE(m_panel->scene()->edgeCount(), std::size_t(1));
}

void tst_GraphPanel::inputToInputMakesRelatedEdge()
{
    QVERIFY(dropTool(QStringLiteral("get_user_details"), QPoint(150, 150)) > 0);
    QVERIFY(dropTool(QStringLiteral("cancel_pending_order"), QPoint(450, 320)) > 0);
    // Dragged from an input to an output, the edge still runs output -> input.
    connectPorts(QStringLiteral("cancel_pending_order"), PortSide::Input, QStringLiteral("user_id"),
                 QStringLiteral("get_user_details"), PortSide::Input, QStringLiteral("user_id"));
    QCOMPARE(model()->graph().edges.size(), std::size_t(1));
    const GraphEdge related = model()->graph().edges.front();
    QCOMPARE(related.kind, GraphEdge::Kind::Related);
    QCOMPARE(related.fromNode, model()->nodeForTool(QStringLiteral("cancel_pending_order")));
    QCOMPARE(related.mapping[0].from, QStringLiteral("user_id"));

    connectPorts(QStringLiteral("cancel_pending_order"), PortSide::Input,
                 QStringLiteral("order_id"), QStringLiteral("get_user_details"), PortSide::Output,
                 QStringLiteral("order_ids"));
    QCOMPARE(model()->graph().edges.size(), std::size_t(2));
    const GraphEdge flow = model()->graph().edges.back();
    QCOMPARE(flow.kind, GraphEdge::Kind::DataFlow);
    QCOMPARE(flow.fromNode, model()->nodeForTool(QStringLiteral("get_user_details")));
    QCOMPARE(flow.mapping[0].from, QStringLiteral("order_ids"));
    QCOMPARE(flow.mapping[0].to, QStringLiteral("order_id"));
}

void tst_GraphPanel::selfLoopAndDuplicateAreRefused()
{
    QVERIFY(dropTool(QStringLiteral("find_user_id_by_email"), QPoint(150, 150)) > 0);
    QVERIFY(dropTool(QStringLiteral("get_user_details"), QPoint(520, 300)) > 0);
    const int details = model()->nodeForTool(QStringLiteral("get_user_details"));
    const int steps = undoStack()->count();

    // get_user_details returns an email but takes a user id: a loop onto itself.
    connectPorts(QStringLiteral("get_user_details"), PortSide::Output, QStringLiteral("email"),
                 QStringLiteral("get_user_details"), PortSide::Input, QStringLiteral("user_id"));
    QVERIFY(model()->graph().edges.empty());
    QCOMPARE(undoStack()->count(), steps);
    GraphEdge loop;
    loop.fromNode = details;
    loop.toNode = details;
    loop.mapping = {{QStringLiteral("email"), QStringLiteral("user_id")}};
    const QString refusal = model()->checkEdge(loop);
    QVERIFY(!refusal.isEmpty());
    QCOMPARE(m_panel->statusText(), refusal);

    connectPorts(QStringLiteral("find_user_id_by_email"), PortSide::Output,
                 QStringLiteral("user_id"), QStringLiteral("get_user_details"), PortSide::Input,
                 QStringLiteral("user_id"));
    QCOMPARE(model()->graph().edges.size(), std::size_t(1));
    const GraphEdge first = model()->graph().edges.front();
    connectPorts(QStringLiteral("find_user_id_by_email"), PortSide::Output,
                 QStringLiteral("user_id"), QStringLiteral("get_user_details"), PortSide::Input,
                 QStringLiteral("user_id"));
    QCOMPARE(model()->graph().edges.size(), std::size_t(1));
    QCOMPARE(undoStack()->count(), steps + 1);
    GraphEdge duplicate = first;
    duplicate.id = 0;
    QCOMPARE(m_panel->statusText(), model()->checkEdge(duplicate));
    QVERIFY(!m_panel->statusText().isEmpty());

    // Two return fields cannot be joined; the scene says so itself.
    connectPorts(QStringLiteral("find_user_id_by_email"), PortSide::Output,
                 QStringLiteral("user_id"), QStringLiteral("get_user_details"), PortSide::Output,
                 QStringLiteral("email"));
    QCOMPARE(model()->graph().edges.size(), std::size_t(1));
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("return field")),
             qPrintable(m_panel->statusText()));
}

void tst_GraphPanel::movingNodeIsOneUndoStep()
{
    const int finder = dropTool(QStringLiteral("find_user_id_by_email"), QPoint(150, 150));
    const int details = dropTool(QStringLiteral("get_user_details"), QPoint(520, 300));
    connectPorts(QStringLiteral("find_user_id_by_email"), PortSide::Output,
                 QStringLiteral("user_id"), QStringLiteral("get_user_details"), PortSide::Input,
                 QStringLiteral("user_id"));
    QCOMPARE(model()->graph().edges.size(), std::size_t(1));
    const int edgeId = model()->graph().edges.front().id;
    const QPointF edgeEnd = m_panel->scene()->edgeItem(edgeId)->endPoint();

    NodeItem *item = m_panel->scene()->nodeItem(details);
    const QPointF start = item->pos();
    const QPointF title = item->pos() + item->nodeLayout().title.center();
    const int steps = undoStack()->count();
    drag(title, title + QPointF(90, 60));

    const GraphNode *moved = model()->node(details);
    QVERIFY(near(QPointF(moved->x, moved->y), start + QPointF(90, 60)));
    QVERIFY(near(item->pos(), start + QPointF(90, 60)));
    // The edge followed its input port.
    QVERIFY(near(m_panel->scene()->edgeItem(edgeId)->endPoint(), edgeEnd + QPointF(90, 60)));
    QCOMPARE(undoStack()->count(), steps + 1);
    // The other node stayed.
    QVERIFY(near(m_panel->scene()->nodeItem(finder)->sceneBoundingRect().center(),
                 view()->mapToScene(150, 150)));

    undoStack()->undo();
    QVERIFY(near(QPointF(model()->node(details)->x, model()->node(details)->y), start));
    QVERIFY(near(item->pos(), start));
    QVERIFY(near(m_panel->scene()->edgeItem(edgeId)->endPoint(), edgeEnd));

    // A second drag is a step of its own.
    undoStack()->redo();
    drag(title + QPointF(90, 60), title + QPointF(-40, 0));
    QCOMPARE(undoStack()->count(), steps + 2);
}

void tst_GraphPanel::deleteKeyRemovesNodeWithEdgesAndUndoRestores()
{
    QVERIFY(dropTool(QStringLiteral("find_user_id_by_email"), QPoint(150, 150)) > 0);
    QVERIFY(dropTool(QStringLiteral("get_user_details"), QPoint(520, 150)) > 0);
    QVERIFY(dropTool(QStringLiteral("cancel_pending_order"), QPoint(520, 420)) > 0);
    connectPorts(QStringLiteral("find_user_id_by_email"), PortSide::Output,
                 QStringLiteral("user_id"), QStringLiteral("get_user_details"), PortSide::Input,
                 QStringLiteral("user_id"));
    connectPorts(QStringLiteral("find_user_id_by_email"), PortSide::Output,
                 QStringLiteral("user_id"), QStringLiteral("cancel_pending_order"), PortSide::Input,
                 QStringLiteral("user_id"));
    QCOMPARE(model()->graph().edges.size(), std::size_t(2));
    const ToolGraph before = model()->graph();

    NodeItem *finder = node(QStringLiteral("find_user_id_by_email"));
    const QPoint title = toViewport(finder->pos() + finder->nodeLayout().title.center());
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, title);
    QCOMPARE(m_panel->scene()->selectedNodeIds(), QList<int>{finder->nodeId()});
    QVERIFY(view()->hasFocus());
    const int steps = undoStack()->count();
    QTest::keyClick(view(), Qt::Key_Delete);

    QCOMPARE(model()->nodeForTool(QStringLiteral("find_user_id_by_email")), -1);
    QVERIFY(model()->graph().edges.empty());
    QCOMPARE(model()->graph().nodes.size(), std::size_t(2));
    QCOMPARE(m_panel->scene()->nodeCount(), std::size_t(2));
    QCOMPARE(m_panel->scene()->edgeCount(), std::size_t(0));
    QCOMPARE(undoStack()->count(), steps + 1);
    // The tool itself stays in the catalog.
    QVERIFY(document()->catalogs()[0].findTool(QStringLiteral("find_user_id_by_email")));

    undoStack()->undo();
    QCOMPARE(model()->graph().nodes.size(), std::size_t(3));
    QCOMPARE(model()->graph().edges.size(), std::size_t(2));
    QCOMPARE(m_panel->scene()->nodeCount(), std::size_t(3));
    QCOMPARE(m_panel->scene()->edgeCount(), std::size_t(2));
    for (const GraphEdge &edge : before.edges) {
        const GraphEdge *back = model()->edge(edge.id);
        QVERIFY(back);
        QCOMPARE(back->mapping, edge.mapping);
    }

    // An edge alone is deleted the same way.
    const int edgeId = before.edges.front().id;
    m_panel->scene()->selectItems({}, {edgeId});
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Delete);
    QVERIFY(!model()->edge(edgeId));
    QCOMPARE(model()->graph().nodes.size(), std::size_t(3));
}

void tst_GraphPanel::rubberBandSelectsAndNeighbourhoodIsHighlighted()
{
    QVERIFY(dropTool(QStringLiteral("find_user_id_by_email"), QPoint(150, 150)) > 0);
    QVERIFY(dropTool(QStringLiteral("get_user_details"), QPoint(520, 150)) > 0);
    QVERIFY(dropTool(QStringLiteral("cancel_pending_order"), QPoint(520, 450)) > 0);
    connectPorts(QStringLiteral("find_user_id_by_email"), PortSide::Output,
                 QStringLiteral("user_id"), QStringLiteral("get_user_details"), PortSide::Input,
                 QStringLiteral("user_id"));
    m_panel->scene()->clearSelection();

    // A band around the top two cards, starting on empty canvas.
    const QRectF top
            = node(QStringLiteral("find_user_id_by_email"))
                      ->sceneBoundingRect()
                      .united(node(QStringLiteral("get_user_details"))->sceneBoundingRect());
    drag(top.topLeft() - QPointF(20, 20), top.bottomRight() + QPointF(20, 20));
    const QList<int> selected = m_panel->scene()->selectedNodeIds();
    QCOMPARE(selected.size(), 2);
    QVERIFY(!selected.contains(model()->nodeForTool(QStringLiteral("cancel_pending_order"))));

    // One node selected: it and its neighbour are lit, the rest dimmed.
    const int finder = model()->nodeForTool(QStringLiteral("find_user_id_by_email"));
    m_panel->scene()->selectItems({finder});
    QVERIFY(!m_panel->scene()->isDimmed(finder));
    QVERIFY(!m_panel->scene()->isDimmed(model()->nodeForTool(QStringLiteral("get_user_details"))));
    QVERIFY(m_panel->scene()->isDimmed(
            model()->nodeForTool(QStringLiteral("cancel_pending_order"))));
    m_panel->scene()->clearSelection();
    QVERIFY(!m_panel->scene()->isDimmed(
            model()->nodeForTool(QStringLiteral("cancel_pending_order"))));
}

void tst_GraphPanel::inspectorShowsAndEditsManualEdge()
{
    QVERIFY(dropTool(QStringLiteral("find_user_id_by_email"), QPoint(150, 150)) > 0);
    QVERIFY(dropTool(QStringLiteral("get_user_details"), QPoint(520, 300)) > 0);
    connectPorts(QStringLiteral("find_user_id_by_email"), PortSide::Output,
                 QStringLiteral("user_id"), QStringLiteral("get_user_details"), PortSide::Input,
                 QStringLiteral("user_id"));
    const int edgeId = model()->graph().edges.front().id;

    // A click on the curve selects the edge.
    EdgeItem *edge = m_panel->scene()->edgeItem(edgeId);
    const QPointF middle = edge->path().pointAtPercent(0.5);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, toViewport(middle));
    QCOMPARE(m_panel->scene()->selectedEdgeIds(), QList<int>{edgeId});
    EdgeInspector *inspector = m_panel->inspector();
    QCOMPARE(inspector->edgeId(), edgeId);
    QVERIFY(inspector->confidenceBox()->isEnabled());
    QCOMPARE(inspector->mappingTable()->rowCount(), 1);
    QVERIFY(inspector->warningText().isEmpty());

    const int steps = undoStack()->count();
    inspector->confidenceBox()->setValue(0.4);
    QCOMPARE(model()->edge(edgeId)->confidence, 0.4);
    QCOMPARE(undoStack()->count(), steps + 1);
    undoStack()->undo();
    QCOMPARE(model()->edge(edgeId)->confidence, 1.0);
    QCOMPARE(inspector->confidenceBox()->value(), 1.0);
}

void tst_GraphPanel::inspectorFlagsStaleFields()
{
    QVERIFY(dropTool(QStringLiteral("find_user_id_by_email"), QPoint(150, 150)) > 0);
    QVERIFY(dropTool(QStringLiteral("get_user_details"), QPoint(520, 300)) > 0);
    connectPorts(QStringLiteral("find_user_id_by_email"), PortSide::Output,
                 QStringLiteral("user_id"), QStringLiteral("get_user_details"), PortSide::Input,
                 QStringLiteral("user_id"));
    const int edgeId = model()->graph().edges.front().id;
    m_panel->scene()->selectItems({}, {edgeId});

    // The target tool loses the parameter the edge feeds.
    Tool changed = *document()->catalogs()[0].findTool(QStringLiteral("get_user_details"));
    changed.parameters
            = Json{{"type", "object"}, {"properties", {{"customer_id", {{"type", "string"}}}}}};
    document()->changeTool(changed);
    QVERIFY(model()->edge(edgeId));
    QTRY_VERIFY(!m_panel->inspector()->warningText().isEmpty());
    QVERIFY2(m_panel->inspector()->warningText().contains(QStringLiteral("user_id")),
             qPrintable(m_panel->inspector()->warningText()));
    QCOMPARE(node(QStringLiteral("get_user_details"))->inputs(),
             QStringList{QStringLiteral("customer_id")});
    // Only the target's cell is red: the finder still returns a user id.
    const QTableWidget *mapping = m_panel->inspector()->mappingTable();
    QCOMPARE(mapping->item(0, 1)->foreground().color(), QColor(0xc0, 0x20, 0x20));
    QVERIFY(mapping->item(0, 0)->foreground().style() == Qt::NoBrush);
    // The curve still ends at the card, not at a port that is gone.
    QVERIFY(m_panel->scene()->edgeItem(edgeId)->path().elementCount() > 0);

    undoStack()->undo();
    QTRY_VERIFY(m_panel->inspector()->warningText().isEmpty());
}

void tst_GraphPanel::searchSelectsAndCentres()
{
    QVERIFY(dropTool(QStringLiteral("find_user_id_by_email"), QPoint(150, 150)) > 0);
    QVERIFY(dropTool(QStringLiteral("cancel_pending_order"), QPoint(520, 300)) > 0);
    model()->moveNodes(
            {{model()->nodeForTool(QStringLiteral("cancel_pending_order")), QPointF(4000, 3000)}});
    model()->finishMove();
    QVERIFY(m_panel->findTool(QStringLiteral("PENDING")));
    const int id = model()->nodeForTool(QStringLiteral("cancel_pending_order"));
    QCOMPARE(m_panel->scene()->selectedNodeIds(), QList<int>{id});
    const QPointF centre = view()->mapToScene(viewport()->rect().center());
    const QPointF card = m_panel->scene()->nodeItem(id)->sceneBoundingRect().center();
    QVERIFY2((centre - card).manhattanLength() < 20,
             qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
    QVERIFY(!m_panel->findTool(QStringLiteral("no_such_tool")));
    QVERIFY(m_panel->statusText().contains(QStringLiteral("no_such_tool")));
}

void tst_GraphPanel::zoomAndFit()
{
    QVERIFY(dropTool(QStringLiteral("find_user_id_by_email"), QPoint(150, 150)) > 0);
    model()->moveNodes({{model()->nodeForTool(QStringLiteral("find_user_id_by_email")),
                         QPointF(-3000, -2000)}});
    model()->finishMove();
    QVERIFY(dropTool(QStringLiteral("cancel_pending_order"), QPoint(300, 300)) > 0);

    view()->setFocus();
    const qreal before = view()->zoom();
    QTest::keyClick(view(), Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(view()->zoom() > before);
    QTest::keyClick(view(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(view(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(view()->zoom() < before);

    QTest::keyClick(view(), Qt::Key_F);
    const QRectF visible = view()->mapToScene(viewport()->rect()).boundingRect();
    for (NodeItem *item : {node(QStringLiteral("find_user_id_by_email")),
                           node(QStringLiteral("cancel_pending_order"))})
        QVERIFY(visible.contains(item->sceneBoundingRect()));

    // The wheel zooms around the mouse.
    const qreal fitted = view()->zoom();
    const QPoint at = toViewport(node(QStringLiteral("cancel_pending_order"))->pos());
    QWheelEvent wheel(at, view()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport(), &wheel);
    QVERIFY(view()->zoom() > fitted);
    QVERIFY(near(toViewport(node(QStringLiteral("cancel_pending_order"))->pos()), at));

    // The middle button pans, and neither selects nor moves anything.
    const QPointF centre = view()->mapToScene(viewport()->rect().center());
    const QPoint from = viewport()->rect().center();
    m_panel->scene()->clearSelection();
    const int steps = undoStack()->count();
    QTest::mousePress(viewport(), Qt::MiddleButton, {}, from);
    QTest::mouseMove(viewport(), from + QPoint(60, 40));
    QTest::mouseRelease(viewport(), Qt::MiddleButton, {}, from + QPoint(60, 40));
    const QPointF panned = view()->mapToScene(viewport()->rect().center());
    QVERIFY(near((centre - panned) * view()->zoom(), QPointF(60, 40)));
    QVERIFY(m_panel->scene()->selectedItems().isEmpty());
    QCOMPARE(undoStack()->count(), steps);

    // So does the left button while Space is held.
    QTest::keyPress(view(), Qt::Key_Space);
    QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport(), from - QPoint(30, 20));
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, from - QPoint(30, 20));
    QTest::keyRelease(view(), Qt::Key_Space);
    const QPointF back = view()->mapToScene(viewport()->rect().center());
    QVERIFY(near((back - panned) * view()->zoom(), QPointF(30, 20)));
    QVERIFY(m_panel->scene()->selectedItems().isEmpty());
}

void tst_GraphPanel::inferKeepsManualEdgesAndLayoutIsOneStep()
{
    QVERIFY(dropTool(QStringLiteral("get_user_details"), QPoint(150, 150)) > 0);
    QVERIFY(dropTool(QStringLiteral("cancel_pending_order"), QPoint(450, 320)) > 0);
    connectPorts(QStringLiteral("cancel_pending_order"), PortSide::Input,
                 QStringLiteral("order_id"), QStringLiteral("get_user_details"), PortSide::Output,
                 QStringLiteral("order_ids"));
    QCOMPARE(model()->graph().edges.size(), std::size_t(1));
    const GraphEdge manual = model()->graph().edges.front();

    QSignalSpy inferred(m_panel, &GraphPanel::inferenceFinished);
    m_window->actions()->action(ActionRegistry::Id::InferEdges)->trigger();
    QVERIFY(m_panel->isBusy());
    QVERIFY(inferred.wait(20000));
    QVERIFY(!m_panel->isBusy());
    QVERIFY2(m_panel->statusText() == inferred.first().first().toString(),
             qPrintable(m_panel->statusText()));
    // The finder's user id feeds both tools that take one; its node was added for it.
    const int finder = model()->nodeForTool(QStringLiteral("find_user_id_by_email"));
    QVERIFY(finder > 0);
    bool feedsDetails = false;
    for (const GraphEdge &edge : model()->graph().edges) {
        if (edge.origin == GraphEdge::Origin::Inferred && edge.fromNode == finder
            && edge.toNode == model()->nodeForTool(QStringLiteral("get_user_details")))
            feedsDetails = true;
    }
    QVERIFY(feedsDetails);
    QVERIFY(model()->edge(manual.id));
    QCOMPARE(*model()->edge(manual.id), manual);

    const ToolGraph before = model()->graph();
    const int steps = undoStack()->count();
    QSignalSpy laidOut(m_panel, &GraphPanel::layoutFinished);
    m_window->actions()->action(ActionRegistry::Id::LayoutGraph)->trigger();
    QVERIFY(laidOut.wait(20000));
    QCOMPARE(undoStack()->count(), steps + 1);
    QVERIFY(model()->graph().nodes != before.nodes);
    // No two cards overlap after the layout.
    const auto &scene = *m_panel->scene();
    for (const GraphNode &a : model()->graph().nodes) {
        for (const GraphNode &b : model()->graph().nodes) {
            if (a.id < b.id) {
                QVERIFY(!scene.nodeItem(a.id)->sceneBoundingRect().intersects(
                        scene.nodeItem(b.id)->sceneBoundingRect()));
            }
        }
    }
    undoStack()->undo();
    QCOMPARE(model()->graph().nodes, before.nodes);
}

void tst_GraphPanel::inferOnEmptyCanvasPlacesAndLaysOut()
{
    QSignalSpy laidOut(m_panel, &GraphPanel::layoutFinished);
    m_window->actions()->action(ActionRegistry::Id::InferEdges)->trigger();
    QVERIFY(laidOut.wait(20000));
    QVERIFY(!m_panel->isBusy());
    QVERIFY(model()->nodeForTool(QStringLiteral("find_user_id_by_email")) > 0);
    QVERIFY(model()->nodeForTool(QStringLiteral("get_user_details")) > 0);
    // One status line tells both steps.
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("Inferred"))
                     && m_panel->statusText().contains(QStringLiteral("Laid out")),
             qPrintable(m_panel->statusText()));
    // Fitted: every card is in sight.
    const QRectF visible = view()->mapToScene(viewport()->rect()).boundingRect();
    for (const GraphNode &n : model()->graph().nodes)
        QVERIFY(visible.contains(m_panel->scene()->nodeItem(n.id)->sceneBoundingRect()));
}

void tst_GraphPanel::largeGraphRenders()
{
    // Not a timed test: it prints what painting 2,000 cards costs at each zoom level.
    Catalog big;
    big.name = QStringLiteral("big");
    for (int i = 0; i < 2000; ++i) {
        const QByteArray name = "tool_" + QByteArray::number(i);
        big.tools.push_back(toolWithReturns(name.constData(), "A generated tool.",
                                            {"account_id", "amount", "note"},
                                            {"transfer_id", "status"}));
    }
    document()->addCatalog(big);
    QVERIFY(m_panel->selectCatalog(document()->catalogs().back().id));
    m_panel->addAllTools();
    QCOMPARE(m_panel->scene()->nodeCount(), std::size_t(2000));
    std::vector<GraphEdge> edges;
    for (int i = 0; i + 1 < 2000; i += 2) {
        GraphEdge edge;
        edge.fromNode = model()->nodeForTool(QStringLiteral("tool_%1").arg(i));
        edge.toNode = model()->nodeForTool(QStringLiteral("tool_%1").arg(i + 1));
        edge.origin = GraphEdge::Origin::Inferred;
        edge.confidence = 0.5 + (i % 50) / 100.0;
        edge.mapping = {{QStringLiteral("transfer_id"), QStringLiteral("account_id")}};
        edges.push_back(edge);
    }
    model()->replaceInferredEdges(edges);
    QCOMPARE(m_panel->scene()->edgeCount(), std::size_t(1000));

    QImage image(viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    for (const qreal zoom : {0.05, 0.2, 0.44, 0.46, 1.0}) {
        view()->setZoom(zoom);
        QElapsedTimer timer;
        timer.start();
        constexpr int kFrames = 5;
        for (int frame = 0; frame < kFrames; ++frame) {
            QPainter painter(&image);
            view()->render(&painter);
        }
        qInfo("zoom %.2f: %.1f ms a frame", zoom, double(timer.elapsed()) / kFrames);
    }

    // What one step of a drag costs: the model writes the graph through to the file.
    const int dragged = model()->nodeForTool(QStringLiteral("tool_0"));
    QElapsedTimer timer;
    timer.start();
    constexpr int kSteps = 10;
    for (int step = 1; step <= kSteps; ++step)
        model()->moveNodes({{dragged, QPointF(step * 5.0, step * 3.0)}});
    model()->finishMove();
    qInfo("moving a node: %.1f ms a mouse move", double(timer.elapsed()) / kSteps);
}

QTEST_MAIN(tst_GraphPanel)
#include "tst_graphpanel.moc"
