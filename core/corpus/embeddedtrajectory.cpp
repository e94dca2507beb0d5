// Stages 3 and 4 of the embedded engine: the extracted steps played as one trajectory, then
// made harder by templates. Nothing here invents tool output: a call answers with what the
// text shows the command print, or says that the text shows nothing. Only the failures are
// interface text; the trajectories are data.

#include "embeddedcorpusengine.h"

#include "passageanalysis.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedCorpusEngine)
};

// Stage outputs are data in the corpus's language (English), not interface text: they are
// stored, exported and trained on, so they do not follow the interface's translation.
QString counted(int n, const char *one, const char *many)
{
    return QString::number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

constexpr int kMaxRules = 8;

QStringList domainRules(const CorpusStageInput &input)
{
    QStringList rules = CorpusText::ruleSentences(input.passage.text);
    for (const QString &r : CorpusText::ruleSentences(input.document.text)) {
        if (rules.size() >= kMaxRules)
            break;
        if (!rules.contains(r))
            rules << r;
    }
    while (rules.size() > kMaxRules)
        rules.removeLast();
    return rules;
}

// The text's own rules are quoted as such; rules a stage adds are listed apart from them.
QString systemPrompt(const CorpusStageInput &input, const QStringList &rules,
                     const QStringList &added = {})
{
    const RelevanceResult *r = input.relevance;
    QString prompt
            = QStringLiteral("You are an assistant for %1 (%2). You carry out the user's "
                             "request with the tools you are given, one step at a time, and "
                             "report what each step showed.")
                      .arg(r && !r->platform.isEmpty() ? r->platform : QStringLiteral("operations"),
                           r && !r->domain.isEmpty() ? r->domain : QStringLiteral("general"));
    prompt += QStringLiteral("\n\n");
    if (rules.isEmpty()) {
        prompt += QStringLiteral("The source text states no explicit rules.");
    } else {
        prompt += QStringLiteral("Rules from \"%1\":").arg(input.document.title);
        for (const QString &rule : rules)
            prompt += QStringLiteral("\n- ") + rule;
    }
    if (!added.isEmpty()) {
        prompt += QStringLiteral("\n\nAlso:");
        for (const QString &rule : added)
            prompt += QStringLiteral("\n- ") + rule;
    }
    return prompt;
}

QString intentPhrase(QString description)
{
    description = description.trimmed();
    while (description.endsWith(QLatin1Char('.')) || description.endsWith(QLatin1Char(':')))
        description.chop(1);
    if (description.size() > 1 && description.at(1).isLower())
        description[0] = description.at(0).toLower();
    return description;
}

QString textOutput(const WorkflowStep &step)
{
    return step.output.isEmpty()
                   ? QStringLiteral("(The source text does not show this command's output.)")
                   : step.output;
}

Json outputJson(const WorkflowStep &step, int exitCode = 0, const QString &text = QString())
{
    return Json{{"exit_code", exitCode}, {"output", text.isEmpty() ? textOutput(step) : text}};
}

// Builds messages and the calls they make, keeping the two in step.
class TrajectoryBuilder
{
public:
    explicit TrajectoryBuilder(Dialogue &d)
        : m_d(d)
    {}

    void say(Message::Role role, const QString &content)
    {
        Message m;
        m.role = role;
        m.content = content;
        m_d.messages.push_back(std::move(m));
    }

    void call(const WorkflowStep &step, const QString &lead, const Json &response, bool isError)
    {
        const QString id = QStringLiteral("call_%1").arg(++m_calls);
        Message a;
        a.role = Message::Role::Assistant;
        a.content = lead;
        a.toolCalls.push_back({id, step.toolName, step.arguments});
        m_d.messages.push_back(std::move(a));
        Message t;
        t.role = Message::Role::Tool;
        t.toolCallId = id;
        t.toolName = step.toolName;
        t.content = toQString(response);
        m_d.messages.push_back(std::move(t));
        CallRecord r;
        r.callId = id;
        r.toolName = step.toolName;
        r.request = step.arguments;
        r.response = response;
        r.isError = isError;
        r.requestHash = requestHashOf(step.toolName, step.arguments, Json());
        m_d.calls.push_back(std::move(r));
    }

private:
    Dialogue &m_d;
    int m_calls = 0;
};

std::vector<const WorkflowStep *> toolSteps(const ExtractionResult &e)
{
    std::vector<const WorkflowStep *> steps;
    for (const WorkflowStep &s : e.steps) {
        if (!s.toolName.isEmpty())
            steps.push_back(&s);
    }
    return steps;
}

QString openingRequest(const CorpusStageInput &input,
                       const std::vector<const WorkflowStep *> &steps)
{
    QStringList intents;
    for (const WorkflowStep *s : steps) {
        if (intents.size() == 3)
            break;
        const QString phrase = intentPhrase(s->description);
        if (!intents.contains(phrase))
            intents << phrase;
    }
    const QStringList &headings = input.passage.headingPath;
    const QString topic
            = headings.isEmpty() || headings.constLast() == input.document.title
                      ? input.document.title
                      : QStringLiteral("%1 (%2)").arg(input.document.title, headings.constLast());
    QString request = QStringLiteral("I'm working on %1. Please %2")
                              .arg(topic, intents.join(QStringLiteral(", then ")));
    if (int(steps.size()) > intents.size())
        request += QStringLiteral(", and go on with the remaining steps");
    return request + QLatin1Char('.');
}

Dialogue baseDialogue(const CorpusStageInput &input, const char *stage)
{
    Dialogue d;
    d.uid = QStringLiteral("corpus:%1:%2:%3")
                    .arg(input.document.uid)
                    .arg(input.passage.index)
                    .arg(QLatin1String(stage));
    d.engine = QLatin1String(EmbeddedCorpusEngine::kName);
    d.seed = qHash(d.uid);
    if (input.extraction)
        d.plan = input.extraction->plan;
    return d;
}

std::vector<const WorkflowStep *> requireToolSteps(const CorpusStageInput &input)
{
    if (!input.extraction)
        throw CorpusStageFailure(Tr::tr("there is no extraction to ground"));
    std::vector<const WorkflowStep *> steps = toolSteps(*input.extraction);
    if (steps.empty())
        throw CorpusStageFailure(Tr::tr("the extraction holds no step that runs a tool"));
    return steps;
}

bool changesTheSystem(const QString &toolName)
{
    static const QSet<QString> verbs{
            QStringLiteral("delete"),  QStringLiteral("remove"),   QStringLiteral("rm"),
            QStringLiteral("patch"),   QStringLiteral("edit"),     QStringLiteral("scale"),
            QStringLiteral("restart"), QStringLiteral("drain"),    QStringLiteral("cordon"),
            QStringLiteral("apply"),   QStringLiteral("create"),   QStringLiteral("kill"),
            QStringLiteral("rollout"), QStringLiteral("reboot"),   QStringLiteral("replace"),
            QStringLiteral("label"),   QStringLiteral("annotate"), QStringLiteral("uninstall"),
            QStringLiteral("upgrade"), QStringLiteral("reset"),    QStringLiteral("stop"),
            QStringLiteral("prune"),   QStringLiteral("purge"),    QStringLiteral("set"),
            QStringLiteral("adm"),     QStringLiteral("push"),     QStringLiteral("rebase"),
            QStringLiteral("commit"),  QStringLiteral("shred"),    QStringLiteral("mv"),
            QStringLiteral("chmod"),   QStringLiteral("chown"),    QStringLiteral("truncate")};
    for (const QString &part : toolName.split(QLatin1Char('_'))) {
        if (verbs.contains(part))
            return true;
    }
    return false;
}

struct PersonaTemplate
{
    const char *name;
    const char *background;
    const char *traits;
    const char *style;
};

Persona personaFor(const Dialogue &d, const QString &platform)
{
    static const PersonaTemplate personas[] = {
            {"Priya", "On-call site reliability engineer, paged at night", "terse;precise",
             "short messages without pleasantries"},
            {"Marco", "Platform engineer new to %1", "careful;asks why",
             "asks before anything changes"},
            {"Lena", "Team lead writing an incident report", "busy;structured",
             "states several requirements at once"},
    };
    const PersonaTemplate &t = personas[d.seed % (sizeof(personas) / sizeof(personas[0]))];
    Persona p;
    p.name = QLatin1String(t.name);
    p.background = QString::fromUtf8(t.background);
    if (p.background.contains(QLatin1String("%1")))
        p.background
                = p.background.arg(platform.isEmpty() ? QStringLiteral("the platform") : platform);
    p.traits = QString::fromUtf8(t.traits).split(QLatin1Char(';'));
    p.speakingStyle = QString::fromUtf8(t.style);
    return p;
}

// The first string argument of a call: what a clarification asks for.
std::pair<QString, QString> mainArgument(const WorkflowStep &step)
{
    for (auto it = step.arguments.begin(); it != step.arguments.end(); ++it) {
        if (it->is_string() && !it->get<std::string>().empty())
            return {QString::fromStdString(it.key()),
                    QString::fromStdString(it->get<std::string>())};
    }
    return {};
}

QStringList constraintsOf(const std::vector<const WorkflowStep *> &steps, const QString &skipKey,
                          const QString &skipTool)
{
    QStringList constraints;
    for (const WorkflowStep *s : steps) {
        for (auto it = s->arguments.begin(); it != s->arguments.end(); ++it) {
            if (constraints.size() == 3)
                return constraints;
            const QString key = QString::fromStdString(it.key());
            if (!it->is_string() || (s->toolName == skipTool && key == skipKey))
                continue;
            const QString c = QStringLiteral("%1 \"%2\"")
                                      .arg(QString(key).replace(QLatin1Char('_'), QLatin1Char(' ')),
                                           QString::fromStdString(it->get<std::string>()));
            if (!constraints.contains(c))
                constraints << c;
        }
    }
    return constraints;
}

} // namespace

TrajectoryResult EmbeddedCorpusEngine::grounding(const CorpusStageInput &input)
{
    const std::vector<const WorkflowStep *> steps = requireToolSteps(input);
    TrajectoryResult result;
    result.rules = domainRules(input);
    result.trajectory = baseDialogue(input, "grounding");
    TrajectoryBuilder b(result.trajectory);
    b.say(Message::Role::System, systemPrompt(input, result.rules));
    b.say(Message::Role::User, openingRequest(input, steps));
    int unseen = 0;
    for (const WorkflowStep *s : steps) {
        unseen += s->output.isEmpty() ? 1 : 0;
        b.call(*s,
               intentPhrase(s->description).isEmpty()
                       ? QString()
                       : QStringLiteral("Next: %1.").arg(intentPhrase(s->description)),
               outputJson(*s), false);
    }
    QString closing = QStringLiteral("Done: %1 run (%2).")
                              .arg(counted(int(steps.size()), "step", "steps"),
                                   input.extraction->executionGraph);
    if (unseen > 0)
        closing += QLatin1Char(' ')
                   + QStringLiteral("%1 of them had no output shown in the source, so I cannot say "
                                    "what it printed.")
                             .arg(unseen);
    b.say(Message::Role::Assistant, closing);
    return result;
}

TrajectoryResult EmbeddedCorpusEngine::refinement(const CorpusStageInput &input)
{
    const std::vector<const WorkflowStep *> steps = requireToolSteps(input);
    TrajectoryResult result;
    const QStringList textRules = input.grounding ? input.grounding->rules : domainRules(input);
    QStringList added;
    result.trajectory = baseDialogue(input, "refinement");
    Dialogue &d = result.trajectory;

    // Stricter rules.
    const QString noGuessing
            = QStringLiteral("Use only the tools you are given, and never guess an "
                             "argument value the user has not stated.");
    added << noGuessing;
    QStringList changing;
    for (const WorkflowStep *s : steps) {
        if (changesTheSystem(s->toolName) && !changing.contains(s->toolName))
            changing << s->toolName;
    }
    if (!changing.isEmpty()) {
        added << QStringLiteral("Ask the user to confirm before running %1, which change the "
                                "system.")
                         .arg(changing.join(QStringLiteral(", ")));
    }
    result.changes << QStringLiteral("stricter rules: %1 added")
                              .arg(counted(changing.isEmpty() ? 1 : 2, "rule", "rules"));

    d.persona = personaFor(d, input.relevance ? input.relevance->platform : QString());
    result.changes << QStringLiteral("persona: %1, %2").arg(d.persona.name, d.persona.background);

    const WorkflowStep &first = *steps.front();
    const auto [askKey, askValue] = mainArgument(first);
    const QStringList constraints = constraintsOf(steps, askKey, first.toolName);

    TrajectoryBuilder b(d);
    result.rules = textRules + added;
    b.say(Message::Role::System, systemPrompt(input, textRules, added));
    QString opening = openingRequest(input, steps);
    if (!constraints.isEmpty()) {
        opening += QLatin1Char(' ')
                   + QStringLiteral("Keep to these: %1.")
                             .arg(constraints.join(QStringLiteral("; ")));
        result.changes << QStringLiteral("multi-constraint request: %1")
                                  .arg(counted(int(constraints.size()), "constraint",
                                               "constraints"));
    }
    b.say(Message::Role::User, opening);
    if (!askKey.isEmpty()) {
        const QString what = QString(askKey).replace(QLatin1Char('_'), QLatin1Char(' '));
        b.say(Message::Role::Assistant,
              QStringLiteral("Before I start: which %1 should I use?").arg(what));
        b.say(Message::Role::User, QStringLiteral("Use %1.").arg(askValue));
        result.changes << QStringLiteral("clarification: the %1 of the first call").arg(what);
    }
    bool recovered = false;
    bool confirmed = false;
    for (const WorkflowStep *s : steps) {
        const QString phrase = intentPhrase(s->description);
        if (!confirmed && changing.contains(s->toolName)) {
            b.say(Message::Role::Assistant,
                  QStringLiteral("The next step changes the system: `%1`. Shall I go ahead?")
                          .arg(s->command));
            b.say(Message::Role::User, QStringLiteral("Yes, go ahead."));
            confirmed = true;
        }
        if (!recovered) {
            // Error recovery: the first call meets a transient failure and is retried as is.
            b.call(*s, QStringLiteral("Next: %1.").arg(phrase),
                   outputJson(*s, 1,
                              QStringLiteral("error: the request timed out (simulated transient "
                                             "failure)")),
                   true);
            b.call(*s, QStringLiteral("That timed out; trying the same step once more."),
                   outputJson(*s), false);
            result.changes << QStringLiteral(
                    "error recovery: the first call fails once and is retried");
            recovered = true;
            continue;
        }
        b.call(*s, QStringLiteral("Next: %1.").arg(phrase), outputJson(*s), false);
    }
    b.say(Message::Role::Assistant, QStringLiteral("Done: %1 run (%2).")
                                            .arg(counted(int(steps.size()), "step", "steps"),
                                                 input.extraction->executionGraph));
    return result;
}

} // namespace Callwright
