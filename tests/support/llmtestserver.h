#pragma once

#include "model/json.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
class QTcpSocket;
QT_END_NAMESPACE

namespace Callwright {

class LlmTestHttpFront;
struct LlmTestAnswer;
struct LlmTestPending;

/// A loopback OpenAI-compatible endpoint (/v1/chat/completions, /v1/embeddings, /v1/models)
/// answering with scripted replies and injected faults, for the tests and benchmarks of the LLM
/// backends. Every delay runs on timers, so one thread holds hundreds of requests in flight.
/// Replies on one connection leave when their delays end: fine for clients that do not
/// pipeline (QNetworkAccessManager does not by default).
class LlmTestServer final : public QObject
{
    Q_OBJECT

public:
    using Header = QPair<QByteArray, QByteArray>;
    /// The assistant message for a chat request (`{"role":"assistant","content":...}`, maybe
    /// with `tool_calls`); null falls back to the default echo reply.
    using Brain = std::function<Json(const Json &request)>;

    /// What a scripted reply does instead of answering normally.
    enum class Fault {
        RateLimited,   ///< 429, `Retry-After: retryAfterSeconds` and an OpenAI error body
        Unavailable,   ///< 503, `Retry-After: retryAfterSeconds` and an OpenAI error body
        ServerError,   ///< 500 and an OpenAI error body
        Slow,          ///< the normal answer (brain or echo), delayMs later than usual
        Hang,          ///< no answer at all; the connection stays open until the client leaves
        TruncatedJson, ///< 200 and a well-framed body cut in the middle of its JSON (a stream
                       ///< stops after half of its events, the last one cut, without [DONE])
        CutOff,        ///< announces the whole body, sends half of it and closes the connection
                       ///< (a stream: half of its events, no [DONE]; Qt 6.4 sees no error)
        UnknownTool,   ///< a tool call naming toolName, which the request's `tools` do not offer
        Dropped,       ///< closes the connection without a byte of response; Qt resends the
                       ///< request once on a fresh channel, so enqueue two to be seen
    };

    /// Which endpoint consumes a scripted reply; each has its own queue.
    enum class Endpoint { ChatCompletions, Embeddings, Models };

    /// One scripted reply, taken from the queue by the next request to its endpoint.
    struct Reply
    {
        enum class Kind { Message, Raw, Fault };
        Kind kind = Kind::Message;
        Json message;          ///< Message: the assistant message (ignored off chat)
        QString finishReason;  ///< Message: overrides "stop" / "tool_calls"
        int status = 200;      ///< Raw
        QList<Header> headers; ///< Raw; Content-Length is added unless given
        QByteArray body;       ///< Raw, sent verbatim
        LlmTestServer::Fault fault = LlmTestServer::Fault::ServerError; ///< Fault
        int retryAfterSeconds = 1; ///< RateLimited, Unavailable
        QString toolName;          ///< UnknownTool
        int delayMs = 0;           ///< added to the server's latency, for every kind

        static Reply assistant(Json message, QString finishReason = {});
        static Reply text(const QString &content);
        static Reply toolCall(const QString &name, const Json &arguments = Json::object());
        static Reply raw(int status, QByteArray body, QList<Header> headers = {});
        static Reply failure(LlmTestServer::Fault fault);
        static Reply rateLimited(int retryAfterSeconds = 1);
        static Reply unavailable(int retryAfterSeconds = 1);
        static Reply serverError() { return failure(LlmTestServer::Fault::ServerError); }
        static Reply slow(int delayMs);
        static Reply hang() { return failure(LlmTestServer::Fault::Hang); }
        static Reply truncated() { return failure(LlmTestServer::Fault::TruncatedJson); }
        static Reply cutOff() { return failure(LlmTestServer::Fault::CutOff); }
        static Reply unknownTool(const QString &name = QStringLiteral("no_such_tool"));
        static Reply dropped() { return failure(LlmTestServer::Fault::Dropped); }
        /// This reply, delayMs later than usual.
        Reply delayed(int ms) const;
    };

    /// One request as received.
    struct Record
    {
        QByteArray method;
        QString path;
        QList<Header> headers; ///< names as sent by the client
        Json body;             ///< null for an empty or malformed body
        qint64 arrivalMs = 0;  ///< since the server was created
    };

    explicit LlmTestServer(QObject *parent = nullptr);
    ~LlmTestServer() override;

    /// Listens on 127.0.0.1; port 0 picks a free one.
    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:PORT/v1
    QUrl baseUrl() const;

    /// The model listed by /v1/models and named in replies to requests that name none.
    void setModel(const QString &model) { m_model = model; }
    QString model() const { return m_model; }
    /// Fixed delay before every reply (faults included, Hang aside).
    void setLatency(int ms) { m_latencyMs = ms; }
    int latency() const { return m_latencyMs; }
    /// Delay between the events of a streamed reply; 0 sends them all at once.
    void setStreamInterval(int ms) { m_streamIntervalMs = ms; }
    /// Dimension of /v1/embeddings vectors when the request asks for none (default 64).
    void setEmbeddingDimension(int dimension) { m_embeddingDimension = dimension; }
    /// Requires `Authorization: Bearer <key>` on every request (401 otherwise); empty: none.
    void setRequiredApiKey(const QString &key) { m_requiredApiKey = key; }
    /// Answers chat requests the queue does not; the default echoes (echoReply()).
    void setBrain(Brain brain) { m_brain = std::move(brain); }
    /// Queued replies come first, then the brain, then the default echo reply.
    void enqueue(Reply reply, Endpoint endpoint = Endpoint::ChatCompletions);
    int queuedCount(Endpoint endpoint = Endpoint::ChatCompletions) const;

    /// Requests received since creation or reset(), whatever their endpoint and outcome.
    int requestCount() const { return m_requestCount; }
    /// Bodies of the recorded requests, oldest first (null for GET and malformed JSON).
    QList<Json> requests() const;
    /// The last requests received; at most recordLimit() are kept.
    const std::deque<Record> &records() const { return m_records; }
    void setRecordLimit(int limit) { m_recordLimit = limit; }
    int recordLimit() const { return m_recordLimit; }
    QList<Header> lastRequestHeaders() const;
    /// A header of the last request, by case-insensitive name.
    QByteArray lastRequestHeader(const QByteArray &name) const;
    /// Replies scheduled but not yet sent, hanging ones included.
    int pendingCount() const { return int(m_pending.size()); }
    /// The most replies pending at once since creation or reset(): how many requests the
    /// clients had in flight.
    int peakPendingCount() const { return m_peakPending; }
    /// Client connections first seen since creation or reset(); keep-alive reuses them.
    int connectionCount() const { return m_connectionCount; }
    /// Forgets records and counters, keeps queues and settings.
    void reset();

    /// Echoes the text of the last message: `{"role":"assistant","content":"echo: ..."}`.
    static Json echoReply(const Json &request);
    /// Calls the first of the request's tools with `{}` when the last message is the user's;
    /// otherwise echoReply(). Lets a client run a whole tool loop against the server.
    static Json toolCallingReply(const Json &request);
    /// The deterministic embedding of a text: a signed hashed bag of lower-cased words,
    /// L2-normalised, so texts sharing words are close.
    static std::vector<float> embedding(const QString &text, int dimension = 64);

Q_SIGNALS:
    void requestReceived(const QString &path);

private:
    friend class LlmTestHttpFront;
    using Answer = LlmTestAnswer;
    using Pending = LlmTestPending;

    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    Answer answer(Endpoint endpoint, const Json &request, qsizetype requestBytes);
    Answer answerChat(const Json &request, qsizetype requestBytes,
                      const std::optional<Reply> &reply);
    void trackSocket(QTcpSocket *socket);
    void record(Record record);
    void schedule(QTcpSocket *socket, Answer answer, bool closeAfter);
    void deliver(quint64 id);
    void streamNext(quint64 id);

    LlmTestHttpFront *m_front = nullptr;
    quint16 m_port = 0;
    QString m_model = QStringLiteral("callwright-test");
    int m_latencyMs = 0;
    int m_streamIntervalMs = 0;
    int m_embeddingDimension = 64;
    QString m_requiredApiKey;
    Brain m_brain;
    std::deque<Reply> m_queues[3];

    QElapsedTimer m_clock;
    std::deque<Record> m_records;
    int m_recordLimit = 10000;
    int m_requestCount = 0;
    int m_connectionCount = 0;
    QSet<QTcpSocket *> m_sockets;
    quint64 m_nextId = 1;
    quint64 m_completionCount = 0;
    std::unordered_map<quint64, std::unique_ptr<Pending>> m_pending;
    int m_peakPending = 0;
};

} // namespace Callwright
