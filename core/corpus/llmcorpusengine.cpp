// GEM's four stages on an endpoint. The prompts are the project's editable templates; the
// answers are read tolerantly (fenced JSON, OpenAI-shaped tools and calls, arguments as JSON
// text) and held to the same rule checks as the embedded engine's outputs. The problems found
// in an answer are sent back to the model once, in English, as a repair request.

#include "llmcorpusengine.h"

#include "backends/endpointscheduler.h"
#include "backends/modelanswers.h"
#include "corpusrulecheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LlmCorpusEngine)
};

const char *templateOf(CorpusStage stage)
{
    switch (stage) {
    case CorpusStage::Relevance:
        return "gem_relevance";
    case CorpusStage::Extraction:
        return "gem_extraction";
    case CorpusStage::Grounding:
        return "gem_grounding";
    case CorpusStage::Refinement:
        return "gem_refinement";
    }
    return "gem_relevance";
}

QString where(const CorpusStageInput &input)
{
    return Tr::tr("passage %1 of '%2'")
            .arg(input.passage.index)
            .arg(input.document.title.isEmpty() ? input.document.uid : input.document.title);
}

// A string field under any of its spellings; numbers and booleans are written out.
QString text(const Json &j, std::initializer_list<const char *> keys)
{
    if (!j.is_object())
        return {};
    for (const char *key : keys) {
        const auto it = j.find(key);
        if (it == j.end() || it->is_null())
            continue;
        if (it->is_string())
            return QString::fromStdString(it->get<std::string>()).trimmed();
        if (it->is_number() || it->is_boolean())
            return toQString(*it);
    }
    return {};
}

QStringList strings(const Json &j, const char *key)
{
    QStringList out;
    if (!j.is_object() || !j.contains(key))
        return out;
    const Json &v = j.at(key);
    if (v.is_string()) {
        const QString s = QString::fromStdString(v.get<std::string>()).trimmed();
        if (!s.isEmpty())
            out << s;
        return out;
    }
    if (!v.is_array())
        return out;
    for (const Json &item : v) {
        const QString s = item.is_string() ? QString::fromStdString(item.get<std::string>())
                                           : (item.is_null() ? QString() : toQString(item));
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    }
    return out;
}

// Arguments as an object: given as one, or as JSON text holding one.
std::optional<Json> argumentsOf(const Json &v)
{
    if (v.is_null())
        return Json::object();
    if (v.is_object())
        return v;
    if (v.is_string()) {
        const std::string s = v.get<std::string>();
        if (QString::fromStdString(s).trimmed().isEmpty())
            return Json::object();
        Json parsed = Json::parse(s, nullptr, false);
        if (parsed.is_object())
            return parsed;
    }
    return std::nullopt;
}

std::optional<bool> flag(const Json &v)
{
    if (v.is_boolean())
        return v.get<bool>();
    if (v.is_string()) {
        const QString s = QString::fromStdString(v.get<std::string>()).trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("yes"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("no"))
            return false;
    }
    if (v.is_number_integer())
        return v.get<qint64>() != 0;
    return std::nullopt;
}

void addIssues(const std::vector<ValidationIssue> &issues, QStringList *problems)
{
    for (const ValidationIssue &i : issues) {
        if (i.severity == ValidationIssue::Severity::Error)
            *problems << QStringLiteral("%1: %2").arg(i.pointer, i.message);
    }
}

Json toolsJson(const std::vector<Tool> &tools)
{
    Json out = Json::array();
    for (const Tool &t : tools)
        out.push_back(Json{
                {"name", t.name}, {"description", t.description}, {"parameters", t.parameters}});
    return out;
}

Json stepsJson(const ExtractionResult &e)
{
    Json out = Json::array();
    for (const WorkflowStep &s : e.steps) {
        Json step{{"description", s.description}};
        if (!s.command.isEmpty())
            step["command"] = s.command;
        if (!s.toolName.isEmpty()) {
            step["tool"] = s.toolName;
            step["arguments"] = s.arguments;
        }
        if (!s.output.isEmpty())
            step["output"] = s.output;
        out.push_back(std::move(step));
    }
    return out;
}

QString relevanceText(const RelevanceResult *r)
{
    if (!r)
        return QStringLiteral("(not run)");
    QStringList parts;
    if (!r->summary.isEmpty())
        parts << r->summary;
    if (!r->platform.isEmpty())
        parts << QStringLiteral("platform: ") + r->platform;
    if (!r->domain.isEmpty())
        parts << QStringLiteral("domain: ") + r->domain;
    if (!r->taskCategory.isEmpty())
        parts << QStringLiteral("task category: ") + r->taskCategory;
    return parts.isEmpty() ? QStringLiteral("(nothing stated)") : parts.join(QStringLiteral("; "));
}

Json trajectoryJson(const TrajectoryResult &t)
{
    // In the answer format the prompts ask for, so the model can write it back as it is.
    Json messages = Json::array();
    for (const Message &m : t.trajectory.messages) {
        Json j{{"role", messageRoleName(m.role)}, {"content", m.content}};
        if (!m.toolCalls.empty()) {
            Json calls = Json::array();
            for (const ToolCall &c : m.toolCalls)
                calls.push_back(
                        Json{{"id", c.id}, {"name", c.toolName}, {"arguments", c.arguments}});
            j["tool_calls"] = calls;
        }
        if (m.role == Message::Role::Tool) {
            j["tool_call_id"] = m.toolCallId;
            j["name"] = m.toolName;
        }
        messages.push_back(std::move(j));
    }
    return Json{{"rules", t.rules}, {"messages", messages}};
}

QString bulleted(const QStringList &lines)
{
    if (lines.isEmpty())
        return QStringLiteral("(none stated)");
    return QStringLiteral("- ") + lines.join(QStringLiteral("\n- "));
}

// A tool from {"name", "description", "parameters"} or the OpenAI {"type":"function",
// "function":{...}} form.
Json toolBody(const Json &t)
{
    if (t.is_object() && t.contains("function") && t.at("function").is_object())
        return t.at("function");
    return t;
}

Message::Role roleOf(const QString &role, bool *ok)
{
    *ok = true;
    if (role == QLatin1String("system") || role == QLatin1String("developer"))
        return Message::Role::System;
    if (role == QLatin1String("user"))
        return Message::Role::User;
    if (role == QLatin1String("assistant"))
        return Message::Role::Assistant;
    if (role == QLatin1String("tool") || role == QLatin1String("function"))
        return Message::Role::Tool;
    *ok = false;
    return Message::Role::User;
}

} // namespace

LlmCorpusEngine::LlmCorpusEngine(Settings settings)
    : m_settings(std::move(settings))
{}

QString LlmCorpusEngine::name() const
{
    return m_settings.scheduler ? m_settings.scheduler->profile().name : QString();
}

ChatRequest LlmCorpusEngine::requestFor(CorpusStage stage, const CorpusStageInput &input) const
{
    QString passage = input.passage.text;
    if (m_settings.maxPassageChars > 0 && passage.size() > m_settings.maxPassageChars)
        passage = passage.left(m_settings.maxPassageChars)
                  + QStringLiteral("\n[... the passage goes on; cut here]");
    QHash<QString, QString> values{
            {QStringLiteral("title"), input.document.title},
            {QStringLiteral("headings"),
             input.passage.headingPath.isEmpty()
                     ? QStringLiteral("(top of the document)")
                     : input.passage.headingPath.join(QStringLiteral(" > "))},
            {QStringLiteral("passage"), passage},
            {QStringLiteral("relevance"), relevanceText(input.relevance)}};
    if (stage == CorpusStage::Grounding || stage == CorpusStage::Refinement) {
        if (!input.extraction)
            throw CorpusStageFailure(
                    Tr::tr("%1: there is no extraction to ground").arg(where(input)));
        if (input.extraction->tools.empty())
            throw CorpusStageFailure(Tr::tr("%1: the extraction holds no tool").arg(where(input)));
        values.insert(QStringLiteral("tools"), toQString(toolsJson(input.extraction->tools), 2));
        values.insert(QStringLiteral("steps"), toQString(stepsJson(*input.extraction), 2));
        values.insert(QStringLiteral("graph"), input.extraction->executionGraph);
    }
    if (stage == CorpusStage::Refinement) {
        values.insert(QStringLiteral("rules"),
                      bulleted(input.grounding ? input.grounding->rules : QStringList()));
        values.insert(QStringLiteral("trajectory"),
                      input.grounding ? toQString(trajectoryJson(*input.grounding), 2)
                                      : QStringLiteral("(no grounded trajectory: write the "
                                                       "workflow's trajectory, made harder)"));
    }
    const QString prompt = PromptTemplates::render(
            m_settings.prompts.text(QLatin1String(templateOf(stage))), values);
    ChatRequest request;
    request.tag = QStringLiteral("corpus_") + QLatin1String(corpusStageName(stage));
    request.messages = Json::array(
            {Json{{"role", "system"}, {"content", prompt}},
             Json{{"role", "user"}, {"content", "Answer with the JSON object only."}}});
    request.responseFormat = Json{{"type", "json_object"}};
    request.temperature = m_settings.temperature;
    if (m_settings.seed != 0)
        request.seed = m_settings.seed;
    request.maxTokens = m_settings.maxTokens;
    return request;
}

Json LlmCorpusEngine::ask(CorpusStage stage, const CorpusStageInput &input,
                          const std::function<QStringList(const Json &)> &check)
{
    const QString stageName = QLatin1String(corpusStageName(stage));
    if (!m_settings.scheduler)
        throw CorpusStageFailure(
                Tr::tr("%1, %2 stage: there is no endpoint").arg(where(input), stageName));
    Json answer;
    RepairableAsk ask;
    ask.problems = [&](const ChatCompletion &c) {
        answer = jsonFromModelText(c.content);
        if (!answer.is_object()) {
            QStringList p{QStringLiteral("the answer is not a JSON object")};
            if (c.finishReason == QLatin1String("length"))
                p << QStringLiteral("it was cut off at the token limit");
            return p;
        }
        return check(answer);
    };
    ask.cutOff = QStringLiteral("It was cut off: keep it shorter.");
    ask.again = QStringLiteral("Answer again with the whole JSON object only, in the format the "
                               "instructions give, with these problems fixed.");
    const RepairedAnswer repaired
            = askWithRepair(*m_settings.scheduler, requestFor(stage, input), ask);
    if (repaired.requestFailed()) {
        throw CorpusStageFailure(
                (repaired.repaired ? Tr::tr("%1, %2 stage: the repair request failed after %n "
                                            "attempt(s): %3",
                                            nullptr, repaired.failure.attempts)
                                   : Tr::tr("%1, %2 stage: the request failed after %n "
                                            "attempt(s): %3",
                                            nullptr, repaired.failure.attempts))
                        .arg(where(input), stageName, repaired.failure.error.message));
    }
    if (!repaired.completion) {
        constexpr int kShown = 5;
        QStringList shown = repaired.problems.mid(0, kShown);
        if (repaired.problems.size() > kShown)
            shown << Tr::tr("%n more", nullptr, int(repaired.problems.size() - kShown));
        throw CorpusStageFailure(
                Tr::tr("%1, %2 stage: the answer is unusable even after a "
                       "repair request: %3")
                        .arg(where(input), stageName, shown.join(QStringLiteral("; "))));
    }
    return answer;
}

RelevanceResult LlmCorpusEngine::readRelevance(const Json &answer, QStringList *problems)
{
    RelevanceResult r;
    const Json *holds = nullptr;
    for (const char *key : {"holds_workflow", "holdsWorkflow", "has_workflow", "relevant"}) {
        if (answer.is_object() && answer.contains(key)) {
            holds = &answer.at(key);
            break;
        }
    }
    const std::optional<bool> value = holds ? flag(*holds) : std::nullopt;
    if (!value)
        *problems << QStringLiteral("\"holds_workflow\" must be true or false");
    r.holdsWorkflow = value.value_or(false);
    r.confidence = r.holdsWorkflow ? 1.0 : 0.0;
    if (answer.is_object() && answer.contains("confidence")) {
        const Json &c = answer.at("confidence");
        if (c.is_number())
            r.confidence = std::clamp(c.get<double>(), 0.0, 1.0);
        else
            *problems << QStringLiteral("\"confidence\" must be a number from 0 to 1");
    }
    r.summary = text(answer, {"summary"});
    r.platform = text(answer, {"platform"});
    r.domain = text(answer, {"domain"});
    r.taskCategory = text(answer, {"task_category", "taskCategory", "category"});
    r.evidence = strings(answer, "evidence");
    return r;
}

ExtractionResult LlmCorpusEngine::readExtraction(const Json &answer, const CorpusStageInput &input,
                                                 QStringList *problems)
{
    ExtractionResult result;
    const Json tools = answer.is_object() ? answer.value("tools", Json()) : Json();
    if (!tools.is_array()) {
        *problems << QStringLiteral("\"tools\" must be an array of tools");
    } else {
        for (std::size_t i = 0; i < tools.size(); ++i) {
            const Json body = toolBody(tools[i]);
            if (!body.is_object()) {
                *problems << QStringLiteral("tools[%1] is not an object").arg(i);
                continue;
            }
            Tool t;
            t.name = text(body, {"name"});
            if (t.name.isEmpty()) {
                *problems << QStringLiteral("tools[%1] has no name").arg(i);
                continue;
            }
            t.description = text(body, {"description"});
            const Json params = body.value("parameters", Json());
            if (params.is_null()) {
                t.parameters = Json{{"type", "object"}, {"properties", Json::object()}};
            } else if (params.is_object()) {
                t.parameters = params;
            } else {
                *problems << QStringLiteral("the parameters of tool '%1' are not a JSON Schema "
                                            "object")
                                     .arg(t.name);
                continue;
            }
            t.tags = QStringList{QStringLiteral("corpus")};
            t.origin.kind = ToolOrigin::Kind::Corpus;
            t.origin.source = input.document.uid;
            result.tools.push_back(std::move(t));
        }
    }

    const Json steps = answer.is_object() ? answer.value("steps", Json()) : Json();
    if (!steps.is_array() || steps.empty()) {
        *problems << QStringLiteral("\"steps\" must be a non-empty array of steps");
    } else {
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const Json &s = steps[i];
            WorkflowStep w;
            if (s.is_string()) {
                w.description = QString::fromStdString(s.get<std::string>());
                result.steps.push_back(std::move(w));
                continue;
            }
            if (!s.is_object()) {
                *problems << QStringLiteral("steps[%1] is not an object").arg(i);
                continue;
            }
            w.description = text(s, {"description", "step", "action"});
            w.command = text(s, {"command"});
            w.toolName = text(s, {"tool", "tool_name", "toolName", "name"});
            w.output = text(s, {"output"});
            const std::optional<Json> arguments = argumentsOf(s.value("arguments", Json()));
            if (!arguments)
                *problems << QStringLiteral("the arguments of steps[%1] are not a JSON object")
                                     .arg(i);
            else
                w.arguments = *arguments;
            result.steps.push_back(std::move(w));
        }
    }

    // The plan the simulation engine can run, as the embedded engine makes it.
    result.plan.goal = input.relevance && !input.relevance->summary.isEmpty()
                               ? input.relevance->summary
                               : input.document.title;
    QStringList graph;
    int ref = 0;
    for (const WorkflowStep &w : result.steps) {
        if (w.toolName.isEmpty())
            continue;
        const QString node = QStringLiteral("(%1)").arg(w.toolName);
        if (graph.isEmpty() || graph.constLast() != node)
            graph << node;
        PlanStep ps;
        ps.kind = PlanStep::Kind::SingleCall;
        ps.intent = w.description;
        PlannedCall call;
        call.ref = ++ref;
        call.toolName = w.toolName;
        call.arguments = w.arguments;
        ps.calls.push_back(std::move(call));
        result.plan.steps.push_back(std::move(ps));
    }
    result.executionGraph = text(answer, {"execution_graph", "executionGraph", "graph"});
    if (result.executionGraph.isEmpty())
        result.executionGraph = graph.join(QStringLiteral("->"));
    if (ref == 0 && problems->isEmpty())
        *problems << QStringLiteral("no step runs a tool");
    addIssues(CorpusRuleCheck::checkExtraction(result), problems);
    return result;
}

TrajectoryResult LlmCorpusEngine::readTrajectory(const Json &answer, CorpusStage stage,
                                                 const CorpusStageInput &input,
                                                 const QString &engine, QStringList *problems)
{
    TrajectoryResult result;
    Dialogue &d = result.trajectory;
    d.uid = QStringLiteral("corpus:%1:%2:%3")
                    .arg(input.document.uid)
                    .arg(input.passage.index)
                    .arg(QLatin1String(corpusStageName(stage)));
    d.engine = engine;
    d.seed = qHash(d.uid);
    if (input.extraction)
        d.plan = input.extraction->plan;
    result.rules = strings(answer, "rules");
    result.changes = strings(answer, "changes");
    if (stage == CorpusStage::Refinement && answer.is_object() && answer.contains("persona")) {
        const Json &p = answer.at("persona");
        if (p.is_object()) {
            d.persona.name = text(p, {"name"});
            d.persona.background = text(p, {"background"});
            d.persona.traits = strings(p, "traits");
            d.persona.speakingStyle = text(p, {"speaking_style", "speakingStyle", "style"});
        } else if (p.is_string()) {
            d.persona.background = QString::fromStdString(p.get<std::string>());
        }
    }

    const Json messages = answer.is_object() ? answer.value("messages", Json()) : Json();
    if (!messages.is_array() || messages.empty()) {
        *problems << QStringLiteral("\"messages\" must be a non-empty array of messages");
        return result;
    }
    int made = 0;
    QHash<QString, std::size_t> callAt; // call id -> index into d.calls
    for (std::size_t i = 0; i < messages.size(); ++i) {
        const Json &j = messages[i];
        if (!j.is_object()) {
            *problems << QStringLiteral("messages[%1] is not an object").arg(i);
            continue;
        }
        bool known = false;
        Message m;
        m.role = roleOf(text(j, {"role"}), &known);
        if (!known) {
            *problems << QStringLiteral("messages[%1] has no role of system, user, assistant or "
                                        "tool")
                                 .arg(i);
            continue;
        }
        const Json content = j.value("content", Json());
        m.content = content.is_string() ? QString::fromStdString(content.get<std::string>())
                                        : (content.is_null() ? QString() : toQString(content));
        if (m.role == Message::Role::Assistant && j.contains("tool_calls")
            && j.at("tool_calls").is_array()) {
            const Json &calls = j.at("tool_calls");
            for (std::size_t c = 0; c < calls.size(); ++c) {
                const Json body = toolBody(calls[c]);
                ToolCall call;
                call.id = text(calls[c], {"id"});
                if (call.id.isEmpty())
                    call.id = QStringLiteral("call_%1").arg(made + 1);
                call.toolName = text(body, {"name", "tool", "tool_name", "toolName"});
                if (call.toolName.isEmpty())
                    *problems << QStringLiteral("messages[%1].tool_calls[%2] names no tool")
                                         .arg(i)
                                         .arg(c);
                const std::optional<Json> arguments
                        = argumentsOf(body.value("arguments", Json::object()));
                if (!arguments)
                    *problems << QStringLiteral("the arguments of messages[%1].tool_calls[%2] "
                                                "are not a JSON object")
                                         .arg(i)
                                         .arg(c);
                else
                    call.arguments = *arguments;
                ++made;
                CallRecord r;
                r.callId = call.id;
                r.toolName = call.toolName;
                r.request = call.arguments;
                r.requestHash = requestHashOf(call.toolName, call.arguments, Json());
                callAt.insert(call.id, d.calls.size());
                d.calls.push_back(std::move(r));
                m.toolCalls.push_back(std::move(call));
            }
        }
        if (m.role == Message::Role::Tool) {
            m.toolCallId = text(j, {"tool_call_id", "toolCallId", "id"});
            m.toolName = text(j, {"name", "tool_name", "toolName"});
            const auto it = callAt.constFind(m.toolCallId);
            if (it != callAt.cend()) {
                CallRecord &r = d.calls[*it];
                if (m.toolName.isEmpty())
                    m.toolName = r.toolName;
                const Json parsed = content.is_string() ? Json::parse(content.get<std::string>(),
                                                                      nullptr, false)
                                                        : content;
                r.response = parsed.is_discarded() ? Json(m.content) : parsed;
                const std::optional<bool> isError = flag(j.value("is_error", Json()));
                r.isError
                        = isError.value_or(r.response.is_object() && r.response.contains("error"));
            }
        }
        d.messages.push_back(std::move(m));
    }
    if (made == 0)
        *problems << QStringLiteral("the trajectory calls no tool");
    addIssues(CorpusRuleCheck::checkTrajectory(result, input.extraction ? input.extraction->tools
                                                                        : std::vector<Tool>()),
              problems);
    return result;
}

RelevanceResult LlmCorpusEngine::relevance(const CorpusStageInput &input)
{
    QStringList unused;
    const Json answer = ask(CorpusStage::Relevance, input, [](const Json &a) {
        QStringList problems;
        readRelevance(a, &problems);
        return problems;
    });
    return readRelevance(answer, &unused);
}

ExtractionResult LlmCorpusEngine::extraction(const CorpusStageInput &input)
{
    QStringList unused;
    const Json answer = ask(CorpusStage::Extraction, input, [&](const Json &a) {
        QStringList problems;
        readExtraction(a, input, &problems);
        return problems;
    });
    return readExtraction(answer, input, &unused);
}

TrajectoryResult LlmCorpusEngine::grounding(const CorpusStageInput &input)
{
    QStringList unused;
    const QString engine = name();
    const Json answer = ask(CorpusStage::Grounding, input, [&](const Json &a) {
        QStringList problems;
        readTrajectory(a, CorpusStage::Grounding, input, engine, &problems);
        return problems;
    });
    return readTrajectory(answer, CorpusStage::Grounding, input, engine, &unused);
}

TrajectoryResult LlmCorpusEngine::refinement(const CorpusStageInput &input)
{
    QStringList unused;
    const QString engine = name();
    const Json answer = ask(CorpusStage::Refinement, input, [&](const Json &a) {
        QStringList problems;
        readTrajectory(a, CorpusStage::Refinement, input, engine, &problems);
        return problems;
    });
    return readTrajectory(answer, CorpusStage::Refinement, input, engine, &unused);
}

} // namespace Callwright
