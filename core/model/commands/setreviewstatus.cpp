#include "setreviewstatus.h"

#include "model/projectdocument.h"

namespace Callwright {

SetReviewStatus::SetReviewStatus(ProjectDocument *document, std::vector<ReviewChange> before,
                                 std::vector<ReviewChange> after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SetReviewStatus::redo()
{
    setObsolete(!m_document->applyReviewChanges(m_after));
}

void SetReviewStatus::undo()
{
    setObsolete(!m_document->applyReviewChanges(m_before));
}

} // namespace Callwright
