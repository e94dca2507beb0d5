#include "addcatalog.h"

#include "model/projectdocument.h"

namespace Callwright {

AddCatalog::AddCatalog(ProjectDocument *document, Catalog catalog)
    : QUndoCommand(tr("Add Catalog %1").arg(catalog.name))
    , m_document(document)
    , m_catalog(std::move(catalog))
{}

void AddCatalog::redo()
{
    // Ids assigned on the first redo are kept, so later commands that name them stay valid.
    if (!m_document->applyInsertCatalog(m_catalog))
        setObsolete(true);
}

void AddCatalog::undo()
{
    m_document->applyRemoveCatalog(m_catalog.id);
}

} // namespace Callwright
