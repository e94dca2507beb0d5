#include "tooldetailview.h"

#include "emptystate.h"
#include "schemaeditor.h"
#include "tooleditor.h"

#include "model/catalog.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Callwright {

namespace {

enum Page { NothingPage, ToolPage, CatalogPage };

} // namespace

ToolDetailView::ToolDetailView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_editor(new ToolEditor(this))
{
    m_empty->setTitle(tr("No tool selected"));
    m_empty->setText(tr("Select a tool in the list to edit its definition."));

    auto *catalogPage = new QWidget(this);
    m_catalogName = new QLabel(catalogPage);
    QFont nameFont = m_catalogName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_catalogName->setFont(nameFont);
    m_catalogName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_catalogName->setWordWrap(true);

    m_catalogSummary = new QLabel(catalogPage);
    m_catalogSummary->setForegroundRole(QPalette::PlaceholderText);
    m_catalogSummary->setWordWrap(true);

    m_catalogDescription = new QLabel(catalogPage);
    m_catalogDescription->setTextFormat(Qt::PlainText);
    m_catalogDescription->setWordWrap(true);
    m_catalogDescription->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_catalogDescription->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Long descriptions scroll instead of growing the page.
    m_descriptionScroll = new QScrollArea(catalogPage);
    m_descriptionScroll->setWidget(m_catalogDescription);
    m_descriptionScroll->setWidgetResizable(true);
    m_descriptionScroll->setFrameShape(QFrame::NoFrame);
    m_descriptionScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_descriptionScroll->viewport()->installEventFilter(this);

    auto *catalogLayout = new QVBoxLayout(catalogPage);
    catalogLayout->setContentsMargins(8, 0, 0, 0);
    catalogLayout->addWidget(m_catalogName);
    catalogLayout->addWidget(m_catalogSummary);
    catalogLayout->addSpacing(6);
    catalogLayout->addWidget(m_descriptionScroll);
    catalogLayout->addStretch(1);

    m_stack->insertWidget(NothingPage, m_empty);
    m_stack->insertWidget(ToolPage, m_editor);
    m_stack->insertWidget(CatalogPage, catalogPage);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
}

void ToolDetailView::setDocument(ProjectDocument *document)
{
    m_editor->setDocument(document);
}

void ToolDetailView::showTool(const Tool &tool, const Catalog &catalog)
{
    m_editor->setTool(tool, catalog);
    m_stack->setCurrentIndex(ToolPage);
}

void ToolDetailView::showCatalog(const Catalog &catalog)
{
    m_editor->clear();
    m_catalogName->setText(catalog.name);
    const QString envelope = catalog.envelope == EnvelopeStrategy::ContextCarrying
                                     ? tr("context-carrying requests")
                                     : tr("state tokens");
    m_catalogSummary->setText(
            tr("Catalog of %n tool(s); later calls get earlier results through %1", nullptr,
               int(catalog.tools.size()))
                    .arg(envelope));
    m_catalogDescription->setText(catalog.description.isEmpty() ? tr("(no description)")
                                                                : catalog.description);
    m_stack->setCurrentIndex(CatalogPage);
    fitDescription();
}

void ToolDetailView::showNothing()
{
    m_editor->clear();
    m_stack->setCurrentIndex(NothingPage);
}

bool ToolDetailView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_descriptionScroll->viewport() && event->type() == QEvent::Resize)
        fitDescription();
    return QWidget::eventFilter(watched, event);
}

void ToolDetailView::fitDescription()
{
    // As tall as the text, up to twelve lines; longer descriptions scroll.
    const int width = m_descriptionScroll->viewport()->width();
    const int needed = m_catalogDescription->heightForWidth(width);
    const int most = fontMetrics().lineSpacing() * 12;
    const int height
            = std::min(needed > 0 ? needed : m_catalogDescription->sizeHint().height(), most);
    if (m_descriptionScroll->height() != height)
        m_descriptionScroll->setFixedHeight(height);
}

QString ToolDetailView::shownName() const
{
    switch (m_stack->currentIndex()) {
    case ToolPage:
        return m_editor->nameField()->text();
    case CatalogPage:
        return m_catalogName->text();
    default:
        return {};
    }
}

QString ToolDetailView::parametersText() const
{
    return m_editor->parametersEditor()->text();
}

} // namespace Callwright
