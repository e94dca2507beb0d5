#pragma once

#include "model/json.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <string>

namespace Callwright::LlmTestPayloads {

/// A chat completion before it is written as one JSON object or as a stream of chunks.
struct Completion
{
    Json message; ///< role, content (maybe null), tool_calls with ids and string arguments
    std::string finishReason;
    std::string id;
    std::string model;
    qint64 created = 0;
    Json usage;
};

/// OpenAI's error object: `{"error":{"message","type","param","code"}}`.
Json error(const QString &message, const char *type, const char *code = nullptr);

/// Completes what brains and scripts may leave out of an assistant message (role, tool call
/// ids and types, arguments as a string) and estimates usage as bytes / 4. A message that
/// is neither an object nor a string gives nullopt and *why.
std::optional<Completion> completion(Json message, const Json &request, qsizetype requestBytes,
                                     quint64 number, const QString &defaultModel,
                                     const QString &finishReason, QString *why);
/// The `chat.completion` object.
Json completionBody(const Completion &completion);
/// Whether the request asks for a stream (`"stream": true`).
bool wantsStream(const Json &request);
/// Whole server-sent events (`data: {chunk}\n\n`) of `chat.completion.chunk` objects: the
/// role, the content word by word, each tool call's id and name then its arguments in
/// pieces, the finish reason, the usage when the request's `stream_options.include_usage`
/// asks for it, and `data: [DONE]\n\n`.
QList<QByteArray> completionEvents(const Completion &completion, const Json &request);

/// A call to a tool the request's `tools` do not offer, named after name.
Json unknownToolMessage(const Json &request, const QString &name);

/// The `/v1/embeddings` answer; nullopt and *why when `input` is missing or empty.
std::optional<Json> embeddings(const Json &request, int defaultDimension,
                               const QString &defaultModel, QString *why);
/// The `/v1/models` answer.
Json models(const QString &model);

} // namespace Callwright::LlmTestPayloads
