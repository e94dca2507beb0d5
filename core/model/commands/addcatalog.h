#pragma once

#include "model/catalog.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Callwright {

class ProjectDocument;

/// Adds a whole catalog with its tools (an import); undo removes it again.
class AddCatalog final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCatalog)

public:
    AddCatalog(ProjectDocument *document, Catalog catalog);

    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    Catalog m_catalog;
};

} // namespace Callwright
