// Automatic layout with Graphviz: a position for every node, none shared, all finite; dot for
// small graphs and sfdp for large; off the GUI thread; a cancelled layout moves nothing.
#include "graph/graphlayout.h"

#include <QFuture>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

#include <cmath>
#include <set>

using namespace Callwright;

namespace {

/// n nodes in a few chains with cross links, like a catalog's data flow.
ToolGraph makeGraph(int n)
{
    ToolGraph g;
    for (int i = 1; i <= n; ++i)
        g.nodes.push_back({i, QStringLiteral("tool_%1").arg(i), 0, 0});
    int id = 1;
    for (int i = 1; i < n; ++i) {
        if (i % 7 != 0)
            g.edges.push_back({id++,
                               i,
                               i + 1,
                               GraphEdge::Kind::DataFlow,
                               GraphEdge::Origin::Inferred,
                               0.8,
                               {}});
        if (i + 5 <= n && i % 3 == 0)
            g.edges.push_back(
                    {id++, i, i + 5, GraphEdge::Kind::Related, GraphEdge::Origin::Manual, 1.0, {}});
    }
    return g;
}

void checkPositions(const ToolGraph &g, const LayoutResult &r)
{
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(!r.cancelled);
    QCOMPARE(r.positions.size(), g.nodes.size());
    std::set<std::pair<long long, long long>> seen;
    for (const GraphNode &n : g.nodes) {
        const auto it = r.positions.find(n.id);
        QVERIFY(it != r.positions.end());
        QVERIFY(std::isfinite(it->second.x()) && std::isfinite(it->second.y()));
        QVERIFY(seen.insert({std::llround(it->second.x()), std::llround(it->second.y())}).second);
    }
}

} // namespace

class TestGraphLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallGraphsUseDotAndReadTopDown()
    {
        const ToolGraph g = makeGraph(12);
        const LayoutResult r = GraphLayout::compute(g);
        QCOMPARE(r.engine, QStringLiteral("dot"));
        checkPositions(g, r);
        // Data flows downwards: the first tool of a chain sits above the next.
        QVERIFY(r.positions.at(1).y() < r.positions.at(2).y());
        // Boxes of the default size do not overlap.
        const QSizeF size = LayoutOptions().nodeSize;
        for (const auto &[a, pa] : r.positions) {
            for (const auto &[b, pb] : r.positions) {
                if (a < b) {
                    QVERIFY(std::abs(pa.x() - pb.x()) >= size.width() - 1
                            || std::abs(pa.y() - pb.y()) >= size.height() - 1);
                }
            }
        }
    }

    void largeGraphsUseSfdp()
    {
        const ToolGraph g = makeGraph(400);
        const LayoutResult r = GraphLayout::compute(g);
        QCOMPARE(r.engine, QStringLiteral("sfdp"));
        checkPositions(g, r);
    }

    void runsOffTheGuiThread()
    {
        const ToolGraph small = makeGraph(30);
        const ToolGraph large = makeGraph(200);
        QFuture<LayoutResult> a = QtConcurrent::run([&] { return GraphLayout::compute(small); });
        QFuture<LayoutResult> b = QtConcurrent::run([&] { return GraphLayout::compute(large); });
        checkPositions(small, a.result());
        checkPositions(large, b.result());
    }

    void cancelledLayoutGivesNoPositions()
    {
        std::atomic_bool cancel{true};
        LayoutResult r = GraphLayout::compute(makeGraph(10), {}, &cancel);
        QVERIFY(r.cancelled);
        QVERIFY(r.positions.empty());

        // Cancelled while waiting for another layout to finish.
        const ToolGraph large = makeGraph(1500);
        QFuture<LayoutResult> first
                = QtConcurrent::run([&] { return GraphLayout::compute(large); });
        QThread::msleep(200);
        std::atomic_bool later{false};
        QFuture<LayoutResult> second = QtConcurrent::run(
                [&] { return GraphLayout::compute(makeGraph(10), {}, &later); });
        later = true;
        r = second.result();
        QVERIFY(r.cancelled);
        QVERIFY(r.positions.empty());
        QCOMPARE(first.result().positions.size(), large.nodes.size());
    }

    void emptyGraph()
    {
        const LayoutResult r = GraphLayout::compute(ToolGraph());
        QVERIFY(r.positions.empty());
        QVERIFY(r.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
