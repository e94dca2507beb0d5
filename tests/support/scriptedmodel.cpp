#include "scriptedmodel.h"

#include <QRegularExpression>
#include <QStringList>

using Callwright::Json;

namespace ScriptedModel {

namespace {

Json text(const QString &content)
{
    return Json{{"role", "assistant"}, {"content", content.toStdString()}};
}

QString contentOf(const Json &message)
{
    const auto c = message.find("content");
    return c != message.end() && c->is_string() ? QString::fromStdString(c->get<std::string>())
                                                : QString();
}

// `name = <json>` statements in a user's words.
Json statedValues(const QString &words)
{
    static const QRegularExpression statement(QStringLiteral(
            "([A-Za-z_][A-Za-z0-9_]*) = "
            "(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9]+(?:\\.[0-9]+)?|true|false|\\[[^\\]]*\\])"));
    Json values = Json::object();
    for (auto it = statement.globalMatch(words); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        values[m.captured(1).toStdString()]
                = Json::parse(m.captured(2).toStdString(), nullptr, false);
    }
    return values;
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression split(QStringLiteral("[^a-z0-9]+"));
    QStringList words = text.toLower().split(split, Qt::SkipEmptyParts);
    words.removeIf([](const QString &w) { return w.size() < 3; });
    return words;
}

// The tool whose parameters hold every stated name; among those, the one whose name and
// description share most words with the request, then the one with the fewest parameters.
const Json *toolFor(const Json &tools, const Json &values, const QString &request = {})
{
    const QStringList asked = wordsOf(request);
    const Json *best = nullptr;
    int bestWords = -1;
    std::size_t bestSize = 0;
    for (const Json &t : tools) {
        const Json &fn = t.at("function");
        const Json props
                = fn.value("parameters", Json::object()).value("properties", Json::object());
        bool covers = !values.empty();
        for (auto it = values.begin(); it != values.end() && covers; ++it)
            covers = props.contains(it.key());
        if (!covers)
            continue;
        const QStringList own = wordsOf(QString::fromStdString(
                fn.value("name", std::string()) + " " + fn.value("description", std::string())));
        int shared = 0;
        for (const QString &w : asked)
            shared += own.contains(w) ? 1 : 0;
        if (!best || shared > bestWords || (shared == bestWords && props.size() < bestSize)) {
            best = &t;
            bestWords = shared;
            bestSize = props.size();
        }
    }
    return best;
}

// Stated numbers become strings where the schema wants a string.
Json typed(const Json &tool, Json values)
{
    const Json props = tool.at("function")
                               .value("parameters", Json::object())
                               .value("properties", Json::object());
    for (auto it = values.begin(); it != values.end(); ++it) {
        const Json type = props.value(it.key(), Json::object()).value("type", Json());
        if (type == "string" && !it->is_string())
            *it = it->dump();
    }
    return values;
}

Json userReply(const QString &system)
{
    const QString step = system.section(QStringLiteral("What you do in this message: "), 1)
                                 .section(QLatin1Char('\n'), 0, 0);
    QStringList statements;
    const QString values = system.section(QStringLiteral("Values to give:\n"), 1);
    for (const QString &line : values.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("- ")))
            break;
        const QString name = line.mid(2).section(QStringLiteral(": "), 0, 0);
        const QString value = line.mid(2).section(QStringLiteral(": "), 1);
        const Json parsed = Json::parse(value.toStdString(), nullptr, false);
        const bool literal = !parsed.is_discarded()
                             && (parsed.is_number() || parsed.is_boolean() || parsed.is_array());
        statements << name + QStringLiteral(" = ")
                              + (literal ? value
                                         : QString::fromStdString(
                                                 Json(value.toStdString()).dump()));
    }
    if (step.startsWith(QLatin1String("The assistant asked")))
        return text(QStringLiteral("Sure: %1.").arg(statements.join(QStringLiteral(", "))));
    if (step.startsWith(QLatin1String("Make small talk")))
        return text(QStringLiteral("By the way, the weather has been lovely lately."));
    if (step.startsWith(QLatin1String("Ask for something the assistant has no tool for")))
        return text(QStringLiteral("Could you also book me a massage for tomorrow?"));
    QString intent
            = step.section(QStringLiteral("Ask for this: "), 1).section(QStringLiteral(". "), 0, 0);
    return text(QStringLiteral("Hello, I need help: %1. %2")
                        .arg(intent, statements.join(QStringLiteral(", ")))
                        .trimmed());
}

Json assistantReply(const Json &request)
{
    const Json &messages = request.at("messages");
    const Json &last = messages.back();
    if (last.value("role", std::string()) == "tool")
        return text(
                QStringLiteral("All done. Here is what I found: %1").arg(contentOf(last).left(60)));
    // The user's words since the assistant last answered without asking.
    QString words;
    for (auto it = messages.rbegin(); it != messages.rend(); ++it) {
        const std::string role = it->value("role", std::string());
        if (role == "user")
            words.prepend(contentOf(*it) + QLatin1Char(' '));
        else if (role == "assistant" && !contentOf(*it).endsWith(QLatin1Char('?')))
            break;
    }
    const Json values = statedValues(words);
    const Json tools = request.value("tools", Json::array());
    const Json *tool = values.empty() ? nullptr : toolFor(tools, values, words);
    if (!tool)
        return text(QStringLiteral("I'm sorry, I can't help with that with the tools I have, but "
                                   "I'm happy to help with anything else."));
    const Json &fn = tool->at("function");
    for (const Json &required :
         fn.value("parameters", Json::object()).value("required", Json::array())) {
        if (!values.contains(required.get<std::string>()))
            return text(QStringLiteral("Could you tell me the %1?")
                                .arg(QString::fromStdString(required.get<std::string>())));
    }
    return Json{
            {"role", "assistant"},
            {"content", nullptr},
            {"tool_calls", Json::array({Json{{"id", "x"},
                                             {"type", "function"},
                                             {"function",
                                              {{"name", fn.at("name")},
                                               {"arguments", typed(*tool, values).dump()}}}}})}};
}

Json toolReply(const Json &request)
{
    const Json arguments
            = Json::parse(contentOf(request.at("messages")[1]).toStdString(), nullptr, false)
                      .value("arguments", Json::object());
    Json result{{"status", "ok"}};
    for (auto it = arguments.begin(); it != arguments.end(); ++it)
        result[it.key()] = *it;
    return text(QString::fromStdString(result.dump()));
}

Json backTranslationReply(const Json &request)
{
    const QString words = contentOf(request.at("messages")[1]);
    const Json values = statedValues(words);
    Json tools = Json::array();
    const QString system = contentOf(request.at("messages")[0]);
    const QString listed
            = system.section(QStringLiteral("Tools:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    tools = Json::parse(listed.toStdString(), nullptr, false);
    const Json *tool = tools.is_array() ? toolFor(tools, values, words) : nullptr;
    Json calls = Json::array();
    if (tool)
        calls.push_back(Json{{"name", tool->at("function").at("name")},
                             {"arguments", typed(*tool, values)}});
    return text(QString::fromStdString(Json{{"calls", calls}}.dump()));
}

// GEM's corpus stages (resources/prompts/gem_*.md), played from what each prompt shows: the
// passage between <<< and >>>, and the JSON sections the later stages hold. A command is a
// `backquoted` span or a line of a fenced block; its program (and subcommand) names the tool,
// the rest of it is the tool's one argument.
QString passageOf(const QString &system)
{
    return system.section(QStringLiteral("<<<\n"), 1).section(QStringLiteral("\n>>>"), 0, 0);
}

Json sectionJson(const QString &system, const QString &heading)
{
    const QString part = system.section(heading, 1).section(QStringLiteral("\n\n"), 0, 0);
    return Json::parse(part.toStdString(), nullptr, false);
}

QStringList commandsIn(const QString &passage)
{
    QStringList commands;
    bool fenced = false;
    static const QRegularExpression span(QStringLiteral("`([^`\n]+)`"));
    for (const QString &line : passage.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("```"))) {
            fenced = !fenced;
            continue;
        }
        if (fenced) {
            if (!line.trimmed().isEmpty())
                commands << line.trimmed();
            continue;
        }
        for (auto it = span.globalMatch(line); it.hasNext();)
            commands << it.next().captured(1).trimmed();
    }
    return commands;
}

std::pair<QString, QString> toolAndRest(const QString &command)
{
    QStringList words = command.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList name{words.takeFirst()};
    if (!words.isEmpty() && !words.front().startsWith(QLatin1Char('-'))
        && !words.front().contains(QLatin1Char('/')))
        name << words.takeFirst();
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_]"));
    return {name.join(QLatin1Char('_')).replace(unsafe, QStringLiteral("_")).toLower(),
            words.join(QLatin1Char(' '))};
}

Json gemRelevance(const QString &system)
{
    const int commands = int(commandsIn(passageOf(system)).size());
    return Json{
            {"holds_workflow", commands >= 2},
            {"confidence", commands >= 2 ? 0.8 : 0.3},
            {"summary", QStringLiteral("%1 commands in order").arg(commands).toStdString()},
            {"platform", "Linux command line"},
            {"domain", "operations"},
            {"task_category", commands >= 2 ? "mitigation" : "reference"},
            {"evidence", Json::array({QStringLiteral("%1 commands").arg(commands).toStdString()})}};
}

Json gemExtraction(const QString &system)
{
    Json steps = Json::array();
    Json tools = Json::array();
    QStringList names;
    QStringList graph;
    for (const QString &command : commandsIn(passageOf(system))) {
        const auto [name, rest] = toolAndRest(command);
        steps.push_back(Json{{"description", (QStringLiteral("Run ") + command).toStdString()},
                             {"command", command.toStdString()},
                             {"tool", name.toStdString()},
                             {"arguments", Json{{"arguments", rest.toStdString()}}}});
        graph << QStringLiteral("(%1)").arg(name);
        if (names.contains(name))
            continue;
        names << name;
        tools.push_back(
                Json{{"name", name.toStdString()},
                     {"description",
                      QStringLiteral("Runs `%1` as the passage shows").arg(name).toStdString()},
                     {"parameters",
                      Json{{"type", "object"},
                           {"properties",
                            Json{{"arguments",
                                  Json{{"type", "string"},
                                       {"description", "The command's options and operands"}}}}},
                           {"required", Json::array({"arguments"})}}}});
    }
    return Json{{"steps", steps},
                {"execution_graph", graph.join(QStringLiteral("->")).toStdString()},
                {"tools", tools}};
}

Json gemGrounding(const QString &system)
{
    const Json steps = sectionJson(system, QStringLiteral("Workflow steps (JSON):\n"));
    Json messages = Json::array(
            {Json{{"role", "system"},
                  {"content", "You run the workflow's commands for the user, one at a time."}},
             Json{{"role", "user"}, {"content", "Please run the workflow."}}});
    int n = 0;
    for (const Json &step : steps.is_array() ? steps : Json::array()) {
        if (!step.contains("tool"))
            continue;
        const std::string id = "call_" + std::to_string(++n);
        messages.push_back(
                Json{{"role", "assistant"},
                     {"content", step.value("description", std::string())},
                     {"tool_calls", Json::array({Json{{"id", id},
                                                      {"name", step.at("tool")},
                                                      {"arguments", step.at("arguments")}}})}});
        messages.push_back(Json{
                {"role", "tool"},
                {"tool_call_id", id},
                {"content",
                 Json{{"exit_code", 0}, {"output", step.value("output", std::string())}}.dump()}});
    }
    messages.push_back(Json{{"role", "assistant"}, {"content", "Done."}});
    return Json{{"rules", Json::array({"Run the steps in the order given."})},
                {"messages", messages}};
}

Json gemRefinement(const QString &system)
{
    const QString trajectory
            = system.section(QStringLiteral("The trajectory to refine (JSON):\n"), 1)
                      .section(QStringLiteral("\n\nMake it harder"), 0, 0);
    Json t = Json::parse(trajectory.toStdString(), nullptr, false);
    if (!t.is_object() || !t.contains("messages"))
        return Json::object();
    Json &messages = t["messages"];
    messages[0]["content"] = messages[0].value("content", std::string())
                             + " Ask before you run anything that changes the system.";
    messages[1]["content"] = "Run the workflow, keep it short, and stop at the first error.";
    return Json{{"persona", Json{{"name", "Priya"},
                                 {"background", "On-call engineer"},
                                 {"traits", Json::array({"terse"})},
                                 {"speaking_style", "short"}}},
                {"rules", Json::array({"Run the steps in the order given.",
                                       "Ask before you run anything that changes the system."})},
                {"changes", Json::array({"stricter rules", "persona", "multi-constraint request"})},
                {"messages", messages}};
}

} // namespace

Json reply(const Json &request)
{
    const Json &messages = request.at("messages");
    const QString system = contentOf(messages.front());
    if (system.startsWith(QLatin1String("You are the planner")))
        return text(QStringLiteral("{\"goal\": \"I want to get a few things sorted today.\"}"));
    if (system.startsWith(QLatin1String("You are the user")))
        return userReply(system);
    if (system.startsWith(QLatin1String("You are simulating one tool")))
        return toolReply(request);
    if (system.startsWith(QLatin1String("From a user's request alone")))
        return backTranslationReply(request);
    if (system.startsWith(QLatin1String("You are a helpful assistant")))
        return assistantReply(request);
    if (system.startsWith(QLatin1String("You are the relevance filter")))
        return text(QString::fromStdString(gemRelevance(system).dump()));
    if (system.startsWith(QLatin1String("You are the workflow and tool extractor")))
        return text(QString::fromStdString(gemExtraction(system).dump()));
    if (system.startsWith(QLatin1String("You are the trajectory writer")))
        return text(QString::fromStdString(gemGrounding(system).dump()));
    if (system.startsWith(QLatin1String("You are the complexity refiner")))
        return text(QString::fromStdString(gemRefinement(system).dump()));
    return text(QStringLiteral("(unrecognised prompt)"));
}

} // namespace ScriptedModel
