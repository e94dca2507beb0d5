#pragma once

#include "json.h"

#include <vector>

namespace Callwright {

/// A call the assistant asked for in one message.
struct ToolCall
{
    QString id; ///< call id, echoed by the tool message that answers it
    QString toolName;
    Json arguments = Json::object();

    bool operator==(const ToolCall &o) const
    {
        return id == o.id && toolName == o.toolName && arguments == o.arguments;
    }
};

/// One message of a dialogue, in the roles that chat formats share.
struct Message
{
    enum class Role { System, User, Assistant, Tool };

    Role role = Role::User;
    QString content;
    std::vector<ToolCall> toolCalls; ///< assistant only; several means parallel calls
    QString toolCallId;              ///< tool only: the call this message answers
    QString toolName;                ///< tool only

    bool operator==(const Message &o) const
    {
        return role == o.role && content == o.content && toolCalls == o.toolCalls
               && toolCallId == o.toolCallId && toolName == o.toolName;
    }
};

const char *messageRoleName(Message::Role role);

void to_json(Json &j, const ToolCall &c);
void from_json(const Json &j, ToolCall &c);
void to_json(Json &j, const Message &m);
void from_json(const Json &j, Message &m);

} // namespace Callwright
