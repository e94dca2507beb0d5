// OpenAI chat fine-tuning rows: {"messages", "tools", "parallel_tool_calls"}; assistant calls
// carry their arguments as a JSON string, tool messages answer a call by tool_call_id, and
// assistant turns may carry a weight of 0 or 1.

#include "datasetformat.h"

#include <map>
#include <set>

namespace Callwright {

using namespace ExportSupport;

namespace {

bool hasCallErrors(const Dialogue &dialogue, const Message &message)
{
    for (const ToolCall &call : message.toolCalls) {
        for (const CallRecord &r : dialogue.calls) {
            if (r.callId != call.id)
                continue;
            for (const ValidationIssue &issue : r.issues) {
                if (issue.severity == ValidationIssue::Severity::Error)
                    return true;
            }
        }
    }
    return false;
}

std::set<std::string> toolNames(const Json &tools)
{
    std::set<std::string> names;
    if (!tools.is_array())
        return names;
    for (const Json &t : tools) {
        const Json &fn = t.contains("function") ? t["function"] : t;
        if (fn.is_object() && fn.contains("name") && fn["name"].is_string())
            names.insert(fn["name"].get<std::string>());
    }
    return names;
}

void requireAnswered(const std::set<std::string> &pending, const std::string &at)
{
    if (!pending.empty())
        throw ModelError(at, "call " + *pending.begin() + " has no tool message answering it");
}

class OpenAiFormat final : public DatasetFormat
{
public:
    ExportFormat format() const override { return ExportFormat::OpenAi; }

    std::vector<Json> write(const Dialogue &dialogue, const RecordContext &context) const override
    {
        Json messages = Json::array();
        if (!context.systemPrompt.isEmpty())
            messages.push_back(Json{{"role", "system"}, {"content", context.systemPrompt}});
        for (const Message &m : dialogue.messages) {
            Json j;
            switch (m.role) {
            case Message::Role::System:
            case Message::Role::User:
                j = Json{{"role", messageRoleName(m.role)}, {"content", m.content}};
                break;
            case Message::Role::Assistant: {
                j = Json{{"role", "assistant"}};
                j["content"]
                        = m.content.isEmpty() && !m.toolCalls.empty() ? Json() : Json(m.content);
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
                if (context.weights)
                    j["weight"] = hasCallErrors(dialogue, m) ? 0 : 1;
                break;
            }
            case Message::Role::Tool:
                j = Json{{"role", "tool"}, {"tool_call_id", m.toolCallId}, {"content", m.content}};
                break;
            }
            messages.push_back(std::move(j));
        }
        Json record{{"messages", std::move(messages)}};
        record["tools"] = preparedTools(*this, context);
        record["parallel_tool_calls"] = true;
        return {std::move(record)};
    }

    void validate(const std::vector<Json> &parts) const override
    {
        const Json &record = parts.at(0);
        require(record.is_object(), "", "expected an object, found " + JsonRead::typeName(record));
        std::set<std::string> tools;
        if (record.contains("tools")) {
            const Json &list = record["tools"];
            require(list.is_array(), "/tools", "expected an array");
            for (std::size_t i = 0; i < list.size(); ++i) {
                const std::string at = "/tools/" + std::to_string(i);
                require(stringMember(list[i], "type", at) == QLatin1String("function"),
                        at + "/type", "must be \"function\"");
                const Json &fn = member(list[i], "function", at);
                require(!stringMember(fn, "name", at + "/function").isEmpty(),
                        at + "/function/name", "is empty");
                if (fn.contains("parameters"))
                    require(fn["parameters"].is_object(), at + "/function/parameters",
                            "expected a JSON Schema object");
            }
            tools = toolNames(list);
        }
        bool parallel = true;
        if (record.contains("parallel_tool_calls")) {
            require(record["parallel_tool_calls"].is_boolean(), "/parallel_tool_calls",
                    "expected true or false");
            parallel = record["parallel_tool_calls"].get<bool>();
        }
        const Json &messages = member(record, "messages", "");
        require(messages.is_array() && !messages.empty(), "/messages",
                "expected a non-empty array");
        std::set<std::string> pending; // calls of the last assistant turn not yet answered
        std::string pendingAt;
        bool assistant = false;
        for (std::size_t i = 0; i < messages.size(); ++i) {
            const std::string at = "/messages/" + std::to_string(i);
            const Json &m = messages[i];
            const QString role = stringMember(m, "role", at);
            if (role != QLatin1String("tool"))
                requireAnswered(pending, pendingAt);
            if (m.contains("weight"))
                require(role == QLatin1String("assistant"), at + "/weight",
                        "only assistant messages carry a weight");
            if (role == QLatin1String("system") || role == QLatin1String("user")) {
                stringMember(m, "content", at);
            } else if (role == QLatin1String("assistant")) {
                assistant = true;
                const bool hasCalls = m.contains("tool_calls");
                const Json &content = member(m, "content", at);
                require(content.is_string() || (content.is_null() && hasCalls), at + "/content",
                        "expected a string (null only beside tool_calls)");
                if (m.contains("weight")) {
                    const Json &w = m["weight"];
                    require(w.is_number_integer() && (w.get<int>() == 0 || w.get<int>() == 1),
                            at + "/weight", "must be 0 or 1");
                }
                if (!hasCalls)
                    continue;
                const Json &calls = m["tool_calls"];
                require(calls.is_array() && !calls.empty(), at + "/tool_calls",
                        "expected a non-empty array");
                require(parallel || calls.size() == 1, at + "/tool_calls",
                        "several calls in one turn while parallel_tool_calls is false");
                for (std::size_t c = 0; c < calls.size(); ++c) {
                    const std::string cat = at + "/tool_calls/" + std::to_string(c);
                    const QString id = stringMember(calls[c], "id", cat);
                    require(!id.isEmpty(), cat + "/id", "is empty");
                    require(stringMember(calls[c], "type", cat) == QLatin1String("function"),
                            cat + "/type", "must be \"function\"");
                    const Json &fn = member(calls[c], "function", cat);
                    const QString name = stringMember(fn, "name", cat + "/function");
                    require(tools.empty() || tools.count(name.toStdString()) != 0,
                            cat + "/function/name",
                            "names no tool of the record: " + name.toStdString());
                    const QString args = stringMember(fn, "arguments", cat + "/function");
                    const std::string text = args.toStdString();
                    require(Json::accept(text) && Json::parse(text).is_object(),
                            cat + "/function/arguments", "must be a JSON object as a string");
                    require(pending.insert(id.toStdString()).second, cat + "/id",
                            "repeats call id " + id.toStdString());
                }
                pendingAt = at + "/tool_calls";
            } else if (role == QLatin1String("tool")) {
                const QString id = stringMember(m, "tool_call_id", at);
                require(pending.erase(id.toStdString()) == 1, at + "/tool_call_id",
                        "answers no open call of the assistant turn before it: "
                                + id.toStdString());
                stringMember(m, "content", at);
            } else {
                throw ModelError(at + "/role", "unknown role " + role.toStdString());
            }
        }
        requireAnswered(pending, pendingAt);
        require(assistant, "/messages", "has no assistant message");
    }

    ImportedRecord read(const Json &record) const override
    {
        validate({record});
        ImportedRecord out;
        out.tools = toolsFromOpenAi(record.value("tools", Json()), "tools");
        Dialogue &d = out.dialogue;
        d.engine = importEngineName(format());
        std::map<QString, QString> names; // call id -> tool
        for (const Json &m : record["messages"]) {
            Message msg;
            const std::string role = m["role"].get<std::string>();
            const Json &content = m.value("content", Json());
            msg.content = content.is_string() ? content.get<QString>() : QString();
            if (role == "system") {
                msg.role = Message::Role::System;
            } else if (role == "user") {
                msg.role = Message::Role::User;
            } else if (role == "assistant") {
                msg.role = Message::Role::Assistant;
                for (const Json &c : m.value("tool_calls", Json::array())) {
                    ToolCall call;
                    call.id = c["id"].get<QString>();
                    call.toolName = c["function"]["name"].get<QString>();
                    call.arguments = Json::parse(c["function"]["arguments"].get<std::string>());
                    names[call.id] = call.toolName;
                    msg.toolCalls.push_back(std::move(call));
                }
            } else {
                msg.role = Message::Role::Tool;
                msg.toolCallId = m["tool_call_id"].get<QString>();
                msg.toolName = names[msg.toolCallId];
            }
            d.messages.push_back(std::move(msg));
        }
        rebuildCalls(d);
        return out;
    }
};

} // namespace

std::unique_ptr<DatasetFormat> makeOpenAiFormat()
{
    return std::make_unique<OpenAiFormat>();
}

} // namespace Callwright
