// Editing and replay of the dialogue shown in the review panel: every change goes through
// the document (one undo step, one revision) after the dialogue is verified again.

#include "reviewpanel.h"

#include "models/dialoguelistmodel.h"
#include "review/callinspector.h"
#include "review/transcriptview.h"

#include "model/dialogueedits.h"
#include "model/projectdocument.h"
#include "simulation/callreplay.h"

#include <QInputDialog>

namespace Callwright {

void ReviewPanel::editCurrentDialogue(const Dialogue &after, const QString &summary)
{
    ProjectDocument *doc = document();
    if (!doc)
        return;
    Dialogue checked = after;
    if (const Catalog *catalog = catalogOfCurrent())
        CallReplay::reverify(*catalog, checked);
    doc->editDialogue(checked, summary);
}

void ReviewPanel::editCurrent()
{
    if (!m_current)
        return;
    if (!m_transcript->currentCallId().isEmpty()) {
        inspectCall(m_transcript->currentCallId());
        m_inspector->focusRequest();
        return;
    }
    const int index = m_transcript->currentMessage();
    if (index < 0)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
            this, tr("Edit Message"), tr("Message %1:").arg(index + 1),
            m_current->messages[std::size_t(index)].content, &ok);
    Dialogue after = *m_current;
    if (ok && DialogueEdits::setMessageContent(after, index, text))
        editCurrentDialogue(after, tr("Edit message %1").arg(index + 1));
}

void ReviewPanel::applyCallEdits(const QString &callId, const Json &request, const Json &response)
{
    if (!m_current)
        return;
    Dialogue after = *m_current;
    const CallRecord *call = DialogueEdits::findCall(after, callId);
    if (!call)
        return;
    const QString tool = call->toolName;
    QStringList what;
    if (call->request != request) {
        DialogueEdits::setCallArguments(after, callId, request);
        what << tr("arguments");
    }
    if (call->response != response) {
        DialogueEdits::setCallResponse(after, callId, response);
        what << tr("response");
    }
    if (!what.isEmpty()) {
        editCurrentDialogue(
                after, tr("Edit %1 of call %2 (%3)").arg(what.join(tr(" and ")), callId, tool));
    }
}

void ReviewPanel::rerunCall(const QString &callId)
{
    const Catalog *catalog = catalogOfCurrent();
    const CallRecord *call = m_current ? DialogueEdits::findCall(*m_current, callId) : nullptr;
    if (!catalog || !call)
        return;
    QString why;
    if (const std::optional<CallRecord> again = CallReplay::rerun(*catalog, *call, &why))
        m_inspector->showReplay(*again);
    else if (ProjectDocument *doc = document())
        doc->reportError(why);
}

void ReviewPanel::resimulateFromCurrentMessage()
{
    const Catalog *catalog = catalogOfCurrent();
    if (!catalog || !m_current)
        return;
    const int step = qMax(
            0, CallReplay::stepOfMessage(*m_current, qMax(0, m_transcript->currentMessage())));
    const Dialogue again = CallReplay::resimulate(*catalog, *m_current, step);
    editCurrentDialogue(again, tr("Re-simulate from plan step %1").arg(step + 1));
}

void ReviewPanel::insertTurn()
{
    if (!m_current)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Insert Turn"),
                                                        tr("User message:"), QString(), &ok);
    if (!ok)
        return;
    const int at = m_transcript->currentMessage() + 1;
    Dialogue after = *m_current;
    if (DialogueEdits::insertMessage(after, at, Message{Message::Role::User, text, {}, {}, {}}))
        editCurrentDialogue(after, tr("Insert turn %1").arg(at + 1));
}

void ReviewPanel::deleteTurn()
{
    const int at = m_transcript->currentMessage();
    if (!m_current || at < 0)
        return;
    Dialogue after = *m_current;
    if (DialogueEdits::removeMessage(after, at))
        editCurrentDialogue(after, tr("Delete turn %1").arg(at + 1));
}

void ReviewPanel::moveTurn(int step)
{
    const int at = m_transcript->currentMessage();
    if (!m_current || at < 0)
        return;
    Dialogue after = *m_current;
    if (DialogueEdits::moveMessage(after, at, at + step)) {
        editCurrentDialogue(after, tr("Move turn %1 to %2").arg(at + 1).arg(at + step + 1));
        m_transcript->setCurrentMessage(at + step);
    }
}

bool ReviewPanel::stage(const QString &what)
{
    if (!document())
        return false;
    if (what == QLatin1String("filter")) {
        DialogueFilter filter;
        filter.statuses = {ReviewStatus::Open};
        filter.text = QStringLiteral("exchange");
        filter.tools = QStringList{QStringLiteral("exchange_delivered_order_items")};
        filter.minScore = 1;
        applyFilter(filter);
        return m_model->rowCount() > 0;
    }
    // A call with a string argument, edited to a value nobody said.
    for (int row = 0; row < qMin(m_model->rowCount(), 200); ++row) {
        selectRow(row);
        if (!m_current)
            continue;
        for (const CallRecord &call : m_current->calls) {
            for (auto it = call.request.begin(); it != call.request.end(); ++it) {
                if (!it.value().is_string())
                    continue;
                // Copies: the edit replaces the dialogue shown, and call with it.
                const QString callId = call.callId;
                const Json response = call.response;
                Json request = call.request;
                request[it.key()] = "#W0000000";
                applyCallEdits(callId, request, response);
                inspectCall(callId);
                if (what == QLatin1String("history"))
                    showHistory();
                return true;
            }
        }
    }
    return false;
}

} // namespace Callwright
