#pragma once

#include "store/dialoguequery.h"

#include <QUndoCommand>

#include <vector>

namespace Callwright {

class ProjectDocument;

/// Accepts, rejects or marks dialogues for fixing (one or a selection) with a note; undo
/// puts back each dialogue's own earlier state.
class SetReviewStatus final : public QUndoCommand
{
public:
    SetReviewStatus(ProjectDocument *document, std::vector<ReviewChange> before,
                    std::vector<ReviewChange> after, const QString &text);

    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    std::vector<ReviewChange> m_before;
    std::vector<ReviewChange> m_after;
};

} // namespace Callwright
