#include "addcatalog.h"

#include "model/projectdocument.h"
#include "store/projectstore.h"

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
    // Removing the catalog would take its dialogues with it, and redo cannot bring them back:
    // refuse, and drop this step from the stack so undo moves on to the edits before it.
    if (m_document->store().catalogHasDialogues(m_catalog.id)) {
        m_document->reportError(tr("Catalog %1 cannot be taken out: dialogues were made from "
                                   "it. Delete them first.")
                                        .arg(m_catalog.name));
        setObsolete(true);
        return;
    }
    if (!m_document->applyRemoveCatalog(m_catalog.id))
        setObsolete(true);
}

} // namespace Callwright
