#include "removegraphnodes.h"

#include "graph/toolgraphmodel.h"

namespace Callwright {

RemoveGraphNodes::RemoveGraphNodes(ProjectDocument *document, qint64 catalogId,
                                   std::vector<GraphNode> nodes, std::vector<GraphEdge> edges)
    : GraphCommand(document, catalogId,
                   nodes.size() == 1
                           ? tr("Remove %1 from Graph").arg(nodes.front().toolName)
                           : tr("Remove %n Tool(s) from Graph", nullptr, int(nodes.size())))
    , m_nodes(std::move(nodes))
    , m_edges(std::move(edges))
{}

void RemoveGraphNodes::redo()
{
    ToolGraphModel *graph = model();
    if (!graph)
        return;
    GraphUpdate update(graph);
    graph->applyRemoveEdges(idsOf(m_edges));
    for (const GraphNode &n : m_nodes)
        graph->applyRemoveNode(n.id);
}

void RemoveGraphNodes::undo()
{
    ToolGraphModel *graph = model();
    if (!graph)
        return;
    GraphUpdate update(graph);
    for (const GraphNode &n : m_nodes)
        graph->applyInsertNode(n);
    graph->applyInsertEdges(m_edges);
}

} // namespace Callwright
