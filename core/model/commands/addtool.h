#pragma once

#include "model/tool.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Callwright {

class ProjectDocument;

/// Inserts a tool into a catalog at a position; undo removes it.
class AddTool final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddTool)

public:
    AddTool(ProjectDocument *document, qint64 catalogId, Tool tool, int index);

    void redo() override;
    void undo() override;
    qint64 toolId() const { return m_tool.id; }

private:
    ProjectDocument *m_document;
    qint64 m_catalogId;
    Tool m_tool;
    int m_index;
};

} // namespace Callwright
