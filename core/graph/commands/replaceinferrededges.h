#pragma once

#include "graphcommand.h"
#include "model/toolgraph.h"

#include <vector>

namespace Callwright {

/// Swaps the inferred edges for a new inference's, adding nodes for tools the new edges
/// need; manual edges are not touched. Undo restores the previous edges and nodes.
class ReplaceInferredEdges final : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceInferredEdges)

public:
    ReplaceInferredEdges(ProjectDocument *document, qint64 catalogId,
                         std::vector<GraphNode> newNodes, std::vector<GraphEdge> removed,
                         std::vector<GraphEdge> added);

    void redo() override;
    void undo() override;

private:
    std::vector<GraphNode> m_newNodes;
    std::vector<GraphEdge> m_removed;
    std::vector<GraphEdge> m_added;
};

} // namespace Callwright
