#pragma once

#include "chatcompletion.h"
#include "endpointprofile.h"

#include <QFuture>
#include <QObject>

#include <memory>

class QThread;

namespace Callwright {

class ResponseCache;

/// Why a request to an endpoint did not give an answer.
struct BackendError
{
    enum class Kind {
        None,
        Network,     ///< refused, reset or dropped connection
        Timeout,     ///< no complete answer within the profile's request timeout
        RateLimited, ///< 429
        Server,      ///< 5xx
        Rejected,    ///< other 4xx: the request itself is wrong
        Auth,        ///< 401 or 403, or no credentials
        Malformed,   ///< 200 with a body that is not a completion (cut off, not JSON)
        Cancelled,
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; ///< translated, names the endpoint and what happened

    bool retryable() const;
};

QString toString(BackendError::Kind kind);

/// How one request ended: an answer, or the last error after the retries.
struct ChatOutcome
{
    std::optional<ChatCompletion> completion;
    BackendError error;
    int attempts = 0; ///< HTTP attempts made (0 when answered from the cache)
    bool fromCache = false;
    qint64 elapsedMs = 0; ///< from submission to the outcome, waits included

    bool ok() const { return completion.has_value(); }
};

struct EmbeddingsOutcome
{
    std::optional<std::vector<std::vector<float>>> vectors;
    BackendError error;
    int attempts = 0;
    bool ok() const { return vectors.has_value(); }
};

/// What a scheduler did so far (one scheduler per job: these are the job's figures).
struct SchedulerStats
{
    qint64 submitted = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;
    qint64 attempts = 0; ///< HTTP requests sent
    qint64 retries = 0;
    qint64 cacheHits = 0;
    int inFlight = 0;
    int peakInFlight = 0;
    int queued = 0;
    TokenUsage usage; ///< tokens the endpoint reported (cache hits excluded)
    double cost = 0;  ///< from the profile's prices
};

/// Sends requests to one endpoint as fast as its profile allows and no faster: at most
/// maxInFlight open at once, requests and tokens per minute held by token buckets, retries
/// with exponential backoff and jitter that honour Retry-After on 429 and 503, a timeout per
/// request, cancellation. Answers come from the response cache when it has them.
///
/// Thread-safe: call from any thread. The HTTP work runs on a thread of the scheduler's own
/// (QNetworkAccessManager opens at most six connections per host, so it keeps a pool of
/// them, enough for maxInFlight). Results arrive as QFutures; worker threads may block on
/// them, the GUI watches them.
class EndpointScheduler final : public QObject
{
    Q_OBJECT

public:
    explicit EndpointScheduler(EndpointProfile profile, QObject *parent = nullptr);
    ~EndpointScheduler() override; ///< cancels what is left and waits for the thread

    const EndpointProfile &profile() const { return m_profile; }

    /// The bearer token sent as Authorization (API key or OAuth2 access token); empty: none.
    void setBearerToken(const QString &token);
    void setCache(std::shared_ptr<ResponseCache> cache);
    /// Backoff of the n-th retry: base * 2^(n-1), times a jitter in [0.5, 1], at most max.
    void setBackoff(int baseMs, int maxMs);

    QFuture<ChatOutcome> chat(const ChatRequest &request);
    /// chat(), waited for. Never call it on the GUI thread.
    ChatOutcome chatAndWait(const ChatRequest &request);
    QFuture<EmbeddingsOutcome> embed(const QStringList &texts);
    /// A one-word request that skips the cache: can the endpoint be reached, with these
    /// credentials, and does the model answer?
    QFuture<ChatOutcome> checkConnection();

    /// Cancels every queued and open request; their futures finish with Kind::Cancelled.
    void cancelAll();

    SchedulerStats stats() const;

private:
    class Worker;
    EndpointProfile m_profile;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr; ///< lives on m_thread
};

} // namespace Callwright
