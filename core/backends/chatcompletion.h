#pragma once

#include "model/json.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Callwright {

/// One call a model asked for. arguments is always a JSON value: servers send it as a JSON
/// string, as an object, or not at all; argumentsError says why a string did not parse (the
/// text is then kept in argumentsText and arguments is null).
struct ChatToolCall
{
    QString id;
    QString name;
    Json arguments = Json::object();
    QString argumentsText;
    QString argumentsError;
};

struct TokenUsage
{
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 total() const { return promptTokens + completionTokens; }
    TokenUsage &operator+=(const TokenUsage &o)
    {
        promptTokens += o.promptTokens;
        completionTokens += o.completionTokens;
        return *this;
    }
};

/// What a chat completion answered, read tolerantly (see parseChatCompletion).
struct ChatCompletion
{
    QString content;
    std::vector<ChatToolCall> toolCalls;
    QString finishReason;
    QString model;
    TokenUsage usage;
    /// What the reader had to repair: ids made up, Hermes <tool_call> text turned into calls.
    QStringList repairs;
};

void to_json(Json &j, const ChatCompletion &c);
void from_json(const Json &j, ChatCompletion &c);

/// A chat completions request. messages and tools are in the OpenAI wire format; fields left
/// unset are not sent, so servers that reject unknown fields still accept the request.
struct ChatRequest
{
    Json messages = Json::array();
    Json tools;      ///< array of {"type":"function","function":{...}}, or null
    Json toolChoice; ///< "auto", "none", "required", {"type":"function",...}, or null
    std::optional<bool> parallelToolCalls;
    Json responseFormat; ///< {"type":"json_schema","json_schema":{...}} or null
    std::optional<double> temperature;
    std::optional<qint64> seed;
    int maxTokens = 0; ///< 0: not sent
    bool stream = false;
    QString tag; ///< what the request is for ("user", "assistant", "tool", "judge"); not sent

    /// The JSON body for a model.
    Json body(const QString &model) const;
    /// Key of the response cache: a hash of the endpoint and the body without the stream
    /// flag, so a streamed and a plain request for the same thing share an answer.
    QByteArray cacheKey(const QString &endpoint, const QString &model) const;
    /// The same key from a body already serialised without the stream flag.
    static QByteArray cacheKeyOf(const QString &endpoint, const QByteArray &plainBody);
    /// A rough count of the tokens the request uses (prompt bytes / 4 plus the completion
    /// allowance), for token-per-minute limits.
    qint64 estimatedTokens() const;
};

/// Reads a chat completion body. Tolerates what real servers send: arguments as a JSON string
/// or an object, missing or duplicate call ids, content as a list of parts, the legacy
/// function_call, and Hermes `<tool_call>{...}</tool_call>` text in the content (taken out and
/// made into calls). nullopt with the reason in *error when the body is not a completion (not
/// JSON, cut off, an error object, no choices).
std::optional<ChatCompletion> parseChatCompletion(const QByteArray &body, QString *error);

/// Turns Hermes-style `<tool_call>{"name":..,"arguments":..}</tool_call>` blocks in text into
/// calls and removes them from the text. Returns the number of blocks found.
int takeHermesToolCalls(QString &content, std::vector<ChatToolCall> &calls);

/// Reassembles a streamed completion from server-sent events: feed the bytes as they come,
/// then read the result once finished() (a `data: [DONE]` line or a final finish_reason).
class ChatStreamAssembler final
{
public:
    void feed(const QByteArray &bytes);
    bool finished() const { return m_done; }
    /// The text received so far (for live views).
    const QString &contentSoFar() const { return m_completion.content; }
    std::optional<ChatCompletion> result(QString *error) const;

private:
    void takeEvent(const QByteArray &data);

    QByteArray m_buffer;
    ChatCompletion m_completion;
    std::vector<QByteArray> m_argumentParts;
    QString m_error;
    bool m_done = false;
    bool m_sawChunk = false;
};

/// Reads an embeddings body: one vector per input, in input order.
std::optional<std::vector<std::vector<float>>> parseEmbeddings(const QByteArray &body,
                                                               QString *error);

/// The message of an OpenAI-style error body ({"error":{"message":...}}), or empty.
QString errorMessageOf(const QByteArray &body);

} // namespace Callwright
