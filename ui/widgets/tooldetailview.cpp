#include "tooldetailview.h"

#include "emptystate.h"

#include "model/catalog.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Callwright {

namespace {

QPlainTextEdit *makeJsonView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    // Schemas carry long description strings; wrapping beats scrolling sideways.
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return view;
}

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString originText(const ToolOrigin &origin)
{
    switch (origin.kind) {
    case ToolOrigin::Kind::Manual:
        return ToolDetailView::tr("written by hand");
    case ToolOrigin::Kind::OpenAI:
        return ToolDetailView::tr("imported from an OpenAI tool list");
    case ToolOrigin::Kind::Mcp:
        return ToolDetailView::tr("imported from an MCP server");
    case ToolOrigin::Kind::Bfcl:
        return ToolDetailView::tr("imported from BFCL");
    case ToolOrigin::Kind::OpenApi:
        return ToolDetailView::tr("imported from an OpenAPI document");
    case ToolOrigin::Kind::Corpus:
        return ToolDetailView::tr("mined from a text corpus");
    }
    return {};
}

} // namespace

ToolDetailView::ToolDetailView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
{
    m_empty->setTitle(tr("No tool selected"));
    m_empty->setText(tr("Select a tool in the list to see its definition."));

    auto *page = new QWidget(this);
    m_name = new QLabel(page);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);

    m_subtitle = new QLabel(page);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);

    m_description = new QLabel(page);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Long descriptions scroll instead of pushing the schemas out of sight.
    m_descriptionScroll = new QScrollArea(page);
    m_descriptionScroll->setWidget(m_description);
    m_descriptionScroll->setWidgetResizable(true);
    m_descriptionScroll->setFrameShape(QFrame::NoFrame);
    m_descriptionScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_descriptionScroll->viewport()->installEventFilter(this);

    m_parametersLabel = makeHeading(tr("Parameters"), page);
    m_parameters = makeJsonView(page);
    m_returnsLabel = makeHeading(tr("Returns"), page);
    m_returns = makeJsonView(page);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_name);
    layout->addWidget(m_subtitle);
    layout->addSpacing(6);
    layout->addWidget(m_descriptionScroll);
    layout->addSpacing(6);
    layout->addWidget(m_parametersLabel);
    layout->addWidget(m_parameters, 3);
    layout->addWidget(m_returnsLabel);
    layout->addWidget(m_returns, 1);
    layout->addStretch(0); // takes the room when a catalog hides the schema views

    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
}

void ToolDetailView::showTool(const Tool &tool, const Catalog &catalog)
{
    m_name->setText(tool.name);
    QString subtitle = tr("Tool in catalog %1, %2").arg(catalog.name, originText(tool.origin));
    if (!tool.origin.originalName.isEmpty() && tool.origin.originalName != tool.name)
        subtitle += tr(" (originally “%1”)").arg(tool.origin.originalName);
    if (!tool.tags.isEmpty())
        subtitle += QLatin1Char('\n') + tr("Tags: %1").arg(tool.tags.join(QStringLiteral(", ")));
    m_subtitle->setText(subtitle);
    m_description->setText(tool.description.isEmpty() ? tr("(no description)")
                                                       : tool.description);
    m_parametersLabel->show();
    m_parameters->show();
    m_parameters->setPlainText(toQString(tool.parameters, 2));
    m_returnsLabel->show();
    if (tool.returns.is_null()) {
        m_returnsLabel->setText(tr("Returns: no result schema declared"));
        m_returns->clear();
        m_returns->hide();
    } else {
        m_returnsLabel->setText(tr("Returns"));
        m_returns->setPlainText(toQString(tool.returns, 2));
        m_returns->show();
    }
    m_stack->setCurrentIndex(1);
    fitDescription();
}

void ToolDetailView::showCatalog(const Catalog &catalog)
{
    m_name->setText(catalog.name);
    const QString envelope = catalog.envelope == EnvelopeStrategy::ContextCarrying
        ? tr("context-carrying requests")
        : tr("state tokens");
    m_subtitle->setText(tr("Catalog of %n tool(s); later calls get earlier results through %1",
                           nullptr, int(catalog.tools.size()))
                            .arg(envelope));
    m_description->setText(catalog.description.isEmpty() ? tr("(no description)")
                                                         : catalog.description);
    m_parametersLabel->hide();
    m_parameters->hide();
    m_returnsLabel->hide();
    m_returns->hide();
    m_stack->setCurrentIndex(1);
    fitDescription();
}

bool ToolDetailView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_descriptionScroll->viewport() && event->type() == QEvent::Resize)
        fitDescription();
    return QWidget::eventFilter(watched, event);
}

void ToolDetailView::fitDescription()
{
    // As tall as the text, up to seven lines; longer descriptions scroll.
    const int width = m_descriptionScroll->viewport()->width();
    const int needed = m_description->heightForWidth(width);
    const int most = fontMetrics().lineSpacing() * 7;
    const int height = std::min(needed > 0 ? needed : m_description->sizeHint().height(), most);
    if (m_descriptionScroll->height() != height)
        m_descriptionScroll->setFixedHeight(height);
}

void ToolDetailView::showNothing()
{
    m_stack->setCurrentIndex(0);
}

QString ToolDetailView::shownName() const
{
    return m_stack->currentIndex() == 1 ? m_name->text() : QString();
}

QString ToolDetailView::parametersText() const
{
    return m_parameters->toPlainText();
}

QString ToolDetailView::returnsText() const
{
    return m_returns->toPlainText();
}

} // namespace Callwright
