#include "callinspector.h"

#include "schema/schemavalidator.h"
#include "widgets/jsoneditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Callwright {

namespace {

const QColor kUngrounded(255, 170, 0, 110);

QString pretty(const Json &j)
{
    return j.is_null() ? QString() : toQString(j, 2);
}

// The value a JSON pointer ("/a/0/b") designates, or null.
Json valueAt(const Json &root, const QString &pointer)
{
    try {
        return root.at(Json::json_pointer(pointer.toStdString()));
    } catch (const std::exception &) {
        return Json();
    }
}

} // namespace

CallInspector::CallInspector(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_request(new JsonEditor(this))
    , m_envelope(new JsonEditor(this))
    , m_response(new JsonEditor(this))
    , m_validation(new QListWidget(this))
    , m_replay(new QLabel(this))
    , m_apply(new QPushButton(tr("Apply Edits"), this))
    , m_rerun(new QPushButton(tr("Re-run This Call"), this))
{
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_envelope->setReadOnly(true);
    m_replay->setWordWrap(true);
    m_tabs->addTab(m_request, tr("Request"));
    m_tabs->addTab(m_envelope, tr("Envelope"));
    m_tabs->addTab(m_response, tr("Response"));
    m_tabs->addTab(m_validation, tr("Validation"));
    m_apply->setToolTip(tr("Check the request and response against the tool's schemas and store "
                           "them (undoable)"));
    m_rerun->setToolTip(tr("Run the same request again with the embedded engine"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_rerun);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_replay);
    layout->addLayout(buttons);

    connect(m_apply, &QPushButton::clicked, this, &CallInspector::applyEdits);
    connect(m_rerun, &QPushButton::clicked, this, [this] { Q_EMIT rerunRequested(m_call.callId); });
    clear();
}

CallInspector::~CallInspector() = default;

void CallInspector::clear()
{
    m_call = CallRecord();
    m_hasTool = false;
    m_header->setText(tr("Select a tool call in the transcript to inspect it."));
    m_request->clear();
    m_envelope->clear();
    m_response->clear();
    m_validation->clear();
    m_replay->clear();
    m_highlighted.clear();
    m_apply->setEnabled(false);
    m_rerun->setEnabled(false);
}

void CallInspector::setCall(const CallRecord &call, const Tool *tool)
{
    m_call = call;
    m_hasTool = tool != nullptr;
    m_tool = tool ? *tool : Tool();
    m_header->setText(tr("<b>%1</b> &nbsp; call %2 &nbsp; request %3%4")
                              .arg(call.toolName.toHtmlEscaped(), call.callId.toHtmlEscaped(),
                                   call.requestHash.left(12),
                                   call.isError ? tr(" &nbsp; <i>error response</i>") : QString()));
    m_request->setPlainText(pretty(call.request));
    m_envelope->setPlainText(call.envelope.is_null() ? tr("(no envelope)") : pretty(call.envelope));
    m_response->setPlainText(pretty(call.response));
    m_replay->clear();
    m_apply->setEnabled(true);
    m_rerun->setEnabled(m_hasTool);
    showValidation({});
    highlightUngrounded();
}

void CallInspector::showValidation(const QStringList &extra)
{
    m_validation->clear();
    for (const QString &line : extra)
        m_validation->addItem(line);
    for (const ValidationIssue &issue : m_call.issues) {
        auto *item = new QListWidgetItem(
                tr("%1 %2: %3")
                        .arg(issue.severity == ValidationIssue::Severity::Error ? tr("Error")
                                                                                : tr("Warning"),
                             issue.pointer, issue.message),
                m_validation);
        if (issue.keyword == QLatin1String("grounding"))
            item->setBackground(kUngrounded);
    }
    if (m_validation->count() == 0)
        m_validation->addItem(tr("No problems found."));
    const int problems = int(m_call.issues.size()) + int(extra.size());
    m_tabs->setTabText(3, problems ? tr("Validation (%1)").arg(problems) : tr("Validation"));
}

// Marks each ungrounded value where it stands in the formatted request: the line of its key,
// or for an array element the first line holding that value.
void CallInspector::highlightUngrounded()
{
    m_highlighted.clear();
    QList<QTextEdit::ExtraSelection> selections;
    const QString prefix = QStringLiteral("/request");
    for (const ValidationIssue &issue : m_call.issues) {
        if (issue.keyword != QLatin1String("grounding") || !issue.pointer.startsWith(prefix))
            continue;
        const QString pointer = issue.pointer.mid(prefix.size());
        const Json value = valueAt(m_call.request, pointer);
        if (value.is_null())
            continue;
        const QString key = pointer.section(QLatin1Char('/'), -1);
        const QString valueText = toQString(value);
        const QString keyed = QLatin1Char('"') + key + QStringLiteral("\": ") + valueText;
        for (QTextBlock block = m_request->document()->begin(); block.isValid();
             block = block.next()) {
            const QString text = block.text();
            int at = text.indexOf(keyed);
            if (at >= 0)
                at += int(keyed.size() - valueText.size());
            else
                at = text.indexOf(valueText);
            if (at < 0)
                continue;
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(block);
            s.cursor.setPosition(block.position() + at);
            s.cursor.setPosition(block.position() + at + int(valueText.size()),
                                 QTextCursor::KeepAnchor);
            s.format.setBackground(kUngrounded);
            s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            s.format.setUnderlineColor(QColor(200, 80, 0));
            s.format.setToolTip(issue.message);
            selections << s;
            m_highlighted << valueText;
            break;
        }
    }
    m_request->setExtraSelections(selections);
}

QStringList CallInspector::validateEdits(Json *request, Json *response) const
{
    QStringList problems;
    const JsonParseResult req = m_request->parse();
    const JsonParseResult resp = m_response->parse();
    if (!req.ok)
        problems << tr("Request, line %1: %2").arg(req.line).arg(req.message);
    if (!resp.ok)
        problems << tr("Response, line %1: %2").arg(resp.line).arg(resp.message);
    if (!problems.isEmpty())
        return problems;
    if (m_hasTool) {
        for (const SchemaError &e : SchemaValidator(m_tool.parameters).validate(req.value))
            problems << tr("Request %1").arg(e.toString());
        if (!m_call.isError && !m_tool.returns.is_null()) {
            for (const SchemaError &e : SchemaValidator(m_tool.returns).validate(resp.value))
                problems << tr("Response %1").arg(e.toString());
        }
    }
    if (request)
        *request = req.value;
    if (response)
        *response = resp.value;
    return problems;
}

void CallInspector::applyEdits()
{
    Json request;
    Json response;
    const QStringList problems = validateEdits(&request, &response);
    if (!problems.isEmpty()) {
        showValidation(problems);
        m_tabs->setCurrentIndex(3);
        return;
    }
    Q_EMIT editsApplied(m_call.callId, request, response);
}

void CallInspector::showReplay(const CallRecord &replayed)
{
    if (replayed.response == m_call.response) {
        m_replay->setText(tr("Re-run: the same request gave the stored response."));
    } else {
        m_replay->setText(tr("Re-run: the response differs from the stored one:\n%1")
                                  .arg(toQString(replayed.response).left(400)));
    }
}

void CallInspector::focusRequest()
{
    m_tabs->setCurrentIndex(0);
    m_request->setFocus();
}

} // namespace Callwright
