#include "addgraphnodes.h"

#include "graph/toolgraphmodel.h"

namespace Callwright {

AddGraphNodes::AddGraphNodes(ProjectDocument *document, qint64 catalogId,
                             std::vector<GraphNode> nodes)
    : GraphCommand(document, catalogId,
                   nodes.size() == 1 ? tr("Add %1 to Graph").arg(nodes.front().toolName)
                                     : tr("Add %n Tool(s) to Graph", nullptr, int(nodes.size())))
    , m_nodes(std::move(nodes))
{}

void AddGraphNodes::redo()
{
    ToolGraphModel *graph = model();
    GraphUpdate update(graph);
    if (graph) {
        for (const GraphNode &n : m_nodes)
            graph->applyInsertNode(n);
    }
}

void AddGraphNodes::undo()
{
    ToolGraphModel *graph = model();
    GraphUpdate update(graph);
    if (graph) {
        for (auto it = m_nodes.rbegin(); it != m_nodes.rend(); ++it)
            graph->applyRemoveNode(it->id);
    }
}

} // namespace Callwright
