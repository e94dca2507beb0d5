#pragma once

#include "graphcommand.h"
#include "model/toolgraph.h"

#include <vector>

namespace Callwright {

/// Deletes edges; undo restores them with the same ids.
class RemoveGraphEdges final : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveGraphEdges)

public:
    RemoveGraphEdges(ProjectDocument *document, qint64 catalogId, std::vector<GraphEdge> edges);

    void redo() override;
    void undo() override;

private:
    std::vector<GraphEdge> m_edges;
};

} // namespace Callwright
