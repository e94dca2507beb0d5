#include "prompttemplatesdialog.h"

#include "widgets/placeholderhighlighter.h"

#include "backends/prompttemplates.h"
#include "model/projectdocument.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Callwright {

namespace {

const QColor kErrorColor(0xc0, 0x20, 0x20);
const QColor kWarningColor(0xa0, 0x5a, 0x00);

enum Column { NameColumn, StateColumn };

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

QString braced(const QString &placeholder)
{
    return QStringLiteral("{{%1}}").arg(placeholder);
}

QString bracedList(const QStringList &placeholders)
{
    QStringList out;
    for (const QString &p : placeholders)
        out << braced(p);
    return out.join(QStringLiteral(", "));
}

} // namespace

PromptTemplatesDialog::PromptTemplatesDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_list(new QTreeWidget(this))
    , m_heading(new QLabel(this))
    , m_state(new QLabel(this))
    , m_description(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_highlighter(new PlaceholderHighlighter(m_editor->document()))
    , m_legend(new QLabel(this))
    , m_validation(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_reset(new QPushButton(tr("&Reset to Built-in"), this))
    , m_save(nullptr)
    , m_close(nullptr)
{
    setObjectName(QStringLiteral("promptTemplatesDialog"));
    setWindowTitle(document ? tr("Agent Prompts \u2014 %1").arg(document->name())
                            : tr("Agent Prompts"));

    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Prompt"), tr("Text")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAccessibleName(tr("Agent prompts"));
    m_list->header()->setStretchLastSection(true);

    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_description->setObjectName(QStringLiteral("descriptionLabel"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_editor->setObjectName(QStringLiteral("promptEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setTabChangesFocus(true);
    m_editor->setAccessibleName(tr("Prompt text"));
    m_highlighter->setDarkBackground(m_editor->palette().color(QPalette::Base).lightness() < 128);

    m_legend->setObjectName(QStringLiteral("placeholderLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_validation->setObjectName(QStringLiteral("validationLabel"));
    m_validation->setWordWrap(true);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextColor(m_validation, kErrorColor);
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    m_warning->setWordWrap(true);
    setTextColor(m_warning, kWarningColor);
    m_readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setText(tr("The project is open read-only: its prompts can be read, not saved."));
    m_readOnly->setVisible(!isWritable());

    auto *buttons = new QDialogButtonBox(this);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_reset->setToolTip(tr("Put the built-in text in the editor; saving it drops this project's "
                           "own text"));
    m_reset->setAutoDefault(false);
    buttons->addButton(m_reset, QDialogButtonBox::ResetRole);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(
            tr("Keep this text in the project (Ctrl+S); Edit \u25b8 Undo takes it back"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });

    auto *editorSide = new QWidget(this);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_state);
    auto *editorLayout = new QVBoxLayout(editorSide);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(headingRow);
    editorLayout->addWidget(m_description);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_legend);
    editorLayout->addWidget(m_validation);
    editorLayout->addWidget(m_warning);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(editorSide);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 720});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_readOnly);
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, &PromptTemplatesDialog::save);
    connect(m_reset, &QPushButton::clicked, this, &PromptTemplatesDialog::resetToBuiltIn);
    connect(m_close, &QPushButton::clicked, this, &PromptTemplatesDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_saveError.clear();
        updateState();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString name = item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
        if (name.isEmpty() || name == m_current)
            return;
        if (settleUnsavedEdits() == Unsaved::Stay) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentItem(itemOf(m_current));
            return;
        }
        showTemplate(name);
    });
    if (document) {
        connect(document, &ProjectDocument::promptTemplateChanged, this,
                &PromptTemplatesDialog::savedElsewhere);
        // A project closed under the dialog leaves nothing to edit.
        connect(document, &QObject::destroyed, this, [this] { done(QDialog::Rejected); });
    }

    fillList();
    // Room for the longest name in bold with its unsaved mark, and a gap before the state.
    QFont boldList = m_list->font();
    boldList.setBold(true);
    int nameWidth = 0;
    for (const QString &name : PromptTemplates::names())
        nameWidth = std::max(nameWidth,
                             QFontMetrics(boldList).horizontalAdvance(name + QStringLiteral(" *")));
    m_list->setColumnWidth(NameColumn, nameWidth + 3 * m_list->fontMetrics().averageCharWidth());
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    resize(980, 620);
}

PromptTemplatesDialog::~PromptTemplatesDialog() = default;

QString PromptTemplatesDialog::titleOf(const QString &name)
{
    if (name == QLatin1String("planner"))
        return tr("Planner");
    if (name == QLatin1String("user"))
        return tr("User agent");
    if (name == QLatin1String("assistant"))
        return tr("Assistant agent");
    if (name == QLatin1String("tool"))
        return tr("Tool agent");
    if (name == QLatin1String("backtranslation"))
        return tr("Back-translation check");
    QString title = name;
    title.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

QString PromptTemplatesDialog::descriptionOf(const QString &name)
{
    if (name == QLatin1String("planner"))
        return tr("The planner sees the catalog's tools ({{tools}}) and the plan of the dialogue "
                  "with the values the user will give ({{plan}}). It writes the user's overall "
                  "goal; it never takes part in the dialogue.");
    if (name == QLatin1String("user"))
        return tr("The user agent sees its persona ({{persona}}), its goal ({{goal}}), the "
                  "dialogue so far as the user saw it ({{transcript}}), what this message does "
                  "({{step}}) and the values it must give ({{values}}); never the tools.");
    if (name == QLatin1String("assistant"))
        return tr("The assistant gets this text as its system message, then the tools as "
                  "function definitions and the dialogue with the tool results; never the plan, "
                  "the persona or the goal.");
    if (name == QLatin1String("tool"))
        return tr("The tool agent sees only the tool definition ({{tool}}) and the request (the "
                  "arguments, and the prior results its envelope carries); nothing of the "
                  "dialogue.");
    if (name == QLatin1String("backtranslation"))
        return tr("The back-translation check sees the tools ({{tools}}) and one user request, "
                  "nothing else; the calls it writes from them must match the plan.");
    const QStringList required = PromptTemplates::requiredPlaceholders(name);
    return required.isEmpty() ? tr("This prompt is sent as it is written.")
                              : tr("This prompt is given %1.").arg(bracedList(required));
}

QStringList PromptTemplatesDialog::knownPlaceholders(const QString &name)
{
    QStringList known = PromptTemplates::requiredPlaceholders(name);
    for (const QString &p : PromptTemplates::placeholdersIn(PromptTemplates::builtIn(name))) {
        if (!known.contains(p))
            known << p;
    }
    return known;
}

bool PromptTemplatesDialog::selectTemplate(const QString &name)
{
    QTreeWidgetItem *item = itemOf(name);
    if (!item)
        return false;
    if (name == m_current)
        return true;
    if (settleUnsavedEdits() == Unsaved::Stay)
        return false;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(item);
    }
    showTemplate(name);
    return true;
}

bool PromptTemplatesDialog::isModified() const
{
    return !m_current.isEmpty() && m_editor->toPlainText().trimmed() != savedText(m_current);
}

QStringList PromptTemplatesDialog::missingPlaceholders() const
{
    const QStringList present = PromptTemplates::placeholdersIn(m_editor->toPlainText());
    QStringList missing;
    for (const QString &p : PromptTemplates::requiredPlaceholders(m_current)) {
        if (!present.contains(p))
            missing << p;
    }
    return missing;
}

QStringList PromptTemplatesDialog::unknownPlaceholders() const
{
    const QStringList known = knownPlaceholders(m_current);
    QStringList unknown;
    for (const QString &p : PromptTemplates::placeholdersIn(m_editor->toPlainText())) {
        if (!known.contains(p))
            unknown << p;
    }
    return unknown;
}

bool PromptTemplatesDialog::save()
{
    if (!isWritable() || m_current.isEmpty() || !missingPlaceholders().isEmpty())
        return false;
    if (!isModified())
        return true;
    QString error;
    const QMetaObject::Connection refused
            = connect(m_document, &ProjectDocument::storeError, this,
                      [&error](const QString &message) { error = message; });
    const bool saved = m_document->setPromptTemplate(m_current, m_editor->toPlainText());
    disconnect(refused);
    if (!saved) {
        m_saveError = error.isEmpty() ? tr("the project file refused the change") : error;
        updateState();
        return false;
    }
    m_saveError.clear();
    updateState();
    return true;
}

void PromptTemplatesDialog::resetToBuiltIn()
{
    if (!isWritable() || m_current.isEmpty())
        return;
    // Through a cursor, so that the editor's own undo (Ctrl+Z) brings the text back.
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(PromptTemplates::builtIn(m_current));
    cursor.endEditBlock();
    m_editor->setFocus();
}

void PromptTemplatesDialog::reject()
{
    if (settleUnsavedEdits() == Unsaved::Stay)
        return;
    QDialog::reject();
}

PromptTemplatesDialog::Unsaved PromptTemplatesDialog::settleUnsavedEdits()
{
    if (!isModified() || !isWritable())
        return Unsaved::None;
    const QStringList missing = missingPlaceholders();
    QMessageBox box(QMessageBox::Question, tr("Unsaved Prompt"),
                    tr("The %1 prompt has changes that are not saved.").arg(m_current),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    if (missing.isEmpty()) {
        box.addButton(QMessageBox::Save);
        box.setDefaultButton(QMessageBox::Save);
        box.setInformativeText(tr("Save them into the project?"));
    } else {
        box.setDefaultButton(QMessageBox::Cancel);
        box.setInformativeText(
                tr("They cannot be saved while %1 is missing.").arg(bracedList(missing)));
    }
    switch (box.exec()) {
    case QMessageBox::Save:
        return save() ? Unsaved::Saved : Unsaved::Stay;
    case QMessageBox::Discard:
        return Unsaved::Discarded;
    default:
        return Unsaved::Stay;
    }
}

void PromptTemplatesDialog::showTemplate(const QString &name)
{
    m_current = name;
    m_saveError.clear();
    m_heading->setText(titleOf(name));
    m_description->setText(descriptionOf(name));
    m_highlighter->setPlaceholders(PromptTemplates::requiredPlaceholders(name),
                                   knownPlaceholders(name));
    m_legend->setText(placeholderLegend(name));
    m_editor->setPlainText(savedText(name));
    m_editor->setReadOnly(!isWritable());
    updateState();
}

void PromptTemplatesDialog::fillList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_overrides.clear();
    const PromptTemplates prompts
            = PromptTemplates::fromProject(m_document ? &m_document->store() : nullptr);
    for (const QString &name : PromptTemplates::names()) {
        if (prompts.isOverridden(name))
            m_overrides.insert(name, prompts.text(name).trimmed());
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, Qt::UserRole, name);
        item->setToolTip(NameColumn, titleOf(name));
        updateRow(name);
    }
}

QTreeWidgetItem *PromptTemplatesDialog::itemOf(const QString &name) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() == name)
            return item;
    }
    return nullptr;
}

void PromptTemplatesDialog::updateRow(const QString &name)
{
    QTreeWidgetItem *item = itemOf(name);
    if (!item)
        return;
    const bool modified = name == m_current && isModified();
    item->setText(NameColumn, modified ? name + QStringLiteral(" *") : name);
    const bool edited = isOverridden(name);
    item->setText(StateColumn, edited ? tr("edited for this project") : tr("built-in"));
    QFont font = m_list->font();
    font.setBold(edited);
    item->setFont(NameColumn, font);
    item->setForeground(StateColumn, m_list->palette().brush(edited ? QPalette::Text
                                                                    : QPalette::PlaceholderText));
}

void PromptTemplatesDialog::updateState()
{
    const bool shown = !m_current.isEmpty();
    const bool writable = isWritable();
    const bool modified = isModified();
    const QString text = m_editor->toPlainText().trimmed();
    const QStringList missing = missingPlaceholders();
    const QStringList unknown = unknownPlaceholders();

    if (!missing.isEmpty()) {
        m_validation->setText(missing.size() == 1
                                      ? tr("Missing required placeholder %1: put it back to save.")
                                                .arg(bracedList(missing))
                                      : tr("Missing required placeholders %1: put them back to "
                                           "save.")
                                                .arg(bracedList(missing)));
    } else if (!m_saveError.isEmpty()) {
        m_validation->setText(tr("Could not save: %1").arg(m_saveError));
    } else {
        m_validation->clear();
    }
    m_validation->setVisible(!m_validation->text().isEmpty());
    m_warning->setText(unknown.isEmpty() ? QString()
                       : unknown.size() == 1
                               ? tr("%1 is not filled in for this agent: the model reads it as "
                                    "written.")
                                         .arg(bracedList(unknown))
                               : tr("%1 are not filled in for this agent: the model reads them "
                                    "as written.")
                                         .arg(bracedList(unknown)));
    m_warning->setVisible(!unknown.isEmpty());

    QString state;
    if (shown) {
        const bool builtInText = text == PromptTemplates::builtIn(m_current);
        if (modified)
            state = builtInText ? tr("Unsaved: back to the built-in text") : tr("Unsaved changes");
        else
            state = isOverridden(m_current) ? tr("Edited for this project") : tr("Built-in");
        m_reset->setEnabled(writable && !builtInText);
    } else {
        m_reset->setEnabled(false);
    }
    m_state->setText(state);
    m_save->setEnabled(writable && modified && missing.isEmpty());
    m_save->setToolTip(!writable ? tr("The project is open read-only")
                       : !missing.isEmpty()
                               ? tr("Put the missing placeholders back first")
                               : tr("Keep this text in the project (Ctrl+S); Edit \u25b8 Undo "
                                    "takes it back"));
    if (shown)
        updateRow(m_current);
}

void PromptTemplatesDialog::savedElsewhere(const QString &name)
{
    // Follow the file: this dialog's own save, or an undo while it is open.
    const bool clean = name == m_current && !isModified();
    const QString override = m_document ? m_document->promptOverride(name) : QString();
    if (override.isEmpty())
        m_overrides.remove(name);
    else
        m_overrides.insert(name, override);
    if (clean)
        m_editor->setPlainText(savedText(name));
    updateRow(name);
    if (name == m_current)
        updateState();
}

QString PromptTemplatesDialog::savedText(const QString &name) const
{
    const auto it = m_overrides.constFind(name);
    return it != m_overrides.cend() ? *it : PromptTemplates::builtIn(name);
}

bool PromptTemplatesDialog::isOverridden(const QString &name) const
{
    return m_overrides.contains(name);
}

bool PromptTemplatesDialog::isWritable() const
{
    return m_document && !m_document->isReadOnly();
}

QString PromptTemplatesDialog::placeholderLegend(const QString &name) const
{
    const QStringList known = knownPlaceholders(name);
    if (known.isEmpty())
        return tr("No placeholders are filled in for this agent: the text is sent as written.");
    QStringList chips;
    for (const QString &p : known) {
        const PlaceholderHighlighter::Kind kind = m_highlighter->kindOf(p);
        const QTextCharFormat format = m_highlighter->kindFormat(kind);
        const QString chip
                = QStringLiteral("<span style=\"color:%1; background-color:%2;%3\">%4</span>")
                          .arg(format.foreground().color().name(),
                               format.background().color().name(),
                               kind == PlaceholderHighlighter::Kind::Required
                                       ? QStringLiteral(" font-weight:bold;")
                                       : QString(),
                               braced(p).toHtmlEscaped());
        chips << (kind == PlaceholderHighlighter::Kind::Required ? tr("%1 (required)").arg(chip)
                                                                 : chip);
    }
    return tr("Filled in for this agent: %1").arg(chips.join(QStringLiteral(", ")));
}

} // namespace Callwright
