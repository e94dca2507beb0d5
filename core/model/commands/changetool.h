#pragma once

#include "model/tool.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Callwright {

class ProjectDocument;

/// Replaces a tool's definition; consecutive edits of the same tool merge into one step.
class ChangeTool final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeTool)

public:
    ChangeTool(ProjectDocument *document, Tool changed);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document;
    Tool m_old;
    Tool m_new;
};

} // namespace Callwright
