// BFCL-style multi-turn rows in two files, as the Berkeley Function Calling Leaderboard keeps
// them: questions {"id", "question": [[{"role", "content"}], ...], "function": [docs]} and
// answers {"id", "ground_truth": [["name(key=value,...)", ...], ...]}, one answer list per
// question turn. A turn opens at each user message and holds every call made before the next.
// Function docs use BFCL's type names ("dict", "float") instead of JSON Schema's.

#include "datasetformat.h"
#include "pythoncall.h"

#include <set>

namespace Callwright {

using namespace ExportSupport;

namespace {

Json bfclTypes(const Json &schema)
{
    if (schema.is_array()) {
        Json out = Json::array();
        for (const Json &e : schema)
            out.push_back(bfclTypes(e));
        return out;
    }
    if (!schema.is_object())
        return schema;
    Json out = Json::object();
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (it.key() == "type" && it.value().is_string()) {
            const std::string t = it.value().get<std::string>();
            out["type"] = t == "object" ? "dict" : t == "number" ? "float" : t;
        } else {
            out[it.key()] = bfclTypes(it.value());
        }
    }
    return out;
}

std::string partPath(int part, const std::string &path)
{
    return "#" + std::to_string(part) + path;
}

class BfclFormat final : public DatasetFormat
{
public:
    ExportFormat format() const override { return ExportFormat::Bfcl; }
    QStringList partSuffixes() const override
    {
        return {QStringLiteral(".jsonl"), QStringLiteral(".possible_answer.jsonl")};
    }

    Json prepareTools(const Json &openAiTools) const override
    {
        Json functions = Json::array();
        for (const Json &t : openAiTools) {
            const Json &fn = t.at("function");
            functions.push_back(
                    Json{{"name", fn.value("name", "")},
                         {"description", fn.value("description", "")},
                         {"parameters", bfclTypes(fn.value("parameters", Json::object()))}});
        }
        return functions;
    }

    std::vector<Json> write(const Dialogue &dialogue, const RecordContext &context) const override
    {
        Json question = Json::array();
        Json truth = Json::array();
        Json pendingSystem = Json::array();
        if (!context.systemPrompt.isEmpty())
            pendingSystem.push_back(Json{{"role", "system"}, {"content", context.systemPrompt}});
        for (const Message &m : dialogue.messages) {
            if (m.role == Message::Role::System) {
                pendingSystem.push_back(Json{{"role", "system"}, {"content", m.content}});
            } else if (m.role == Message::Role::User) {
                Json turn = pendingSystem;
                pendingSystem = Json::array();
                turn.push_back(Json{{"role", "user"}, {"content", m.content}});
                question.push_back(std::move(turn));
                truth.push_back(Json::array());
            } else if (m.role == Message::Role::Assistant && !truth.empty()) {
                for (const ToolCall &c : m.toolCalls)
                    truth.back().push_back(PythonCall::format(c.toolName, c.arguments));
            }
        }
        const std::string id = "callwright_" + dialogue.uid.toStdString();
        return {Json{{"id", id},
                     {"question", std::move(question)},
                     {"function", preparedTools(*this, context)}},
                Json{{"id", id}, {"ground_truth", std::move(truth)}}};
    }

    void validate(const std::vector<Json> &parts) const override
    {
        require(parts.size() == 2, "", "a question and an answer record");
        const Json &q = parts[0];
        const Json &a = parts[1];
        require(q.is_object(), partPath(0, ""), "expected an object");
        require(a.is_object(), partPath(1, ""), "expected an object");
        const QString id = stringMember(q, "id", partPath(0, ""));
        require(!id.isEmpty(), partPath(0, "/id"), "is empty");
        require(stringMember(a, "id", partPath(1, "")) == id, partPath(1, "/id"),
                "does not match the question's id " + id.toStdString());
        std::set<std::string> names;
        const Json &functions = member(q, "function", partPath(0, ""));
        require(functions.is_array(), partPath(0, "/function"), "expected an array of docs");
        for (std::size_t i = 0; i < functions.size(); ++i) {
            const std::string at = partPath(0, "/function/" + std::to_string(i));
            names.insert(stringMember(functions[i], "name", at).toStdString());
            require(member(functions[i], "parameters", at).is_object(), at + "/parameters",
                    "expected an object");
        }
        const Json &question = member(q, "question", partPath(0, ""));
        require(question.is_array() && !question.empty(), partPath(0, "/question"),
                "expected a non-empty list of turns");
        for (std::size_t t = 0; t < question.size(); ++t) {
            const std::string at = partPath(0, "/question/" + std::to_string(t));
            require(question[t].is_array() && !question[t].empty(), at,
                    "a turn is a non-empty list of messages");
            for (std::size_t k = 0; k < question[t].size(); ++k) {
                const std::string mat = at + "/" + std::to_string(k);
                const QString role = stringMember(question[t][k], "role", mat);
                require(role == QLatin1String("user") || role == QLatin1String("system"),
                        mat + "/role", "must be user or system");
                stringMember(question[t][k], "content", mat);
            }
        }
        const Json &truth = member(a, "ground_truth", partPath(1, ""));
        require(truth.is_array() && truth.size() == question.size(), partPath(1, "/ground_truth"),
                "needs one list of calls per question turn (" + std::to_string(question.size())
                        + ")");
        for (std::size_t t = 0; t < truth.size(); ++t) {
            const std::string at = partPath(1, "/ground_truth/" + std::to_string(t));
            require(truth[t].is_array(), at, "expected a list of call strings");
            for (std::size_t k = 0; k < truth[t].size(); ++k) {
                const std::string cat = at + "/" + std::to_string(k);
                require(truth[t][k].is_string(), cat, "expected a call string");
                std::string error;
                const auto call = PythonCall::parse(truth[t][k].get<std::string>(), &error);
                require(call.has_value(), cat, "not a call: " + error);
                require(names.count(call->name) != 0, cat,
                        "calls " + call->name + ", which the function docs do not list");
            }
        }
    }
};

} // namespace

std::unique_ptr<DatasetFormat> makeBfclFormat()
{
    return std::make_unique<BfclFormat>();
}

} // namespace Callwright
