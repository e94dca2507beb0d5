#include "panel.h"

#include "model/projectdocument.h"

namespace Callwright {

Panel::Panel(QWidget *parent)
    : QWidget(parent)
{}

Panel::~Panel() = default;

ProjectDocument *Panel::document() const
{
    return m_document;
}

void Panel::setDocument(ProjectDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    documentChanged();
}

} // namespace Callwright
