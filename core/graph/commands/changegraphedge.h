#pragma once

#include "graphcommand.h"
#include "model/toolgraph.h"

namespace Callwright {

/// Changes an edge's mapping, kind or confidence (the edge inspector).
class ChangeGraphEdge final : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeGraphEdge)

public:
    ChangeGraphEdge(ProjectDocument *document, qint64 catalogId, GraphEdge old, GraphEdge changed);

    void redo() override;
    void undo() override;

private:
    GraphEdge m_old;
    GraphEdge m_new;
};

} // namespace Callwright
