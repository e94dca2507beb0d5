#pragma once

#include "graphcommand.h"
#include "model/toolgraph.h"

namespace Callwright {

/// Connects two tools (port to port); undo disconnects them.
class AddGraphEdge final : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddGraphEdge)

public:
    AddGraphEdge(ProjectDocument *document, qint64 catalogId, GraphEdge edge);

    void redo() override;
    void undo() override;

private:
    GraphEdge m_edge;
};

} // namespace Callwright
