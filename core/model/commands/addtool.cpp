#include "addtool.h"

#include "model/projectdocument.h"

namespace Callwright {

AddTool::AddTool(ProjectDocument *document, qint64 catalogId, Tool tool, int index)
    : QUndoCommand(tr("Add Tool %1").arg(tool.name))
    , m_document(document)
    , m_catalogId(catalogId)
    , m_tool(std::move(tool))
    , m_index(index)
{}

void AddTool::redo()
{
    // The first redo assigns the id; later redos reuse it so other commands keep pointing here.
    if (!m_document->applyInsertTool(m_catalogId, m_tool, m_index))
        setObsolete(true);
}

void AddTool::undo()
{
    m_document->applyRemoveTool(m_tool.id);
}

} // namespace Callwright
