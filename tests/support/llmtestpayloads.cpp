#include "llmtestpayloads.h"
#include "llmtestserver.h"

#include <QDateTime>
#include <QStringList>

#include <cmath>
#include <cstring>

namespace Callwright {

namespace {

bool boolField(const Json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_boolean() && it->get<bool>();
}

std::string stringField(const Json &j, const char *key, const std::string &fallback = {})
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : fallback;
}

std::string functionName(const Json &tool)
{
    const auto function = tool.find("function");
    return tool.is_object() && function != tool.end() && function->is_object()
                   ? stringField(*function, "name")
                   : std::string();
}

QString messageText(const Json &message)
{
    const auto it = message.find("content");
    if (it == message.end())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    QString text;
    if (it->is_array()) {
        for (const Json &part : *it) {
            if (part.is_object() && stringField(part, "type") == "text")
                text += QString::fromStdString(stringField(part, "text"));
        }
    }
    return text;
}

Json toolCallMessage(const std::string &name, const std::string &arguments)
{
    Json call = {{"type", "function"}, {"function", {{"name", name}, {"arguments", arguments}}}};
    return Json{{"role", "assistant"}, {"content", nullptr}, {"tool_calls", Json::array({call})}};
}

/// Pieces of a text for streaming: each word with the spaces before it.
std::vector<std::string> wordPieces(const std::string &text)
{
    std::vector<std::string> pieces;
    std::string piece;
    for (const char c : text) {
        if (c == ' ' && !piece.empty() && piece.back() != ' ') {
            pieces.push_back(piece);
            piece.clear();
        }
        piece += c;
    }
    if (!piece.empty())
        pieces.push_back(piece);
    return pieces;
}

/// Pieces of about size bytes, never splitting a UTF-8 sequence.
std::vector<std::string> bytePieces(const std::string &text, std::size_t size)
{
    std::vector<std::string> pieces;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(text.size(), start + size);
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            ++end;
        pieces.push_back(text.substr(start, end - start));
        start = end;
    }
    return pieces;
}

quint64 fnv1a(const QByteArray &bytes)
{
    quint64 h = 14695981039346656037ULL;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

QByteArray sse(const Json &data)
{
    return "data: " + QByteArray::fromStdString(data.dump()) + "\n\n";
}

} // namespace

Json LlmTestServer::echoReply(const Json &request)
{
    QString text;
    const auto messages = request.find("messages");
    if (messages != request.end() && messages->is_array() && !messages->empty()
        && messages->back().is_object())
        text = messageText(messages->back());
    return Json{{"role", "assistant"},
                {"content", (QStringLiteral("echo: ") + text.left(200)).toStdString()}};
}

Json LlmTestServer::toolCallingReply(const Json &request)
{
    const auto tools = request.find("tools");
    const auto messages = request.find("messages");
    if (tools == request.end() || !tools->is_array() || tools->empty() || messages == request.end()
        || !messages->is_array() || messages->empty() || !messages->back().is_object()
        || stringField(messages->back(), "role") != "user")
        return echoReply(request);
    const std::string name = functionName(tools->front());
    return name.empty() ? echoReply(request) : toolCallMessage(name, "{}");
}

std::vector<float> LlmTestServer::embedding(const QString &text, int dimension)
{
    dimension = std::max(1, dimension);
    std::vector<float> v(std::size_t(dimension), 0.0f);
    const QString lower = text.toLower();
    qsizetype start = -1;
    for (qsizetype i = 0; i <= lower.size(); ++i) {
        const bool wordChar = i < lower.size() && lower.at(i).isLetterOrNumber();
        if (wordChar && start < 0)
            start = i;
        if (!wordChar && start >= 0) {
            const quint64 h = fnv1a(QStringView(lower).mid(start, i - start).toUtf8());
            v[std::size_t(h % quint64(dimension))] += (h >> 63) ? -1.0f : 1.0f;
            start = -1;
        }
    }
    double norm = 0;
    for (const float x : v)
        norm += double(x) * x;
    if (norm == 0) { // no words, or words that cancelled out: still a unit vector
        v[std::size_t(fnv1a(text.toUtf8()) % quint64(dimension))] = 1.0f;
        return v;
    }
    const float scale = float(1.0 / std::sqrt(norm));
    for (float &x : v)
        x *= scale;
    return v;
}

namespace LlmTestPayloads {

Json error(const QString &message, const char *type, const char *code)
{
    Json error = Json::object();
    error["message"] = message.toStdString();
    error["type"] = type;
    error["param"] = nullptr;
    error["code"] = code ? Json(code) : Json(nullptr);
    return Json{{"error", error}};
}

std::optional<Completion> completion(Json message, const Json &request, qsizetype requestBytes,
                                     quint64 number, const QString &defaultModel,
                                     const QString &finishReason, QString *why)
{
    if (message.is_string())
        message = Json{{"role", "assistant"}, {"content", message}};
    if (!message.is_object()) {
        *why = QStringLiteral("The reply is not a message object.");
        return std::nullopt;
    }
    if (!message.contains("role"))
        message["role"] = "assistant";
    if (!message.contains("content"))
        message["content"] = nullptr;
    std::size_t completionBytes = 0;
    if (message["content"].is_string())
        completionBytes += message["content"].get_ref<const std::string &>().size();
    if (message.contains("tool_calls")
        && (!message["tool_calls"].is_array() || message["tool_calls"].empty()))
        message.erase("tool_calls");
    if (message.contains("tool_calls")) {
        Json &calls = message["tool_calls"];
        for (std::size_t i = 0; i < calls.size(); ++i) {
            Json &call = calls[i];
            if (!call.contains("id"))
                call["id"] = "call_" + std::to_string(number) + "_" + std::to_string(i);
            if (!call.contains("type"))
                call["type"] = "function";
            Json &function = call["function"];
            if (!function.contains("arguments"))
                function["arguments"] = "{}";
            else if (!function["arguments"].is_string())
                function["arguments"] = function["arguments"].dump();
            completionBytes += stringField(function, "name").size()
                               + function["arguments"].get_ref<const std::string &>().size();
        }
    }

    Completion c;
    c.finishReason = !finishReason.isEmpty()          ? finishReason.toStdString()
                     : message.contains("tool_calls") ? "tool_calls"
                                                      : "stop";
    c.message = std::move(message);
    c.id = "chatcmpl-" + std::to_string(number);
    c.model = stringField(request, "model", defaultModel.toStdString());
    c.created = QDateTime::currentSecsSinceEpoch();
    const int promptTokens = std::max(1, int(requestBytes / 4));
    const int completionTokens = std::max(1, int(completionBytes / 4));
    c.usage = {{"prompt_tokens", promptTokens},
               {"completion_tokens", completionTokens},
               {"total_tokens", promptTokens + completionTokens}};
    return c;
}

Json completionBody(const Completion &c)
{
    Json choice = {{"index", 0},
                   {"message", c.message},
                   {"logprobs", nullptr},
                   {"finish_reason", c.finishReason}};
    return Json{{"id", c.id},       {"object", "chat.completion"},      {"created", c.created},
                {"model", c.model}, {"choices", Json::array({choice})}, {"usage", c.usage}};
}

bool wantsStream(const Json &request)
{
    return boolField(request, "stream");
}

QList<QByteArray> completionEvents(const Completion &c, const Json &request)
{
    const auto options = request.find("stream_options");
    const bool includeUsage = options != request.end() && options->is_object()
                              && boolField(*options, "include_usage");
    QList<QByteArray> events;
    const auto chunk = [&](Json choices, Json usage = Json()) {
        Json object = {{"id", c.id},
                       {"object", "chat.completion.chunk"},
                       {"created", c.created},
                       {"model", c.model},
                       {"choices", std::move(choices)}};
        if (!usage.is_null())
            object["usage"] = std::move(usage);
        events.append(sse(object));
    };
    const auto delta = [&](Json delta, Json finish = nullptr) {
        chunk(Json::array({Json{{"index", 0},
                                {"delta", std::move(delta)},
                                {"logprobs", nullptr},
                                {"finish_reason", std::move(finish)}}}));
    };

    const Json &content = c.message["content"];
    delta(Json{{"role", "assistant"}, {"content", content.is_string() ? Json("") : Json()}});
    if (content.is_string()) {
        for (const std::string &piece : wordPieces(content.get<std::string>()))
            delta(Json{{"content", piece}});
    }
    const auto calls = c.message.find("tool_calls");
    for (std::size_t i = 0; calls != c.message.end() && i < calls->size(); ++i) {
        const Json &call = (*calls)[i];
        const Json &function = call["function"];
        Json first = {{"index", i},
                      {"id", call["id"]},
                      {"type", call["type"]},
                      {"function", {{"name", function["name"]}, {"arguments", ""}}}};
        delta(Json{{"tool_calls", Json::array({first})}});
        for (const std::string &piece : bytePieces(function["arguments"].get<std::string>(), 8)) {
            Json more = {{"index", i}, {"function", {{"arguments", piece}}}};
            delta(Json{{"tool_calls", Json::array({more})}});
        }
    }
    delta(Json::object(), c.finishReason);
    if (includeUsage)
        chunk(Json::array(), c.usage);
    events.append(QByteArrayLiteral("data: [DONE]\n\n"));
    return events;
}

Json unknownToolMessage(const Json &request, const QString &name)
{
    std::string unknown = name.toStdString();
    const auto tools = request.find("tools");
    const auto offered = [&](const std::string &n) {
        if (tools == request.end() || !tools->is_array())
            return false;
        for (const Json &tool : *tools) {
            if (functionName(tool) == n)
                return true;
        }
        return false;
    };
    while (offered(unknown))
        unknown += "_unknown";
    return toolCallMessage(unknown, "{}");
}

std::optional<Json> embeddings(const Json &request, int defaultDimension,
                               const QString &defaultModel, QString *why)
{
    QStringList texts;
    const auto textOf = [](const Json &item) {
        if (item.is_string())
            return QString::fromStdString(item.get<std::string>());
        return QString::fromStdString(item.dump()); // token ids: their digits make the words
    };
    const auto input = request.find("input");
    if (input != request.end() && input->is_string()) {
        texts.append(textOf(*input));
    } else if (input != request.end() && input->is_array() && !input->empty()) {
        if (input->front().is_number()) { // one text as token ids
            texts.append(textOf(*input));
        } else {
            for (const Json &item : *input)
                texts.append(textOf(item));
        }
    }
    if (texts.isEmpty()) {
        *why = QStringLiteral("'input' must be a non-empty string or array.");
        return std::nullopt;
    }

    int dimension = defaultDimension;
    const auto dimensions = request.find("dimensions");
    if (dimensions != request.end() && dimensions->is_number_integer()
        && dimensions->get<int>() > 0)
        dimension = dimensions->get<int>();
    const bool base64 = stringField(request, "encoding_format") == "base64";

    Json data = Json::array();
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const std::vector<float> v = LlmTestServer::embedding(texts.at(i), dimension);
        bytes += texts.at(i).toUtf8().size();
        Json item = {{"object", "embedding"}, {"index", i}};
        if (base64) { // little-endian float32, as the OpenAI API sends them
            QByteArray raw(qsizetype(v.size() * sizeof(float)), Qt::Uninitialized);
            std::memcpy(raw.data(), v.data(), std::size_t(raw.size()));
            item["embedding"] = raw.toBase64().toStdString();
        } else {
            item["embedding"] = v;
        }
        data.push_back(std::move(item));
    }
    const int tokens = std::max(1, int(bytes / 4));
    return Json{{"object", "list"},
                {"data", std::move(data)},
                {"model", stringField(request, "model", defaultModel.toStdString())},
                {"usage", {{"prompt_tokens", tokens}, {"total_tokens", tokens}}}};
}

Json models(const QString &model)
{
    const Json entry = {{"id", model.toStdString()},
                        {"object", "model"},
                        {"created", 0},
                        {"owned_by", "callwright"}};
    return Json{{"object", "list"}, {"data", Json::array({entry})}};
}

} // namespace LlmTestPayloads

} // namespace Callwright
