#include "scoring/llmjudge.h"

#include "backends/endpointscheduler.h"
#include "backends/modelanswers.h"
#include "catalog/importsupport.h"
#include "model/dialogue.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <utility>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LlmJudge)
};

// A tool result longer than this is cut in the judge's view of the dialogue: the judge needs
// to see what came back, not every row of a long listing.
constexpr qsizetype kResultChars = 3000;

QString promptLabel(LlmJudge::Prompt prompt)
{
    return prompt == LlmJudge::Prompt::ToolFlow ? QStringLiteral("ToolFlow")
                                                : QStringLiteral("GEM");
}

/// "judge.argument_hallucination" -> "argument_hallucination", as the prompts name rubrics.
QString rubricKey(const QString &metric)
{
    return metric.startsWith(QLatin1String("judge.")) ? metric.mid(6) : metric;
}

/// A key as a model may spell it, reduced to lower-case letters and digits.
QString normalKey(const QString &key)
{
    QString lower = key.toLower();
    if (lower.startsWith(QLatin1String("judge.")))
        lower = lower.mid(6);
    QString out;
    out.reserve(lower.size());
    for (const QChar c : std::as_const(lower)) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

/// The entries of an object or of a list of {"rubric": name, ...} objects, by normal key.
QHash<QString, Json> entriesOf(const Json &j)
{
    QHash<QString, Json> out;
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it)
            out.insert(normalKey(QString::fromStdString(it.key())), *it);
    } else if (j.is_array()) {
        for (const Json &item : j) {
            if (!item.is_object())
                continue;
            for (const char *name : {"rubric", "criterion", "name", "metric", "key"}) {
                const auto it = item.find(name);
                if (it != item.end() && it->is_string()) {
                    out.insert(normalKey(scalarText(*it)), item);
                    break;
                }
            }
        }
    }
    return out;
}

/// The rubric entries of an answer: at its top, or one level down (under "scores",
/// "verdicts" or whatever the model called it).
QHash<QString, Json> rubricEntries(const Json &root, const QStringList &keys)
{
    const auto holdsAny = [&](const QHash<QString, Json> &entries) {
        for (const QString &k : keys) {
            if (entries.contains(k))
                return true;
        }
        return false;
    };
    QHash<QString, Json> top = entriesOf(root);
    if (holdsAny(top) || !root.is_object())
        return top;
    for (auto it = root.begin(); it != root.end(); ++it) {
        QHash<QString, Json> nested = entriesOf(*it);
        if (holdsAny(nested)) {
            // Keys beside the container ("rationale" for the whole verdict) still count.
            for (auto t = top.cbegin(); t != top.cend(); ++t) {
                if (!nested.contains(t.key()))
                    nested.insert(t.key(), t.value());
            }
            return nested;
        }
    }
    return top;
}

const Json *member(const Json &object, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString wanted = normalKey(QLatin1String(name));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (normalKey(QString::fromStdString(it.key())) == wanted && !it->is_null())
                return &*it;
        }
    }
    return nullptr;
}

/// A 1-5 score, or nothing with *fault set.
std::optional<double> scaleScore(const Json &value, QString *fault)
{
    std::optional<double> v;
    if (value.is_number()) {
        v = value.get<double>();
    } else if (value.is_string()) {
        static const QRegularExpression number(QStringLiteral(
                "^\\s*(-?\\d+(?:\\.\\d+)?)\\s*(?:(?:/|out of)\\s*5(?:\\.0)?)?\\s*$"));
        const QRegularExpressionMatch m = number.match(scalarText(value));
        if (m.hasMatch())
            v = m.captured(1).toDouble();
    }
    if (!v) {
        *fault = Tr::tr("'%1' is not a score from 1 to 5").arg(scalarText(value).left(40));
        return std::nullopt;
    }
    if (*v < 1 || *v > 5) {
        *fault = Tr::tr("the score %1 is outside 1-5").arg(*v);
        return std::nullopt;
    }
    return v;
}

/// A binary verdict (1: the fault is present), or nothing with *fault set.
std::optional<double> binaryScore(const Json &value, QString *fault)
{
    if (value.is_boolean())
        return value.get<bool>() ? 1.0 : 0.0;
    if (value.is_number()) {
        const double v = value.get<double>();
        if (v == 0 || v == 1)
            return v;
        *fault = Tr::tr("the score %1 is not 0 or 1").arg(v);
        return std::nullopt;
    }
    if (value.is_string()) {
        const QString word = scalarText(value).trimmed().toLower();
        static const QStringList yes{QStringLiteral("1"), QStringLiteral("yes"),
                                     QStringLiteral("y"), QStringLiteral("true"),
                                     QStringLiteral("present")};
        static const QStringList no{QStringLiteral("0"),      QStringLiteral("no"),
                                    QStringLiteral("n"),      QStringLiteral("false"),
                                    QStringLiteral("absent"), QStringLiteral("none")};
        if (yes.contains(word))
            return 1.0;
        if (no.contains(word))
            return 0.0;
    }
    *fault = Tr::tr("'%1' is neither yes nor no (1 or 0)").arg(scalarText(value).left(40));
    return std::nullopt;
}

/// What the repair request shows as the expected answer.
QString answerFormat(LlmJudge::Prompt prompt)
{
    const QString score = prompt == LlmJudge::Prompt::ToolFlow ? QStringLiteral("1-5")
                                                               : QStringLiteral("0 or 1");
    QStringList entries;
    for (const QString &metric : LlmJudge::rubricsOf(prompt)) {
        entries << QStringLiteral("\"%1\": {\"score\": %2, \"rationale\": \"...\"}")
                           .arg(rubricKey(metric), score);
    }
    return QLatin1Char('{') + entries.join(QStringLiteral(", ")) + QLatin1Char('}');
}

} // namespace

LlmJudge::LlmJudge(Settings settings)
    : m_settings(std::move(settings))
{
    m_source = m_settings.source;
    if (m_source.isEmpty() && m_settings.scheduler) {
        const EndpointProfile &p = m_settings.scheduler->profile();
        m_source = p.name.isEmpty() ? p.id : p.name;
    }
}

LlmJudge::~LlmJudge() = default;

QString LlmJudge::profile() const
{
    return m_source;
}

QStringList LlmJudge::rubrics() const
{
    QStringList out;
    for (const Prompt p : m_settings.ask)
        out << rubricsOf(p);
    return out;
}

int LlmJudge::concurrency() const
{
    return m_settings.scheduler ? std::max(1, m_settings.scheduler->profile().maxInFlight) : 1;
}

void LlmJudge::cancel()
{
    if (m_settings.scheduler)
        m_settings.scheduler->cancelAll();
}

QString LlmJudge::templateName(Prompt prompt)
{
    return prompt == Prompt::ToolFlow ? QStringLiteral("judge_toolflow")
                                      : QStringLiteral("judge_gem");
}

QStringList LlmJudge::rubricsOf(Prompt prompt)
{
    if (prompt == Prompt::ToolFlow)
        return {QLatin1String(kNaturalness), QLatin1String(kCoherence), QLatin1String(kHelpfulness),
                QLatin1String(kAccuracy)};
    return {QLatin1String(kArgumentHallucination), QLatin1String(kCapabilityHallucination),
            QLatin1String(kCrossTurnInconsistency)};
}

LlmJudge::Verdict LlmJudge::readVerdict(Prompt prompt, const QString &text, const QString &source)
{
    Verdict verdict;
    const Json root = jsonFromModelText(text);
    const QStringList metrics = rubricsOf(prompt);
    QStringList keys;
    for (const QString &metric : metrics)
        keys << normalKey(metric);
    if (!root.is_object() && !root.is_array()) {
        const QString shown = text.simplified();
        verdict.problems << (shown.isEmpty() ? Tr::tr("the answer is empty")
                                             : Tr::tr("the answer is not a JSON object: \"%1\"")
                                                       .arg(shown.left(80)));
        return verdict;
    }
    const QHash<QString, Json> entries = rubricEntries(root, keys);
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        const QString name = rubricKey(metrics[i]);
        const auto problem = [&](const QString &fault) {
            verdict.problems << QStringLiteral("%1: %2").arg(name, fault);
        };
        const auto entry = entries.constFind(keys[i]);
        if (entry == entries.cend()) {
            problem(Tr::tr("missing"));
            continue;
        }
        Json value;
        QString rationale;
        if (entry->is_object()) {
            if (const Json *s = member(*entry, {"score", "value", "rating", "verdict", "present",
                                                "answer", "result"}))
                value = *s;
            if (const Json *r = member(*entry, {"rationale", "reason", "reasoning", "explanation",
                                                "justification", "comment"}))
                rationale = scalarText(*r);
        } else {
            value = *entry;
            for (const char *suffix : {"rationale", "reason", "explanation"}) {
                const auto r = entries.constFind(keys[i] + QLatin1String(suffix));
                if (r != entries.cend() && r->is_string()) {
                    rationale = scalarText(*r);
                    break;
                }
            }
        }
        if (value.is_null()) {
            problem(Tr::tr("no score"));
            continue;
        }
        QString fault;
        const std::optional<double> score
                = isBinary(metrics[i]) ? binaryScore(value, &fault) : scaleScore(value, &fault);
        if (!score) {
            problem(fault);
            continue;
        }
        verdict.scores.push_back(Score{metrics[i], *score, source, rationale.trimmed()});
    }
    return verdict;
}

QString LlmJudge::dialogueText(const Dialogue &dialogue)
{
    QStringList lines;
    QHash<QString, QString> toolOfCall;
    int number = 0;
    for (const Message &m : dialogue.messages) {
        const QString n = QStringLiteral("[%1] ").arg(++number);
        switch (m.role) {
        case Message::Role::System:
            lines << n + QStringLiteral("System: ") + m.content;
            break;
        case Message::Role::User:
            lines << n + QStringLiteral("User: ") + m.content;
            break;
        case Message::Role::Assistant:
            if (!m.content.trimmed().isEmpty() || m.toolCalls.empty())
                lines << n + QStringLiteral("Assistant: ") + m.content;
            for (const ToolCall &c : m.toolCalls) {
                toolOfCall.insert(c.id, c.toolName);
                lines << n
                                 + QStringLiteral("Assistant calls %1(%2) [%3]")
                                           .arg(c.toolName, toQString(c.arguments), c.id);
            }
            break;
        case Message::Role::Tool: {
            const QString tool = m.toolName.isEmpty()
                                         ? toolOfCall.value(m.toolCallId, QStringLiteral("?"))
                                         : m.toolName;
            QString result = m.content;
            if (result.size() > kResultChars) {
                result = result.left(kResultChars)
                         + QStringLiteral(" ... (%1 more characters)")
                                   .arg(result.size() - kResultChars);
            }
            lines << n + QStringLiteral("Result of %1 [%2]: %3").arg(tool, m.toolCallId, result);
            break;
        }
        }
    }
    return lines.isEmpty() ? QStringLiteral("(no messages)") : lines.join(QLatin1Char('\n'));
}

QString LlmJudge::toolsText(const std::vector<Tool> &tools)
{
    QStringList entries;
    for (const Tool &t : tools) {
        QString entry = QStringLiteral("- %1: %2").arg(t.name, t.description.simplified());
        if (!t.parameters.is_null())
            entry += QStringLiteral("\n  parameters: ") + toQString(t.parameters);
        if (!t.returns.is_null())
            entry += QStringLiteral("\n  returns: ") + toQString(t.returns);
        entries << entry;
    }
    return entries.isEmpty() ? QStringLiteral("(none)") : entries.join(QLatin1Char('\n'));
}

QString LlmJudge::toolsFor(const Dialogue &dialogue) const
{
    for (const Catalog &c : m_settings.catalogs) {
        if (c.id == dialogue.catalogId && !c.tools.empty())
            return toolsText(c.tools);
    }
    // No definitions at hand: the names the dialogue calls are still worth showing.
    const QStringList used = dialogue.toolsUsed();
    return QStringLiteral("(the tool definitions are not available; the dialogue calls: %1)")
            .arg(used.isEmpty() ? QStringLiteral("none") : used.join(QStringLiteral(", ")));
}

ChatRequest LlmJudge::requestFor(Prompt prompt, const Dialogue &dialogue) const
{
    const QString system
            = PromptTemplates::render(m_settings.prompts.text(templateName(prompt)),
                                      {{QStringLiteral("dialogue"), dialogueText(dialogue)},
                                       {QStringLiteral("tools"), toolsFor(dialogue)}});
    ChatRequest request;
    request.tag = QStringLiteral("judge");
    request.messages = Json::array({Json{{"role", "system"}, {"content", system}},
                                    Json{{"role", "user"}, {"content", "Give your verdict."}}});
    request.responseFormat = Json{{"type", "json_object"}};
    request.temperature = 0.0;
    request.seed = m_settings.seed;
    request.maxTokens = m_settings.maxTokens;
    return request;
}

std::vector<Score> LlmJudge::judge(const Dialogue &dialogue, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = Tr::tr("dialogue %1: %2").arg(dialogue.uid, why);
        return std::vector<Score>{};
    };
    if (!m_settings.scheduler)
        return fail(Tr::tr("the judge has no endpoint"));
    std::vector<Score> out;
    for (const Prompt prompt : m_settings.ask) {
        const QString label = promptLabel(prompt);
        Verdict verdict;
        RepairableAsk ask;
        ask.problems = [&](const ChatCompletion &c) {
            verdict = readVerdict(prompt, c.content, m_source);
            return verdict.problems;
        };
        ask.cutOff = QStringLiteral("It was cut off: keep each rationale short.");
        ask.again = QStringLiteral("Answer again with the JSON object only, a score and a "
                                   "rationale for every criterion: ")
                    + answerFormat(prompt);
        const RepairedAnswer answer
                = askWithRepair(*m_settings.scheduler, requestFor(prompt, dialogue), ask);
        if (answer.requestFailed()) {
            return fail((answer.repaired
                                 ? Tr::tr("the %1 judge's repair request failed after %n "
                                          "attempt(s): %2",
                                          nullptr, answer.failure.attempts)
                                 : Tr::tr("the %1 judge's request failed after %n attempt(s): %2",
                                          nullptr, answer.failure.attempts))
                                .arg(label, answer.failure.error.message));
        }
        if (!answer.completion) {
            return fail(Tr::tr("the %1 verdict is unusable even after a repair request: %2")
                                .arg(label, answer.problems.join(QStringLiteral("; "))));
        }
        for (Score &s : verdict.scores)
            out.push_back(std::move(s));
    }
    return out;
}

} // namespace Callwright
