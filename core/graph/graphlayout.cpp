#include "graphlayout.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <mutex>
#include <set>

// Last: Graphviz's headers define macros that Qt's must not see.
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace Callwright {

namespace {

std::mutex &graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

// cgraph takes char * for names and values it never writes.
char *c(const char *s)
{
    return const_cast<char *>(s);
}

void setAttr(Agraph_t *g, int kind, const char *name, const QByteArray &value)
{
    agattr(g, kind, c(name), const_cast<char *>(value.constData()));
}

struct GraphvizGraph
{
    GVC_t *gvc = nullptr;
    Agraph_t *graph = nullptr;
    bool laidOut = false;

    ~GraphvizGraph()
    {
        if (laidOut)
            gvFreeLayout(gvc, graph);
        if (graph)
            agclose(graph);
        if (gvc)
            gvFreeContext(gvc);
    }
};

} // namespace

LayoutResult GraphLayout::compute(const ToolGraph &toolGraph, const LayoutOptions &options,
                                  const std::atomic_bool *cancel)
{
    LayoutResult result;
    const auto cancelled = [&] {
        return cancel && cancel->load();
    };
    const bool dot = options.engine == LayoutOptions::Engine::Dot
                     || (options.engine == LayoutOptions::Engine::Automatic
                         && int(toolGraph.nodes.size()) <= options.dotNodeLimit);
    result.engine = dot ? QStringLiteral("dot") : QStringLiteral("sfdp");
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }
    if (toolGraph.nodes.empty())
        return result;

    std::lock_guard<std::mutex> lock(graphvizMutex());
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }
    agseterr(AGERR);
    GraphvizGraph gv;
    gv.gvc = gvContext();
    gv.graph = agopen(c("callwright"), Agdirected, nullptr);
    if (!gv.gvc || !gv.graph) {
        result.error = tr("Graphviz could not start.");
        return result;
    }
    Agraph_t *g = gv.graph;
    const double inchesW = options.nodeSize.width() / 72.0;
    const double inchesH = options.nodeSize.height() / 72.0;
    setAttr(g, AGRAPH, "overlap", dot ? QByteArray("true") : QByteArray("prism"));
    setAttr(g, AGRAPH, "splines", QByteArray("false"));
    setAttr(g, AGRAPH, "nodesep", QByteArray("0.4"));
    setAttr(g, AGRAPH, "ranksep", QByteArray("0.8"));
    setAttr(g, AGNODE, "shape", QByteArray("box"));
    setAttr(g, AGNODE, "fixedsize", QByteArray("true"));
    setAttr(g, AGNODE, "label", QByteArray(""));
    setAttr(g, AGNODE, "width", QByteArray::number(inchesW, 'f', 3));
    setAttr(g, AGNODE, "height", QByteArray::number(inchesH, 'f', 3));
    Agsym_t *constraint = agattr(g, AGEDGE, c("constraint"), c("true"));

    std::map<int, Agnode_t *> byId;
    for (const GraphNode &n : toolGraph.nodes) {
        const QByteArray name = "n" + QByteArray::number(n.id);
        byId[n.id] = agnode(g, const_cast<char *>(name.constData()), 1);
    }
    // One Graphviz edge per pair of tools, however many ports they join; related edges do
    // not rank tools.
    std::set<std::pair<int, int>> joined;
    for (const GraphEdge &e : toolGraph.edges) {
        const auto from = byId.find(e.fromNode);
        const auto to = byId.find(e.toNode);
        if (from == byId.end() || to == byId.end() || e.fromNode == e.toNode)
            continue;
        const auto key
                = std::make_pair(std::min(e.fromNode, e.toNode), std::max(e.fromNode, e.toNode));
        if (!joined.insert(key).second)
            continue;
        Agedge_t *edge = agedge(g, from->second, to->second, nullptr, 1);
        if (edge && e.kind == GraphEdge::Kind::Related)
            agxset(edge, constraint, c("false"));
    }

    if (gvLayout(gv.gvc, g, dot ? "dot" : "sfdp") != 0) {
        result.error = tr("Graphviz could not lay out the graph.");
        return result;
    }
    gv.laidOut = true;
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }
    double maxY = -std::numeric_limits<double>::infinity();
    for (const auto &[id, node] : byId)
        maxY = std::max(maxY, ND_coord(node).y);
    for (const auto &[id, node] : byId) {
        const double x = ND_coord(node).x - options.nodeSize.width() / 2;
        const double y = maxY - ND_coord(node).y - options.nodeSize.height() / 2;
        if (!std::isfinite(x) || !std::isfinite(y)) {
            result.error = tr("Graphviz returned no position for a tool.");
            result.positions.clear();
            return result;
        }
        result.positions[id] = QPointF(x, y);
    }
    return result;
}

} // namespace Callwright
