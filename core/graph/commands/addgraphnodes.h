#pragma once

#include "graphcommand.h"
#include "model/toolgraph.h"

#include <vector>

namespace Callwright {

/// Puts tools on the graph canvas; undo takes them off again.
class AddGraphNodes final : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddGraphNodes)

public:
    AddGraphNodes(ProjectDocument *document, qint64 catalogId, std::vector<GraphNode> nodes);

    void redo() override;
    void undo() override;

private:
    std::vector<GraphNode> m_nodes;
};

} // namespace Callwright
