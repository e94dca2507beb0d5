#include "llmtestserver.h"
#include "llmtestpayloads.h"

#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>

#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Callwright {

/// The HTTP side: parses requests and hands each one with its socket to the server, which
/// answers on the socket itself, possibly much later. Qt 6.4's route handlers must answer
/// before they return, so this sits one level below QHttpServer.
class LlmTestHttpFront final : public QAbstractHttpServer
{
public:
    explicit LlmTestHttpFront(LlmTestServer *owner)
        : QAbstractHttpServer(owner)
        , m_owner(owner)
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_owner->handle(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    LlmTestServer *m_owner;
};

/// A response decided when its request arrives and written when its delay has passed.
struct LlmTestAnswer
{
    enum class How { Respond, Stream, Drop, Hang };
    How how = How::Respond;
    int status = 200;
    QList<LlmTestServer::Header> headers;
    QByteArray body;          ///< Respond
    QList<QByteArray> events; ///< Stream: whole server-sent events, one HTTP chunk each
    bool cutOff = false;      ///< send half, then close without ending the message
    int delayMs = 0;          ///< on top of the latency
};

struct LlmTestPending
{
    QPointer<QTcpSocket> socket;
    LlmTestAnswer answer;
    bool closeAfter = false;
    qsizetype nextEvent = 0;
};

namespace {

using Header = LlmTestServer::Header;
using Answer = LlmTestAnswer;

QByteArray headerValue(const QList<Header> &headers, const QByteArray &name)
{
    for (const Header &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray head(int status, const QList<Header> &headers)
{
    static const QHash<int, QByteArray> reasons
            = {{200, "OK"},          {400, "Bad Request"},        {401, "Unauthorized"},
               {404, "Not Found"},   {429, "Too Many Requests"},  {500, "Internal Server Error"},
               {502, "Bad Gateway"}, {503, "Service Unavailable"}};
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' '
                     + reasons.value(status, QByteArrayLiteral("Status")) + "\r\n";
    for (const Header &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    return out + "\r\n";
}

QByteArray httpChunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

Answer jsonAnswer(int status, const Json &body)
{
    Answer a;
    a.status = status;
    a.headers = {Header("Content-Type", "application/json")};
    a.body = QByteArray::fromStdString(body.dump());
    return a;
}

Answer errorAnswer(int status, const QString &message, const char *type, const char *code = nullptr)
{
    return jsonAnswer(status, LlmTestPayloads::error(message, type, code));
}

} // namespace

LlmTestServer::Reply LlmTestServer::Reply::assistant(Json message, QString finishReason)
{
    Reply r;
    r.message = std::move(message);
    r.finishReason = std::move(finishReason);
    return r;
}

LlmTestServer::Reply LlmTestServer::Reply::text(const QString &content)
{
    return assistant(Json{{"role", "assistant"}, {"content", content.toStdString()}});
}

LlmTestServer::Reply LlmTestServer::Reply::toolCall(const QString &name, const Json &arguments)
{
    Json call = {{"type", "function"},
                 {"function", {{"name", name.toStdString()}, {"arguments", arguments.dump()}}}};
    return assistant(
            Json{{"role", "assistant"}, {"content", nullptr}, {"tool_calls", Json::array({call})}});
}

LlmTestServer::Reply LlmTestServer::Reply::raw(int status, QByteArray body, QList<Header> headers)
{
    Reply r;
    r.kind = Kind::Raw;
    r.status = status;
    r.body = std::move(body);
    r.headers = std::move(headers);
    return r;
}

LlmTestServer::Reply LlmTestServer::Reply::failure(LlmTestServer::Fault fault)
{
    Reply r;
    r.kind = Kind::Fault;
    r.fault = fault;
    return r;
}

LlmTestServer::Reply LlmTestServer::Reply::rateLimited(int retryAfterSeconds)
{
    Reply r = failure(LlmTestServer::Fault::RateLimited);
    r.retryAfterSeconds = retryAfterSeconds;
    return r;
}

LlmTestServer::Reply LlmTestServer::Reply::unavailable(int retryAfterSeconds)
{
    Reply r = failure(LlmTestServer::Fault::Unavailable);
    r.retryAfterSeconds = retryAfterSeconds;
    return r;
}

LlmTestServer::Reply LlmTestServer::Reply::slow(int delayMs)
{
    return failure(LlmTestServer::Fault::Slow).delayed(delayMs);
}

LlmTestServer::Reply LlmTestServer::Reply::unknownTool(const QString &name)
{
    Reply r = failure(LlmTestServer::Fault::UnknownTool);
    r.toolName = name;
    return r;
}

LlmTestServer::Reply LlmTestServer::Reply::delayed(int ms) const
{
    Reply r = *this;
    r.delayMs += ms;
    return r;
}

LlmTestServer::LlmTestServer(QObject *parent)
    : QObject(parent)
    , m_front(new LlmTestHttpFront(this))
{
    m_clock.start();
}

LlmTestServer::~LlmTestServer()
{
    m_pending.clear();
    delete m_front; // closes every connection while the members they clean up still exist
}

bool LlmTestServer::listen(quint16 port)
{
    auto *tcp = new QTcpServer(m_front);
    // 256 clients connecting at once overflow the default backlog of 50: the kernel drops
    // SYNs that clients resend only after a timeout (0.7 s instead of 0.2 s for 256 requests).
    tcp->setListenBacklogSize(1024);
    tcp->setMaxPendingConnections(1024);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        delete tcp;
        return false;
    }
    m_front->bind(tcp);
    m_port = tcp->serverPort();
    return true;
}

QUrl LlmTestServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
}

void LlmTestServer::enqueue(Reply reply, Endpoint endpoint)
{
    m_queues[int(endpoint)].push_back(std::move(reply));
}

int LlmTestServer::queuedCount(Endpoint endpoint) const
{
    return int(m_queues[int(endpoint)].size());
}

QList<Json> LlmTestServer::requests() const
{
    QList<Json> bodies;
    bodies.reserve(qsizetype(m_records.size()));
    for (const Record &r : m_records)
        bodies.append(r.body);
    return bodies;
}

QList<LlmTestServer::Header> LlmTestServer::lastRequestHeaders() const
{
    return m_records.empty() ? QList<Header>() : m_records.back().headers;
}

QByteArray LlmTestServer::lastRequestHeader(const QByteArray &name) const
{
    return headerValue(lastRequestHeaders(), name);
}

void LlmTestServer::reset()
{
    m_records.clear();
    m_requestCount = 0;
    m_connectionCount = 0;
    m_peakPending = int(m_pending.size());
}

void LlmTestServer::trackSocket(QTcpSocket *socket)
{
    if (m_sockets.contains(socket))
        return;
    m_sockets.insert(socket);
    ++m_connectionCount;
    // A client that gives up closes its connection, and QAbstractHttpServer deletes the
    // socket: forget what was still due on it (hanging replies above all).
    connect(socket, &QObject::destroyed, this, [this, socket] {
        m_sockets.remove(socket);
        for (auto it = m_pending.begin(); it != m_pending.end();) {
            if (it->second->socket.isNull())
                it = m_pending.erase(it);
            else
                ++it;
        }
    });
}

void LlmTestServer::record(Record record)
{
    m_records.push_back(std::move(record));
    while (m_records.size() > std::size_t(std::max(0, m_recordLimit)))
        m_records.pop_front();
}

void LlmTestServer::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    trackSocket(socket);
    Record rec;
    const char *method
            = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()));
    rec.method = QByteArray(method ? method : "Unknown").toUpper();
    rec.path = request.url().path();
    rec.headers = request.headers();
    rec.arrivalMs = m_clock.elapsed();
    const QByteArray bytes = request.body();
    if (!bytes.isEmpty()) {
        rec.body = Json::parse(bytes.begin(), bytes.end(), nullptr, false);
        if (rec.body.is_discarded())
            rec.body = nullptr;
    }
    const Json body = rec.body;
    const QString path = rec.path;
    const bool post = rec.method == "POST";
    std::optional<Endpoint> endpoint;
    if (post && path == QLatin1String("/v1/chat/completions"))
        endpoint = Endpoint::ChatCompletions;
    else if (post && path == QLatin1String("/v1/embeddings"))
        endpoint = Endpoint::Embeddings;
    else if (rec.method == "GET" && path == QLatin1String("/v1/models"))
        endpoint = Endpoint::Models;
    const bool closeAfter = headerValue(rec.headers, "connection").toLower() == "close";
    const QByteArray authorization = headerValue(rec.headers, "authorization");
    record(std::move(rec));
    ++m_requestCount;

    Answer a;
    if (!m_requiredApiKey.isEmpty() && authorization != "Bearer " + m_requiredApiKey.toUtf8())
        a = errorAnswer(401, QStringLiteral("Incorrect API key provided."), "invalid_request_error",
                        "invalid_api_key");
    else if (!endpoint)
        a = errorAnswer(404, QStringLiteral("Unknown request URL: %1").arg(path),
                        "invalid_request_error", "unknown_url");
    else if (post && !body.is_object())
        a = errorAnswer(400, QStringLiteral("The request body is not a JSON object."),
                        "invalid_request_error");
    else
        a = answer(*endpoint, body, bytes.size());
    schedule(socket, std::move(a), closeAfter);
    Q_EMIT requestReceived(path);
}

LlmTestServer::Answer LlmTestServer::answer(Endpoint endpoint, const Json &request,
                                            qsizetype requestBytes)
{
    std::optional<Reply> reply;
    std::deque<Reply> &queue = m_queues[int(endpoint)];
    if (!queue.empty()) {
        reply = std::move(queue.front());
        queue.pop_front();
    }
    std::optional<Fault> fault;
    if (reply && reply->kind == Reply::Kind::Fault)
        fault = reply->fault;

    Answer a;
    if (reply && reply->kind == Reply::Kind::Raw) {
        a.status = reply->status;
        a.headers = reply->headers;
        a.body = reply->body;
    } else if (fault == Fault::RateLimited) {
        a = errorAnswer(429, QStringLiteral("Rate limit reached for requests."), "requests",
                        "rate_limit_exceeded");
        a.headers.append(Header("Retry-After", QByteArray::number(reply->retryAfterSeconds)));
    } else if (fault == Fault::Unavailable) {
        a = errorAnswer(503, QStringLiteral("The server is overloaded or not ready yet."),
                        "server_error");
        a.headers.append(Header("Retry-After", QByteArray::number(reply->retryAfterSeconds)));
    } else if (fault == Fault::ServerError) {
        a = errorAnswer(500,
                        QStringLiteral("The server had an error while processing your request."),
                        "server_error");
    } else if (fault == Fault::Hang) {
        a.how = Answer::How::Hang;
    } else if (fault == Fault::Dropped) {
        a.how = Answer::How::Drop;
    } else if (endpoint == Endpoint::ChatCompletions) {
        a = answerChat(request, requestBytes, reply);
    } else if (endpoint == Endpoint::Embeddings) {
        QString why;
        const std::optional<Json> body
                = LlmTestPayloads::embeddings(request, m_embeddingDimension, m_model, &why);
        a = body ? jsonAnswer(200, *body) : errorAnswer(400, why, "invalid_request_error");
    } else {
        a = jsonAnswer(200, LlmTestPayloads::models(m_model));
    }

    if (fault == Fault::CutOff)
        a.cutOff = true;
    if (fault == Fault::TruncatedJson && a.how == Answer::How::Respond) {
        a.body.truncate(a.body.size() / 2);
    } else if (fault == Fault::TruncatedJson && a.how == Answer::How::Stream) {
        a.events.removeLast(); // [DONE]
        a.events.resize(std::max<qsizetype>(1, a.events.size() / 2));
        a.events.last().truncate(a.events.last().size() / 2);
    }
    if (reply)
        a.delayMs += reply->delayMs;
    return a;
}

LlmTestServer::Answer LlmTestServer::answerChat(const Json &request, qsizetype requestBytes,
                                                const std::optional<Reply> &reply)
{
    const auto messages = request.find("messages");
    if (messages == request.end() || !messages->is_array())
        return errorAnswer(400, QStringLiteral("'messages' is a required property."),
                           "invalid_request_error");

    Json message;
    QString finishReason;
    if (reply && reply->kind == Reply::Kind::Message && !reply->message.is_null()) {
        message = reply->message;
        finishReason = reply->finishReason;
    } else if (reply && reply->kind == Reply::Kind::Fault && reply->fault == Fault::UnknownTool) {
        message = LlmTestPayloads::unknownToolMessage(request, reply->toolName);
    } else {
        if (m_brain) {
            try {
                message = m_brain(request);
            } catch (const std::exception &e) {
                return errorAnswer(
                        500,
                        QStringLiteral("The brain failed: %1").arg(QString::fromUtf8(e.what())),
                        "server_error");
            }
        }
        if (message.is_null())
            message = echoReply(request);
    }

    QString why;
    const std::optional<LlmTestPayloads::Completion> completion
            = LlmTestPayloads::completion(std::move(message), request, requestBytes,
                                          ++m_completionCount, m_model, finishReason, &why);
    if (!completion)
        return errorAnswer(500, why, "server_error");
    if (!LlmTestPayloads::wantsStream(request))
        return jsonAnswer(200, LlmTestPayloads::completionBody(*completion));
    Answer a;
    a.how = Answer::How::Stream;
    a.headers = {Header("Content-Type", "text/event-stream"), Header("Cache-Control", "no-cache")};
    a.events = LlmTestPayloads::completionEvents(*completion, request);
    return a;
}

void LlmTestServer::schedule(QTcpSocket *socket, Answer answer, bool closeAfter)
{
    const quint64 id = m_nextId++;
    const Answer::How how = answer.how;
    const int delayMs = m_latencyMs + answer.delayMs;
    auto pending = std::make_unique<Pending>();
    pending->socket = socket;
    pending->closeAfter = closeAfter;
    pending->answer = std::move(answer);
    m_pending.emplace(id, std::move(pending));
    m_peakPending = std::max(m_peakPending, int(m_pending.size()));
    if (how == Answer::How::Hang)
        return;
    if (delayMs <= 0)
        deliver(id);
    else
        QTimer::singleShot(delayMs, this, [this, id] { deliver(id); });
}

void LlmTestServer::deliver(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending &p = *it->second;
    QTcpSocket *socket = p.socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        m_pending.erase(it);
        return;
    }
    const Answer &a = p.answer;
    if (a.how == Answer::How::Stream) {
        QList<Header> headers = a.headers;
        headers.append(Header("Transfer-Encoding", "chunked"));
        socket->write(head(a.status, headers));
        streamNext(id);
        return;
    }
    if (a.how == Answer::How::Respond) {
        QList<Header> headers = a.headers;
        if (headerValue(headers, "content-length").isEmpty()
            && headerValue(headers, "transfer-encoding").isEmpty())
            headers.append(Header("Content-Length", QByteArray::number(a.body.size())));
        socket->write(head(a.status, headers)
                      + (a.cutOff ? a.body.left(a.body.size() / 2) : a.body));
    }
    if (a.how == Answer::How::Drop || a.cutOff || p.closeAfter)
        socket->disconnectFromHost();
    m_pending.erase(it);
}

void LlmTestServer::streamNext(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending &p = *it->second;
    QTcpSocket *socket = p.socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        m_pending.erase(it);
        return;
    }
    const QList<QByteArray> &events = p.answer.events;
    const qsizetype end
            = p.answer.cutOff ? std::max<qsizetype>(1, events.size() / 2) : events.size();
    if (m_streamIntervalMs > 0 && p.nextEvent < end) {
        socket->write(httpChunk(events.at(p.nextEvent++)));
        if (p.nextEvent < end) {
            QTimer::singleShot(m_streamIntervalMs, this, [this, id] { streamNext(id); });
            return;
        }
    } else {
        QByteArray out;
        for (; p.nextEvent < end; ++p.nextEvent)
            out += httpChunk(events.at(p.nextEvent));
        socket->write(out);
    }
    if (!p.answer.cutOff)
        socket->write(QByteArrayLiteral("0\r\n\r\n"));
    if (p.answer.cutOff || p.closeAfter)
        socket->disconnectFromHost();
    m_pending.erase(it);
}

} // namespace Callwright
