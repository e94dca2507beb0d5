#pragma once

#include "model/tool.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Callwright {

class ProjectDocument;

/// Removes a tool; undo puts it back at its place with the same id.
class RemoveTool final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveTool)

public:
    RemoveTool(ProjectDocument *document, qint64 toolId);

    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    qint64 m_catalogId = 0;
    int m_index = -1;
    Tool m_tool;
};

} // namespace Callwright
