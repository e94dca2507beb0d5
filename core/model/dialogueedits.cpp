#include "dialogueedits.h"

namespace Callwright::DialogueEdits {

namespace {

bool validIndex(const Dialogue &d, int index)
{
    return index >= 0 && index < int(d.messages.size());
}

CallRecord *mutableCall(Dialogue &dialogue, const QString &callId)
{
    return const_cast<CallRecord *>(findCall(dialogue, callId));
}

} // namespace

const CallRecord *findCall(const Dialogue &dialogue, const QString &callId)
{
    for (const CallRecord &c : dialogue.calls) {
        if (c.callId == callId)
            return &c;
    }
    return nullptr;
}

bool setMessageContent(Dialogue &dialogue, int index, const QString &content)
{
    if (!validIndex(dialogue, index))
        return false;
    dialogue.messages[std::size_t(index)].content = content;
    return true;
}

bool setCallArguments(Dialogue &dialogue, const QString &callId, const Json &arguments)
{
    bool found = false;
    for (Message &m : dialogue.messages) {
        for (ToolCall &c : m.toolCalls) {
            if (c.id == callId) {
                c.arguments = arguments;
                found = true;
            }
        }
    }
    if (CallRecord *record = mutableCall(dialogue, callId)) {
        record->request = arguments;
        record->requestHash = requestHashOf(record->toolName, arguments, record->envelope);
        found = true;
    }
    return found;
}

bool setCallResponse(Dialogue &dialogue, const QString &callId, const Json &response)
{
    CallRecord *record = mutableCall(dialogue, callId);
    if (!record)
        return false;
    record->response = response;
    for (Message &m : dialogue.messages) {
        if (m.role == Message::Role::Tool && m.toolCallId == callId)
            m.content = toQString(response);
    }
    return true;
}

bool insertMessage(Dialogue &dialogue, int index, const Message &message)
{
    if (index < 0 || index > int(dialogue.messages.size()))
        return false;
    dialogue.messages.insert(dialogue.messages.begin() + index, message);
    return true;
}

bool removeMessage(Dialogue &dialogue, int index)
{
    if (!validIndex(dialogue, index))
        return false;
    dialogue.messages.erase(dialogue.messages.begin() + index);
    return true;
}

bool moveMessage(Dialogue &dialogue, int from, int to)
{
    if (!validIndex(dialogue, from) || !validIndex(dialogue, to))
        return false;
    Message m = dialogue.messages[std::size_t(from)];
    dialogue.messages.erase(dialogue.messages.begin() + from);
    dialogue.messages.insert(dialogue.messages.begin() + to, std::move(m));
    return true;
}

} // namespace Callwright::DialogueEdits
