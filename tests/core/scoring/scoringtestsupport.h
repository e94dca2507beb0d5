#pragma once

#include "model/catalog.h"
#include "model/dialogue.h"

#include <QStringList>

/// Hand-made dialogues with known figures, shared by the scoring tests.
namespace ScoringTestSupport {

/// find_user(email) -> {user_id}; get_orders(user_id) -> {orders: [...]}.
inline Callwright::Catalog ordersCatalog()
{
    using Callwright::Json;
    Callwright::Catalog c;
    c.id = 1;
    c.name = QStringLiteral("orders");
    Callwright::Tool findUser;
    findUser.name = QStringLiteral("find_user");
    findUser.description = QStringLiteral("Find a user id by email.");
    findUser.parameters = Json::parse(R"({"type":"object","properties":{"email":{"type":"string"}},
        "required":["email"]})");
    findUser.returns
            = Json::parse(R"({"type":"object","properties":{"user_id":{"type":"string"}}})");
    Callwright::Tool orders;
    orders.name = QStringLiteral("get_orders");
    orders.description = QStringLiteral("List the orders of a user.");
    orders.parameters = Json::parse(R"({"type":"object","properties":{
        "user_id":{"type":"string"}},"required":["user_id"]})");
    orders.returns = Json::parse(R"({"type":"object","properties":{"orders":{"type":"array"}}})");
    c.tools = {findUser, orders};
    return c;
}

inline Callwright::Message user(const QString &text)
{
    Callwright::Message m;
    m.role = Callwright::Message::Role::User;
    m.content = text;
    return m;
}

inline Callwright::Message assistant(const QString &text)
{
    Callwright::Message m;
    m.role = Callwright::Message::Role::Assistant;
    m.content = text;
    return m;
}

inline Callwright::Message call(const QString &id, const QString &tool, const char *arguments)
{
    Callwright::Message m;
    m.role = Callwright::Message::Role::Assistant;
    m.toolCalls.push_back({id, tool, Callwright::Json::parse(arguments)});
    return m;
}

inline Callwright::Message result(const QString &id, const QString &tool, const char *json)
{
    Callwright::Message m;
    m.role = Callwright::Message::Role::Tool;
    m.toolCallId = id;
    m.toolName = tool;
    m.content = QString::fromUtf8(json);
    return m;
}

/// A user finds their account and orders, then asks a follow-up. With chained = true the
/// second call takes the user id the first returned and the reply reports the results; with
/// false the call makes up another id and the reply ignores what the tools said.
inline Callwright::Dialogue ordersDialogue(bool chained, const QString &uid = QString())
{
    using namespace Callwright;
    Dialogue d;
    d.uid = uid.isEmpty() ? QStringLiteral("orders-%1").arg(chained ? 1 : 0) : uid;
    d.catalogId = 1;
    d.engine = QStringLiteral("embedded");
    PlanStep lookup;
    lookup.kind = PlanStep::Kind::ChainedCalls;
    lookup.intent = QStringLiteral("find the account and list its orders");
    lookup.calls.push_back({1, QStringLiteral("find_user"),
                            Json::parse(R"({"email":"anna@example.com"})"), false});
    lookup.calls.push_back(
            {2, QStringLiteral("get_orders"), Json::parse(R"({"user_id":"$1.user_id"})"), false});
    PlanStep talk;
    talk.kind = PlanStep::Kind::ChitChat;
    talk.intent = QStringLiteral("ask about the delivery");
    d.plan.goal = QStringLiteral("check recent orders");
    d.plan.steps = {lookup, talk};
    d.messages.push_back(user(QStringLiteral(
            "Hi, my email is anna@example.com. Could you find my account and list my recent "
            "orders?")));
    d.messages.push_back(call(QStringLiteral("c1"), QStringLiteral("find_user"),
                              R"({"email":"anna@example.com"})"));
    d.messages.push_back(
            result(QStringLiteral("c1"), QStringLiteral("find_user"), R"({"user_id":"u_4821"})"));
    d.messages.push_back(call(QStringLiteral("c2"), QStringLiteral("get_orders"),
                              chained ? R"({"user_id":"u_4821"})" : R"({"user_id":"u_9999"})"));
    d.messages.push_back(
            result(QStringLiteral("c2"), QStringLiteral("get_orders"),
                   chained ? R"({"orders":[{"order_id":"W1001","status":"delivered"}]})"
                           : R"({"orders":[]})"));
    d.messages.push_back(assistant(
            chained ? QStringLiteral("I found your account u_4821. Your recent order W1001 was "
                                     "delivered.")
                    : QStringLiteral("Sure thing. Is there anything else I can help you with "
                                     "today?")));
    d.messages.push_back(user(QStringLiteral("Great, was order W1001 delivered to my home?")));
    d.messages.push_back(assistant(
            QStringLiteral("Yes, order W1001 was delivered to the home address on your account.")));
    for (const Message &m : d.messages) {
        for (const ToolCall &c : m.toolCalls) {
            CallRecord r;
            r.callId = c.id;
            r.toolName = c.toolName;
            r.request = c.arguments;
            d.calls.push_back(r);
        }
    }
    return d;
}

/// A chit-chat dialogue of turns user and assistant texts alternating.
inline Callwright::Dialogue talkDialogue(const QStringList &turns, const QString &uid)
{
    Callwright::Dialogue d;
    d.uid = uid;
    d.catalogId = 1;
    for (qsizetype i = 0; i < turns.size(); ++i)
        d.messages.push_back(i % 2 == 0 ? user(turns[i]) : assistant(turns[i]));
    return d;
}

} // namespace ScoringTestSupport
