#pragma once

#include "model/dialogue.h"

#include <QUndoCommand>

namespace Callwright {

class ProjectDocument;

/// Replaces a stored dialogue by an edited version; each redo and undo writes the file and
/// records a revision, so the history shows undone edits too.
class EditDialogue final : public QUndoCommand
{
public:
    EditDialogue(ProjectDocument *document, Dialogue before, Dialogue after,
                 const QString &summary);

    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    Dialogue m_before;
    Dialogue m_after;
};

} // namespace Callwright
