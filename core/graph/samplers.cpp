#include "samplers.h"

#include "edgeinference.h"
#include "schema/random.h"
#include "toolfields.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <queue>

namespace Callwright {

namespace {

constexpr double kMinWeight = 1e-3;
constexpr int kChainAttempts = 8;

/// Picks an index with probability proportional to its weight.
template<typename Weight>
int pickWeighted(Rng &rng, int n, Weight weight)
{
    double total = 0;
    for (int i = 0; i < n; ++i)
        total += std::max(weight(i), kMinWeight);
    double r = rng.unit() * total;
    for (int i = 0; i < n; ++i) {
        r -= std::max(weight(i), kMinWeight);
        if (r < 0)
            return i;
    }
    return n - 1;
}

int otherEnd(const SamplerGraph::Edge &e, int tool)
{
    return e.from == tool ? e.to : e.from;
}

/// The end of an edge leaving the sample that is not in it yet.
int newEnd(const SamplerGraph::Edge &e, const std::vector<char> &in)
{
    return in[std::size_t(e.from)] ? e.to : e.from;
}

const std::pair<SamplerKind, const char *> kKindNames[] = {
        {SamplerKind::RandomWalk, "walk"},
        {SamplerKind::NearestNeighbours, "knn"},
        {SamplerKind::DataFlowChain, "chain"},
        {SamplerKind::CoverageAware, "coverage"},
};

quint64 sampleSeed(quint64 seed, int index)
{
    quint64 x = seed ^ (quint64(index) * 0x9e3779b97f4a7c15ull);
    return Rng::splitmix64(x);
}

// Every tool of the catalog, with whether its output is a whole result.
void addTools(SamplerGraph &g, const std::vector<Tool> &tools)
{
    for (const Tool &t : tools) {
        g.tools << t.name;
        g.wholeResult.push_back(!ToolFields::hasNamedOutputs(t));
    }
}

QHash<QString, int> toolIndex(const std::vector<Tool> &tools)
{
    QHash<QString, int> index;
    for (std::size_t i = 0; i < tools.size(); ++i)
        index.insert(tools[i].name, int(i));
    return index;
}

} // namespace

SamplerGraph SamplerGraph::build(const std::vector<Tool> &tools, const ToolGraph &graph)
{
    SamplerGraph g;
    const QHash<QString, int> byName = toolIndex(tools);
    QHash<int, int> toolOfNode;
    for (const GraphNode &n : graph.nodes) {
        const auto it = byName.constFind(n.toolName);
        if (it != byName.cend())
            toolOfNode.insert(n.id, *it);
    }
    addTools(g, tools);
    for (const GraphEdge &e : graph.edges) {
        const int from = toolOfNode.value(e.fromNode, -1);
        const int to = toolOfNode.value(e.toNode, -1);
        if (from < 0 || to < 0 || from == to)
            continue;
        Edge edge;
        edge.from = from;
        edge.to = to;
        edge.kind = e.kind;
        edge.confidence = e.confidence;
        if (!e.mapping.empty())
            edge.mapping = e.mapping.front();
        edge.graphEdgeId = e.id;
        g.edges.push_back(edge);
    }
    g.index();
    return g;
}

SamplerGraph SamplerGraph::build(const std::vector<Tool> &tools,
                                 const std::vector<InferredEdge> &edges)
{
    SamplerGraph g;
    addTools(g, tools);
    for (const InferredEdge &e : edges) {
        if (e.fromTool == e.toTool || e.fromTool < 0 || e.toTool < 0
            || e.fromTool >= int(tools.size()) || e.toTool >= int(tools.size()))
            continue;
        g.edges.push_back({e.fromTool, e.toTool, e.kind, e.confidence, e.mapping, 0});
    }
    g.index();
    return g;
}

void SamplerGraph::index()
{
    incident.assign(std::size_t(tools.size()), {});
    flowOut.assign(std::size_t(tools.size()), {});
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const Edge &e = edges[i];
        incident[std::size_t(e.from)].push_back(int(i));
        incident[std::size_t(e.to)].push_back(int(i));
        if (e.kind == GraphEdge::Kind::DataFlow)
            flowOut[std::size_t(e.from)].push_back(int(i));
    }
}

ToolSampler::ToolSampler(SamplerGraph graph)
    : m_graph(std::move(graph))
{
    for (int t = 0; t < int(m_graph.tools.size()); ++t) {
        if (!m_graph.incident[std::size_t(t)].empty())
            m_connected.push_back(t);
        if (!m_graph.flowOut[std::size_t(t)].empty())
            m_flowSources.push_back(t);
    }
}

namespace {

/// The state shared by the samplers of one batch.
class Walker
{
public:
    Walker(const SamplerGraph &graph, const std::vector<int> &connected)
        : g(graph)
        , connected(connected)
        , toolUse(std::size_t(graph.tools.size()), 0)
        , edgeUse(graph.edges.size(), 0)
    {}

    int start(Rng &rng) const
    {
        if (!connected.empty())
            return rng.pick(connected);
        return int(rng.below(quint64(g.tools.size())));
    }

    /// Edges from any tool of the sample to a tool outside it; those of `current` first.
    std::vector<int> frontier(const ToolSample &s, const std::vector<char> &in, int current) const
    {
        std::vector<int> out;
        const auto leaving = [&](int t) {
            for (int e : g.incident[std::size_t(t)]) {
                if (!in[std::size_t(otherEnd(g.edges[std::size_t(e)], t))])
                    out.push_back(e);
            }
        };
        leaving(current);
        if (!out.empty())
            return out;
        for (int t : s.tools)
            leaving(t);
        return out;
    }

    ToolSample walk(Rng &rng, int size, bool favourUnused)
    {
        ToolSample s;
        std::vector<char> in(std::size_t(g.tools.size()), 0);
        int current = favourUnused ? leastUsedStart(rng) : start(rng);
        s.tools.push_back(current);
        in[std::size_t(current)] = 1;
        while (int(s.tools.size()) < size) {
            std::vector<int> options = frontier(s, in, current);
            if (options.empty())
                break;
            if (favourUnused)
                options = leastUsed(options, in);
            const int e = pickEdge(rng, options);
            const int next = newEnd(g.edges[std::size_t(e)], in);
            s.tools.push_back(next);
            s.edges.push_back(e);
            in[std::size_t(next)] = 1;
            current = next;
        }
        if (favourUnused)
            record(s);
        return s;
    }

    ToolSample nearest(Rng &rng, int size) const
    {
        // Dijkstra from a random tool; a confident edge is a short one.
        const int origin = start(rng);
        const std::size_t n = std::size_t(g.tools.size());
        std::vector<double> dist(n, std::numeric_limits<double>::infinity());
        std::vector<int> via(n, -1);
        std::vector<char> done(n, 0);
        using Item = std::pair<double, int>;
        std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
        dist[std::size_t(origin)] = 0;
        queue.push({0, origin});
        ToolSample s;
        while (!queue.empty() && int(s.tools.size()) < size) {
            const auto [d, t] = queue.top();
            queue.pop();
            if (done[std::size_t(t)])
                continue;
            done[std::size_t(t)] = 1;
            s.tools.push_back(t);
            if (via[std::size_t(t)] >= 0)
                s.edges.push_back(via[std::size_t(t)]);
            for (int e : g.incident[std::size_t(t)]) {
                const SamplerGraph::Edge &edge = g.edges[std::size_t(e)];
                const int o = otherEnd(edge, t);
                const double nd = d + 1.05 - std::clamp(edge.confidence, 0.0, 1.0);
                if (!done[std::size_t(o)] && nd < dist[std::size_t(o)]) {
                    dist[std::size_t(o)] = nd;
                    via[std::size_t(o)] = e;
                    queue.push({nd, o});
                }
            }
        }
        return s;
    }

    ToolSample chain(Rng &rng, const std::vector<int> &sources, int size) const
    {
        ToolSample best;
        if (sources.empty())
            return best;
        for (int attempt = 0; attempt < kChainAttempts && int(best.tools.size()) < size;
             ++attempt) {
            ToolSample s;
            std::vector<char> in(std::size_t(g.tools.size()), 0);
            int current = rng.pick(sources);
            s.tools.push_back(current);
            s.chain.push_back({current, -1, {}, {}});
            in[std::size_t(current)] = 1;
            while (int(s.tools.size()) < size) {
                std::vector<int> options;
                for (int e : g.flowOut[std::size_t(current)]) {
                    if (!in[std::size_t(g.edges[std::size_t(e)].to)])
                        options.push_back(e);
                }
                if (options.empty())
                    break;
                const int e = pickEdge(rng, options);
                const SamplerGraph::Edge &edge = g.edges[std::size_t(e)];
                const int step = int(s.tools.size()); // the previous call's 1-based number
                QString reference = QLatin1Char('$') + QString::number(step);
                if (!g.wholeResult[std::size_t(current)])
                    reference += QLatin1Char('.') + edge.mapping.from;
                s.chain.push_back({edge.to, e, edge.mapping.to, reference});
                s.tools.push_back(edge.to);
                s.edges.push_back(e);
                in[std::size_t(edge.to)] = 1;
                current = edge.to;
            }
            if (s.tools.size() > best.tools.size())
                best = std::move(s);
        }
        return best;
    }

private:
    /// One of the edges, the more confident the likelier.
    int pickEdge(Rng &rng, const std::vector<int> &options) const
    {
        const int pick = pickWeighted(rng, int(options.size()), [&](int i) {
            return g.edges[std::size_t(options[std::size_t(i)])].confidence;
        });
        return options[std::size_t(pick)];
    }

    int leastUsedStart(Rng &rng) const
    {
        const std::vector<int> &pool = connected;
        if (pool.empty())
            return start(rng);
        int least = std::numeric_limits<int>::max();
        for (int t : pool)
            least = std::min(least, toolUse[std::size_t(t)]);
        std::vector<int> ties;
        for (int t : pool) {
            if (toolUse[std::size_t(t)] == least)
                ties.push_back(t);
        }
        return rng.pick(ties);
    }

    std::vector<int> leastUsed(const std::vector<int> &options, const std::vector<char> &in) const
    {
        auto use = [&](int e) {
            const int next = newEnd(g.edges[std::size_t(e)], in);
            return toolUse[std::size_t(next)] + edgeUse[std::size_t(e)];
        };
        int least = std::numeric_limits<int>::max();
        for (int e : options)
            least = std::min(least, use(e));
        std::vector<int> kept;
        for (int e : options) {
            if (use(e) == least)
                kept.push_back(e);
        }
        return kept;
    }

    void record(const ToolSample &s)
    {
        for (int t : s.tools)
            ++toolUse[std::size_t(t)];
        for (int e : s.edges)
            ++edgeUse[std::size_t(e)];
    }

    const SamplerGraph &g;
    const std::vector<int> &connected;
    std::vector<int> toolUse;
    std::vector<int> edgeUse;
};

} // namespace

SampleBatch ToolSampler::sample(const SamplerOptions &options) const
{
    SampleBatch batch;
    if (m_graph.tools.isEmpty() || options.size < 1 || options.count < 1) {
        batch.coverage = coverage({});
        return batch;
    }
    Walker walker(m_graph, m_connected);
    Rng shared(options.seed);
    batch.samples.reserve(std::size_t(options.count));
    for (int i = 0; i < options.count; ++i) {
        Rng own(sampleSeed(options.seed, i));
        switch (options.kind) {
        case SamplerKind::RandomWalk:
            batch.samples.push_back(walker.walk(own, options.size, false));
            break;
        case SamplerKind::NearestNeighbours:
            batch.samples.push_back(walker.nearest(own, options.size));
            break;
        case SamplerKind::DataFlowChain:
            batch.samples.push_back(walker.chain(own, m_flowSources, options.size));
            break;
        case SamplerKind::CoverageAware:
            batch.samples.push_back(walker.walk(shared, options.size, true));
            break;
        }
    }
    batch.coverage = coverage(batch.samples);
    return batch;
}

SamplerCoverage ToolSampler::coverage(const std::vector<ToolSample> &samples) const
{
    SamplerCoverage c;
    c.toolsTotal = int(m_graph.tools.size());
    c.edgesTotal = int(m_graph.edges.size());
    std::vector<char> tools(std::size_t(c.toolsTotal), 0);
    std::vector<char> edges(std::size_t(c.edgesTotal), 0);
    for (const ToolSample &s : samples) {
        for (int t : s.tools) {
            if (!tools[std::size_t(t)]) {
                tools[std::size_t(t)] = 1;
                ++c.toolsCovered;
            }
        }
        for (int e : s.edges) {
            if (!edges[std::size_t(e)]) {
                edges[std::size_t(e)] = 1;
                ++c.edgesCovered;
            }
        }
    }
    return c;
}

const char *ToolSampler::kindName(SamplerKind kind)
{
    return enumName(kKindNames, kind);
}

std::optional<SamplerKind> ToolSampler::kindFromName(const QString &name)
{
    for (const auto &[kind, text] : kKindNames) {
        if (name == QLatin1String(text))
            return kind;
    }
    return std::nullopt;
}

} // namespace Callwright
