#include "schemaeditor.h"

#include "jsoneditor.h"

#include "schema/schemavalidator.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Callwright {

namespace {

// Long enough to skip the checks between two keystrokes, short enough to feel live.
constexpr int kValidateDelayMs = 150;
constexpr int kIssueRowsShown = 5;

QString pointerOf(const SchemaError &issue)
{
    QString pointer = issue.schemaLocation;
    if (pointer.startsWith(QLatin1Char('#')))
        pointer.remove(0, 1);
    return pointer.isEmpty() ? SchemaEditor::tr("(root)") : pointer;
}

} // namespace

SchemaEditor::SchemaEditor(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_editor(new JsonEditor(this))
    , m_status(new QLabel(this))
    , m_issues(new QTreeWidget(this))
    , m_validateTimer(new QTimer(this))
{
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_issues->setColumnCount(2);
    m_issues->setHeaderLabels({tr("Where"), tr("Problem")});
    m_issues->setRootIsDecorated(false);
    m_issues->setUniformRowHeights(true);
    m_issues->setWordWrap(false);
    m_issues->header()->setStretchLastSection(true);
    m_issues->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_issues->setAccessibleName(tr("Schema problems"));
    m_issues->hide();

    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(kValidateDelayMs);
    connect(m_validateTimer, &QTimer::timeout, this, &SchemaEditor::validate);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_validateTimer->start();
        Q_EMIT edited();
    });
    connect(m_editor, &JsonEditor::focusLost, this, &SchemaEditor::focusLost);

    if (kind == Kind::Returns)
        m_editor->setPlaceholderText(tr("No result schema. Type a JSON Schema to declare one."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_issues);
    setFocusProxy(m_editor);
    validate();
}

SchemaEditor::~SchemaEditor() = default;

QString SchemaEditor::text() const
{
    return m_editor->toPlainText();
}

void SchemaEditor::setSchema(const Json &schema)
{
    m_loading = true;
    m_editor->setPlainText(schema.is_null() && m_kind == Kind::Returns ? QString()
                                                                       : toQString(schema, 2));
    m_loading = false;
    validate();
}

void SchemaEditor::validateNow()
{
    if (m_validateTimer->isActive())
        validate();
}

bool SchemaEditor::isApplicable()
{
    validateNow();
    return m_applicable;
}

bool SchemaEditor::applicableSchema(Json *schema)
{
    if (!isApplicable())
        return false;
    *schema = m_value;
    return true;
}

QString SchemaEditor::statusText() const
{
    return m_status->text();
}

QStringList SchemaEditor::issueTexts() const
{
    QStringList lines;
    for (int i = 0; i < m_issues->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_issues->topLevelItem(i);
        lines << item->data(0, Qt::UserRole).toString() + QLatin1Char(' ') + item->text(0)
                         + QStringLiteral(": ") + item->text(1);
    }
    return lines;
}

void SchemaEditor::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(220, 50, 47));
    else
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    m_status->setPalette(palette);
}

void SchemaEditor::validate()
{
    m_validateTimer->stop();
    m_applicable = false;
    m_issues->clear();
    m_issues->hide();
    m_editor->setErrorPosition(0, 0);

    const QString text = m_editor->toPlainText();
    if (text.trimmed().isEmpty()) {
        if (m_kind == Kind::Returns) {
            m_value = Json();
            m_applicable = true;
            setStatus(tr("No result schema declared."), false);
        } else {
            setStatus(tr("Empty: the arguments need a schema, at least {\"type\": \"object\"}."),
                      true);
        }
        return;
    }

    const JsonParseResult parsed = JsonEditor::parse(text);
    if (!parsed.ok) {
        m_editor->setErrorPosition(parsed.line, parsed.column);
        setStatus(tr("Line %1, column %2: %3. Not saved until fixed.")
                          .arg(parsed.line)
                          .arg(parsed.column)
                          .arg(parsed.message),
                  true);
        return;
    }

    std::vector<SchemaError> issues;
    if (!parsed.value.is_object()) {
        SchemaError notObject;
        notObject.message = tr("a tool schema must be a JSON object, not %1")
                                    .arg(QString::fromStdString(JsonRead::typeName(parsed.value)));
        issues.push_back(notObject);
    } else {
        issues = SchemaValidator::checkSchema(parsed.value);
        const auto type = parsed.value.find("type");
        if (m_kind == Kind::Parameters && type != parsed.value.end() && *type != "object") {
            SchemaError wrongType;
            wrongType.schemaLocation = QStringLiteral("#/type");
            wrongType.message = tr("arguments are passed as an object; type should be "
                                   "\"object\"");
            wrongType.severity = SchemaError::Severity::Warning;
            issues.insert(issues.begin(), wrongType);
        }
    }

    int errors = 0;
    for (const SchemaError &issue : issues) {
        const bool error = issue.severity == SchemaError::Severity::Error;
        errors += error ? 1 : 0;
        auto *item = new QTreeWidgetItem(m_issues, {pointerOf(issue), issue.message});
        item->setIcon(0, style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                     : QStyle::SP_MessageBoxWarning));
        const QString severity = error ? QStringLiteral("error") : QStringLiteral("warning");
        item->setData(0, Qt::UserRole, severity);
        item->setToolTip(1, issue.message);
    }
    const int warnings = int(issues.size()) - errors;
    if (!issues.empty()) {
        const int rows = std::min(int(issues.size()), kIssueRowsShown);
        const int rowHeight = m_issues->sizeHintForRow(0);
        m_issues->setFixedHeight(m_issues->header()->sizeHint().height() + rows * rowHeight
                                 + 2 * m_issues->frameWidth());
        m_issues->show();
    }

    m_value = parsed.value;
    m_applicable = errors == 0;
    if (errors > 0)
        setStatus(tr("%n error(s) in the schema. Not saved until fixed.", nullptr, errors), true);
    else if (warnings > 0)
        setStatus(tr("Valid JSON Schema, %n warning(s).", nullptr, warnings), false);
    else
        setStatus(tr("Valid JSON Schema."), false);
}

} // namespace Callwright
