#include "changegraphedge.h"

#include "graph/toolgraphmodel.h"

namespace Callwright {

ChangeGraphEdge::ChangeGraphEdge(ProjectDocument *document, qint64 catalogId, GraphEdge old,
                                 GraphEdge changed)
    : GraphCommand(document, catalogId, tr("Edit Connection"))
    , m_old(std::move(old))
    , m_new(std::move(changed))
{}

void ChangeGraphEdge::redo()
{
    if (ToolGraphModel *graph = model())
        graph->applyChangeEdge(m_new);
}

void ChangeGraphEdge::undo()
{
    if (ToolGraphModel *graph = model())
        graph->applyChangeEdge(m_old);
}

} // namespace Callwright
