#pragma once

#include "model/tool.h"
#include "model/toolgraph.h"

#include <optional>
#include <vector>

namespace Callwright {

struct InferredEdge;

/// A catalog's graph as the samplers walk it: tools and edges by index.
struct SamplerGraph
{
    struct Edge
    {
        int from = 0; ///< tool index
        int to = 0;
        GraphEdge::Kind kind = GraphEdge::Kind::DataFlow;
        double confidence = 1;
        FieldMapping mapping; ///< the first pair of the edge's mapping
        int graphEdgeId = 0;  ///< the edge's id in the ToolGraph, 0 for inferred ones
    };

    QStringList tools;
    std::vector<char> wholeResult; ///< per tool: its output has no named fields
    std::vector<Edge> edges;
    std::vector<std::vector<int>> incident; ///< per tool: edges that touch it, either way
    std::vector<std::vector<int>> flowOut;  ///< per tool: data-flow edges leaving it

    /// Every tool of the catalog; the graph's edges between tools that still exist.
    static SamplerGraph build(const std::vector<Tool> &tools, const ToolGraph &graph);
    static SamplerGraph build(const std::vector<Tool> &tools,
                              const std::vector<InferredEdge> &edges);

private:
    void index();
};

enum class SamplerKind {
    RandomWalk,        ///< ToolFlow: a random walk of n tools
    NearestNeighbours, ///< DiGiT-TC: a tool and its n-1 nearest by edge confidence
    DataFlowChain,     ///< a path along data-flow edges whose calls feed each other
    CoverageAware,     ///< walks that favour the tools and edges the batch has used least
};

/// One call of a data-flow chain: the tool, and for every call after the first the
/// parameter that takes the previous call's output ("$1.user_id"; "$1" for a whole result).
struct ChainStep
{
    int tool = 0;
    int edge = -1;
    QString parameter;
    QString reference;
};

struct ToolSample
{
    std::vector<int> tools;       ///< in the order visited
    std::vector<int> edges;       ///< SamplerGraph edges the sample used
    std::vector<ChainStep> chain; ///< data-flow chains only
};

struct SamplerCoverage
{
    int toolsCovered = 0;
    int toolsTotal = 0;
    int edgesCovered = 0;
    int edgesTotal = 0;
};

struct SamplerOptions
{
    SamplerKind kind = SamplerKind::RandomWalk;
    int size = 4;  ///< tools per sample
    int count = 1; ///< samples in the batch
    quint64 seed = 1;
};

struct SampleBatch
{
    std::vector<ToolSample> samples;
    SamplerCoverage coverage;
};

/// Samples sets of tools for dialogues. The same seed gives the same batch on every machine
/// (its own xoshiro generator, no std:: distributions). Walks, neighbours and chains draw
/// each sample from its own seed, so sample i does not depend on the batch's size; the
/// coverage-aware mode depends on the samples before it by design. A sample is smaller
/// than asked when the tool's part of the graph is.
class ToolSampler final
{
public:
    explicit ToolSampler(SamplerGraph graph);

    const SamplerGraph &graph() const { return m_graph; }
    SampleBatch sample(const SamplerOptions &options) const;
    SamplerCoverage coverage(const std::vector<ToolSample> &samples) const;

    static const char *kindName(SamplerKind kind);
    /// "walk", "knn", "chain", "coverage".
    static std::optional<SamplerKind> kindFromName(const QString &name);

private:
    SamplerGraph m_graph;
    std::vector<int> m_connected;   ///< tools with at least one edge
    std::vector<int> m_flowSources; ///< tools with a data-flow edge out
};

} // namespace Callwright
