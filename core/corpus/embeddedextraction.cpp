// Stage 2 of the embedded engine: commands as tool calls, options and arguments as
// parameters, steps as a plan.

#include "embeddedcorpusengine.h"

#include "passageanalysis.h"
#include "shellcommand.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace Callwright {

namespace {

// Tool and parameter descriptions are data in the corpus's language (English), not
// interface text: they are stored and exported with the tools.

using ShellCommand::Parsed;
using ShellCommand::Word;

// One parameter as one command uses it.
struct ParamUse
{
    QString name;
    QString type; ///< "string", "boolean" or "array"
    QString description;
    Json value;
    QStringList choices; ///< the values tldr offers ("{{pem|der}}"), when it lists them all
    bool positional = false;
};

// Switches that select what a program does ("tar -x"), so a command using one is a
// capability of its own ("tar_extract").
bool isModeSwitch(const QString &name)
{
    static const QSet<QString> modes{
            QStringLiteral("extract"),    QStringLiteral("create"), QStringLiteral("list"),
            QStringLiteral("decompress"), QStringLiteral("delete"), QStringLiteral("remove"),
            QStringLiteral("append"),     QStringLiteral("edit"),   QStringLiteral("test"),
            QStringLiteral("encrypt"),    QStringLiteral("decrypt")};
    return modes.contains(name);
}

QString capabilityOf(const Parsed &p)
{
    if (!p.subcommands.isEmpty())
        return {};
    for (const ShellCommand::Option &o : p.options) {
        if (!o.hasValue && isModeSwitch(o.name))
            return o.name;
    }
    return {};
}

// The names kubectl and oc give their arguments, by verb.
QStringList kubePositionals(const QString &verb)
{
    static const QSet<QString> byResource{
            QStringLiteral("get"),       QStringLiteral("describe"), QStringLiteral("delete"),
            QStringLiteral("edit"),      QStringLiteral("patch"),    QStringLiteral("label"),
            QStringLiteral("annotate"),  QStringLiteral("scale"),    QStringLiteral("explain"),
            QStringLiteral("status"),    QStringLiteral("restart"),  QStringLiteral("undo"),
            QStringLiteral("history"),   QStringLiteral("wait"),     QStringLiteral("expose"),
            QStringLiteral("autoscale"), QStringLiteral("set"),      QStringLiteral("top")};
    if (byResource.contains(verb))
        return {QStringLiteral("resource_type"), QStringLiteral("resource_name")};
    if (verb == QLatin1String("logs") || verb == QLatin1String("exec")
        || verb == QLatin1String("rsh") || verb == QLatin1String("attach")
        || verb == QLatin1String("port-forward"))
        return {QStringLiteral("pod"), QStringLiteral("command")};
    if (verb == QLatin1String("debug"))
        return {QStringLiteral("target"), QStringLiteral("command")};
    if (verb == QLatin1String("cordon") || verb == QLatin1String("uncordon")
        || verb == QLatin1String("drain"))
        return {QStringLiteral("node")};
    if (verb == QLatin1String("project") || verb == QLatin1String("new-project"))
        return {QStringLiteral("project")};
    return {};
}

// Names of positional arguments for common programs without placeholders to name them.
QStringList knownPositionals(const Parsed &p)
{
    const QString sub = p.subcommands.value(0);
    if (p.program == QLatin1String("oc") || p.program == QLatin1String("kubectl"))
        return kubePositionals(p.subcommands.value(p.subcommands.size() > 1 ? 1 : 0));
    static const QHash<QString, QStringList> table{
            {QStringLiteral("systemctl"), {QStringLiteral("unit")}},
            {QStringLiteral("ssh"), {QStringLiteral("destination"), QStringLiteral("command")}},
            {QStringLiteral("scp"), {QStringLiteral("source"), QStringLiteral("destination")}},
            {QStringLiteral("rsync"), {QStringLiteral("source"), QStringLiteral("destination")}},
            {QStringLiteral("cp"), {QStringLiteral("source"), QStringLiteral("destination")}},
            {QStringLiteral("mv"), {QStringLiteral("source"), QStringLiteral("destination")}},
            {QStringLiteral("ln"), {QStringLiteral("target"), QStringLiteral("link_name")}},
            {QStringLiteral("curl"), {QStringLiteral("url")}},
            {QStringLiteral("wget"), {QStringLiteral("url")}},
            {QStringLiteral("ping"), {QStringLiteral("host")}},
            {QStringLiteral("chmod"), {QStringLiteral("mode"), QStringLiteral("path")}},
            {QStringLiteral("chown"), {QStringLiteral("owner"), QStringLiteral("path")}},
            {QStringLiteral("grep"), {QStringLiteral("pattern"), QStringLiteral("path")}},
            {QStringLiteral("find"), {QStringLiteral("path")}},
            {QStringLiteral("cat"), {QStringLiteral("file")}},
            {QStringLiteral("tail"), {QStringLiteral("file")}},
            {QStringLiteral("head"), {QStringLiteral("file")}},
            {QStringLiteral("chroot"),
             {QStringLiteral("root_directory"), QStringLiteral("command")}},
            {QStringLiteral("kill"), {QStringLiteral("pid")}},
    };
    if (p.program == QLatin1String("systemctl") && !sub.isEmpty())
        return {QStringLiteral("unit")};
    if (p.program == QLatin1String("git")) {
        if (sub == QLatin1String("clone"))
            return {QStringLiteral("repository"), QStringLiteral("directory")};
        if (sub == QLatin1String("checkout") || sub == QLatin1String("switch")
            || sub == QLatin1String("merge") || sub == QLatin1String("rebase"))
            return {QStringLiteral("branch")};
        if (sub == QLatin1String("add") || sub == QLatin1String("rm"))
            return {QStringLiteral("path")};
    }
    if (p.program == QLatin1String("docker") || p.program == QLatin1String("podman")) {
        if (sub == QLatin1String("run") || sub == QLatin1String("pull")
            || sub == QLatin1String("push"))
            return {QStringLiteral("image"), QStringLiteral("command")};
        if (sub == QLatin1String("exec") || sub == QLatin1String("logs")
            || sub == QLatin1String("stop") || sub == QLatin1String("start")
            || sub == QLatin1String("rm") || sub == QLatin1String("inspect"))
            return {QStringLiteral("container"), QStringLiteral("command")};
    }
    if (p.program == QLatin1String("helm")
        && (sub == QLatin1String("install") || sub == QLatin1String("upgrade")))
        return {QStringLiteral("release"), QStringLiteral("chart")};
    return table.value(p.program);
}

// A name for a literal positional argument that no table names.
QString literalName(const QString &value)
{
    if (value.contains(QLatin1String("://")))
        return QStringLiteral("url");
    static const QRegularExpression number(QStringLiteral("^\\d+$"));
    if (number.match(value).hasMatch())
        return QStringLiteral("number");
    if (value.contains(QLatin1Char('=')))
        return QStringLiteral("setting");
    if (value.contains(QLatin1Char('/')) || value.startsWith(QLatin1Char('.'))
        || value.startsWith(QLatin1Char('~')))
        return QStringLiteral("path");
    return QStringLiteral("target");
}

Json valueOf(const QString &text, bool placeholder, QString *type, QStringList *choices)
{
    if (placeholder) {
        const QStringList offered = ShellCommand::placeholderChoices(text);
        if (!offered.isEmpty()) {
            *type = QStringLiteral("string");
            if (!ShellCommand::placeholderIsOpenChoice(text))
                *choices = offered;
            return offered.front();
        }
    }
    if (placeholder && ShellCommand::placeholderIsList(text)) {
        Json items = Json::array();
        for (const QString &item :
             ShellCommand::placeholderValue(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (item != QLatin1String("..."))
                items.push_back(item);
        }
        *type = QStringLiteral("array");
        return items;
    }
    *type = QStringLiteral("string");
    if (!placeholder)
        return text;
    // "{{path/to/file}}" stands for an example; "pod/<name>" keeps its literal part.
    if (text.startsWith(QLatin1String("{{")) && text.endsWith(QLatin1String("}}"))
        && text.count(QLatin1String("{{")) == 1)
        return ShellCommand::placeholderValue(text);
    QString v = text;
    v.replace(QRegularExpression(QStringLiteral("\\{\\{([^}]*)\\}\\}")), QStringLiteral("\\1"));
    return v;
}

QString example(const Json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_array() && !value.empty() && value[0].is_string())
        return QString::fromStdString(value[0].get<std::string>());
    return {};
}

QString humanized(QString name)
{
    return name.replace(QLatin1Char('_'), QLatin1Char(' '));
}

// The parameters one command passes, named and typed, in the order it gives them.
std::vector<ParamUse> paramsOf(const Parsed &p, const QString &capability)
{
    std::vector<ParamUse> params;
    QSet<QString> used;
    const auto unique = [&](QString name) {
        if (name.isEmpty())
            name = QStringLiteral("value");
        QString candidate = name;
        for (int n = 2; used.contains(candidate); ++n)
            candidate = name + QLatin1Char('_') + QString::number(n);
        used.insert(candidate);
        return candidate;
    };
    const QStringList names = knownPositionals(p);
    for (std::size_t i = 0; i < p.positionals.size(); ++i) {
        const Word &w = p.positionals[i];
        ParamUse u;
        u.positional = true;
        u.value = valueOf(w.text, w.placeholder, &u.type, &u.choices);
        QString name;
        if (int(i) < names.size())
            name = names[int(i)];
        else if (w.placeholder)
            name = ShellCommand::placeholderName(w.text);
        else
            name = literalName(w.text);
        if (u.type == QLatin1String("array") && !name.endsWith(QLatin1Char('s')))
            name += QLatin1Char('s');
        u.name = unique(name);
        const QString ex = example(u.value);
        u.description
                = ex.isEmpty()
                          ? QStringLiteral("The %1.").arg(humanized(u.name))
                          : QStringLiteral("The %1, such as \"%2\".").arg(humanized(u.name), ex);
        params.push_back(std::move(u));
    }
    for (const ShellCommand::Option &o : p.options) {
        // The switch that names the capability ("-x" of tar_extract) is implied by the tool.
        if (!o.hasValue && o.name == capability)
            continue;
        ParamUse u;
        const QString spelled
                = o.alias.isEmpty() ? o.flag : QStringLiteral("%1 or %2").arg(o.alias, o.flag);
        if (o.hasValue) {
            u.value = valueOf(o.value, o.placeholder, &u.type, &u.choices);
            const QString ex = example(u.value);
            u.description = ex.isEmpty() ? QStringLiteral("The %1 (option %2).")
                                                   .arg(humanized(o.name), spelled)
                                         : QStringLiteral("The %1 (option %2), such as \"%3\".")
                                                   .arg(humanized(o.name), spelled, ex);
        } else {
            u.type = QStringLiteral("boolean");
            u.value = true;
            u.description
                    = QStringLiteral("Whether to pass %1 (%2).").arg(spelled, humanized(o.name));
        }
        u.name = unique(o.name);
        params.push_back(std::move(u));
    }
    return params;
}

QString toolNameOf(const Parsed &p, const QString &capability)
{
    QString name = ShellCommand::identifier(p.program);
    for (const QString &sub : p.subcommands)
        name += QLatin1Char('_') + ShellCommand::identifier(sub);
    if (p.subcommands.isEmpty() && !capability.isEmpty())
        name += QLatin1Char('_') + capability;
    if (name.isEmpty() || name.at(0).isDigit())
        name.prepend(QStringLiteral("run_"));
    return name.left(64);
}

bool isGenericDescription(const QString &description)
{
    return description.startsWith(QLatin1String("Run `"));
}

QString sentenceCase(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1Char(',')))
        text.chop(1);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?'))
        && !text.endsWith(QLatin1Char('!')))
        text += QLatin1Char('.');
    return text;
}

// A tool as it grows from the commands that call it.
struct ToolDraft
{
    Tool tool;
    std::map<QString, Json> properties;
    QStringList order;
    QSet<QString> required; ///< positionals every call passes
    int calls = 0;
};

void mergeInto(ToolDraft &draft, const std::vector<ParamUse> &params)
{
    QSet<QString> positionals;
    for (const ParamUse &u : params) {
        if (u.positional)
            positionals.insert(u.name);
        auto it = draft.properties.find(u.name);
        Json schema = u.type == QLatin1String("array")
                              ? Json{{"type", "array"}, {"items", {{"type", "string"}}}}
                              : Json{{"type", u.type.toStdString()}};
        schema["description"] = u.description;
        if (!u.choices.isEmpty())
            schema["enum"] = u.choices;
        if (it == draft.properties.end()) {
            draft.properties.emplace(u.name, schema);
            draft.order << u.name;
            continue;
        }
        // Used with another type elsewhere: accept both.
        Json &known = it->second;
        if (known.contains("enum")) {
            // Another call chose otherwise: the choices grow, or stop being a closed list.
            if (u.choices.isEmpty()) {
                known.erase("enum");
            } else {
                for (const QString &c : u.choices) {
                    const Json value = c;
                    if (std::find(known["enum"].begin(), known["enum"].end(), value)
                        == known["enum"].end())
                        known["enum"].push_back(value);
                }
            }
        }
        const Json type = known.at("type");
        const std::string mine = u.type.toStdString();
        if (type.is_string() && type.get<std::string>() != mine) {
            known["type"] = Json::array({type, mine});
            if (mine == "array" || type == "array")
                known["items"] = Json{{"type", "string"}};
        } else if (type.is_array()
                   && std::find(type.begin(), type.end(), Json(mine)) == type.end()) {
            known["type"].push_back(mine);
        }
    }
    if (draft.calls == 0)
        draft.required = positionals;
    else
        draft.required.intersect(positionals);
    ++draft.calls;
}

Json parametersOf(const ToolDraft &draft)
{
    Json properties = Json::object();
    Json required = Json::array();
    for (const QString &name : draft.order) {
        properties[name.toStdString()] = draft.properties.at(name);
        if (draft.required.contains(name))
            required.push_back(name);
    }
    Json schema{{"type", "object"}, {"properties", properties}, {"additionalProperties", false}};
    if (!required.empty())
        schema["required"] = required;
    return schema;
}

Json commandReturns()
{
    return Json{
            {"type", "object"},
            {"properties",
             {{"exit_code", {{"type", "integer"}, {"description", "0 when the command succeeded"}}},
              {"output", {{"type", "string"}, {"description", "what the command printed"}}}}},
            {"required", {"exit_code", "output"}}};
}

} // namespace

ExtractionResult EmbeddedCorpusEngine::extraction(const CorpusStageInput &input)
{
    return extractionOf(input, analyzePassage(input.document, input.passage));
}

ExtractionResult EmbeddedCorpusEngine::extractionOf(const CorpusStageInput &input,
                                                    const PassageAnalysis &a)
{
    ExtractionResult result;
    std::vector<ToolDraft> drafts;
    QHash<QString, std::size_t> draftIndex;
    const QString source = QStringLiteral("%1#%2").arg(input.document.uid).arg(input.passage.index);

    for (const TextStep &step : a.steps) {
        if (step.commands.empty()) {
            WorkflowStep w;
            w.description = step.description;
            w.start = step.start;
            w.end = step.end;
            result.steps.push_back(std::move(w));
            continue;
        }
        for (const int ci : step.commands) {
            const FoundCommand &cmd = a.commands[std::size_t(ci)];
            const QString described
                    = isGenericDescription(step.description) ? QString() : step.description;
            const Parsed parsed = ShellCommand::parse(cmd.text, described);
            if (!parsed.valid)
                continue;
            const QString capability = capabilityOf(parsed);
            const std::vector<ParamUse> params = paramsOf(parsed, capability);
            // "{{start|stop}}" in place of a subcommand: a tool for each; the call uses the first.
            QStringList variants;
            QStringList invocations;
            const QStringList choices
                    = parsed.subcommandChoices.isEmpty()
                              ? QStringList{parsed.subcommands.value(parsed.subcommands.size() - 1)}
                              : parsed.subcommandChoices;
            for (const QString &choice : choices) {
                Parsed variant = parsed;
                if (!variant.subcommands.isEmpty())
                    variant.subcommands.last() = choice;
                variants << toolNameOf(variant, capability);
                invocations << QStringList(QStringList{variant.program} + variant.subcommands)
                                       .join(QLatin1Char(' '));
            }
            for (int v = 0; v < variants.size(); ++v) {
                auto found = draftIndex.constFind(variants[v]);
                if (found == draftIndex.constEnd()) {
                    ToolDraft draft;
                    draft.tool.name = variants[v];
                    draft.tool.description
                            = described.isEmpty() || variants.size() > 1
                                      ? QStringLiteral("Runs `%1`.").arg(invocations[v])
                                      : QStringLiteral("%1 (runs `%2`)")
                                                .arg(sentenceCase(described).chopped(1),
                                                     invocations[v]);
                    draft.tool.returns = commandReturns();
                    draft.tool.tags = QStringList{QStringLiteral("corpus"), parsed.program};
                    draft.tool.origin.kind = ToolOrigin::Kind::Corpus;
                    draft.tool.origin.source = source;
                    draft.tool.origin.originalName = cmd.text.left(200);
                    found = draftIndex.insert(variants[v], drafts.size());
                    drafts.push_back(std::move(draft));
                }
                mergeInto(drafts[*found], params);
            }

            WorkflowStep w;
            w.description = described.isEmpty() ? QStringLiteral("Run `%1`").arg(cmd.text.left(120))
                                                : step.description;
            w.command = cmd.text;
            w.toolName = variants.constFirst();
            for (const ParamUse &u : params)
                w.arguments[u.name.toStdString()] = u.value;
            w.output = cmd.output.trimmed();
            w.start = std::min(step.start, cmd.start);
            w.end = std::max(step.end, cmd.end);
            result.steps.push_back(std::move(w));
        }
    }
    for (ToolDraft &d : drafts) {
        d.tool.parameters = parametersOf(d);
        result.tools.push_back(std::move(d.tool));
    }

    QStringList graph;
    result.plan.goal = input.relevance && !input.relevance->summary.isEmpty()
                               ? input.relevance->summary
                               : input.document.title;
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
    result.executionGraph = graph.join(QStringLiteral("->"));
    return result;
}

} // namespace Callwright
