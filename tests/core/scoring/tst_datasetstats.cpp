// Dataset figures a curator compares with ToolFlow and reads off the Scores panel: corpus
// entropy and Distinct-3, tool and edge coverage against the catalog and its graph, and the
// histogram of each score.
#include "scoring/datasetstats.h"

#include "model/dialogue.h"
#include "scoringtestsupport.h"

#include <QTest>

using namespace Callwright;
using namespace ScoringTestSupport;

namespace {

ToolGraph ordersGraph()
{
    ToolGraph g;
    g.catalogId = 1;
    g.nodes = {{1, QStringLiteral("find_user"), 0, 0},
               {2, QStringLiteral("get_orders"), 0, 0},
               {3, QStringLiteral("cancel_order"), 0, 0}};
    GraphEdge flow;
    flow.id = 1;
    flow.fromNode = 1;
    flow.toNode = 2;
    GraphEdge cancel = flow;
    cancel.id = 2;
    cancel.fromNode = 2;
    cancel.toNode = 3;
    GraphEdge related = flow;
    related.id = 3;
    related.fromNode = 3;
    related.toNode = 1;
    related.kind = GraphEdge::Kind::Related;
    g.edges = {flow, cancel, related};
    return g;
}

Catalog ordersWithCancel()
{
    Catalog c = ordersCatalog();
    Tool cancel;
    cancel.name = QStringLiteral("cancel_order");
    c.tools.push_back(cancel);
    return c;
}

} // namespace

class TestDatasetStats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void histogramBinsByMetricRange()
    {
        Histogram h = Histogram::forMetric(QStringLiteral("naturalness"));
        QCOMPARE(h.bins.size(), std::size_t(8));
        QCOMPARE(h.minimum, 1.0);
        QCOMPARE(h.maximum, 5.0);
        h.add(1.0);
        h.add(1.49);
        h.add(3.0);
        h.add(5.0); // the top value belongs to the last bin
        QCOMPARE(h.bins, (std::vector<qint64>{2, 0, 0, 0, 1, 0, 0, 1}));
        QCOMPARE(h.count, 4);
        QCOMPARE(h.binLow(4), 3.0);
        QCOMPARE(h.binHigh(4), 3.5);
        QCOMPARE(h.mean(), (1.0 + 1.49 + 3.0 + 5.0) / 4);
        QCOMPARE(Histogram::forMetric(QStringLiteral("coherence.result_use")).bins.size(),
                 std::size_t(10));
        QCOMPARE(Histogram::forMetric(QStringLiteral("verified")).bins.size(), std::size_t(2));
    }

    void textFiguresMatchTheCorpusOfMessages()
    {
        DatasetStats stats;
        TextDiversity expected(3);
        for (bool chained : {true, false}) {
            const Dialogue d = ordersDialogue(chained);
            stats.add(d);
            for (const Message &m : d.messages) {
                if (m.role != Message::Role::Tool && !m.content.isEmpty())
                    expected.add(m.content);
            }
        }
        QCOMPARE(stats.dialogues(), 2);
        QCOMPARE(stats.wordEntropy(), expected.wordEntropy());
        QCOMPARE(stats.distinct3(), expected.distinct(3));
        QVERIFY(stats.distinct3() > 0 && stats.distinct3() < 1); // the follow-ups repeat
    }

    void coverageCountsToolsAndEdgesInCallOrder()
    {
        DatasetStats stats;
        // The second call makes up its user id: both tools called, no data flowed.
        stats.add(ordersDialogue(false));
        const CatalogCoverage ignored = stats.coverage({ordersWithCancel()}, {ordersGraph()})[0];
        QCOMPARE(ignored.toolsUsed, 2);
        QCOMPARE(ignored.edgesUsed, 0);
        stats.add(ordersDialogue(true)); // find_user, then get_orders
        const std::vector<CatalogCoverage> coverage
                = stats.coverage({ordersWithCancel()}, {ordersGraph()});
        QCOMPARE(coverage.size(), std::size_t(1));
        const CatalogCoverage &c = coverage[0];
        QCOMPARE(c.tools, 3);
        QCOMPARE(c.toolsUsed, 2);
        QCOMPARE(c.edges, 3);
        QCOMPARE(c.edgesUsed, 1); // the user id flowed from find_user to get_orders
        QCOMPARE(c.callsPerTool[0], (std::pair<QString, qint64>(QStringLiteral("find_user"), 2)));
        QCOMPARE(c.callsPerTool[2],
                 (std::pair<QString, qint64>(QStringLiteral("cancel_order"), 0)));

        // cancel_order before find_user: the related edge counts in any order, but a data
        // flow edge only from its source to its target.
        Dialogue backwards = ordersDialogue(true, QStringLiteral("back"));
        backwards.messages[1].toolCalls[0].toolName = QStringLiteral("cancel_order");
        backwards.messages[3].toolCalls[0].toolName = QStringLiteral("find_user");
        stats.add(backwards);
        const CatalogCoverage after = stats.coverage({ordersWithCancel()}, {ordersGraph()})[0];
        QCOMPARE(after.toolsUsed, 3);
        QCOMPARE(after.edgesUsed, 2);
        QCOMPARE(after.toolCoverage(), 1.0);
        QCOMPARE(after.edgeCoverage(), 2.0 / 3.0);
        // Without a graph there are no edges to cover.
        QCOMPARE(stats.coverage({ordersWithCancel()}, {})[0].edges, 0);
    }

    void mergedEqualsAccumulatedInOne()
    {
        DatasetStats one, left, right;
        for (int i = 0; i < 6; ++i) {
            Dialogue d = ordersDialogue(i % 2 == 0, QStringLiteral("d%1").arg(i));
            d.scores.push_back(
                    {QStringLiteral("coherence"), 1.0 + i * 0.7, QStringLiteral("embedded"), {}});
            one.add(d);
            (i < 4 ? left : right).add(d);
        }
        left.merge(right);
        QCOMPARE(left.dialogues(), one.dialogues());
        QCOMPARE(left.wordEntropy(), one.wordEntropy());
        QCOMPARE(left.distinct3(), one.distinct3());
        QCOMPARE(left.histograms().at(QStringLiteral("coherence")).bins,
                 one.histograms().at(QStringLiteral("coherence")).bins);
        QCOMPARE(left.mean(QStringLiteral("coherence")), one.mean(QStringLiteral("coherence")));
        QCOMPARE(left.coverage({ordersCatalog()}, {})[0].callsPerTool,
                 one.coverage({ordersCatalog()}, {})[0].callsPerTool);
    }
};

QTEST_GUILESS_MAIN(TestDatasetStats)
#include "tst_datasetstats.moc"
