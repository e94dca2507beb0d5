#pragma once

#include "dialogue.h"

namespace Callwright {

/// Edits a curator makes to a dialogue, as pure functions that keep its parts consistent:
/// a call's arguments live in the assistant message and in the call's record (with its request
/// hash), a tool's response in the record and in the tool message that answers the call.
/// Each returns false, changing nothing, when the target does not exist.
namespace DialogueEdits {

bool setMessageContent(Dialogue &dialogue, int index, const QString &content);
bool setCallArguments(Dialogue &dialogue, const QString &callId, const Json &arguments);
bool setCallResponse(Dialogue &dialogue, const QString &callId, const Json &response);
bool insertMessage(Dialogue &dialogue, int index, const Message &message);
bool removeMessage(Dialogue &dialogue, int index);
/// Moves message from to index to (both in the current order).
bool moveMessage(Dialogue &dialogue, int from, int to);

const CallRecord *findCall(const Dialogue &dialogue, const QString &callId);

} // namespace DialogueEdits

} // namespace Callwright
