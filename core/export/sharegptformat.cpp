// LLaMA-Factory ShareGPT rows: {"conversations": [{"from", "value"}], "system", "tools"}.
// LLaMA-Factory requires human or observation at the odd positions (1st, 3rd, ...) and gpt or
// function_call at the even ones, ending with the model. A function_call's value is the call
// as JSON text, a list for parallel calls; the observation after parallel calls is a JSON
// array of the results in call order. "tools" is the tool list as a JSON string.
// The format has no place for words the assistant says beside its calls, nor for call ids:
// those are dropped on export and numbered call_1, call_2, ... on import.

#include "datasetformat.h"
#include "simulation/callresults.h"

#include <set>

namespace Callwright {

using namespace ExportSupport;

namespace {

/// The calls of a function_call value: one object or a list of them.
std::vector<Json> callsOf(const QString &value, const std::set<QString> &tools,
                          const std::string &at)
{
    const std::string text = value.toStdString();
    require(Json::accept(text), at, "is not JSON");
    const Json parsed = Json::parse(text);
    std::vector<Json> calls;
    if (parsed.is_array()) {
        require(!parsed.empty(), at, "an empty list of calls");
        calls.assign(parsed.begin(), parsed.end());
    } else {
        calls.push_back(parsed);
    }
    for (std::size_t i = 0; i < calls.size(); ++i) {
        const std::string where = parsed.is_array() ? at + "[" + std::to_string(i) + "]" : at;
        const Json &c = calls[i];
        require(c.is_object() && c.contains("name") && c["name"].is_string(), where,
                "a call needs a \"name\"");
        require(c.contains("arguments") && c["arguments"].is_object(), where,
                "a call needs \"arguments\" as an object");
        const QString name = c["name"].get<QString>();
        require(tools.empty() || tools.count(name) != 0, where,
                "names no tool of the record: " + name.toStdString());
    }
    return calls;
}

class ShareGptFormat final : public DatasetFormat
{
public:
    ExportFormat format() const override { return ExportFormat::ShareGpt; }

    Json prepareTools(const Json &openAiTools) const override
    {
        Json functions = Json::array();
        for (const Json &t : openAiTools)
            functions.push_back(t.at("function"));
        return functions.dump(); // LLaMA-Factory reads the tools column as JSON text
    }

    std::vector<Json> write(const Dialogue &dialogue, const RecordContext &context) const override
    {
        Json conversations = Json::array();
        QString system = context.systemPrompt;
        const auto &messages = dialogue.messages;
        for (std::size_t i = 0; i < messages.size(); ++i) {
            const Message &m = messages[i];
            switch (m.role) {
            case Message::Role::System:
                system += (system.isEmpty() ? QString() : QStringLiteral("\n\n")) + m.content;
                break;
            case Message::Role::User:
                conversations.push_back(Json{{"from", "human"}, {"value", m.content}});
                break;
            case Message::Role::Assistant:
                if (m.toolCalls.empty()) {
                    conversations.push_back(Json{{"from", "gpt"}, {"value", m.content}});
                    break;
                }
                {
                    std::string value;
                    if (m.toolCalls.size() == 1) {
                        value = callText(m.toolCalls.front());
                    } else {
                        value = "[";
                        for (std::size_t c = 0; c < m.toolCalls.size(); ++c)
                            value += (c ? ", " : "") + callText(m.toolCalls[c]);
                        value += "]";
                    }
                    conversations.push_back(Json{{"from", "function_call"}, {"value", value}});
                    // The results, in call order, as one observation.
                    Json results = Json::array();
                    for (const ToolCall &c : m.toolCalls) {
                        for (std::size_t k = i + 1;
                             k < messages.size() && messages[k].role == Message::Role::Tool; ++k) {
                            if (messages[k].toolCallId == c.id) {
                                results.push_back(messages[k].content);
                                break;
                            }
                        }
                    }
                    if (m.toolCalls.size() == 1 && results.size() == 1) {
                        conversations.push_back(
                                Json{{"from", "observation"}, {"value", results[0]}});
                    } else if (!results.empty()) {
                        Json values = Json::array();
                        for (const Json &r : results)
                            values.push_back(CallResults::parse(r.get<QString>()));
                        conversations.push_back(
                                Json{{"from", "observation"}, {"value", values.dump()}});
                    }
                }
                break;
            case Message::Role::Tool:
                break; // written with the call it answers
            }
        }
        Json record{{"conversations", std::move(conversations)},
                    {"tools", preparedTools(*this, context)}};
        if (!system.isEmpty())
            record["system"] = system;
        return {std::move(record)};
    }

    void validate(const std::vector<Json> &parts) const override
    {
        const Json &record = parts.at(0);
        require(record.is_object(), "", "expected an object, found " + JsonRead::typeName(record));
        std::set<QString> tools;
        if (record.contains("tools")) {
            const QString text = stringMember(record, "tools", "");
            // Rows of one catalog repeat the same text: it is read once per thread.
            thread_local QString lastText;
            thread_local std::set<QString> lastTools;
            if (!text.isEmpty() && text != lastText) {
                require(Json::accept(text.toStdString()), "/tools",
                        "must hold the tool list as JSON text");
                const Json list = Json::parse(text.toStdString());
                std::set<QString> names;
                for (const Tool &t : toolsFromOpenAi(list, "tools"))
                    names.insert(t.name);
                lastTools = std::move(names);
                lastText = text;
            }
            if (!text.isEmpty())
                tools = lastTools;
        }
        if (record.contains("system"))
            stringMember(record, "system", "");
        const Json &turns = member(record, "conversations", "");
        require(turns.is_array() && !turns.empty(), "/conversations", "expected a non-empty array");
        std::size_t lastCalls = 0;
        for (std::size_t i = 0; i < turns.size(); ++i) {
            const std::string at = "/conversations/" + std::to_string(i);
            const QString from = stringMember(turns[i], "from", at);
            const QString value = stringMember(turns[i], "value", at);
            if (i % 2 == 0) {
                require(from == QLatin1String("human") || from == QLatin1String("observation"),
                        at + "/from",
                        "position " + std::to_string(i + 1)
                                + " must be human or observation, found " + from.toStdString());
            } else {
                require(from == QLatin1String("gpt") || from == QLatin1String("function_call"),
                        at + "/from",
                        "position " + std::to_string(i + 1)
                                + " must be gpt or function_call, found " + from.toStdString());
            }
            if (from == QLatin1String("function_call")) {
                lastCalls = callsOf(value, tools, at + "/value").size();
                require(i + 1 < turns.size(), at, "a function_call needs an observation after it");
            } else if (from == QLatin1String("observation")) {
                require(i > 0 && turns[i - 1].value("from", "") == "function_call", at + "/from",
                        "an observation must follow a function_call");
                if (lastCalls > 1) {
                    const std::string text = value.toStdString();
                    require(Json::accept(text) && Json::parse(text).is_array()
                                    && Json::parse(text).size() == lastCalls,
                            at + "/value",
                            "must be a JSON array of " + std::to_string(lastCalls)
                                    + " results, one per parallel call");
                }
            }
        }
        require(turns.size() % 2 == 0, "/conversations",
                "must end with gpt or function_call (an even number of turns)");
    }

    ImportedRecord read(const Json &record) const override
    {
        validate({record});
        ImportedRecord out;
        if (record.contains("tools") && !record["tools"].get<std::string>().empty())
            out.tools = toolsFromOpenAi(Json::parse(record["tools"].get<std::string>()), "tools");
        Dialogue &d = out.dialogue;
        d.engine = importEngineName(format());
        if (record.contains("system") && !record["system"].get<std::string>().empty()) {
            Message m;
            m.role = Message::Role::System;
            m.content = record["system"].get<QString>();
            d.messages.push_back(std::move(m));
        }
        std::vector<ToolCall> last;
        int callNumber = 0;
        for (const Json &turn : record["conversations"]) {
            const std::string from = turn["from"].get<std::string>();
            const QString value = turn["value"].get<QString>();
            Message m;
            if (from == "human") {
                m.role = Message::Role::User;
                m.content = value;
            } else if (from == "gpt") {
                m.role = Message::Role::Assistant;
                m.content = value;
            } else if (from == "function_call") {
                m.role = Message::Role::Assistant;
                last.clear();
                for (const Json &c : callsOf(value, {}, "/conversations")) {
                    ToolCall call;
                    call.id = QStringLiteral("call_%1").arg(++callNumber);
                    call.toolName = c["name"].get<QString>();
                    call.arguments = c["arguments"];
                    last.push_back(call);
                }
                m.toolCalls = last;
            } else {
                const std::vector<Json> results
                        = last.size() == 1
                                  ? std::vector<Json>{Json(value.toStdString())}
                                  : Json::parse(value.toStdString()).get<std::vector<Json>>();
                for (std::size_t k = 0; k < last.size() && k < results.size(); ++k) {
                    Message r;
                    r.role = Message::Role::Tool;
                    r.toolCallId = last[k].id;
                    r.toolName = last[k].toolName;
                    r.content = contentText(results[k]);
                    d.messages.push_back(std::move(r));
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

std::unique_ptr<DatasetFormat> makeShareGptFormat()
{
    return std::make_unique<ShareGptFormat>();
}

} // namespace Callwright
