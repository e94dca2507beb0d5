#include "addgraphedge.h"

#include "graph/toolgraphmodel.h"

namespace Callwright {

AddGraphEdge::AddGraphEdge(ProjectDocument *document, qint64 catalogId, GraphEdge edge)
    : GraphCommand(document, catalogId, tr("Connect Tools"))
    , m_edge(std::move(edge))
{}

void AddGraphEdge::redo()
{
    if (ToolGraphModel *graph = model())
        graph->applyInsertEdge(m_edge);
}

void AddGraphEdge::undo()
{
    if (ToolGraphModel *graph = model())
        graph->applyRemoveEdge(m_edge.id);
}

} // namespace Callwright
