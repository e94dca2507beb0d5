#include "llmagents.h"

#include "backends/endpointscheduler.h"
#include "backends/modelanswers.h"
#include "callresults.h"
#include "catalog/catalogexporter.h"
#include "catalog/importsupport.h"
#include "dialoguesimulator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LlmAgents)
};

Json toolsJson(const std::vector<Tool> &tools)
{
    Catalog catalog;
    catalog.tools = tools;
    return CatalogExporter::toOpenAiTools(catalog);
}

quint64 mixSeed(quint64 seed, quint64 a, quint64 b)
{
    quint64 x = seed ^ (a * 0x9E3779B97F4A7C15ULL) ^ (b * 0xC2B2AE3D27D4EB4FULL);
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 29;
    return x & 0x7FFFFFFFFFFFULL; // servers read the seed as a signed 64-bit (or smaller) int
}

EndpointScheduler &schedulerOf(const LlmAgentSettings &s, const char *agent)
{
    if (!s.scheduler)
        throw AgentFailure(Tr::tr("the %1 agent has no endpoint").arg(QLatin1String(agent)));
    return *s.scheduler;
}

[[noreturn]] void requestFailed(const ChatOutcome &outcome, const char *agent)
{
    throw AgentFailure(Tr::tr("the %1 agent's request failed after %n attempt(s): %2", nullptr,
                              outcome.attempts)
                               .arg(QLatin1String(agent), outcome.error.message));
}

ChatCompletion complete(const LlmAgentSettings &s, const ChatRequest &request, const char *agent)
{
    ChatOutcome outcome = schedulerOf(s, agent).chatAndWait(request);
    if (!outcome.completion)
        requestFailed(outcome, agent);
    return std::move(*outcome.completion);
}

QString personaText(const Persona &p)
{
    QString out = p.name;
    if (!p.background.isEmpty())
        out += QStringLiteral(", ") + p.background;
    if (!p.traits.isEmpty())
        out += QStringLiteral(". Traits: ") + p.traits.join(QStringLiteral(", "));
    if (!p.speakingStyle.isEmpty())
        out += QStringLiteral(". Speaking style: ") + p.speakingStyle;
    return out;
}

QString transcriptOf(const std::vector<Message> &dialogue)
{
    QStringList lines;
    for (const Message &m : dialogue) {
        if (m.content.trimmed().isEmpty())
            continue;
        if (m.role == Message::Role::User)
            lines << QStringLiteral("User: ") + m.content;
        else if (m.role == Message::Role::Assistant)
            lines << QStringLiteral("Assistant: ") + m.content;
    }
    if (lines.size() > 24)
        lines = lines.mid(lines.size() - 24);
    return lines.isEmpty() ? QStringLiteral("(nothing yet: you write the first message)")
                           : lines.join(QLatin1Char('\n'));
}

// "- parameter: value" for every literal value of the step's calls (hidden ones included:
// the user gives what the lookups need without naming them), leaving out the withheld one.
QString valuesText(const PlanStep &step, bool answering)
{
    const QString withheldRef = step.withheld.section(QLatin1Char('/'), 0, 0);
    const QString withheldParam = step.withheld.section(QLatin1Char('/'), 1);
    QStringList lines;
    for (const PlannedCall &call : step.calls) {
        for (auto it = call.arguments.begin(); it != call.arguments.end(); ++it) {
            if (CallResults::isReference(*it))
                continue;
            const QString param = QString::fromStdString(it.key());
            const bool withheld = !step.withheld.isEmpty() && param == withheldParam
                                  && QString::number(call.ref) == withheldRef;
            if (answering != withheld)
                continue;
            const QString line = QStringLiteral("- %1: %2").arg(param, scalarText(*it));
            if (!lines.contains(line))
                lines << line;
        }
    }
    if (lines.isEmpty())
        return {};
    return QStringLiteral("Values to give:\n") + lines.join(QLatin1Char('\n'));
}

QString stepText(const PlanStep &step, bool answering)
{
    const QString intent
            = step.intent.isEmpty() ? QStringLiteral("your next request") : step.intent;
    switch (step.kind) {
    case PlanStep::Kind::Clarification:
        if (answering)
            return QStringLiteral("The assistant asked for the detail you left out. Answer with "
                                  "it, briefly.");
        return QStringLiteral("Ask for this: %1. Leave out one detail on purpose (it is not in "
                              "the values below); the assistant will ask for it.")
                .arg(intent);
    case PlanStep::Kind::ChitChat:
        return QStringLiteral("Make small talk about %1. Do not ask for anything that needs a "
                              "tool.")
                .arg(intent);
    case PlanStep::Kind::Unsupported:
        return QStringLiteral("Ask for something the assistant has no tool for: %1.").arg(intent);
    case PlanStep::Kind::ParallelCalls:
        return QStringLiteral("Ask for these things together, in one message: %1.").arg(intent);
    case PlanStep::Kind::SingleCall:
    case PlanStep::Kind::ChainedCalls:
    case PlanStep::Kind::ErrorRecovery:
        break;
    }
    return QStringLiteral("Ask for this: %1. State the goal, not the intermediate steps.")
            .arg(intent);
}

QString stripQuotes(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        text = text.mid(1, text.size() - 2).trimmed();
    static const QRegularExpression label(QStringLiteral("^(User|Me)\\s*:\\s*"),
                                          QRegularExpression::CaseInsensitiveOption);
    text.remove(label);
    return text;
}

} // namespace

Json chatMessagesOf(const std::vector<Message> &messages)
{
    Json out = Json::array();
    for (const Message &m : messages) {
        switch (m.role) {
        case Message::Role::System:
            out.push_back(Json{{"role", "system"}, {"content", m.content}});
            break;
        case Message::Role::User:
            out.push_back(Json{{"role", "user"}, {"content", m.content}});
            break;
        case Message::Role::Assistant: {
            Json j{{"role", "assistant"}};
            j["content"] = m.content.isEmpty() && !m.toolCalls.empty() ? Json() : Json(m.content);
            if (!m.toolCalls.empty()) {
                Json calls = Json::array();
                for (const ToolCall &c : m.toolCalls) {
                    calls.push_back(
                            Json{{"id", c.id},
                                 {"type", "function"},
                                 {"function",
                                  {{"name", c.toolName}, {"arguments", c.arguments.dump()}}}});
                }
                j["tool_calls"] = std::move(calls);
            }
            out.push_back(std::move(j));
            break;
        }
        case Message::Role::Tool:
            out.push_back(
                    Json{{"role", "tool"}, {"tool_call_id", m.toolCallId}, {"content", m.content}});
            break;
        }
    }
    return out;
}

LlmPlanner::LlmPlanner(LlmAgentSettings settings)
    : m_settings(std::move(settings))
{}

void LlmPlanner::refine(Scenario &scenario)
{
    Json plan = Json::array();
    for (const PlanStep &step : scenario.plan.steps) {
        Json calls = Json::array();
        for (const PlannedCall &c : step.calls)
            calls.push_back(
                    Json{{"tool", c.toolName}, {"arguments", c.arguments}, {"hidden", c.hidden}});
        plan.push_back(Json{{"kind", planStepKindName(step.kind)},
                            {"intent", step.intent},
                            {"calls", std::move(calls)}});
    }
    ChatRequest request;
    request.tag = QStringLiteral("planner");
    request.messages = Json::array(
            {Json{{"role", "system"},
                  {"content",
                   PromptTemplates::render(
                           m_settings.prompts.text(QStringLiteral("planner")),
                           {{QStringLiteral("tools"), toQString(toolsJson(scenario.tools))},
                            {QStringLiteral("plan"), toQString(plan, 1)}})}},
             Json{{"role", "user"}, {"content", "Write the goal."}}});
    request.responseFormat = Json{{"type", "json_object"}};
    request.temperature = m_settings.temperature;
    request.seed = qint64(mixSeed(scenario.seed, 1, 0));
    request.maxTokens = 300;
    const ChatCompletion c = complete(m_settings, request, "planner");
    const Json j = jsonFromModelText(c.content);
    if (j.is_object() && j.contains("goal") && j["goal"].is_string()) {
        const QString goal = QString::fromStdString(j["goal"].get<std::string>()).trimmed();
        if (!goal.isEmpty())
            scenario.plan.goal = goal;
    }
}

LlmUserAgent::LlmUserAgent(LlmAgentSettings settings)
    : m_settings(std::move(settings))
{}

UserTurn LlmUserAgent::speak(const UserAgentInput &input)
{
    const QString system = PromptTemplates::render(
            m_settings.prompts.text(QStringLiteral("user")),
            {{QStringLiteral("persona"), personaText(input.persona)},
             {QStringLiteral("goal"), input.goal},
             {QStringLiteral("transcript"), transcriptOf(input.dialogue)},
             {QStringLiteral("step"), stepText(input.step, input.answering)},
             {QStringLiteral("values"), valuesText(input.step, input.answering)}});
    ChatRequest request;
    request.tag = QStringLiteral("user");
    request.messages
            = Json::array({Json{{"role", "system"}, {"content", system}},
                           Json{{"role", "user"}, {"content", "Write your next message."}}});
    request.temperature = m_settings.temperature;
    request.seed = qint64(mixSeed(m_seed, 2, quint64(input.dialogue.size())));
    request.maxTokens = m_settings.maxTokens;
    ChatCompletion c = complete(m_settings, request, "user");
    UserTurn turn;
    turn.text = stripQuotes(c.content);
    if (turn.text.isEmpty())
        throw AgentFailure(Tr::tr("the user agent's answer was empty"));
    turn.act.kind = input.step.kind;
    turn.act.calls = input.step.calls;
    turn.act.withheld = input.step.withheld;
    turn.act.answersClarification = input.answering;
    turn.act.topic = input.step.intent;
    return turn;
}

LlmAssistantAgent::LlmAssistantAgent(LlmAgentSettings settings)
    : m_settings(std::move(settings))
{}

AssistantTurn LlmAssistantAgent::respond(const AssistantAgentInput &input)
{
    ChatRequest request;
    request.tag = QStringLiteral("assistant");
    request.messages = Json::array(
            {Json{{"role", "system"},
                  {"content", m_settings.prompts.text(QStringLiteral("assistant"))}}});
    for (Json &m : chatMessagesOf(input.dialogue))
        request.messages.push_back(std::move(m));
    request.tools = toolsJson(input.tools);
    request.toolChoice = "auto";
    request.parallelToolCalls = true;
    request.temperature = m_settings.temperature;
    request.seed = qint64(mixSeed(m_seed, 3, quint64(input.dialogue.size())));
    request.maxTokens = m_settings.maxTokens;
    ChatCompletion c = complete(m_settings, request, "assistant");
    if (c.content.trimmed().isEmpty() && c.toolCalls.empty()) {
        // One more try, worded differently so that the cache does not give the same answer.
        request.messages.push_back(Json{{"role", "system"},
                                        {"content", "Your last answer was empty. Answer the user "
                                                    "or call a tool."}});
        c = complete(m_settings, request, "assistant");
        if (c.content.trimmed().isEmpty() && c.toolCalls.empty())
            throw AgentFailure(Tr::tr("the assistant agent answered with neither text nor calls"));
    }
    AssistantTurn turn;
    turn.content = c.content.trimmed();
    // Ids unique in the dialogue, whatever the server made up.
    int callNumber = 0;
    for (const Message &m : input.dialogue)
        callNumber += int(m.toolCalls.size());
    for (ChatToolCall &call : c.toolCalls) {
        ToolCall out;
        out.id = QStringLiteral("call_%1").arg(++callNumber);
        out.toolName = call.name;
        // Arguments that did not parse reach the tool as an empty object, and the call's
        // validation says what is missing.
        out.arguments = call.arguments.is_object() ? std::move(call.arguments) : Json::object();
        turn.calls.push_back(std::move(out));
    }
    return turn;
}

LlmToolAgent::LlmToolAgent(LlmAgentSettings settings)
    : m_settings(std::move(settings))
{}

ChatRequest LlmToolAgent::requestFor(const ToolAgentInput &input) const
{
    Json definition{{"name", input.tool.name},
                    {"description", input.tool.description},
                    {"parameters", input.tool.parameters}};
    if (!input.tool.returns.is_null())
        definition["returns"] = input.tool.returns;
    Json requestJson{{"arguments", input.arguments}};
    if (!input.envelope.is_null())
        requestJson["envelope"] = input.envelope;
    ChatRequest request;
    request.tag = QStringLiteral("tool");
    request.messages = Json::array(
            {Json{{"role", "system"},
                  {"content",
                   PromptTemplates::render(m_settings.prompts.text(QStringLiteral("tool")),
                                           {{QStringLiteral("tool"), toQString(definition, 1)}})}},
             Json{{"role", "user"}, {"content", requestJson.dump()}}});
    if (input.tool.returns.is_object() && !input.tool.returns.empty()) {
        request.responseFormat
                = Json{{"type", "json_schema"},
                       {"json_schema", {{"name", "tool_result"}, {"schema", input.tool.returns}}}};
    } else {
        request.responseFormat = Json{{"type", "json_object"}};
    }
    request.temperature = 0.0;
    request.seed = 0;
    request.maxTokens = m_settings.maxTokens;
    return request;
}

ToolAgentOutput LlmToolAgent::respond(const ToolAgentInput &input)
{
    EndpointScheduler &scheduler = schedulerOf(m_settings, "tool");
    Json result;
    RepairableAsk ask;
    ask.problems = [&result](const ChatCompletion &c) {
        result = jsonFromModelText(c.content);
        return result.is_null() ? QStringList{QStringLiteral("it was not a JSON value")}
                                : QStringList();
    };
    ask.again = QStringLiteral("Answer with the JSON result only.");
    const RepairedAnswer answer = askWithRepair(scheduler, requestFor(input), ask);
    if (answer.requestFailed())
        requestFailed(answer.failure, "tool");
    if (!answer.completion) {
        throw AgentFailure(Tr::tr("the tool agent for '%1' did not answer with JSON: %2")
                                   .arg(input.tool.name, answer.unusable.left(120)));
    }
    ToolAgentOutput out;
    out.isError = CallResults::isError(result);
    out.result = std::move(result);
    return out;
}

BackTranslationCheck::BackTranslationCheck(LlmAgentSettings settings)
    : m_settings(std::move(settings))
{}

BackTranslation BackTranslationCheck::check(const Dialogue &dialogue,
                                            const std::vector<Tool> &tools)
{
    BackTranslation out;
    const std::vector<int> starts = DialogueSimulator::stepStarts(dialogue);
    const QString system
            = PromptTemplates::render(m_settings.prompts.text(QStringLiteral("backtranslation")),
                                      {{QStringLiteral("tools"), toQString(toolsJson(tools))}});
    for (std::size_t s = 0; s < dialogue.plan.steps.size() && s < starts.size(); ++s) {
        const PlanStep &step = dialogue.plan.steps[s];
        if (step.calls.empty() || step.kind == PlanStep::Kind::ErrorRecovery)
            continue;
        ++out.steps;
        // The user's words of the step: its request and, for a clarification, the answer.
        const std::size_t end
                = s + 1 < starts.size() ? std::size_t(starts[s + 1]) : dialogue.messages.size();
        QStringList words;
        for (std::size_t i = std::size_t(starts[s]); i < end; ++i) {
            if (dialogue.messages[i].role == Message::Role::User)
                words << dialogue.messages[i].content;
        }
        ChatRequest request;
        request.tag = QStringLiteral("backtranslation");
        request.messages
                = Json::array({Json{{"role", "system"}, {"content", system}},
                               Json{{"role", "user"}, {"content", words.join(QLatin1Char('\n'))}}});
        request.responseFormat = Json{{"type", "json_object"}};
        request.temperature = 0.0;
        request.seed = 0;
        request.maxTokens = m_settings.maxTokens;
        const ChatCompletion c = complete(m_settings, request, "back-translation");
        const Json j = jsonFromModelText(c.content);
        const Json calls = j.is_object() ? j.value("calls", Json()) : Json();
        const QString where = QStringLiteral("step %1").arg(s + 1);
        if (!calls.is_array()) {
            out.mismatches << QStringLiteral("%1: the answer holds no list of calls").arg(where);
            continue;
        }
        if (calls.size() != step.calls.size()) {
            out.mismatches << QStringLiteral("%1: %2 calls planned, %3 regenerated")
                                      .arg(where)
                                      .arg(step.calls.size())
                                      .arg(calls.size());
            continue;
        }
        bool same = true;
        for (std::size_t c2 = 0; c2 < calls.size() && same; ++c2) {
            const PlannedCall &planned = step.calls[c2];
            const Json &made = calls[c2];
            const auto nameIt = made.is_object() ? made.find("name") : Json::const_iterator();
            const QString name = made.is_object() && nameIt != made.end() && nameIt->is_string()
                                         ? QString::fromStdString(nameIt->get<std::string>())
                                         : QString();
            if (name != planned.toolName) {
                out.mismatches << QStringLiteral("%1: call %2 is %3, the plan says %4")
                                          .arg(where)
                                          .arg(c2 + 1)
                                          .arg(name, planned.toolName);
                same = false;
                break;
            }
            const Json args
                    = made.is_object() ? made.value("arguments", Json::object()) : Json::object();
            for (auto it = planned.arguments.begin(); it != planned.arguments.end(); ++it) {
                if (CallResults::isReference(*it))
                    continue;
                if (!args.is_object() || !args.contains(it.key()) || args.at(it.key()) != *it) {
                    out.mismatches << QStringLiteral("%1: %2 argument '%3' is not the plan's")
                                              .arg(where, planned.toolName,
                                                   QString::fromStdString(it.key()));
                    same = false;
                    break;
                }
            }
        }
        if (same)
            ++out.reproduced;
    }
    return out;
}

} // namespace Callwright
