// Hugging Face TRL / chat-template rows: {"messages", "tools"}; assistant calls carry their
// arguments as objects (what chat templates iterate over), tool messages name their tool.
// Call ids ride along ("id", "tool_call_id"): templates that need them (Mistral) use them and
// the others ignore them.

#include "datasetformat.h"

#include <map>
#include <set>

namespace Callwright {

using namespace ExportSupport;

namespace {

class TrlFormat final : public DatasetFormat
{
public:
    ExportFormat format() const override { return ExportFormat::Trl; }

    std::vector<Json> write(const Dialogue &dialogue, const RecordContext &context) const override
    {
        Json messages = Json::array();
        if (!context.systemPrompt.isEmpty())
            messages.push_back(Json{{"role", "system"}, {"content", context.systemPrompt}});
        for (const Message &m : dialogue.messages) {
            Json j{{"role", messageRoleName(m.role)}, {"content", m.content}};
            if (!m.toolCalls.empty()) {
                Json calls = Json::array();
                for (const ToolCall &c : m.toolCalls) {
                    calls.push_back(
                            Json{{"id", c.id},
                                 {"type", "function"},
                                 {"function", {{"name", c.toolName}, {"arguments", c.arguments}}}});
                }
                j["tool_calls"] = std::move(calls);
            }
            if (m.role == Message::Role::Tool) {
                j["name"] = m.toolName;
                j["tool_call_id"] = m.toolCallId;
            }
            messages.push_back(std::move(j));
        }
        return {Json{{"messages", std::move(messages)}, {"tools", preparedTools(*this, context)}}};
    }

    void validate(const std::vector<Json> &parts) const override
    {
        const Json &record = parts.at(0);
        require(record.is_object(), "", "expected an object, found " + JsonRead::typeName(record));
        std::set<QString> tools;
        if (record.contains("tools")) {
            for (const Tool &t : toolsFromOpenAi(record["tools"], "tools"))
                tools.insert(t.name);
        }
        const Json &messages = member(record, "messages", "");
        require(messages.is_array() && !messages.empty(), "/messages",
                "expected a non-empty array");
        std::vector<QString> open; // tool names of the last assistant turn, not yet answered
        bool assistant = false;
        for (std::size_t i = 0; i < messages.size(); ++i) {
            const std::string at = "/messages/" + std::to_string(i);
            const Json &m = messages[i];
            const QString role = stringMember(m, "role", at);
            stringMember(m, "content", at);
            if (role != QLatin1String("tool"))
                require(open.empty(), at,
                        "a tool message must answer each call of the turn before it first");
            if (role == QLatin1String("system") || role == QLatin1String("user")) {
                require(!m.contains("tool_calls"), at + "/tool_calls",
                        "only assistant messages call tools");
            } else if (role == QLatin1String("assistant")) {
                assistant = true;
                if (!m.contains("tool_calls"))
                    continue;
                const Json &calls = m["tool_calls"];
                require(calls.is_array() && !calls.empty(), at + "/tool_calls",
                        "expected a non-empty array");
                for (std::size_t c = 0; c < calls.size(); ++c) {
                    const std::string cat = at + "/tool_calls/" + std::to_string(c);
                    require(stringMember(calls[c], "type", cat) == QLatin1String("function"),
                            cat + "/type", "must be \"function\"");
                    const Json &fn = member(calls[c], "function", cat);
                    const QString name = stringMember(fn, "name", cat + "/function");
                    require(tools.empty() || tools.count(name) != 0, cat + "/function/name",
                            "names no tool of the record: " + name.toStdString());
                    require(member(fn, "arguments", cat + "/function").is_object(),
                            cat + "/function/arguments", "must be a JSON object (not a string)");
                    open.push_back(name);
                }
            } else if (role == QLatin1String("tool")) {
                const QString name = stringMember(m, "name", at);
                require(!open.empty(), at, "answers no call");
                const auto it = std::find(open.begin(), open.end(), name);
                require(it != open.end(), at + "/name",
                        "names no open call of the turn before it: " + name.toStdString());
                open.erase(it);
            } else {
                throw ModelError(at + "/role", "unknown role " + role.toStdString());
            }
        }
        require(open.empty(), "/messages", "the last calls have no tool messages answering them");
        require(assistant, "/messages", "has no assistant message");
    }

    ImportedRecord read(const Json &record) const override
    {
        validate({record});
        ImportedRecord out;
        out.tools = toolsFromOpenAi(record.value("tools", Json()), "tools");
        Dialogue &d = out.dialogue;
        d.engine = importEngineName(format());
        std::vector<ToolCall> open; // calls not answered yet, in order
        int callNumber = 0;
        for (const Json &m : record["messages"]) {
            Message msg;
            const std::string role = m["role"].get<std::string>();
            msg.content = m["content"].get<QString>();
            if (role == "system") {
                msg.role = Message::Role::System;
            } else if (role == "user") {
                msg.role = Message::Role::User;
            } else if (role == "assistant") {
                msg.role = Message::Role::Assistant;
                for (const Json &c : m.value("tool_calls", Json::array())) {
                    ToolCall call;
                    call.id = c.contains("id") && c["id"].is_string() ? c["id"].get<QString>()
                                                                      : QString();
                    ++callNumber;
                    if (call.id.isEmpty())
                        call.id = QStringLiteral("call_%1").arg(callNumber);
                    call.toolName = c["function"]["name"].get<QString>();
                    call.arguments = c["function"]["arguments"];
                    msg.toolCalls.push_back(call);
                    open.push_back(call);
                }
            } else {
                msg.role = Message::Role::Tool;
                msg.toolName = m["name"].get<QString>();
                const QString wanted = m.contains("tool_call_id") && m["tool_call_id"].is_string()
                                               ? m["tool_call_id"].get<QString>()
                                               : QString();
                // By id when given, else the first open call of that tool.
                auto it = std::find_if(open.begin(), open.end(), [&](const ToolCall &c) {
                    return wanted.isEmpty() ? c.toolName == msg.toolName : c.id == wanted;
                });
                if (it == open.end())
                    throw ModelError("/messages", "tool message " + wanted.toStdString()
                                                          + " answers no open call");
                msg.toolCallId = it->id;
                open.erase(it);
            }
            d.messages.push_back(std::move(msg));
        }
        rebuildCalls(d);
        return out;
    }
};

} // namespace

std::unique_ptr<DatasetFormat> makeTrlFormat()
{
    return std::make_unique<TrlFormat>();
}

} // namespace Callwright
