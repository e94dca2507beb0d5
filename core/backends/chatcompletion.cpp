#include "chatcompletion.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChatCompletion)
};

QString str(const Json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                            : QString();
}

// Content as a string, or as a list of parts of which the text ones count.
QString contentOf(const Json &content)
{
    if (content.is_string())
        return QString::fromStdString(content.get<std::string>());
    QString out;
    if (content.is_array()) {
        for (const Json &part : content) {
            if (part.is_string())
                out += QString::fromStdString(part.get<std::string>());
            else if (part.is_object())
                out += str(part, "text");
        }
    }
    return out;
}

void setArguments(ChatToolCall &call, const Json &arguments)
{
    if (arguments.is_string()) {
        call.argumentsText = QString::fromStdString(arguments.get<std::string>());
        const std::string text = arguments.get<std::string>();
        if (QStringView(call.argumentsText).trimmed().isEmpty()) {
            call.arguments = Json::object();
            return;
        }
        Json parsed = Json::parse(text, nullptr, false);
        if (parsed.is_discarded()) {
            call.arguments = Json();
            call.argumentsError = Tr::tr("the arguments of '%1' are not valid JSON: %2")
                                          .arg(call.name, call.argumentsText.left(120));
        } else {
            call.arguments = std::move(parsed);
        }
    } else if (arguments.is_null()) {
        call.arguments = Json::object();
    } else {
        call.arguments = arguments;
        call.argumentsText = QString::fromStdString(arguments.dump());
    }
}

// Every call gets an id, unique within the message.
void completeIds(ChatCompletion &c)
{
    QStringList seen;
    for (std::size_t i = 0; i < c.toolCalls.size(); ++i) {
        ChatToolCall &call = c.toolCalls[i];
        if (call.id.isEmpty() || seen.contains(call.id)) {
            QString id = QStringLiteral("call_%1").arg(i + 1);
            while (seen.contains(id))
                id += QLatin1Char('x');
            if (call.id.isEmpty())
                c.repairs << Tr::tr("call %1 (%2) had no id; gave it '%3'")
                                     .arg(i + 1)
                                     .arg(call.name, id);
            else
                c.repairs << Tr::tr("call %1 (%2) repeated the id '%3'; gave it '%4'")
                                     .arg(i + 1)
                                     .arg(call.name, call.id, id);
            call.id = id;
        }
        seen << call.id;
    }
}

} // namespace

void to_json(Json &j, const ChatCompletion &c)
{
    Json calls = Json::array();
    for (const ChatToolCall &call : c.toolCalls) {
        calls.push_back(Json{{"id", call.id},
                             {"name", call.name},
                             {"arguments", call.arguments},
                             {"arguments_text", call.argumentsText},
                             {"arguments_error", call.argumentsError}});
    }
    j = Json{{"content", c.content},
             {"tool_calls", std::move(calls)},
             {"finish_reason", c.finishReason},
             {"model", c.model},
             {"usage",
              {{"prompt_tokens", c.usage.promptTokens},
               {"completion_tokens", c.usage.completionTokens}}}};
}

void from_json(const Json &j, ChatCompletion &c)
{
    c = ChatCompletion{};
    c.content = str(j, "content");
    c.finishReason = str(j, "finish_reason");
    c.model = str(j, "model");
    if (const auto u = j.find("usage"); u != j.end() && u->is_object()) {
        c.usage.promptTokens = u->value("prompt_tokens", qint64(0));
        c.usage.completionTokens = u->value("completion_tokens", qint64(0));
    }
    if (const auto calls = j.find("tool_calls"); calls != j.end() && calls->is_array()) {
        for (const Json &call : *calls) {
            ChatToolCall out;
            out.id = str(call, "id");
            out.name = str(call, "name");
            out.arguments = call.value("arguments", Json::object());
            out.argumentsText = str(call, "arguments_text");
            out.argumentsError = str(call, "arguments_error");
            c.toolCalls.push_back(std::move(out));
        }
    }
}

Json ChatRequest::body(const QString &model) const
{
    Json j{{"model", model.toStdString()}, {"messages", messages}};
    if (tools.is_array() && !tools.empty())
        j["tools"] = tools;
    if (!toolChoice.is_null())
        j["tool_choice"] = toolChoice;
    if (parallelToolCalls)
        j["parallel_tool_calls"] = *parallelToolCalls;
    if (!responseFormat.is_null())
        j["response_format"] = responseFormat;
    if (temperature)
        j["temperature"] = *temperature;
    if (seed)
        j["seed"] = *seed;
    if (maxTokens > 0)
        j["max_tokens"] = maxTokens;
    if (stream) {
        j["stream"] = true;
        j["stream_options"] = Json{{"include_usage", true}};
    }
    return j;
}

QByteArray ChatRequest::cacheKey(const QString &endpoint, const QString &model) const
{
    if (!stream)
        return cacheKeyOf(endpoint, QByteArray::fromStdString(body(model).dump()));
    ChatRequest plain = *this;
    plain.stream = false;
    return cacheKeyOf(endpoint, QByteArray::fromStdString(plain.body(model).dump()));
}

QByteArray ChatRequest::cacheKeyOf(const QString &endpoint, const QByteArray &plainBody)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(endpoint.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(plainBody);
    return hash.result().toHex();
}

qint64 ChatRequest::estimatedTokens() const
{
    qint64 bytes = qint64(messages.dump().size());
    if (!tools.is_null())
        bytes += qint64(tools.dump().size());
    return bytes / 4 + (maxTokens > 0 ? maxTokens : 256);
}

int takeHermesToolCalls(QString &content, std::vector<ChatToolCall> &calls)
{
    static const QRegularExpression block(QStringLiteral("<tool_call>\\s*(.*?)\\s*</tool_call>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    int found = 0;
    QString rest;
    qsizetype from = 0;
    for (auto it = block.globalMatch(content); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const Json j = Json::parse(m.captured(1).toStdString(), nullptr, false);
        if (!j.is_object() || !j.contains("name"))
            continue;
        ChatToolCall call;
        call.name = str(j, "name");
        setArguments(call,
                     j.contains("arguments") ? j["arguments"] : j.value("parameters", Json()));
        calls.push_back(std::move(call));
        rest += QStringView(content).mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
        ++found;
    }
    if (found) {
        rest += QStringView(content).mid(from);
        content = rest.trimmed();
    }
    return found;
}

std::optional<ChatCompletion> parseChatCompletion(const QByteArray &body, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<ChatCompletion> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const Json j = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (j.is_discarded()) {
        return fail(
                body.trimmed().isEmpty()
                        ? Tr::tr("the endpoint answered with an empty body")
                        : Tr::tr("the endpoint's answer is not valid JSON (%1 bytes, perhaps cut "
                                 "off): %2")
                                  .arg(body.size())
                                  .arg(QString::fromUtf8(body.left(80))));
    }
    if (!j.is_object())
        return fail(Tr::tr("the endpoint's answer is not a JSON object"));
    if (const auto e = j.find("error"); e != j.end() && !e->is_null())
        return fail(Tr::tr("the endpoint answered with an error: %1")
                            .arg(e->is_object() ? str(*e, "message")
                                                : QString::fromStdString(e->dump())));
    const auto choices = j.find("choices");
    if (choices == j.end() || !choices->is_array() || choices->empty()
        || !(*choices)[0].is_object())
        return fail(Tr::tr("the endpoint's answer has no choices"));
    const Json &choice = (*choices)[0];
    const Json message = choice.value("message", Json::object());
    if (!message.is_object())
        return fail(Tr::tr("the first choice has no message"));

    ChatCompletion c;
    c.model = str(j, "model");
    c.finishReason = str(choice, "finish_reason");
    c.content = contentOf(message.value("content", Json()));
    if (const auto calls = message.find("tool_calls");
        calls != message.end() && calls->is_array()) {
        for (const Json &call : *calls) {
            if (!call.is_object())
                continue;
            const Json fn = call.value("function", call);
            ChatToolCall out;
            out.id = str(call, "id");
            out.name = str(fn, "name");
            setArguments(out, fn.value("arguments", Json()));
            c.toolCalls.push_back(std::move(out));
        }
    } else if (const auto fc = message.find("function_call");
               fc != message.end() && fc->is_object()) {
        ChatToolCall out;
        out.name = str(*fc, "name");
        setArguments(out, fc->value("arguments", Json()));
        c.toolCalls.push_back(std::move(out));
    }
    if (c.toolCalls.empty() && c.content.contains(QLatin1String("<tool_call>"))) {
        const int n = takeHermesToolCalls(c.content, c.toolCalls);
        if (n > 0)
            c.repairs << Tr::tr("read %n Hermes <tool_call> block(s) in the text as calls", nullptr,
                                n);
    }
    completeIds(c);
    if (const auto u = j.find("usage"); u != j.end() && u->is_object()) {
        c.usage.promptTokens = u->value("prompt_tokens", qint64(0));
        c.usage.completionTokens = u->value("completion_tokens", qint64(0));
    }
    return c;
}

void ChatStreamAssembler::feed(const QByteArray &bytes)
{
    m_buffer += bytes;
    // Events end with a blank line; lines may end with \n or \r\n.
    for (;;) {
        qsizetype end = m_buffer.indexOf("\n\n");
        qsizetype sep = 2;
        const qsizetype crlf = m_buffer.indexOf("\r\n\r\n");
        if (crlf >= 0 && (end < 0 || crlf < end)) {
            end = crlf;
            sep = 4;
        }
        if (end < 0)
            break;
        const QByteArray event = m_buffer.left(end);
        m_buffer.remove(0, end + sep);
        QByteArray data;
        for (QByteArray line : event.split('\n')) {
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.startsWith("data:")) {
                QByteArray part = line.mid(5);
                if (part.startsWith(' '))
                    part.remove(0, 1);
                if (!data.isEmpty())
                    data += '\n';
                data += part;
            }
        }
        if (!data.isEmpty())
            takeEvent(data);
    }
}

void ChatStreamAssembler::takeEvent(const QByteArray &data)
{
    if (data.trimmed() == "[DONE]") {
        m_done = true;
        return;
    }
    const Json j = Json::parse(data.constData(), data.constData() + data.size(), nullptr, false);
    if (!j.is_object()) {
        m_error = Tr::tr("a streamed chunk is not valid JSON: %1")
                          .arg(QString::fromUtf8(data.left(80)));
        return;
    }
    if (const auto e = j.find("error"); e != j.end() && !e->is_null()) {
        m_error = Tr::tr("the endpoint sent an error in the stream: %1")
                          .arg(e->is_object() ? str(*e, "message")
                                              : QString::fromStdString(e->dump()));
        m_done = true;
        return;
    }
    m_sawChunk = true;
    if (m_completion.model.isEmpty())
        m_completion.model = str(j, "model");
    if (const auto u = j.find("usage"); u != j.end() && u->is_object()) {
        m_completion.usage.promptTokens = u->value("prompt_tokens", qint64(0));
        m_completion.usage.completionTokens = u->value("completion_tokens", qint64(0));
    }
    const auto choices = j.find("choices");
    if (choices == j.end() || !choices->is_array() || choices->empty())
        return;
    const Json &choice = (*choices)[0];
    if (const QString reason = str(choice, "finish_reason"); !reason.isEmpty())
        m_completion.finishReason = reason;
    const Json delta = choice.value("delta", Json::object());
    if (!delta.is_object())
        return;
    m_completion.content += contentOf(delta.value("content", Json()));
    if (const auto calls = delta.find("tool_calls"); calls != delta.end() && calls->is_array()) {
        for (const Json &call : *calls) {
            if (!call.is_object())
                continue;
            const std::size_t index
                    = call.value("index", std::size_t(m_completion.toolCalls.size()));
            if (index > 1024)
                continue;
            if (index >= m_completion.toolCalls.size()) {
                m_completion.toolCalls.resize(index + 1);
                m_argumentParts.resize(index + 1);
            }
            ChatToolCall &out = m_completion.toolCalls[index];
            if (const QString id = str(call, "id"); !id.isEmpty())
                out.id = id;
            const Json fn = call.value("function", Json::object());
            if (const QString name = str(fn, "name"); !name.isEmpty())
                out.name += name;
            if (const auto a = fn.find("arguments"); a != fn.end()) {
                if (a->is_string())
                    m_argumentParts[index] += QByteArray::fromStdString(a->get<std::string>());
                else if (!a->is_null())
                    m_argumentParts[index] += QByteArray::fromStdString(a->dump());
            }
        }
    }
}

std::optional<ChatCompletion> ChatStreamAssembler::result(QString *error) const
{
    const auto fail = [&](const QString &why) -> std::optional<ChatCompletion> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!m_error.isEmpty())
        return fail(m_error);
    if (!m_sawChunk)
        return fail(Tr::tr("the stream ended before any chunk arrived"));
    if (!m_done && m_completion.finishReason.isEmpty())
        return fail(Tr::tr("the stream was cut off before it finished"));
    ChatCompletion c = m_completion;
    for (std::size_t i = 0; i < c.toolCalls.size(); ++i)
        setArguments(c.toolCalls[i], Json(m_argumentParts[i].toStdString()));
    if (c.toolCalls.empty() && c.content.contains(QLatin1String("<tool_call>"))) {
        const int n = takeHermesToolCalls(c.content, c.toolCalls);
        if (n > 0)
            c.repairs << Tr::tr("read %n Hermes <tool_call> block(s) in the text as calls", nullptr,
                                n);
    }
    completeIds(c);
    return c;
}

std::optional<std::vector<std::vector<float>>> parseEmbeddings(const QByteArray &body,
                                                               QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<std::vector<std::vector<float>>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const Json j = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (!j.is_object())
        return fail(Tr::tr("the embeddings answer is not a JSON object"));
    const auto data = j.find("data");
    if (data == j.end() || !data->is_array())
        return fail(errorMessageOf(body).isEmpty()
                            ? Tr::tr("the embeddings answer has no data")
                            : Tr::tr("the endpoint answered with an error: %1")
                                      .arg(errorMessageOf(body)));
    std::vector<std::vector<float>> out(data->size());
    for (std::size_t i = 0; i < data->size(); ++i) {
        const Json &item = (*data)[i];
        const std::size_t index = item.value("index", i);
        const auto v = item.find("embedding");
        if (index >= out.size() || v == item.end() || !v->is_array())
            return fail(Tr::tr("embedding %1 has no vector").arg(i));
        std::vector<float> vec;
        vec.reserve(v->size());
        for (const Json &x : *v) {
            if (!x.is_number())
                return fail(Tr::tr("embedding %1 holds a value that is not a number").arg(i));
            vec.push_back(x.get<float>());
        }
        out[index] = std::move(vec);
    }
    return out;
}

QString errorMessageOf(const QByteArray &body)
{
    const Json j = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (!j.is_object())
        return {};
    const auto e = j.find("error");
    if (e == j.end())
        return str(j, "message");
    if (e->is_string())
        return QString::fromStdString(e->get<std::string>());
    return e->is_object() ? str(*e, "message") : QString();
}

} // namespace Callwright
