#pragma once

#include "model/message.h"
#include "model/persona.h"
#include "model/plan.h"
#include "model/tool.h"

#include <vector>

namespace Callwright {

/// What a user turn asks for, as the embedded engine understood its own words: the calls the
/// request needs (hidden prerequisites included) with the literal values it states. The
/// embedded assistant reads these instead of parsing its own template text; an LLM assistant
/// reads only the message text.
struct DialogueAct
{
    PlanStep::Kind kind = PlanStep::Kind::SingleCall;
    std::vector<PlannedCall> calls;
    QString withheld; ///< "ref/parameter" left out of the request (clarification); else empty
    bool answersClarification = false;
    QString topic; ///< what an unsupported request or a chit-chat turn is about
};

/// All the user agent may see (DESIGN.md): who they are, their goal, the plan step they play,
/// and the dialogue so far.
struct UserAgentInput
{
    const Persona &persona;
    const QString &goal;
    const PlanStep &step;
    int stepIndex = 0;
    const std::vector<Message> &dialogue;
    bool answering = false; ///< the assistant asked for what the user left out
};

struct UserTurn
{
    QString text;
    DialogueAct act;
};

class UserAgent
{
public:
    virtual ~UserAgent() = default;
    virtual UserTurn speak(const UserAgentInput &input) = 0;
};

/// All the assistant may see: the tools and the dialogue. acts[i] belongs to dialogue[i]
/// (user messages only; empty for the others and for LLM-driven users).
struct AssistantAgentInput
{
    const std::vector<Tool> &tools;
    const std::vector<Message> &dialogue;
    const std::vector<DialogueAct> &acts;
};

/// One assistant message: text, calls, or both.
struct AssistantTurn
{
    QString content;
    std::vector<ToolCall> calls;
};

class AssistantAgent
{
public:
    virtual ~AssistantAgent() = default;
    virtual AssistantTurn respond(const AssistantAgentInput &input) = 0;
};

} // namespace Callwright
