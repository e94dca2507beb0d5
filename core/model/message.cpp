#include "message.h"

namespace Callwright {

namespace {
const std::pair<Message::Role, const char *> kRoles[] = {
        {Message::Role::System, "system"},
        {Message::Role::User, "user"},
        {Message::Role::Assistant, "assistant"},
        {Message::Role::Tool, "tool"},
};
} // namespace

const char *messageRoleName(Message::Role role)
{
    return enumName(kRoles, role);
}

void to_json(Json &j, const ToolCall &c)
{
    j = Json::object();
    j["id"] = c.id;
    j["tool"] = c.toolName;
    j["arguments"] = c.arguments;
}

void from_json(const Json &j, ToolCall &c)
{
    c.id = JsonRead::field<QString>(j, "id");
    c.toolName = JsonRead::field<QString>(j, "tool");
    c.arguments = JsonRead::optional<Json>(j, "arguments", Json::object());
}

void to_json(Json &j, const Message &m)
{
    j = Json::object();
    j["role"] = messageRoleName(m.role);
    j["content"] = m.content;
    if (!m.toolCalls.empty())
        j["tool_calls"] = m.toolCalls;
    if (!m.toolCallId.isEmpty())
        j["tool_call_id"] = m.toolCallId;
    if (!m.toolName.isEmpty())
        j["name"] = m.toolName;
}

void from_json(const Json &j, Message &m)
{
    m.role = enumField(kRoles, j, "role", "role");
    m.content = JsonRead::optional<QString>(j, "content");
    m.toolCalls = JsonRead::list<ToolCall>(j, "tool_calls");
    if (!m.toolCalls.empty() && m.role != Message::Role::Assistant)
        throw ModelError("/tool_calls", "only assistant messages carry tool calls");
    m.toolCallId = JsonRead::optional<QString>(j, "tool_call_id");
    m.toolName = JsonRead::optional<QString>(j, "name");
    if (m.role == Message::Role::Tool && m.toolCallId.isEmpty())
        throw ModelError("/tool_call_id", "a tool message must name the call it answers");
}

} // namespace Callwright
