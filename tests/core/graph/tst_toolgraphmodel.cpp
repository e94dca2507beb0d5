// The graph model through the project document: edits are undo steps, bad edges are refused,
// deleting a tool takes its edges (and undo brings them back), and it all reaches the file.
#include "graph/edgeinference.h"
#include "graph/toolgraphmodel.h"
#include "model/projectdocument.h"
#include "store/projectstore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Callwright;

namespace {

Tool makeTool(const char *name, std::initializer_list<const char *> params,
              std::initializer_list<const char *> returns = {})
{
    Tool t;
    t.name = QString::fromLatin1(name);
    t.description = QStringLiteral("Tool %1.").arg(t.name);
    Json props = Json::object();
    for (const char *p : params)
        props[p] = Json{{"type", "string"}, {"description", std::string("The ") + p}};
    t.parameters = Json{{"type", "object"}, {"properties", props}};
    if (returns.size() > 0) {
        Json out = Json::object();
        for (const char *r : returns)
            out[r] = Json{{"type", "string"}};
        t.returns = Json{{"type", "object"}, {"properties", out}};
    }
    return t;
}

GraphEdge flow(int from, int to, const char *out, const char *in)
{
    GraphEdge e;
    e.fromNode = from;
    e.toNode = to;
    e.kind = GraphEdge::Kind::DataFlow;
    e.mapping = {{QString::fromLatin1(out), QString::fromLatin1(in)}};
    return e;
}

} // namespace

class TestToolGraphModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("g%1.callwright").arg(++m_counter));
        StoreError error;
        m_doc = ProjectDocument::create(m_path, QStringLiteral("Graph"), &error);
        QVERIFY2(m_doc, qPrintable(error.message));
        Catalog c;
        c.name = QStringLiteral("retail");
        c.tools = {makeTool("find_user_id_by_email", {"email"}),
                   makeTool("get_user_details", {"user_id"}, {"user_id", "orders"}),
                   makeTool("get_order_details", {"order_id"}),
                   makeTool("cancel_pending_order", {"order_id", "reason"})};
        m_doc->addCatalog(c);
        m_catalogId = m_doc->catalogs().front().id;
        m_doc->undoStack()->clear();
        m_graph = m_doc->graphModel(m_catalogId);
        QVERIFY(m_graph);
    }

    void cleanup() { m_doc.reset(); }

    void addNodesIsOneUndoStep()
    {
        QSignalSpy created(m_graph, &ToolGraphModel::nodeCreated);
        const QList<int> ids
                = m_graph->addNodes({QStringLiteral("get_user_details"),
                                     QStringLiteral("get_order_details"), QStringLiteral("nope")},
                                    {QPointF(10, 20), QPointF(300, 20)});
        QCOMPARE(ids.size(), 3);
        QVERIFY(ids[0] > 0 && ids[1] > 0 && ids[0] != ids[1]);
        QCOMPARE(ids[2], -1); // not a tool of the catalog
        QCOMPARE(created.count(), 2);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_graph->node(ids[0])->x, 10.0);
        QCOMPARE(m_graph->nodeForTool(QStringLiteral("get_order_details")), ids[1]);
        QVERIFY(m_graph->toolOf(ids[0]));

        // A tool already on the canvas is not added twice.
        QCOMPARE(m_graph->addNodes({QStringLiteral("get_user_details")}, {}), QList<int>{ids[0]});
        QCOMPARE(m_doc->undoStack()->count(), 1);

        m_doc->undoStack()->undo();
        QVERIFY(m_graph->graph().nodes.empty());
        m_doc->undoStack()->redo();
        QCOMPARE(m_graph->nodeForTool(QStringLiteral("get_user_details")), ids[0]);
    }

    void movesMergeUntilFinished()
    {
        const QList<int> ids = m_graph->addNodes(
                {QStringLiteral("get_user_details"), QStringLiteral("get_order_details")},
                {QPointF(0, 0), QPointF(100, 0)});
        const int before = m_doc->undoStack()->count();
        QSignalSpy moved(m_graph, &ToolGraphModel::nodePositionUpdated);
        m_graph->moveNodes({{ids[0], QPointF(5, 5)}, {ids[1], QPointF(105, 5)}});
        m_graph->moveNodes({{ids[0], QPointF(10, 10)}, {ids[1], QPointF(110, 10)}});
        m_graph->moveNodes({{ids[0], QPointF(20, 30)}, {ids[1], QPointF(120, 30)}});
        m_graph->finishMove();
        QCOMPARE(m_doc->undoStack()->count(), before + 1); // one drag, one step
        QCOMPARE(moved.count(), 6);
        m_graph->moveNodes({{ids[0], QPointF(50, 50)}});
        m_graph->finishMove();
        QCOMPARE(m_doc->undoStack()->count(), before + 2);

        m_doc->undoStack()->undo();
        QCOMPARE(QPointF(m_graph->node(ids[0])->x, m_graph->node(ids[0])->y), QPointF(20, 30));
        m_doc->undoStack()->undo();
        QCOMPARE(QPointF(m_graph->node(ids[0])->x, m_graph->node(ids[0])->y), QPointF(0, 0));
        QCOMPARE(QPointF(m_graph->node(ids[1])->x, m_graph->node(ids[1])->y), QPointF(100, 0));
    }

    void badEdgesAreRefused()
    {
        const QList<int> ids = m_graph->addNodes(
                {QStringLiteral("get_user_details"), QStringLiteral("get_order_details")}, {});
        const int steps = m_doc->undoStack()->count();
        QString refusal = m_graph->addEdge(flow(ids[0], ids[0], "user_id", "user_id"));
        QVERIFY(!refusal.isEmpty()); // self-loop
        QVERIFY(refusal.contains(QStringLiteral("get_user_details")));
        QVERIFY(m_graph->addEdge(flow(ids[0], 999, "orders", "order_id")).size() > 0);
        QCOMPARE(m_doc->undoStack()->count(), steps);

        QSignalSpy created(m_graph, &ToolGraphModel::edgeCreated);
        QCOMPARE(m_graph->addEdge(flow(ids[0], ids[1], "orders", "order_id")), QString());
        QCOMPARE(created.count(), 1);
        refusal = m_graph->addEdge(flow(ids[0], ids[1], "orders", "order_id"));
        QVERIFY(refusal.contains(QStringLiteral("already")));
        QCOMPARE(m_graph->graph().edges.size(), std::size_t(1));
        QCOMPARE(m_graph->graph().edges.front().origin, GraphEdge::Origin::Manual);

        // A related edge reads the same both ways.
        GraphEdge related = flow(ids[0], ids[1], "user_id", "order_id");
        related.kind = GraphEdge::Kind::Related;
        QCOMPARE(m_graph->addEdge(related), QString());
        GraphEdge reversed = flow(ids[1], ids[0], "order_id", "user_id");
        reversed.kind = GraphEdge::Kind::Related;
        QVERIFY(!m_graph->addEdge(reversed).isEmpty());

        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QVERIFY(m_graph->graph().edges.empty());
    }

    void removingNodesTakesTheirEdges()
    {
        const QList<int> ids = m_graph->addNodes({QStringLiteral("get_user_details"),
                                                  QStringLiteral("get_order_details"),
                                                  QStringLiteral("cancel_pending_order")},
                                                 {});
        m_graph->addEdge(flow(ids[0], ids[1], "orders", "order_id"));
        m_graph->addEdge(flow(ids[0], ids[2], "orders", "order_id"));
        m_graph->addEdge(flow(ids[1], ids[2], "result", "order_id"));
        const ToolGraph before = m_graph->graph();
        QSignalSpy deleted(m_graph, &ToolGraphModel::edgeDeleted);
        m_graph->removeNodes({ids[0]});
        QCOMPARE(deleted.count(), 2);
        QCOMPARE(m_graph->graph().edges.size(), std::size_t(1));
        QVERIFY(!m_graph->node(ids[0]));
        m_doc->undoStack()->undo();
        QCOMPARE(m_graph->graph(), before); // same ids, same order
    }

    void deletingAToolRemovesItsEdgesAndUndoBringsThemBack()
    {
        const QList<int> ids = m_graph->addNodes({QStringLiteral("find_user_id_by_email"),
                                                  QStringLiteral("get_user_details"),
                                                  QStringLiteral("get_order_details")},
                                                 {});
        m_graph->addEdge(flow(ids[0], ids[1], "result", "user_id"));
        m_graph->addEdge(flow(ids[1], ids[2], "orders", "order_id"));
        const ToolGraph before = m_graph->graph();
        const int steps = m_doc->undoStack()->count();
        const qint64 toolId = m_doc->catalogs().front().tools[1].id;

        m_doc->removeTool(toolId);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1); // one step for tool, node and edges
        QCOMPARE(m_graph->nodeForTool(QStringLiteral("get_user_details")), -1);
        QVERIFY(m_graph->graph().edges.empty());
        QVERIFY(m_doc->store().graph(m_catalogId)->edges.empty());

        m_doc->undoStack()->undo();
        QVERIFY(m_doc->tool(toolId));
        QCOMPARE(m_graph->graph(), before);
        QCOMPARE(*m_doc->store().graph(m_catalogId), before);
        m_doc->undoStack()->redo();
        QVERIFY(m_graph->graph().edges.empty());
    }

    void mappingToAVanishedFieldIsFlagged()
    {
        const QList<int> ids = m_graph->addNodes(
                {QStringLiteral("get_user_details"), QStringLiteral("cancel_pending_order")}, {});
        m_graph->addEdge(flow(ids[0], ids[1], "orders", "order_id"));
        const GraphEdge edge = m_graph->graph().edges.front();
        QVERIFY(m_graph->staleFields(edge).isEmpty());

        QSignalSpy toolsChanged(m_graph, &ToolGraphModel::toolsChanged);
        Tool changed = m_doc->catalogs().front().tools[3];
        changed.parameters = Json{{"type", "object"},
                                  {"properties", {{"order_number", {{"type", "string"}}}}}};
        m_doc->changeTool(changed);
        QCOMPARE(toolsChanged.count(), 1);
        QCOMPARE(m_graph->staleFields(edge), QStringList{QStringLiteral("order_id")});

        // Renaming the tool keeps its node (the node follows), removing it leaves the edge's
        // fields stale but never crashes.
        changed.name = QStringLiteral("cancel_order");
        m_doc->changeTool(changed);
        QCOMPARE(m_graph->nodeForTool(QStringLiteral("cancel_order")), ids[1]);
        QVERIFY(m_graph->toolOf(ids[1]));
        m_doc->undoStack()->undo();
        QCOMPARE(m_graph->nodeForTool(QStringLiteral("cancel_pending_order")), ids[1]);
        QVERIFY(m_graph->staleFields(edge).isEmpty());
    }

    void changeEdgeOfInferredMakesItManual()
    {
        const QList<int> ids = m_graph->addNodes(
                {QStringLiteral("get_user_details"), QStringLiteral("get_order_details")}, {});
        GraphEdge e = flow(ids[0], ids[1], "orders", "order_id");
        e.origin = GraphEdge::Origin::Inferred;
        e.confidence = 0.7;
        m_graph->replaceInferredEdges(std::vector<GraphEdge>{e});
        QCOMPARE(m_graph->graph().edges.size(), std::size_t(1));
        GraphEdge changed = m_graph->graph().edges.front();
        QCOMPARE(changed.origin, GraphEdge::Origin::Inferred);
        changed.mapping = {{QStringLiteral("user_id"), QStringLiteral("order_id")}};
        m_graph->changeEdge(changed);
        QCOMPARE(m_graph->edge(changed.id)->origin, GraphEdge::Origin::Manual);
        QCOMPARE(m_graph->edge(changed.id)->mapping.front().from, QStringLiteral("user_id"));
        m_doc->undoStack()->undo();
        QCOMPARE(m_graph->edge(changed.id)->origin, GraphEdge::Origin::Inferred);
    }

    void theModelGoesWithItsCatalog()
    {
        Catalog c;
        c.name = QStringLiteral("airline");
        c.tools = {makeTool("get_reservation_details", {"reservation_id"})};
        m_doc->addCatalog(c);
        const qint64 id = m_doc->catalogs().back().id;
        QPointer<ToolGraphModel> graph = m_doc->graphModel(id);
        QVERIFY(graph && graph != m_graph);
        graph->addNodes({QStringLiteral("get_reservation_details")}, {});
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo(); // the catalog import
        QVERIFY(graph.isNull());
        QVERIFY(!m_doc->graphModel(id));
        m_doc->undoStack()->redo();
        m_doc->undoStack()->redo();
        QVERIFY(m_doc->graphModel(id));
        QCOMPARE(m_doc->graphModel(id)->graph().nodes.size(), std::size_t(1));
    }

    void inferenceFinishedAfterAToolWentAwayAddsNoGhost()
    {
        // Inference runs on a copy of the tools; meanwhile the curator deletes one of them.
        const std::vector<Tool> snapshot = m_doc->catalogs().front().tools;
        const InferenceResult result = EdgeInference::infer(snapshot);
        bool touchesDetails = false;
        for (const InferredEdge &e : result.edges) {
            touchesDetails = touchesDetails || e.fromToolName == QLatin1String("get_user_details")
                             || e.toToolName == QLatin1String("get_user_details");
        }
        QVERIFY(touchesDetails); // otherwise this test would prove nothing
        m_doc->removeTool(m_doc->catalogs().front().tools[1].id); // get_user_details

        m_graph->replaceInferredEdges(result.edges);
        QCOMPARE(m_graph->nodeForTool(QStringLiteral("get_user_details")), -1);
        for (const GraphNode &n : m_graph->graph().nodes)
            QVERIFY2(m_graph->toolOf(n.id), qPrintable(n.toolName));
    }

    void changesPersistInTheProjectFile()
    {
        const QList<int> ids = m_graph->addNodes(
                {QStringLiteral("get_user_details"), QStringLiteral("get_order_details")},
                {QPointF(1, 2), QPointF(3, 4)});
        m_graph->addEdge(flow(ids[0], ids[1], "orders", "order_id"));
        m_graph->moveNodes({{ids[1], QPointF(40, 50)}});
        m_graph->finishMove();
        const ToolGraph expected = m_graph->graph();
        m_doc.reset();

        StoreError error;
        m_doc = ProjectDocument::open(m_path, &error);
        QVERIFY2(m_doc, qPrintable(error.message));
        ToolGraphModel *reopened = m_doc->graphModel(m_catalogId);
        QVERIFY(reopened);
        QCOMPARE(reopened->graph(), expected);
        // Ids continue after the stored ones.
        QVERIFY(reopened->nextEdgeId() > expected.edges.back().id);
        QVERIFY(!m_doc->graphModel(m_catalogId + 100));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<ProjectDocument> m_doc;
    qint64 m_catalogId = 0;
    ToolGraphModel *m_graph = nullptr;
};

QTEST_GUILESS_MAIN(TestToolGraphModel)
#include "tst_toolgraphmodel.moc"
