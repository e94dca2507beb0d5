// NousResearch Hermes function-calling rows in ChatML terms: {"conversations": [{"from",
// "value"}]} with the tools as JSON inside <tools></tools> in the system message, each call
// as {"name", "arguments"} in a <tool_call> block of a gpt turn, and the results in
// <tool_response> blocks of one tool turn. Call ids have no place here and are numbered
// call_1, call_2, ... on import.

#include "datasetformat.h"
#include "simulation/callresults.h"

#include <set>

namespace Callwright {

using namespace ExportSupport;

namespace {

const QString kPreamble = QStringLiteral(
        "You are a function calling AI model. You are provided with function signatures within "
        "<tools></tools> XML tags. You may call one or more functions to assist with the user "
        "query. Don't make assumptions about what values to plug into functions. Here are the "
        "available tools: ");
const QString kInstructions = QStringLiteral(
        " For each function call return a JSON object with the function name and arguments "
        "within <tool_call></tool_call> XML tags as follows:\n<tool_call>\n{\"name\": "
        "<function-name>, \"arguments\": <args-dict>}\n</tool_call>");

const QString kCallOpen = QStringLiteral("<tool_call>");
const QString kCallClose = QStringLiteral("</tool_call>");
const QString kResponseOpen = QStringLiteral("<tool_response>");
const QString kResponseClose = QStringLiteral("</tool_response>");

/// The bodies of open...close blocks in text, in order; throws at `at` when tags do not pair.
QStringList blocks(const QString &text, const QString &open, const QString &close,
                   const std::string &at, QString *before = nullptr)
{
    QStringList out;
    int from = 0;
    const int first = text.indexOf(open);
    if (before)
        *before = (first < 0 ? text : text.left(first)).trimmed();
    while (true) {
        const int start = text.indexOf(open, from);
        const int stray = text.indexOf(close, from);
        if (start < 0) {
            require(stray < 0, at, "a " + close.toStdString() + " without its opening tag");
            break;
        }
        require(stray < 0 || stray > start, at,
                "a " + close.toStdString() + " without its opening tag");
        const int end = text.indexOf(close, start + open.size());
        require(end >= 0, at, "a " + open.toStdString() + " block is never closed");
        const QString body = text.mid(start + open.size(), end - start - open.size());
        require(!body.contains(open), at,
                "a " + open.toStdString() + " block is never closed before the next opens");
        out << body.trimmed();
        from = end + close.size();
    }
    return out;
}

/// The tool list inside <tools>...</tools> of a system message; empty when there is none.
Json toolsBlock(const QString &system, const std::string &at)
{
    int from = 0;
    while (true) {
        const int start = system.indexOf(QStringLiteral("<tools>"), from);
        if (start < 0)
            return Json();
        const int end = system.indexOf(QStringLiteral("</tools>"), start);
        require(end >= 0, at, "<tools> is never closed");
        const QString body = system.mid(start + 7, end - start - 7).trimmed();
        from = end + 8;
        if (body.isEmpty())
            continue; // "within <tools></tools> XML tags" in the preamble
        const std::string text = body.toStdString();
        require(Json::accept(text) && Json::parse(text).is_array(), at,
                "<tools> must hold a JSON array of tools");
        return Json::parse(text);
    }
}

Json parsedBlock(const QString &body, const std::string &at, const char *what)
{
    const std::string text = body.toStdString();
    require(Json::accept(text), at, std::string("a ") + what + " block is not JSON");
    const Json j = Json::parse(text);
    require(j.is_object() && j.contains("name") && j["name"].is_string(), at,
            std::string("a ") + what + " block needs a \"name\"");
    return j;
}

class HermesFormat final : public DatasetFormat
{
public:
    ExportFormat format() const override { return ExportFormat::Hermes; }

    /// The system message's preamble with the tools in it.
    Json prepareTools(const Json &openAiTools) const override
    {
        return (kPreamble + QStringLiteral("<tools> ") + QString::fromStdString(openAiTools.dump())
                + QStringLiteral(" </tools>") + kInstructions)
                .toStdString();
    }

    std::vector<Json> write(const Dialogue &dialogue, const RecordContext &context) const override
    {
        QString system = context.systemPrompt;
        for (const Message &m : dialogue.messages) {
            if (m.role == Message::Role::System)
                system += (system.isEmpty() ? QString() : QStringLiteral("\n\n")) + m.content;
        }
        system += (system.isEmpty() ? QString() : QStringLiteral("\n\n"))
                  + preparedTools(*this, context).get<QString>();
        Json conversations = Json::array();
        conversations.push_back(Json{{"from", "system"}, {"value", system}});
        const auto &messages = dialogue.messages;
        for (std::size_t i = 0; i < messages.size(); ++i) {
            const Message &m = messages[i];
            if (m.role == Message::Role::User) {
                conversations.push_back(Json{{"from", "human"}, {"value", m.content}});
            } else if (m.role == Message::Role::Assistant) {
                std::string value = m.content.toStdString();
                for (const ToolCall &c : m.toolCalls) {
                    value += (value.empty() ? "" : "\n") + std::string("<tool_call>\n")
                             + callText(c) + "\n</tool_call>";
                }
                conversations.push_back(Json{{"from", "gpt"}, {"value", value}});
                if (m.toolCalls.empty())
                    continue;
                std::string responses;
                for (const ToolCall &c : m.toolCalls) {
                    for (std::size_t k = i + 1;
                         k < messages.size() && messages[k].role == Message::Role::Tool; ++k) {
                        if (messages[k].toolCallId != c.id)
                            continue;
                        responses += (responses.empty() ? "" : "\n")
                                     + std::string("<tool_response>\n{\"name\": ")
                                     + Json(c.toolName).dump() + ", \"content\": "
                                     + CallResults::parse(messages[k].content).dump()
                                     + "}\n</tool_response>";
                        break;
                    }
                }
                conversations.push_back(Json{{"from", "tool"}, {"value", responses}});
            }
        }
        return {Json{{"conversations", std::move(conversations)}}};
    }

    void validate(const std::vector<Json> &parts) const override
    {
        const Json &record = parts.at(0);
        require(record.is_object(), "", "expected an object, found " + JsonRead::typeName(record));
        const Json &turns = member(record, "conversations", "");
        require(turns.is_array() && !turns.empty(), "/conversations", "expected a non-empty array");
        std::set<QString> tools;
        bool toolsGiven = false;
        std::vector<QString> open;
        bool gpt = false;
        for (std::size_t i = 0; i < turns.size(); ++i) {
            const std::string at = "/conversations/" + std::to_string(i);
            const QString from = stringMember(turns[i], "from", at);
            const QString value = stringMember(turns[i], "value", at);
            if (from != QLatin1String("tool"))
                require(open.empty(), at + "/from",
                        "the calls of the gpt turn before need a tool turn with their results");
            if (from == QLatin1String("system")) {
                require(i == 0, at + "/from", "only the first turn may be the system message");
                // Rows of one catalog repeat the same system text: read once per thread.
                thread_local QString lastText;
                thread_local std::pair<bool, std::set<QString>> lastTools;
                if (value != lastText) {
                    const Json list = toolsBlock(value, at + "/value");
                    std::set<QString> names;
                    for (const Tool &t : toolsFromOpenAi(list, "tools"))
                        names.insert(t.name);
                    lastTools = {!list.is_null(), std::move(names)};
                    lastText = value;
                }
                toolsGiven = lastTools.first;
                tools = lastTools.second;
            } else if (from == QLatin1String("human")) {
                require(!value.contains(kCallOpen), at + "/value",
                        "a human turn cannot call tools");
            } else if (from == QLatin1String("gpt")) {
                gpt = true;
                const QStringList calls = blocks(value, kCallOpen, kCallClose, at + "/value");
                require(calls.isEmpty() || toolsGiven, at + "/value",
                        "calls tools while the system message has no <tools> block");
                for (const QString &body : calls) {
                    const Json call = parsedBlock(body, at + "/value", "<tool_call>");
                    const QString name = call["name"].get<QString>();
                    require(call.contains("arguments") && call["arguments"].is_object(),
                            at + "/value", "a <tool_call> block needs \"arguments\" as an object");
                    require(tools.count(name) != 0, at + "/value",
                            "<tool_call> names no tool of <tools>: " + name.toStdString());
                    open.push_back(name);
                }
            } else if (from == QLatin1String("tool")) {
                require(!open.empty(), at + "/from", "a tool turn must follow a gpt turn's calls");
                const QStringList results
                        = blocks(value, kResponseOpen, kResponseClose, at + "/value");
                require(results.size() == int(open.size()), at + "/value",
                        "expected " + std::to_string(open.size())
                                + " <tool_response> blocks, one per call, found "
                                + std::to_string(results.size()));
                for (const QString &body : results) {
                    const Json r = parsedBlock(body, at + "/value", "<tool_response>");
                    require(r.contains("content"), at + "/value",
                            "a <tool_response> block needs \"content\"");
                    const auto it = std::find(open.begin(), open.end(), r["name"].get<QString>());
                    require(it != open.end(), at + "/value",
                            "<tool_response> for a tool that was not called: "
                                    + r["name"].get<std::string>());
                    open.erase(it);
                }
            } else {
                throw ModelError(at + "/from", "unknown speaker " + from.toStdString());
            }
        }
        require(open.empty(), "/conversations", "the last calls have no tool turn");
        require(gpt, "/conversations", "has no gpt turn");
    }

    ImportedRecord read(const Json &record) const override
    {
        validate({record});
        ImportedRecord out;
        Dialogue &d = out.dialogue;
        d.engine = importEngineName(format());
        std::vector<ToolCall> open;
        int callNumber = 0;
        for (const Json &turn : record["conversations"]) {
            const std::string from = turn["from"].get<std::string>();
            const QString value = turn["value"].get<QString>();
            Message m;
            if (from == "system") {
                out.tools = toolsFromOpenAi(toolsBlock(value, "/conversations/0/value"), "tools");
                const int preamble = value.indexOf(kPreamble.left(36));
                const QString own = (preamble < 0 ? value : value.left(preamble)).trimmed();
                if (own.isEmpty())
                    continue;
                m.role = Message::Role::System;
                m.content = own;
            } else if (from == "human") {
                m.role = Message::Role::User;
                m.content = value;
            } else if (from == "gpt") {
                m.role = Message::Role::Assistant;
                const QStringList calls
                        = blocks(value, kCallOpen, kCallClose, "/conversations", &m.content);
                for (const QString &body : calls) {
                    const Json c = Json::parse(body.toStdString());
                    ToolCall call;
                    call.id = QStringLiteral("call_%1").arg(++callNumber);
                    call.toolName = c["name"].get<QString>();
                    call.arguments = c["arguments"];
                    m.toolCalls.push_back(call);
                    open.push_back(call);
                }
            } else {
                for (const QString &body :
                     blocks(value, kResponseOpen, kResponseClose, "/conversations")) {
                    const Json r = Json::parse(body.toStdString());
                    const QString name = r["name"].get<QString>();
                    const auto it = std::find_if(open.begin(), open.end(), [&](const ToolCall &c) {
                        return c.toolName == name;
                    });
                    Message reply;
                    reply.role = Message::Role::Tool;
                    reply.toolCallId = it->id;
                    reply.toolName = name;
                    reply.content = contentText(r["content"]);
                    open.erase(it);
                    d.messages.push_back(std::move(reply));
                }
                continue;
            }
            d.messages.push_back(std::move(m));
        }
        rebuildCalls(d);
        return out;
    }
};

} // namespace

std::unique_ptr<DatasetFormat> makeHermesFormat()
{
    return std::make_unique<HermesFormat>();
}

} // namespace Callwright
