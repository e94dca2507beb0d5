#include "changetool.h"

#include "model/projectdocument.h"
#include "undocommandids.h"

namespace Callwright {

ChangeTool::ChangeTool(ProjectDocument *document, Tool changed)
    : QUndoCommand(tr("Edit Tool %1").arg(changed.name))
    , m_document(document)
    , m_new(std::move(changed))
{
    if (const Tool *current = document->tool(m_new.id))
        m_old = *current;
}

void ChangeTool::redo()
{
    m_document->applyChangeTool(m_new);
}

void ChangeTool::undo()
{
    m_document->applyChangeTool(m_old);
}

int ChangeTool::id() const
{
    return Cmd_ChangeTool;
}

bool ChangeTool::mergeWith(const QUndoCommand *other)
{
    auto *o = static_cast<const ChangeTool *>(other);
    if (o->m_new.id != m_new.id)
        return false;
    m_new = o->m_new;
    return true;
}

} // namespace Callwright
