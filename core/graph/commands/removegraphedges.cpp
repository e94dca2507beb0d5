#include "removegraphedges.h"

#include "graph/toolgraphmodel.h"

namespace Callwright {

RemoveGraphEdges::RemoveGraphEdges(ProjectDocument *document, qint64 catalogId,
                                   std::vector<GraphEdge> edges)
    : GraphCommand(document, catalogId, tr("Delete %n Connection(s)", nullptr, int(edges.size())))
    , m_edges(std::move(edges))
{}

void RemoveGraphEdges::redo()
{
    if (ToolGraphModel *graph = model())
        graph->applyRemoveEdges(idsOf(m_edges));
}

void RemoveGraphEdges::undo()
{
    if (ToolGraphModel *graph = model())
        graph->applyInsertEdges(m_edges);
}

} // namespace Callwright
