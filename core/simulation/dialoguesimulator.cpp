#include "dialoguesimulator.h"

#include "callresults.h"
#include "statelessexecutor.h"

namespace Callwright {

namespace {

void leavesOf(const Json &value, std::vector<const Json *> &out)
{
    if (value.is_object() || value.is_array()) {
        for (const Json &v : value)
            leavesOf(v, out);
    } else if (value.is_string() ? value.get_ref<const std::string &>().size() >= 4
                                 : value.is_number()) {
        out.push_back(&value);
    }
}

// Context-carrying: the request carries the prior results its values came from, by call.
Json contextEnvelope(const Json &arguments, const std::vector<CallRecord> &prior)
{
    std::vector<const Json *> leaves;
    leavesOf(arguments, leaves);
    Json carried = Json::array();
    for (const CallRecord &r : prior) {
        if (r.isError)
            continue;
        const bool used = std::any_of(leaves.begin(), leaves.end(), [&](const Json *v) {
            return CallResults::containsScalar(r.response, *v)
                   && !CallResults::containsScalar(r.request, *v);
        });
        if (used) {
            carried.push_back(Json{{"call_id", r.callId.toStdString()},
                                   {"tool", r.toolName.toStdString()},
                                   {"result", r.response}});
        }
    }
    return carried.empty() ? Json() : Json{{"prior", std::move(carried)}};
}

} // namespace

DialogueSimulator::DialogueSimulator(UserAgent &user, AssistantAgent &assistant,
                                     StatelessExecutor &executor, QString engine)
    : m_user(user)
    , m_assistant(assistant)
    , m_executor(executor)
    , m_engine(std::move(engine))
{}

void DialogueSimulator::execute(const Scenario &scenario, const ToolCall &call, Dialogue &dialogue)
{
    const auto tool = std::find_if(scenario.tools.begin(), scenario.tools.end(),
                                   [&](const Tool &t) { return t.name == call.toolName; });
    Message reply;
    reply.role = Message::Role::Tool;
    reply.toolCallId = call.id;
    reply.toolName = call.toolName;
    if (tool == scenario.tools.end()) {
        CallRecord record;
        record.callId = call.id;
        record.toolName = call.toolName;
        record.request = call.arguments;
        record.requestHash = requestHashOf(call.toolName, call.arguments, Json());
        record.isError = true;
        record.response = Json{{"error", "unknown_tool"},
                               {"message", "no tool named " + call.toolName.toStdString()}};
        record.issues.push_back({ValidationIssue::Severity::Error, QStringLiteral("/request"),
                                 QStringLiteral("tool"),
                                 QStringLiteral("the assistant called a tool it was not given")});
        reply.content = QString::fromStdString(record.response.dump());
        dialogue.calls.push_back(std::move(record));
        dialogue.messages.push_back(std::move(reply));
        return;
    }
    const Json envelope = scenario.envelope == EnvelopeStrategy::ContextCarrying
                                  ? contextEnvelope(call.arguments, dialogue.calls)
                                  : Json();
    CallRecord record = m_executor.execute(*tool, call.id, call.arguments, envelope);
    reply.content = QString::fromStdString(record.response.dump());
    dialogue.calls.push_back(std::move(record));
    dialogue.messages.push_back(std::move(reply));
}

void DialogueSimulator::playStep(const Scenario &scenario, int index, Dialogue &dialogue,
                                 std::vector<DialogueAct> &acts)
{
    const PlanStep &step = scenario.plan.steps[std::size_t(index)];
    const auto userTurn = [&](bool answering) {
        UserTurn turn = m_user.speak(UserAgentInput{scenario.persona, scenario.plan.goal, step,
                                                    index, dialogue.messages, answering});
        Message m;
        m.role = Message::Role::User;
        m.content = std::move(turn.text);
        dialogue.messages.push_back(std::move(m));
        acts.resize(dialogue.messages.size());
        acts.back() = std::move(turn.act);
    };
    userTurn(false);
    bool answered = false;
    for (int round = 0; round < kMaxRoundsPerStep; ++round) {
        AssistantTurn turn
                = m_assistant.respond(AssistantAgentInput{scenario.tools, dialogue.messages, acts});
        Message m;
        m.role = Message::Role::Assistant;
        m.content = std::move(turn.content);
        m.toolCalls = std::move(turn.calls);
        const std::vector<ToolCall> calls = m.toolCalls;
        dialogue.messages.push_back(std::move(m));
        for (const ToolCall &call : calls)
            execute(scenario, call, dialogue);
        acts.resize(dialogue.messages.size());
        if (!calls.empty())
            continue;
        if (step.kind == PlanStep::Kind::Clarification && !answered) {
            answered = true;
            userTurn(true);
            continue;
        }
        break;
    }
}

Dialogue DialogueSimulator::run(const Scenario &scenario)
{
    Dialogue dialogue;
    dialogue.engine = m_engine;
    dialogue.seed = scenario.seed;
    dialogue.persona = scenario.persona;
    dialogue.plan = scenario.plan;
    std::vector<DialogueAct> acts;
    for (int s = 0; s < int(scenario.plan.steps.size()); ++s)
        playStep(scenario, s, dialogue, acts);
    return dialogue;
}

std::vector<int> DialogueSimulator::stepStarts(const Dialogue &dialogue)
{
    std::vector<int> starts;
    int userMessages = 0;
    std::size_t step = 0;
    int expected = 0; // user message number that opens the next step
    for (std::size_t i = 0; i < dialogue.messages.size() && step < dialogue.plan.steps.size();
         ++i) {
        if (dialogue.messages[i].role != Message::Role::User)
            continue;
        if (userMessages == expected) {
            starts.push_back(int(i));
            expected += dialogue.plan.steps[step].kind == PlanStep::Kind::Clarification ? 2 : 1;
            ++step;
        }
        ++userMessages;
    }
    return starts;
}

Dialogue DialogueSimulator::resimulate(const Scenario &scenario, const Dialogue &original,
                                       int fromStep)
{
    const std::vector<int> starts = stepStarts(original);
    Dialogue dialogue = original;
    dialogue.plan = scenario.plan;
    dialogue.persona = scenario.persona;
    const std::size_t keep = fromStep >= 0 && std::size_t(fromStep) < starts.size()
                                     ? std::size_t(starts[std::size_t(fromStep)])
                                     : original.messages.size();
    dialogue.messages.resize(keep);
    // Calls answered by a kept message stay; the rest go with their messages.
    std::vector<CallRecord> kept;
    for (const CallRecord &r : original.calls) {
        const bool answered = std::any_of(
                dialogue.messages.begin(), dialogue.messages.end(), [&](const Message &m) {
                    return m.role == Message::Role::Tool && m.toolCallId == r.callId;
                });
        if (answered)
            kept.push_back(r);
    }
    dialogue.calls = std::move(kept);
    dialogue.scores.clear();
    std::vector<DialogueAct> acts(dialogue.messages.size());
    for (int s = std::max(0, fromStep); s < int(scenario.plan.steps.size()); ++s)
        playStep(scenario, s, dialogue, acts);
    return dialogue;
}

} // namespace Callwright
