#include "panel.h"

#include "model/projectdocument.h"

#include <utility>

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

void Panel::refreshWhenShown()
{
    m_stale = !isVisible();
    if (!m_stale)
        refresh();
}

void Panel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_stale, false))
        refresh();
}

} // namespace Callwright
