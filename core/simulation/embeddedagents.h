#pragma once

#include "agents.h"

namespace Callwright {

/// The offline user: template and grammar based, in the persona's speaking style. It states
/// every literal value its plan step needs, leaves out the one a clarification step withholds,
/// and answers when asked. Deterministic: the same input gives the same words.
class EmbeddedUserAgent final : public UserAgent
{
public:
    UserTurn speak(const UserAgentInput &input) override;
};

/// The offline assistant: reads what the user asked for (DialogueAct), makes the calls in
/// order, resolves "$1.field" references from the results it received, asks for a value the
/// user left out, repairs a call the tool refused, declines what no tool serves, and reports
/// the results in its reply. Deterministic: the same input gives the same turn.
class EmbeddedAssistantAgent final : public AssistantAgent
{
public:
    AssistantTurn respond(const AssistantAgentInput &input) override;
};

} // namespace Callwright
