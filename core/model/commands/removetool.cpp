#include "removetool.h"

#include "model/projectdocument.h"

namespace Callwright {

RemoveTool::RemoveTool(ProjectDocument *document, qint64 toolId)
    : m_document(document)
{
    if (const Catalog *c = document->catalogOfTool(toolId, &m_index)) {
        m_catalogId = c->id;
        m_tool = c->tools[std::size_t(m_index)];
    }
    setText(tr("Delete Tool %1").arg(m_tool.name));
}

void RemoveTool::redo()
{
    if (!m_document->applyRemoveTool(m_tool.id))
        setObsolete(true);
}

void RemoveTool::undo()
{
    m_document->applyInsertTool(m_catalogId, m_tool, m_index);
}

} // namespace Callwright
