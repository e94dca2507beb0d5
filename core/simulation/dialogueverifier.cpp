#include "dialogueverifier.h"

#include "callresults.h"
#include "compiledtools.h"
#include "dialoguesimulator.h"
#include "schema/jsonpointer.h"
#include "tooltext.h"

#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace Callwright {

namespace {

// A property's schema along an argument path (object keys and array items).
const Json *schemaAt(const Json &root, const std::vector<std::string> &path)
{
    const Json *schema = &root;
    for (const std::string &segment : path) {
        if (!schema->is_object())
            return nullptr;
        const auto props = schema->find("properties");
        if (props != schema->end() && props->is_object() && props->contains(segment)) {
            schema = &props->at(segment);
            continue;
        }
        const auto items = schema->find("items");
        if (items != schema->end() && items->is_object()) {
            schema = &*items;
            continue;
        }
        return nullptr;
    }
    return schema;
}

bool fixedOrDefault(const Json *schema, const Json &value)
{
    if (!schema || !schema->is_object())
        return false;
    const auto def = schema->find("default");
    if (def != schema->end() && *def == value)
        return true;
    const auto c = schema->find("const");
    if (c != schema->end() && *c == value)
        return true;
    const auto e = schema->find("enum");
    return e != schema->end() && e->is_array() && e->size() == 1 && e->front() == value;
}

} // namespace

bool DialogueVerifier::hasPlaceholder(const QString &text)
{
    static const QRegularExpression placeholder(
            QStringLiteral(
                    R"(\{[A-Za-z_][A-Za-z0-9_]*\}|<[A-Za-z_]+>|\$\d+\.[A-Za-z_]\w*|lorem ipsum|\[(?:name|value|tool|placeholder)\])"),
            QRegularExpression::CaseInsensitiveOption);
    // Markers people leave in drafts are upper case; "todo list" is a fine thing to say.
    static const QRegularExpression marker(QStringLiteral(R"(\b(?:TODO|FIXME|XXX|TBD)\b)"));
    return placeholder.match(text).hasMatch() || marker.match(text).hasMatch();
}

namespace {

QString pointerOf(const std::vector<std::string> &path)
{
    std::string p;
    for (const std::string &segment : path)
        p += '/' + JsonPointer::escape(segment);
    return QString::fromStdString(p);
}

} // namespace

DialogueVerifier::DialogueVerifier(const std::vector<Tool> &tools,
                                   std::shared_ptr<const CompiledTools> shared)
    : m_shared(std::move(shared))
{
    for (const Tool &t : tools)
        m_tools.insert(t.name, &t);
}

const DialogueVerifier::Schemas &DialogueVerifier::schemasOf(const Tool &tool)
{
    auto it = m_schemas.find(tool.name);
    if (it != m_schemas.end())
        return *it;
    Schemas schemas;
    if (const CompiledTool *c = m_shared ? m_shared->find(tool) : nullptr) {
        schemas = {&c->parameterValidator, &c->effectiveReturnsValidator};
    } else {
        // Without a returns schema, the embedded tool agent's answers are held to the
        // stand-in it promises (ToolText::effectiveReturns).
        const Json &returns = *m_returns.insert(tool.name, ToolText::effectiveReturns(tool));
        schemas = {&m_validators.get(tool.name, tool.parameters),
                   &m_validators.get(tool.name + QStringLiteral("#returns"), returns)};
    }
    return *m_schemas.insert(tool.name, schemas);
}

DialogueVerifier::~DialogueVerifier() = default;

void DialogueVerifier::checkFormat(const Dialogue &d, VerificationReport &r) const
{
    if (d.messages.empty()) {
        r.problems << QStringLiteral("format: the dialogue has no messages");
        return;
    }
    QSet<QString> open;
    QSet<QString> seen;
    for (std::size_t i = 0; i < d.messages.size(); ++i) {
        const Message &m = d.messages[i];
        const QString where = QStringLiteral("message %1").arg(i + 1);
        switch (m.role) {
        case Message::Role::User:
        case Message::Role::System:
            if (m.content.trimmed().isEmpty())
                r.problems << QStringLiteral("format: %1 is empty").arg(where);
            break;
        case Message::Role::Assistant:
            if (m.content.trimmed().isEmpty() && m.toolCalls.empty())
                r.problems << QStringLiteral("format: %1 has neither text nor calls").arg(where);
            for (const ToolCall &c : m.toolCalls) {
                if (c.id.isEmpty() || seen.contains(c.id))
                    r.problems << QStringLiteral("format: %1 has a call without a unique id")
                                          .arg(where);
                seen.insert(c.id);
                open.insert(c.id);
                if (!m_tools.contains(c.toolName))
                    r.problems << QStringLiteral(
                                          "tools: %1 calls '%2', which is not in the catalog")
                                          .arg(where, c.toolName);
            }
            break;
        case Message::Role::Tool:
            if (!open.remove(m.toolCallId))
                r.problems << QStringLiteral("format: %1 answers no open call ('%2')")
                                      .arg(where, m.toolCallId);
            break;
        }
        if (m.role != Message::Role::Tool && hasPlaceholder(m.content))
            r.problems << QStringLiteral("placeholder: %1 still holds template text").arg(where);
    }
    for (const QString &id : std::as_const(open))
        r.problems << QStringLiteral("format: call '%1' was never answered").arg(id);
    const Message &last = d.messages.back();
    if (last.role != Message::Role::Assistant || !last.toolCalls.empty())
        r.problems << QStringLiteral(
                "format: the dialogue does not end with the assistant's reply");
}

void DialogueVerifier::checkPlan(const Dialogue &d, const Answers &answers,
                                 VerificationReport &r) const
{
    const std::vector<int> starts = DialogueSimulator::stepStarts(d);
    if (starts.size() != d.plan.steps.size()) {
        r.problems << QStringLiteral("plan: %1 steps planned, %2 played")
                              .arg(d.plan.steps.size())
                              .arg(starts.size());
        return;
    }
    std::vector<std::pair<int, Json>> results;
    for (std::size_t s = 0; s < starts.size(); ++s) {
        const PlanStep &step = d.plan.steps[s];
        const std::size_t begin = std::size_t(starts[s]);
        const std::size_t end
                = s + 1 < starts.size() ? std::size_t(starts[s + 1]) : d.messages.size();
        const QString where = QStringLiteral("plan step %1 (%2)")
                                      .arg(s + 1)
                                      .arg(QLatin1String(planStepKindName(step.kind)));
        std::vector<const ToolCall *> succeeded;
        int failed = 0;
        int callMessages = 0;
        bool askedFirst = false;
        bool firstAssistant = true;
        for (std::size_t i = begin; i < end; ++i) {
            const Message &m = d.messages[i];
            if (m.role != Message::Role::Assistant)
                continue;
            if (firstAssistant)
                askedFirst = m.toolCalls.empty();
            firstAssistant = false;
            if (!m.toolCalls.empty())
                ++callMessages;
            for (const ToolCall &c : m.toolCalls) {
                const auto answer = answers.constFind(c.id);
                if (answer == answers.cend() || CallResults::isError(*answer)) {
                    ++failed;
                    continue;
                }
                if (succeeded.size() < step.calls.size())
                    results.emplace_back(step.calls[succeeded.size()].ref, *answer);
                succeeded.push_back(&c);
            }
        }
        const bool talk
                = step.kind == PlanStep::Kind::ChitChat || step.kind == PlanStep::Kind::Unsupported;
        if (talk) {
            if (!succeeded.empty() || failed > 0)
                r.problems
                        << QStringLiteral("%1: a tool was called where none should be").arg(where);
            continue;
        }
        if (succeeded.size() != step.calls.size()) {
            r.problems << QStringLiteral("%1: %2 calls planned, %3 made")
                                  .arg(where)
                                  .arg(step.calls.size())
                                  .arg(succeeded.size());
            continue;
        }
        for (std::size_t c = 0; c < succeeded.size(); ++c) {
            const PlannedCall &planned = step.calls[c];
            const ToolCall &made = *succeeded[c];
            if (made.toolName != planned.toolName) {
                r.problems << QStringLiteral("%1: call %2 is %3, the plan says %4")
                                      .arg(where)
                                      .arg(c + 1)
                                      .arg(made.toolName, planned.toolName);
                continue;
            }
            for (auto it = planned.arguments.begin(); it != planned.arguments.end(); ++it) {
                Json expected = *it;
                if (CallResults::isReference(expected))
                    expected = CallResults::resolveReference(
                            QString::fromStdString(expected.get<std::string>()), results);
                if (!made.arguments.contains(it.key()) || made.arguments.at(it.key()) != expected)
                    r.problems << QStringLiteral("%1: %2 argument '%3' differs from the plan")
                                          .arg(where, made.toolName,
                                               QString::fromStdString(it.key()));
            }
        }
        switch (step.kind) {
        case PlanStep::Kind::ParallelCalls:
            if (callMessages != 1)
                r.problems << QStringLiteral("%1: the calls were not made in one turn").arg(where);
            break;
        case PlanStep::Kind::Clarification:
            if (!askedFirst)
                r.problems << QStringLiteral("%1: the assistant did not ask for the missing value")
                                      .arg(where);
            break;
        case PlanStep::Kind::ErrorRecovery:
            if (failed < 1)
                r.problems << QStringLiteral("%1: no failed call was repaired").arg(where);
            break;
        default:
            break;
        }
        if (step.kind != PlanStep::Kind::ErrorRecovery && failed > 0)
            r.problems << QStringLiteral("%1: %2 calls failed").arg(where).arg(failed);
    }
}

VerificationReport DialogueVerifier::verify(const Dialogue &d)
{
    VerificationReport r;
    // Each result is parsed once here; the checks below read the parsed values.
    Answers answers;
    for (std::size_t i = 0; i < d.messages.size(); ++i) {
        const Message &m = d.messages[i];
        if (m.role != Message::Role::Tool)
            continue;
        try {
            answers.insert(m.toolCallId, parseJson(m.content.toUtf8()));
        } catch (const ModelError &e) {
            answers.insert(m.toolCallId, m.content);
            r.problems << QStringLiteral("format: message %1 is not JSON (%2)")
                                  .arg(i + 1)
                                  .arg(QString::fromStdString(e.message()));
        }
    }
    checkFormat(d, r);
    checkPlan(d, answers, r);

    int errorRecoverySteps = 0;
    for (const PlanStep &s : d.plan.steps)
        errorRecoverySteps += s.kind == PlanStep::Kind::ErrorRecovery ? 1 : 0;

    QString userText;
    std::vector<Json> results; // earlier successful outputs, in order
    for (const Message &m : d.messages) {
        if (m.role == Message::Role::User) {
            userText += m.content + QLatin1Char('\n');
            continue;
        }
        if (m.role != Message::Role::Assistant)
            continue;
        for (const ToolCall &c : m.toolCalls) {
            ++r.calls;
            const Tool *tool = m_tools.value(c.toolName);
            const auto answer = answers.constFind(c.id);
            static const Json none;
            const Json &response = answer == answers.cend() ? none : *answer;
            const bool isError = answer == answers.cend() || CallResults::isError(response);
            if (tool) {
                const Schemas &schemas = schemasOf(*tool);
                const bool valid = schemas.parameters->isValid(c.arguments);
                if (valid)
                    ++r.validCalls;
                else if (isError && r.expectedFaults < errorRecoverySteps)
                    ++r.expectedFaults;
                else
                    r.problems << QStringLiteral(
                                          "arguments: call '%1' (%2) breaks the parameters schema")
                                          .arg(c.id, c.toolName);
                if (!isError
                    && (tool->returns.is_object() || d.engine == QLatin1String("embedded"))) {
                    ++r.responses;
                    if (schemas.returns->isValid(response))
                        ++r.validResponses;
                    else
                        r.problems << QStringLiteral(
                                              "response: call '%1' (%2) breaks the returns schema")
                                              .arg(c.id, c.toolName);
                }
            }

            // Grounding: every leaf of the arguments.
            std::function<void(const Json &, std::vector<std::string> &)> walk =
                    [&](const Json &v, std::vector<std::string> &path) {
                        if (v.is_object()) {
                            for (auto it = v.begin(); it != v.end(); ++it) {
                                path.push_back(it.key());
                                walk(*it, path);
                                path.pop_back();
                            }
                            return;
                        }
                        if (v.is_array()) {
                            for (std::size_t i = 0; i < v.size(); ++i) {
                                path.push_back(std::to_string(i));
                                walk(v[i], path);
                                path.pop_back();
                            }
                            return;
                        }
                        ++r.arguments;
                        bool grounded = false;
                        if (tool) {
                            std::vector<std::string> schemaPath;
                            for (const std::string &s : path) {
                                if (s.empty() || !std::isdigit(static_cast<unsigned char>(s[0])))
                                    schemaPath.push_back(s);
                            }
                            grounded = fixedOrDefault(schemaAt(tool->parameters, schemaPath), v);
                        }
                        if (!grounded && v.is_boolean()) {
                            // A yes/no is grounded when the user talked about the option.
                            for (auto p = path.rbegin(); p != path.rend() && !grounded; ++p) {
                                if (!p->empty()
                                    && !std::isdigit(static_cast<unsigned char>((*p)[0])))
                                    grounded = ToolText::mentions(
                                            userText,
                                            ToolText::humanize(QString::fromStdString(*p)));
                            }
                        } else if (!grounded && !v.is_null()) {
                            grounded = ToolText::mentions(userText, ToolText::valueText(v))
                                       || std::any_of(results.begin(), results.end(),
                                                      [&](const Json &earlier) {
                                                          return CallResults::containsScalar(
                                                                  earlier, v);
                                                      });
                        }
                        if (v.is_null())
                            grounded = true;
                        if (grounded)
                            ++r.groundedArguments;
                        else
                            r.ungrounded.push_back({c.id, pointerOf(path), ToolText::valueText(v)});
                    };
            std::vector<std::string> path;
            walk(c.arguments, path);
            if (c.arguments.is_object()) {
                for (auto it = c.arguments.begin(); it != c.arguments.end(); ++it) {
                    if (it->is_string()
                        && hasPlaceholder(QString::fromStdString(it->get<std::string>())))
                        r.problems
                                << QStringLiteral(
                                           "placeholder: call '%1' argument '%2' is a placeholder")
                                           .arg(c.id, QString::fromStdString(it.key()));
                }
            }
            if (!isError) {
                results.push_back(response);
            }
        }
    }
    return r;
}

void DialogueVerifier::annotate(Dialogue &dialogue, const VerificationReport &report)
{
    for (CallRecord &call : dialogue.calls) {
        call.issues.erase(std::remove_if(call.issues.begin(), call.issues.end(),
                                         [](const ValidationIssue &i) {
                                             return i.keyword == QLatin1String("grounding");
                                         }),
                          call.issues.end());
        for (const auto &u : report.ungrounded) {
            if (u.callId == call.callId) {
                call.issues.push_back({ValidationIssue::Severity::Error,
                                       QStringLiteral("/request") + u.pointer,
                                       QStringLiteral("grounding"),
                                       QStringLiteral("'%1' is not in the user's words, an earlier "
                                                      "result, a default or a constant")
                                               .arg(u.value)});
            }
        }
    }
    dialogue.scores.erase(
            std::remove_if(dialogue.scores.begin(), dialogue.scores.end(),
                           [](const Score &s) { return s.metric == QLatin1String("verified"); }),
            dialogue.scores.end());
    QStringList why = report.problems;
    if (!report.ungrounded.empty())
        why << QStringLiteral("%1 ungrounded argument values").arg(report.ungrounded.size());
    dialogue.scores.push_back({QStringLiteral("verified"), report.ok() ? 1.0 : 0.0,
                               QStringLiteral("embedded"), why.join(QLatin1Char('\n'))});
}

} // namespace Callwright
