// The samplers on the inferred graph of the BFCL multi-turn catalogs: the same seed gives the
// same batch, walks have the size asked, chains really chain, coverage mode covers more.
#include "catalog/catalogimporter.h"
#include "graph/edgeinference.h"
#include "graph/samplers.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

#include <set>

using namespace Callwright;

namespace {

/// Every BFCL multi-turn API in one tool list (about 130 tools).
std::vector<Tool> multiTurnTools()
{
    std::vector<Tool> tools;
    const QDir dir(TestSupport::sharedDataPath(QStringLiteral("bfcl/multi_turn_func_doc")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QString error;
        ImportReport report;
        const auto c = CatalogImporter::readFile(dir.filePath(file), &report, &error);
        if (c)
            tools.insert(tools.end(), c->tools.begin(), c->tools.end());
    }
    return tools;
}

std::vector<std::vector<int>> toolsOf(const SampleBatch &batch)
{
    std::vector<std::vector<int>> out;
    for (const ToolSample &s : batch.samples)
        out.push_back(s.tools);
    return out;
}

int componentSize(const SamplerGraph &g, int start)
{
    std::set<int> seen{start};
    std::vector<int> todo{start};
    while (!todo.empty()) {
        const int t = todo.back();
        todo.pop_back();
        for (int e : g.incident[std::size_t(t)]) {
            const SamplerGraph::Edge &edge = g.edges[std::size_t(e)];
            const int other = edge.from == t ? edge.to : edge.from;
            if (seen.insert(other).second)
                todo.push_back(other);
        }
    }
    return int(seen.size());
}

} // namespace

class TestSamplers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const std::vector<Tool> tools = multiTurnTools();
        QVERIFY(tools.size() > 100);
        const InferenceResult inferred = EdgeInference::infer(tools);
        QVERIFY(inferred.edges.size() > 50);
        m_sampler = std::make_unique<ToolSampler>(SamplerGraph::build(tools, inferred.edges));
    }

    void sameSeedSameBatch_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("walk") << int(SamplerKind::RandomWalk);
        QTest::newRow("knn") << int(SamplerKind::NearestNeighbours);
        QTest::newRow("chain") << int(SamplerKind::DataFlowChain);
        QTest::newRow("coverage") << int(SamplerKind::CoverageAware);
    }

    void sameSeedSameBatch()
    {
        QFETCH(int, kind);
        SamplerOptions o;
        o.kind = SamplerKind(kind);
        o.size = 4;
        o.count = 25;
        o.seed = 42;
        const SampleBatch a = m_sampler->sample(o);
        const SampleBatch b = m_sampler->sample(o);
        QCOMPARE(toolsOf(a), toolsOf(b));
        QCOMPARE(a.samples.size(), std::size_t(25));
        o.seed = 43;
        QVERIFY(toolsOf(m_sampler->sample(o)) != toolsOf(a));
        // Sample i of a walk does not depend on how many were asked for.
        if (o.kind != SamplerKind::CoverageAware) {
            o.seed = 42;
            o.count = 5;
            const auto all = toolsOf(a);
            const auto fewer = toolsOf(m_sampler->sample(o));
            QCOMPARE(fewer, std::vector<std::vector<int>>(all.begin(), all.begin() + 5));
        }
    }

    void walksHaveTheSizeAsked_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("2") << 2;
        QTest::newRow("4") << 4;
        QTest::newRow("6") << 6;
    }

    void walksHaveTheSizeAsked()
    {
        QFETCH(int, size);
        SamplerOptions o;
        o.size = size;
        o.count = 50;
        o.seed = 7;
        const SampleBatch batch = m_sampler->sample(o);
        const SamplerGraph &g = m_sampler->graph();
        for (const ToolSample &s : batch.samples) {
            // As many tools as asked, unless the start's part of the graph has fewer.
            QCOMPARE(int(s.tools.size()), std::min(size, componentSize(g, s.tools.front())));
            QVERIFY(int(s.tools.size()) <= size);
            QCOMPARE(std::set<int>(s.tools.begin(), s.tools.end()).size(), s.tools.size());
            QCOMPARE(s.edges.size() + 1, s.tools.size());
            // Each tool after the first was reached by an edge from one before it.
            for (std::size_t k = 1; k < s.tools.size(); ++k) {
                const SamplerGraph::Edge &e = g.edges[std::size_t(s.edges[k - 1])];
                const int next = s.tools[k];
                QVERIFY(e.from == next || e.to == next);
                const int other = e.from == next ? e.to : e.from;
                QVERIFY(std::find(s.tools.begin(), s.tools.begin() + long(k), other)
                        != s.tools.begin() + long(k));
            }
        }
    }

    void chainsFollowDataFlow()
    {
        SamplerOptions o;
        o.kind = SamplerKind::DataFlowChain;
        o.size = 3;
        o.count = 40;
        o.seed = 3;
        const SampleBatch batch = m_sampler->sample(o);
        const SamplerGraph &g = m_sampler->graph();
        int longest = 0;
        for (const ToolSample &s : batch.samples) {
            QCOMPARE(s.chain.size(), s.tools.size());
            QVERIFY(s.tools.size() >= 2);
            longest = std::max(longest, int(s.tools.size()));
            for (std::size_t k = 1; k < s.chain.size(); ++k) {
                const ChainStep &step = s.chain[k];
                const SamplerGraph::Edge &e = g.edges[std::size_t(step.edge)];
                QCOMPARE(e.kind, GraphEdge::Kind::DataFlow);
                QCOMPARE(e.from, s.chain[k - 1].tool);
                QCOMPARE(e.to, step.tool);
                QCOMPARE(step.parameter, e.mapping.to);
                // "$2.booking_id": the previous call's output field feeds this parameter.
                const QString prefix = QLatin1Char('$') + QString::number(k);
                QVERIFY2(step.reference == prefix
                                 || step.reference == prefix + QLatin1Char('.') + e.mapping.from,
                         qPrintable(step.reference));
            }
        }
        QCOMPARE(longest, 3);
    }

    void coverageModeCoversMore()
    {
        SamplerOptions o;
        o.size = 4;
        o.count = 30;
        int walkTools = 0;
        int coverageTools = 0;
        int walkEdges = 0;
        int coverageEdges = 0;
        for (quint64 seed = 1; seed <= 5; ++seed) {
            o.seed = seed;
            o.kind = SamplerKind::RandomWalk;
            const SamplerCoverage walk = m_sampler->sample(o).coverage;
            o.kind = SamplerKind::CoverageAware;
            const SamplerCoverage coverage = m_sampler->sample(o).coverage;
            QVERIFY2(coverage.toolsCovered > walk.toolsCovered,
                     qPrintable(QStringLiteral("%1 vs %2")
                                        .arg(coverage.toolsCovered)
                                        .arg(walk.toolsCovered)));
            walkTools += walk.toolsCovered;
            coverageTools += coverage.toolsCovered;
            walkEdges += walk.edgesCovered;
            coverageEdges += coverage.edgesCovered;
        }
        QVERIFY(coverageTools > walkTools);
        QVERIFY(coverageEdges > walkEdges);
    }

    void coverageFigures()
    {
        SamplerOptions o;
        o.kind = SamplerKind::NearestNeighbours;
        o.size = 5;
        o.count = 12;
        o.seed = 9;
        const SampleBatch batch = m_sampler->sample(o);
        std::set<int> tools;
        std::set<int> edges;
        for (const ToolSample &s : batch.samples) {
            tools.insert(s.tools.begin(), s.tools.end());
            edges.insert(s.edges.begin(), s.edges.end());
        }
        QCOMPARE(batch.coverage.toolsCovered, int(tools.size()));
        QCOMPARE(batch.coverage.edgesCovered, int(edges.size()));
        QCOMPARE(batch.coverage.toolsTotal, int(m_sampler->graph().tools.size()));
        QCOMPARE(batch.coverage.edgesTotal, int(m_sampler->graph().edges.size()));
        QCOMPARE(m_sampler->coverage({}).toolsCovered, 0);
    }

    void samplerNames()
    {
        for (const char *name : {"walk", "knn", "chain", "coverage"}) {
            const auto kind = ToolSampler::kindFromName(QString::fromLatin1(name));
            QVERIFY(kind);
            QCOMPARE(QByteArray(ToolSampler::kindName(*kind)), QByteArray(name));
        }
        QVERIFY(!ToolSampler::kindFromName(QStringLiteral("bfs")));
    }

private:
    std::unique_ptr<ToolSampler> m_sampler;
};

QTEST_GUILESS_MAIN(TestSamplers)
#include "tst_samplers.moc"
