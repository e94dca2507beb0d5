#include "endpointscheduler.h"

#include "responsecache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <cmath>
#include <deque>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EndpointScheduler)
};

// QNetworkAccessManager opens at most this many HTTP/1.1 connections per host (Qt 6.4).
constexpr int kConnectionsPerManager = 6;

// Retry-After in seconds or as an HTTP date; -1 when absent or unreadable.
qint64 retryAfterMs(const QByteArray &value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = value.trimmed().toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : qint64(seconds * 1000);
    const QDateTime at
            = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    return at.isValid() ? std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at)) : -1;
}

// A token bucket: capacity per minute, refilled continuously.
struct Bucket
{
    double perMinute = 0; // 0: unlimited
    double level = 0;
    qint64 lastMs = 0;

    void reset(double rate, qint64 now)
    {
        perMinute = rate;
        level = rate;
        lastMs = now;
    }
    void refill(qint64 now)
    {
        if (perMinute <= 0)
            return;
        level = std::min(perMinute, level + double(now - lastMs) * perMinute / 60000.0);
        lastMs = now;
    }
    // Milliseconds until `amount` is available (0: now).
    qint64 waitFor(double amount, qint64 now)
    {
        if (perMinute <= 0)
            return 0;
        refill(now);
        amount = std::min(amount, perMinute);
        if (level >= amount)
            return 0;
        return qint64(std::ceil((amount - level) * 60000.0 / perMinute));
    }
    void take(double amount)
    {
        if (perMinute > 0)
            level -= std::min(amount, perMinute);
    }
};

} // namespace

bool BackendError::retryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::Malformed:
        return true;
    case Kind::Rejected:
        return httpStatus == 408 || httpStatus == 409;
    case Kind::None:
    case Kind::Auth:
    case Kind::Cancelled:
        return false;
    }
    return false;
}

QString toString(BackendError::Kind kind)
{
    switch (kind) {
    case BackendError::Kind::None:
        return QStringLiteral("none");
    case BackendError::Kind::Network:
        return QStringLiteral("network");
    case BackendError::Kind::Timeout:
        return QStringLiteral("timeout");
    case BackendError::Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case BackendError::Kind::Server:
        return QStringLiteral("server");
    case BackendError::Kind::Rejected:
        return QStringLiteral("rejected");
    case BackendError::Kind::Auth:
        return QStringLiteral("auth");
    case BackendError::Kind::Malformed:
        return QStringLiteral("malformed");
    case BackendError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

class EndpointScheduler::Worker final : public QObject
{
public:
    struct Pending
    {
        enum class Kind { Chat, Embeddings, Probe };
        Kind kind = Kind::Chat;
        ChatRequest request;
        QStringList texts;
        QByteArray body;
        QByteArray cacheKey;
        double tokens = 0;
        int attempts = 0;
        qint64 notBeforeMs = 0;
        QElapsedTimer clock;
        std::shared_ptr<QPromise<ChatOutcome>> chat;
        std::shared_ptr<QPromise<EmbeddingsOutcome>> embeddings;

        bool aborted = false; ///< cancelAll() took it back
        qint64 sentAtMs = 0;  ///< when the open attempt was sent

        bool cancelled() const
        {
            return aborted || (chat ? chat->isCanceled() : embeddings && embeddings->isCanceled());
        }
    };

    explicit Worker(const EndpointProfile &profile)
        : m_profile(profile)
    {}

    // On the worker thread.
    void start()
    {
        m_clock.start();
        m_rpm.reset(m_profile.requestsPerMinute, 0);
        m_tpm.reset(m_profile.tokensPerMinute, 0);
        const int managers = std::max(1, (m_profile.maxInFlight + kConnectionsPerManager - 1)
                                                 / kConnectionsPerManager);
        for (int i = 0; i < managers; ++i) {
            auto *nam = new QNetworkAccessManager(this);
            nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
            m_managers.push_back({nam, 0});
        }
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] { pump(); });
        // One sweep over the open requests instead of a timer each: at hundreds of requests
        // in flight, timers per request cost more than the sweep.
        m_deadlines = new QTimer(this);
        m_deadlines->setInterval(std::clamp(m_profile.requestTimeoutMs / 10, 20, 250));
        connect(m_deadlines, &QTimer::timeout, this, [this] { abortOverdue(); });
    }

    void submit(std::shared_ptr<Pending> p)
    {
        {
            QMutexLocker lock(&m_statsMutex);
            ++m_stats.submitted;
        }
        p->clock.start();
        if (p->kind == Pending::Kind::Chat && m_cache) {
            if (std::optional<Json> hit = m_cache->find(p->cacheKey)) {
                ChatOutcome outcome;
                try {
                    outcome.completion = hit->get<ChatCompletion>();
                    outcome.fromCache = true;
                    QMutexLocker lock(&m_statsMutex);
                    ++m_stats.cacheHits;
                    ++m_stats.succeeded;
                } catch (const std::exception &) {
                    outcome.completion.reset(); // a damaged entry: ask the endpoint again
                }
                if (outcome.completion) {
                    finishChat(*p, std::move(outcome));
                    return;
                }
            }
        }
        m_queue.push_back(std::move(p));
        pump();
    }

    void pump()
    {
        const qint64 now = m_clock.elapsed();
        qint64 nextWake = -1;
        const auto wakeIn = [&](qint64 ms) {
            if (nextWake < 0 || ms < nextWake)
                nextWake = ms;
        };
        for (auto it = m_queue.begin(); it != m_queue.end();) {
            if (m_inFlight >= m_profile.maxInFlight)
                break;
            Pending &p = **it;
            if (p.cancelled()) {
                cancelled(p);
                it = m_queue.erase(it);
                continue;
            }
            if (p.notBeforeMs > now) {
                wakeIn(p.notBeforeMs - now);
                ++it;
                continue;
            }
            const qint64 wait = std::max(m_rpm.waitFor(1, now), m_tpm.waitFor(p.tokens, now));
            if (wait > 0) {
                wakeIn(wait);
                break; // keep order: the first waiting request goes first
            }
            m_rpm.take(1);
            m_tpm.take(p.tokens);
            std::shared_ptr<Pending> taken = std::move(*it);
            it = m_queue.erase(it);
            send(std::move(taken));
        }
        {
            QMutexLocker lock(&m_statsMutex);
            m_stats.queued = int(m_queue.size());
        }
        if (nextWake >= 0 && (!m_timer->isActive() || m_timer->remainingTime() > nextWake))
            m_timer->start(int(std::max<qint64>(1, nextWake)));
    }

    void send(std::shared_ptr<Pending> p)
    {
        ++p->attempts;
        ++m_inFlight;
        {
            QMutexLocker lock(&m_statsMutex);
            ++m_stats.attempts;
            if (p->attempts > 1)
                ++m_stats.retries;
            m_stats.inFlight = m_inFlight;
            m_stats.peakInFlight = std::max(m_stats.peakInFlight, m_inFlight);
        }
        QNetworkRequest request(p->kind == Pending::Kind::Embeddings
                                        ? m_profile.embeddingsUrl()
                                        : m_profile.chatCompletionsUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Accept", p->request.stream ? QByteArrayLiteral("text/event-stream")
                                                         : QByteArrayLiteral("application/json"));
        {
            QMutexLocker lock(&m_tokenMutex);
            if (!m_bearer.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + m_bearer.toUtf8());
        }
        for (const auto &[name, value] : std::as_const(m_profile.extraHeaders))
            request.setRawHeader(name.toUtf8(), value.toUtf8());
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);

        auto least = std::min_element(
                m_managers.begin(), m_managers.end(),
                [](const auto &a, const auto &b) { return a.second < b.second; });
        ++least->second;
        const std::size_t manager = std::size_t(least - m_managers.begin());
        QNetworkReply *reply = least->first->post(request, p->body);
        m_open.insert(reply, p);

        auto stream = std::make_shared<ChatStreamAssembler>();
        if (p->request.stream && p->kind == Pending::Kind::Chat) {
            connect(reply, &QNetworkReply::readyRead, this, [reply, stream] {
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                    stream->feed(reply->readAll());
            });
        }
        p->sentAtMs = m_clock.elapsed();
        if (!m_deadlines->isActive())
            m_deadlines->start();
        connect(reply, &QNetworkReply::finished, this, [this, reply, manager, stream] {
            --m_managers[manager].second;
            finished(reply, stream.get());
        });
    }

    void abortOverdue()
    {
        if (m_open.isEmpty()) {
            m_deadlines->stop();
            return;
        }
        const qint64 now = m_clock.elapsed();
        QList<QNetworkReply *> overdue;
        for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
            if (now - it.value()->sentAtMs >= m_profile.requestTimeoutMs)
                overdue << it.key();
        }
        for (QNetworkReply *reply : overdue) {
            reply->setProperty("callwrightTimedOut", true);
            reply->abort();
        }
    }

    void finished(QNetworkReply *reply, ChatStreamAssembler *stream)
    {
        reply->deleteLater();
        std::shared_ptr<Pending> p = m_open.take(reply);
        --m_inFlight;
        {
            QMutexLocker lock(&m_statsMutex);
            m_stats.inFlight = m_inFlight;
        }
        if (!p) {
            pump();
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString where = m_profile.name.isEmpty() ? m_profile.baseUrl.host() : m_profile.name;
        BackendError error;
        error.httpStatus = status;
        // The deadline sweep aborts a request (OperationCanceledError) after marking it; only
        // the scheduler's own cancellation, or the caller's, counts as cancelled.
        const bool timedOut = reply->property("callwrightTimedOut").toBool()
                              || reply->error() == QNetworkReply::TimeoutError
                              || reply->error() == QNetworkReply::OperationCanceledError;
        if (p->cancelled()) {
            cancelled(*p);
            pump();
            return;
        }
        const QByteArray body = reply->readAll();
        std::optional<ChatCompletion> completion;
        std::optional<std::vector<std::vector<float>>> vectors;
        if (timedOut) {
            error.kind = BackendError::Kind::Timeout;
            error.message = Tr::tr("%1 gave no complete answer within %2 ms")
                                    .arg(where)
                                    .arg(m_profile.requestTimeoutMs);
        } else if (status == 0) {
            error.kind = BackendError::Kind::Network;
            error.message = Tr::tr("%1 could not be reached: %2").arg(where, reply->errorString());
        } else if (status < 200 || status >= 300) {
            const QString said = errorMessageOf(body);
            const QString detail
                    = said.isEmpty() ? QString::fromUtf8(body.left(160)).trimmed() : said;
            if (status == 429)
                error.kind = BackendError::Kind::RateLimited;
            else if (status == 401 || status == 403)
                error.kind = BackendError::Kind::Auth;
            else if (status >= 500)
                error.kind = BackendError::Kind::Server;
            else
                error.kind = BackendError::Kind::Rejected;
            error.message = Tr::tr("%1 answered HTTP %2: %3").arg(where).arg(status).arg(detail);
        } else {
            QString why;
            if (p->kind == Pending::Kind::Embeddings) {
                vectors = parseEmbeddings(body, &why);
            } else if (p->request.stream) {
                stream->feed(body);
                completion = stream->result(&why);
            } else {
                completion = parseChatCompletion(body, &why);
            }
            if (!completion && !vectors) {
                error.kind = BackendError::Kind::Malformed;
                error.message = Tr::tr("%1: %2").arg(where, why);
            }
        }

        if (error.kind == BackendError::Kind::None) {
            QMutexLocker lock(&m_statsMutex);
            ++m_stats.succeeded;
            if (completion) {
                m_stats.usage += completion->usage;
                m_stats.cost
                        += (double(completion->usage.promptTokens) * m_profile.inputPricePerMTok
                            + double(completion->usage.completionTokens)
                                      * m_profile.outputPricePerMTok)
                           / 1e6;
            }
        } else if (error.retryable() && p->attempts <= m_profile.maxRetries) {
            qint64 delay = -1;
            if (status == 429 || status == 503)
                delay = retryAfterMs(reply->rawHeader("Retry-After"));
            if (delay < 0) {
                const double exp = double(m_backoffBaseMs) * std::pow(2.0, p->attempts - 1);
                const double jitter = 0.5 + 0.5 * QRandomGenerator::global()->generateDouble();
                delay = qint64(std::min(double(m_backoffMaxMs), exp) * jitter);
            }
            delay = std::min<qint64>(delay, 120000);
            p->notBeforeMs = m_clock.elapsed() + delay;
            m_queue.push_front(std::move(p));
            pump();
            return;
        } else {
            QMutexLocker lock(&m_statsMutex);
            ++m_stats.failed;
        }

        if (p->kind == Pending::Kind::Embeddings) {
            EmbeddingsOutcome outcome;
            outcome.vectors = std::move(vectors);
            outcome.error = std::move(error);
            outcome.attempts = p->attempts;
            p->embeddings->addResult(std::move(outcome));
            p->embeddings->finish();
        } else {
            ChatOutcome outcome;
            outcome.attempts = p->attempts;
            outcome.error = std::move(error);
            if (completion && m_cache && p->kind == Pending::Kind::Chat)
                m_cache->insert(p->cacheKey, Json(*completion));
            outcome.completion = std::move(completion);
            finishChat(*p, std::move(outcome));
        }
        pump();
    }

    void finishChat(Pending &p, ChatOutcome outcome)
    {
        outcome.elapsedMs = p.clock.elapsed();
        p.chat->addResult(std::move(outcome));
        p.chat->finish();
    }

    void cancelled(Pending &p)
    {
        BackendError error;
        error.kind = BackendError::Kind::Cancelled;
        error.message = Tr::tr("the request was cancelled");
        {
            QMutexLocker lock(&m_statsMutex);
            ++m_stats.failed;
        }
        if (p.embeddings) {
            EmbeddingsOutcome outcome;
            outcome.error = error;
            outcome.attempts = p.attempts;
            p.embeddings->addResult(std::move(outcome));
            p.embeddings->finish();
        } else {
            ChatOutcome outcome;
            outcome.error = error;
            outcome.attempts = p.attempts;
            finishChat(p, std::move(outcome));
        }
    }

    void cancelAll()
    {
        while (!m_queue.empty()) {
            std::shared_ptr<Pending> p = std::move(m_queue.front());
            m_queue.pop_front();
            cancelled(*p);
        }
        const QList<QNetworkReply *> open = m_open.keys();
        for (QNetworkReply *reply : open) {
            if (std::shared_ptr<Pending> p = m_open.value(reply))
                p->aborted = true;
            reply->abort();
        }
    }

    EndpointProfile m_profile;
    std::shared_ptr<ResponseCache> m_cache;
    int m_backoffBaseMs = 500;
    int m_backoffMaxMs = 30000;
    QMutex m_tokenMutex;
    QString m_bearer;
    mutable QMutex m_statsMutex;
    SchedulerStats m_stats;

private:
    QElapsedTimer m_clock;
    Bucket m_rpm;
    Bucket m_tpm;
    std::vector<std::pair<QNetworkAccessManager *, int>> m_managers;
    std::deque<std::shared_ptr<Pending>> m_queue;
    QHash<QNetworkReply *, std::shared_ptr<Pending>> m_open;
    int m_inFlight = 0;
    QTimer *m_timer = nullptr;
    QTimer *m_deadlines = nullptr;
};

EndpointScheduler::EndpointScheduler(EndpointProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_thread(std::make_unique<QThread>())
{
    m_profile.maxInFlight = std::max(1, m_profile.maxInFlight);
    m_thread->setObjectName(QStringLiteral("endpoint:%1").arg(m_profile.id));
    m_worker = new Worker(m_profile);
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->start(); }, Qt::BlockingQueuedConnection);
}

EndpointScheduler::~EndpointScheduler()
{
    QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->cancelAll(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void EndpointScheduler::setBearerToken(const QString &token)
{
    QMutexLocker lock(&m_worker->m_tokenMutex);
    m_worker->m_bearer = token;
}

void EndpointScheduler::setCache(std::shared_ptr<ResponseCache> cache)
{
    QMetaObject::invokeMethod(
            m_worker, [w = m_worker, c = std::move(cache)] { w->m_cache = c; },
            Qt::BlockingQueuedConnection);
}

void EndpointScheduler::setBackoff(int baseMs, int maxMs)
{
    QMetaObject::invokeMethod(
            m_worker,
            [w = m_worker, baseMs, maxMs] {
                w->m_backoffBaseMs = std::max(1, baseMs);
                w->m_backoffMaxMs = std::max(w->m_backoffBaseMs, maxMs);
            },
            Qt::BlockingQueuedConnection);
}

QFuture<ChatOutcome> EndpointScheduler::chat(const ChatRequest &request)
{
    auto p = std::make_shared<Worker::Pending>();
    p->request = request;
    p->body = QByteArray::fromStdString(request.body(m_profile.model).dump());
    // The body just serialised is the cache key's, unless the stream flag is in it.
    p->cacheKey = request.stream ? request.cacheKey(m_profile.baseUrl.toString(), m_profile.model)
                                 : ChatRequest::cacheKeyOf(m_profile.baseUrl.toString(), p->body);
    p->tokens = double(request.estimatedTokens());
    p->chat = std::make_shared<QPromise<ChatOutcome>>();
    p->chat->start();
    QFuture<ChatOutcome> future = p->chat->future();
    QMetaObject::invokeMethod(
            m_worker, [w = m_worker, p] { w->submit(p); }, Qt::QueuedConnection);
    return future;
}

ChatOutcome EndpointScheduler::chatAndWait(const ChatRequest &request)
{
    Q_ASSERT(QThread::currentThread() != m_thread.get());
    QFuture<ChatOutcome> future = chat(request);
    future.waitForFinished();
    if (future.resultCount() > 0)
        return future.result();
    ChatOutcome outcome; // the caller cancelled the future itself
    outcome.error.kind = BackendError::Kind::Cancelled;
    outcome.error.message = Tr::tr("the request was cancelled");
    return outcome;
}

QFuture<EmbeddingsOutcome> EndpointScheduler::embed(const QStringList &texts)
{
    auto p = std::make_shared<Worker::Pending>();
    p->kind = Worker::Pending::Kind::Embeddings;
    p->texts = texts;
    Json input = Json::array();
    for (const QString &t : texts)
        input.push_back(t.toStdString());
    const QString model
            = m_profile.embeddingModel.isEmpty() ? m_profile.model : m_profile.embeddingModel;
    p->body = QByteArray::fromStdString(
            Json{{"model", model.toStdString()}, {"input", std::move(input)}}.dump());
    p->tokens = double(p->body.size() / 4);
    p->embeddings = std::make_shared<QPromise<EmbeddingsOutcome>>();
    p->embeddings->start();
    QFuture<EmbeddingsOutcome> future = p->embeddings->future();
    QMetaObject::invokeMethod(
            m_worker, [w = m_worker, p] { w->submit(p); }, Qt::QueuedConnection);
    return future;
}

QFuture<ChatOutcome> EndpointScheduler::checkConnection()
{
    auto p = std::make_shared<Worker::Pending>();
    p->kind = Worker::Pending::Kind::Probe;
    p->request.messages
            = Json::array({Json{{"role", "user"}, {"content", "Reply with the single word OK."}}});
    p->request.maxTokens = 5;
    p->request.tag = QStringLiteral("probe");
    p->body = QByteArray::fromStdString(p->request.body(m_profile.model).dump());
    p->tokens = double(p->request.estimatedTokens());
    p->chat = std::make_shared<QPromise<ChatOutcome>>();
    p->chat->start();
    QFuture<ChatOutcome> future = p->chat->future();
    QMetaObject::invokeMethod(
            m_worker, [w = m_worker, p] { w->submit(p); }, Qt::QueuedConnection);
    return future;
}

void EndpointScheduler::cancelAll()
{
    QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->cancelAll(); }, Qt::QueuedConnection);
}

SchedulerStats EndpointScheduler::stats() const
{
    QMutexLocker lock(&m_worker->m_statsMutex);
    return m_worker->m_stats;
}

} // namespace Callwright
