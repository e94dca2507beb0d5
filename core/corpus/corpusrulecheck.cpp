#include "corpusrulecheck.h"

#include "simulation/validatorcache.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Callwright::CorpusRuleCheck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CorpusRuleCheck)
};

ValidationIssue issue(const QString &pointer, const char *keyword, const QString &message)
{
    ValidationIssue v;
    v.pointer = pointer;
    v.keyword = QLatin1String(keyword);
    v.message = message;
    return v;
}

class CallChecker
{
public:
    explicit CallChecker(const std::vector<Tool> &tools)
    {
        for (const Tool &t : tools)
            m_tools.insert(t.name, &t);
    }

    void check(const QString &pointer, const QString &toolName, const Json &arguments,
               std::vector<ValidationIssue> &out)
    {
        const Tool *tool = m_tools.value(toolName);
        if (!tool) {
            out.push_back(issue(pointer, "tool",
                                Tr::tr("calls '%1', which is not a defined tool").arg(toolName)));
            return;
        }
        const SchemaValidator &validator = m_validators.get(tool->name, tool->parameters);
        for (const SchemaError &e : validator.validate(arguments)) {
            out.push_back(issue(pointer + QStringLiteral("/arguments") + e.instanceLocation,
                                e.keyword.toLatin1().constData(),
                                Tr::tr("arguments of '%1': %2").arg(toolName, e.message)));
        }
    }

private:
    QHash<QString, const Tool *> m_tools;
    ValidatorCache m_validators;
};

} // namespace

std::vector<ValidationIssue> checkExtraction(const ExtractionResult &extraction)
{
    std::vector<ValidationIssue> out;
    static const QRegularExpression validName(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
    QSet<QString> names;
    for (std::size_t i = 0; i < extraction.tools.size(); ++i) {
        const Tool &t = extraction.tools[i];
        const QString at = QStringLiteral("/tools/%1").arg(i);
        if (!validName.match(t.name).hasMatch())
            out.push_back(issue(at + QStringLiteral("/name"), "name",
                                Tr::tr("'%1' is not a valid tool name (letters, digits, _ "
                                       "and -, at most 64)")
                                        .arg(t.name)));
        if (names.contains(t.name))
            out.push_back(issue(at + QStringLiteral("/name"), "name",
                                Tr::tr("the tool '%1' is defined twice").arg(t.name)));
        names.insert(t.name);
        for (const SchemaError &e : SchemaValidator::checkSchema(t.parameters)) {
            if (e.severity == SchemaError::Severity::Error)
                out.push_back(issue(at + QStringLiteral("/parameters"), "schema",
                                    Tr::tr("the schema of '%1': %2").arg(t.name, e.toString())));
        }
        if (t.description.trimmed().isEmpty())
            out.push_back(issue(at + QStringLiteral("/description"), "description",
                                Tr::tr("the tool '%1' has no description").arg(t.name)));
    }
    CallChecker calls(extraction.tools);
    for (std::size_t i = 0; i < extraction.steps.size(); ++i) {
        const WorkflowStep &s = extraction.steps[i];
        if (!s.toolName.isEmpty())
            calls.check(QStringLiteral("/steps/%1").arg(i), s.toolName, s.arguments, out);
    }
    for (std::size_t i = 0; i < extraction.plan.steps.size(); ++i) {
        const PlanStep &s = extraction.plan.steps[i];
        for (std::size_t c = 0; c < s.calls.size(); ++c)
            calls.check(QStringLiteral("/plan/steps/%1/calls/%2").arg(i).arg(c),
                        s.calls[c].toolName, s.calls[c].arguments, out);
    }
    return out;
}

std::vector<ValidationIssue> checkTrajectory(const TrajectoryResult &trajectory,
                                             const std::vector<Tool> &tools)
{
    std::vector<ValidationIssue> out;
    const Dialogue &d = trajectory.trajectory;
    if (d.messages.empty() || d.messages.front().role != Message::Role::System
        || d.messages.front().content.trimmed().isEmpty()) {
        out.push_back(issue(QStringLiteral("/trajectory/messages/0"), "system",
                            Tr::tr("the trajectory does not open with a system prompt")));
    }
    CallChecker calls(tools);
    QSet<QString> asked;
    QSet<QString> answered;
    for (std::size_t i = 0; i < d.messages.size(); ++i) {
        const Message &m = d.messages[i];
        const QString at = QStringLiteral("/trajectory/messages/%1").arg(i);
        for (std::size_t c = 0; c < m.toolCalls.size(); ++c) {
            const ToolCall &call = m.toolCalls[c];
            calls.check(at + QStringLiteral("/tool_calls/%1").arg(c), call.toolName, call.arguments,
                        out);
            if (asked.contains(call.id))
                out.push_back(issue(at, "call_id",
                                    Tr::tr("the call id '%1' is used twice").arg(call.id)));
            asked.insert(call.id);
        }
        if (m.role == Message::Role::Tool) {
            if (!asked.contains(m.toolCallId))
                out.push_back(issue(
                        at, "call_id",
                        Tr::tr("answers '%1', which no earlier message called").arg(m.toolCallId)));
            else if (answered.contains(m.toolCallId))
                out.push_back(issue(at, "call_id",
                                    Tr::tr("answers '%1' a second time").arg(m.toolCallId)));
            answered.insert(m.toolCallId);
        }
    }
    QStringList unanswered;
    for (const QString &id : qAsConst(asked)) {
        if (!answered.contains(id))
            unanswered << id;
    }
    unanswered.sort();
    for (const QString &id : qAsConst(unanswered))
        out.push_back(issue(QStringLiteral("/trajectory/messages"), "call_id",
                            Tr::tr("the call '%1' is never answered").arg(id)));
    return out;
}

} // namespace Callwright::CorpusRuleCheck
