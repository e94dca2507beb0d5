#include "replaceinferrededges.h"

#include "graph/toolgraphmodel.h"

namespace Callwright {

ReplaceInferredEdges::ReplaceInferredEdges(ProjectDocument *document, qint64 catalogId,
                                           std::vector<GraphNode> newNodes,
                                           std::vector<GraphEdge> removed,
                                           std::vector<GraphEdge> added)
    : GraphCommand(document, catalogId, tr("Infer Edges"))
    , m_newNodes(std::move(newNodes))
    , m_removed(std::move(removed))
    , m_added(std::move(added))
{}

void ReplaceInferredEdges::redo()
{
    ToolGraphModel *graph = model();
    if (!graph)
        return;
    GraphUpdate update(graph);
    graph->applyRemoveEdges(idsOf(m_removed));
    for (const GraphNode &n : m_newNodes)
        graph->applyInsertNode(n);
    graph->applyInsertEdges(m_added);
}

void ReplaceInferredEdges::undo()
{
    ToolGraphModel *graph = model();
    if (!graph)
        return;
    GraphUpdate update(graph);
    graph->applyRemoveEdges(idsOf(m_added));
    for (auto it = m_newNodes.rbegin(); it != m_newNodes.rend(); ++it)
        graph->applyRemoveNode(it->id);
    graph->applyInsertEdges(m_removed);
}

} // namespace Callwright
