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

// A change the project file refused leaves the stack (QUndoStack drops obsolete commands).
void ChangeTool::redo()
{
    setObsolete(!m_document->applyChangeTool(m_new));
}

void ChangeTool::undo()
{
    setObsolete(!m_document->applyChangeTool(m_old));
}

int ChangeTool::id() const
{
    return Cmd_ChangeTool;
}

bool ChangeTool::mergeWith(const QUndoCommand *other)
{
    // QUndoStack tries to merge before it drops a refused command: never take one in.
    auto *o = static_cast<const ChangeTool *>(other);
    if (other->isObsolete() || o->m_new.id != m_new.id)
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old); // edited back to where it started: nothing to undo
    return true;
}

} // namespace Callwright
