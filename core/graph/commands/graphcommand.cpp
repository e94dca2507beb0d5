#include "graphcommand.h"

#include "graph/toolgraphmodel.h"
#include "model/projectdocument.h"

namespace Callwright {

GraphCommand::GraphCommand(ProjectDocument *document, qint64 catalogId, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_catalogId(catalogId)
{}

ToolGraphModel *GraphCommand::model() const
{
    return m_document->graphModel(m_catalogId);
}

std::vector<int> GraphCommand::idsOf(const std::vector<GraphEdge> &edges)
{
    std::vector<int> ids;
    ids.reserve(edges.size());
    for (const GraphEdge &e : edges)
        ids.push_back(e.id);
    return ids;
}

GraphUpdate::GraphUpdate(ToolGraphModel *model)
    : m_model(model)
{
    if (m_model)
        m_model->beginUpdate();
}

GraphUpdate::~GraphUpdate()
{
    if (m_model)
        m_model->endUpdate();
}

} // namespace Callwright
