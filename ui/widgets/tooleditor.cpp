#include "tooleditor.h"

#include "jsoneditor.h"
#include "schemaeditor.h"

#include "model/projectdocument.h"

#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace Callwright {

namespace {

constexpr int kMaxNameLength = 64;
constexpr int kDescriptionLines = 4;

QString originText(const ToolOrigin &origin)
{
    switch (origin.kind) {
    case ToolOrigin::Kind::Manual:
        return ToolEditor::tr("written by hand");
    case ToolOrigin::Kind::OpenAI:
        return ToolEditor::tr("imported from an OpenAI tool list");
    case ToolOrigin::Kind::Mcp:
        return ToolEditor::tr("imported from an MCP server");
    case ToolOrigin::Kind::Bfcl:
        return ToolEditor::tr("imported from BFCL");
    case ToolOrigin::Kind::OpenApi:
        return ToolEditor::tr("imported from an OpenAPI document");
    case ToolOrigin::Kind::Corpus:
        return ToolEditor::tr("mined from a text corpus");
    }
    return {};
}

QStringList tagsFrom(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

QString tagsText(const QStringList &tags)
{
    return tags.join(QStringLiteral(", "));
}

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(makeHeading(title, box));
    layout->addWidget(content, 1);
    return box;
}

} // namespace

ToolEditor::ToolEditor(QWidget *parent)
    : QWidget(parent)
    , m_notice(new QLabel(this))
    , m_noticeBar(new QWidget(this))
    , m_name(new QLineEdit(this))
    , m_nameProblem(new QLabel(this))
    , m_origin(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_tags(new QLineEdit(this))
    , m_parameters(new SchemaEditor(SchemaEditor::Kind::Parameters, this))
    , m_returns(new SchemaEditor(SchemaEditor::Kind::Returns, this))
    , m_commitTimer(new QTimer(this))
{
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    auto *discard = new QPushButton(tr("Discard My Edit"), m_noticeBar);
    discard->setToolTip(tr("Show the tool as the project has it now"));
    auto *noticeLayout = new QHBoxLayout(m_noticeBar);
    noticeLayout->setContentsMargins(6, 4, 6, 4);
    noticeLayout->addWidget(m_notice, 1);
    noticeLayout->addWidget(discard);
    m_noticeBar->setAutoFillBackground(true);
    QPalette noticePalette = m_noticeBar->palette();
    noticePalette.setColor(QPalette::Window, noticePalette.color(QPalette::ToolTipBase));
    noticePalette.setColor(QPalette::WindowText, noticePalette.color(QPalette::ToolTipText));
    m_noticeBar->setPalette(noticePalette);
    m_noticeBar->hide();
    connect(discard, &QPushButton::clicked, this, [this] {
        const Tool *now = m_document ? m_document->tool(m_base.id) : nullptr;
        const Catalog *catalog = m_document ? m_document->catalogOfTool(m_base.id) : nullptr;
        if (now && catalog)
            load(*now, *catalog);
    });

    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setAccessibleName(tr("Tool name"));
    m_name->setMaxLength(kMaxNameLength * 2); // longer is refused with a message, not cut
    m_nameProblem->setWordWrap(true);
    m_nameProblem->setTextFormat(Qt::PlainText);
    QPalette problemPalette = m_nameProblem->palette();
    problemPalette.setColor(QPalette::WindowText, QColor(220, 50, 47));
    m_nameProblem->setPalette(problemPalette);
    m_nameProblem->hide();

    m_origin->setForegroundRole(QPalette::PlaceholderText);
    m_origin->setWordWrap(true);

    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the tool does, for the assistant that calls it"));
    m_description->setAccessibleName(tr("Tool description"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * kDescriptionLines
                                  + 2 * m_description->frameWidth()
                                  + int(2 * m_description->document()->documentMargin()));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. orders, read-only"));
    m_tags->setAccessibleName(tr("Tool tags"));
    m_parameters->editor()->setAccessibleName(tr("Parameters schema"));
    m_returns->editor()->setAccessibleName(tr("Returns schema"));

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Tags:"), m_tags);

    auto *schemas = new QSplitter(Qt::Vertical, this);
    schemas->setChildrenCollapsible(false);
    schemas->addWidget(titled(tr("Parameters"), m_parameters, schemas));
    schemas->addWidget(titled(tr("Returns"), m_returns, schemas));
    schemas->setStretchFactor(0, 3);
    schemas->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_noticeBar);
    layout->addWidget(m_origin);
    layout->addLayout(form);
    layout->addWidget(schemas, 1);

    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(kCommitDelayMs);
    connect(m_commitTimer, &QTimer::timeout, this, &ToolEditor::commit);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        checkName();
        fieldEdited();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, &ToolEditor::fieldEdited);
    connect(m_tags, &QLineEdit::textEdited, this, &ToolEditor::fieldEdited);
    connect(m_parameters, &SchemaEditor::edited, this, &ToolEditor::fieldEdited);
    connect(m_returns, &SchemaEditor::edited, this, &ToolEditor::fieldEdited);
    for (QWidget *field : fields())
        field->installEventFilter(this);
}

ToolEditor::~ToolEditor()
{
    // Children lose focus as they are deleted; this half-destroyed editor must not hear it.
    for (QWidget *field : fields())
        field->removeEventFilter(this);
}

std::array<QWidget *, 5> ToolEditor::fields() const
{
    return {m_name, m_description, m_tags, m_parameters->editor(), m_returns->editor()};
}

void ToolEditor::setDocument(ProjectDocument *document)
{
    if (m_document == document)
        return;
    commit();
    m_document = document;
    m_base = Tool{};
    showNotice(false);
}

void ToolEditor::setTool(const Tool &tool, const Catalog &catalog)
{
    // Our own write coming back through the views: the fields already say it.
    if (m_committing)
        return;
    if (tool.id != m_base.id) {
        commit();
        load(tool, catalog);
    } else {
        follow(tool, catalog);
    }
}

void ToolEditor::clear()
{
    commit();
    m_base = Tool{};
    showNotice(false);
}

void ToolEditor::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

QString ToolEditor::nameProblem() const
{
    return m_nameProblem->isHidden() ? QString() : m_nameProblem->text();
}

QString ToolEditor::noticeText() const
{
    return m_noticeBar->isHidden() ? QString() : m_notice->text();
}

void ToolEditor::takeCatalog(const Catalog &catalog)
{
    m_catalogName = catalog.name;
    m_otherNames.clear();
    for (const Tool &other : catalog.tools) {
        if (other.id != m_base.id)
            m_otherNames << other.name;
    }
    QString origin = tr("In catalog %1, %2").arg(catalog.name, originText(m_base.origin));
    if (!m_base.origin.originalName.isEmpty() && m_base.origin.originalName != m_base.name)
        origin += tr(" (originally “%1”)").arg(m_base.origin.originalName);
    m_origin->setText(origin);
}

void ToolEditor::load(const Tool &tool, const Catalog &catalog)
{
    m_commitTimer->stop();
    m_base = tool;
    takeCatalog(catalog);
    m_loading = true;
    m_name->setText(tool.name);
    m_description->setPlainText(tool.description);
    m_tags->setText(tagsText(tool.tags));
    m_parameters->setSchema(tool.parameters);
    m_returns->setSchema(tool.returns);
    m_loading = false;
    checkName();
    showNotice(false);
}

void ToolEditor::follow(const Tool &tool, const Catalog &catalog)
{
    // Each field follows the document only where the document's value changed, so pending
    // typing in the other fields survives; a field holding invalid text is never replaced.
    const Tool before = m_base;
    m_base = tool;
    takeCatalog(catalog);
    bool keptInvalid = false;
    m_loading = true;
    if (tool.name != before.name) {
        if (holdsInvalidEdit(m_name))
            keptInvalid = true;
        else
            m_name->setText(tool.name);
    }
    if (tool.description != before.description && m_description->toPlainText() != tool.description)
        m_description->setPlainText(tool.description);
    if (tool.tags != before.tags && tagsFrom(m_tags->text()) != tool.tags)
        m_tags->setText(tagsText(tool.tags));
    const std::pair<SchemaEditor *, const Json *> schemas[]
            = {{m_parameters, &tool.parameters}, {m_returns, &tool.returns}};
    const Json *previous[] = {&before.parameters, &before.returns};
    for (int i = 0; i < 2; ++i) {
        SchemaEditor *editor = schemas[i].first;
        const Json &now = *schemas[i].second;
        if (now == *previous[i])
            continue;
        Json shown;
        if (!editor->applicableSchema(&shown))
            keptInvalid = true;
        else if (shown != now)
            editor->setSchema(now);
    }
    m_loading = false;
    checkName(); // another tool may have taken or given up the name
    if (keptInvalid)
        showNotice(true);
}

bool ToolEditor::checkName()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
    const QString name = m_name->text();
    QString problem;
    if (name.isEmpty())
        problem = tr("A tool needs a name.");
    else if (name.size() > kMaxNameLength)
        problem = tr("At most %1 characters (this one has %2).")
                          .arg(kMaxNameLength)
                          .arg(name.size());
    else if (!pattern.match(name).hasMatch())
        problem = tr("Use only letters, digits, underscores and hyphens.");
    else if (m_otherNames.contains(name))
        problem = tr("Another tool in %1 is already named “%2”.").arg(m_catalogName, name);
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

bool ToolEditor::holdsInvalidEdit(QObject *field)
{
    if (field == m_name)
        return m_name->text() != m_base.name && !checkName();
    if (field == m_parameters->editor())
        return !m_parameters->isApplicable();
    if (field == m_returns->editor())
        return !m_returns->isApplicable();
    return false;
}

void ToolEditor::fieldEdited()
{
    if (!m_loading && m_base.id)
        m_commitTimer->start();
}

void ToolEditor::commit()
{
    m_commitTimer->stop();
    if (!m_document || !m_base.id || m_committing)
        return;
    Tool edited = m_base;
    if (checkName())
        edited.name = m_name->text();
    edited.description = m_description->toPlainText();
    edited.tags = tagsFrom(m_tags->text());
    Json schema;
    if (m_parameters->applicableSchema(&schema))
        edited.parameters = schema;
    if (m_returns->applicableSchema(&schema))
        edited.returns = schema;
    if (edited == m_base)
        return;
    m_committing = true;
    m_document->changeTool(edited);
    m_committing = false;
    // Unchanged when the project file refused the write; the edit is then tried again later.
    if (const Tool *now = m_document->tool(m_base.id))
        m_base = *now;
}

void ToolEditor::showNotice(bool show)
{
    if (show) {
        m_notice->setText(tr("This tool was changed (by undo or elsewhere) while a field holds "
                             "text that is not valid. Your text is kept; fix it to save it, or "
                             "discard it."));
    }
    m_noticeBar->setVisible(show);
}

bool ToolEditor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::FocusOut:
        commit();
        break;
    case QEvent::ShortcutOverride: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!key->matches(QKeySequence::Undo) && !key->matches(QKeySequence::Redo))
            break;
        if (holdsInvalidEdit(watched))
            break; // the field undoes its own typing back to something valid
        // Write the typing first so the window's Undo takes it back as one step.
        commit();
        event->ignore();
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Callwright
