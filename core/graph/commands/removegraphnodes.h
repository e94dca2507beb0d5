#pragma once

#include "graphcommand.h"
#include "model/toolgraph.h"

#include <vector>

namespace Callwright {

/// Takes nodes off the canvas with every edge that touches them; undo brings both back with
/// the same ids.
class RemoveGraphNodes final : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveGraphNodes)

public:
    RemoveGraphNodes(ProjectDocument *document, qint64 catalogId, std::vector<GraphNode> nodes,
                     std::vector<GraphEdge> edges);

    void redo() override;
    void undo() override;

private:
    std::vector<GraphNode> m_nodes;
    std::vector<GraphEdge> m_edges;
};

} // namespace Callwright
