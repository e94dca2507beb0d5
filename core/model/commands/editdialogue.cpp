#include "editdialogue.h"

#include "model/projectdocument.h"

#include <QCoreApplication>

namespace Callwright {

EditDialogue::EditDialogue(ProjectDocument *document, Dialogue before, Dialogue after,
                           const QString &summary)
    : QUndoCommand(summary)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

// A change the project file refused leaves the stack (QUndoStack drops obsolete commands).
void EditDialogue::redo()
{
    setObsolete(!m_document->applyDialogue(m_before, m_after, text()));
}

void EditDialogue::undo()
{
    setObsolete(!m_document->applyDialogue(
            m_after, m_before,
            QCoreApplication::translate("Callwright::EditDialogue", "Undo: %1").arg(text())));
}

} // namespace Callwright
