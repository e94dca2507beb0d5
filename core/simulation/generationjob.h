#pragma once

#include "model/dialogue.h"
#include "model/job.h"
#include "simulationsettings.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Callwright {

class EndpointScheduler;
class ProjectStore;
class SimulationContext;
struct LlmAgentSettings;
struct VerificationReport;

/// Makes dialogue i of a job: plan, simulate, verify. With the embedded agents a pure
/// function of the context and the index, so a resumed job redoes exactly what was lost;
/// with LLM-driven agents (llm given) the same requests are sent again and the response cache
/// answers the ones already made. Throws AgentFailure when an endpoint request fails for
/// good. One factory per thread.
class DialogueFactory final
{
public:
    explicit DialogueFactory(std::shared_ptr<const SimulationContext> context,
                             const LlmAgentSettings *llm = nullptr);
    ~DialogueFactory();

    Dialogue make(int index, VerificationReport *report = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

struct GenerationProgress
{
    int done = 0;  ///< dialogues of the job in the project
    int total = 0; ///< dialogues the job asks for
    int writtenThisRun = 0;
    int unverified = 0; ///< written this run with verification problems
    int failed = 0;     ///< could not be made this run (an endpoint failed); not written
    double dialoguesPerSecond = 0;
    QString lastFailure;
};

/// Runs generation jobs against a project: dialogues are made on a thread pool and written
/// in batches, each batch one transaction, so a crash loses at most the batch in flight.
/// A dialogue's uid is its job and index; a resumed job skips the uids already stored and
/// makes the rest, which are the same dialogues the lost run would have made.
class GenerationRunner final
{
public:
    struct Callbacks
    {
        std::function<void(const GenerationProgress &)> progress;
        /// The batch just written (ids assigned), for live views.
        std::function<void(const std::vector<Dialogue> &)> batchStored;
    };

    /// Opens the endpoint scheduler of a profile (credentials set), or says why it cannot.
    using EndpointOpener = std::function<std::shared_ptr<EndpointScheduler>(const QString &profile,
                                                                            QString *error)>;

    explicit GenerationRunner(ProjectStore &store);

    /// Needed for "llm" jobs; the application gives one that reads the user's profiles and
    /// keychain, tests give one for their loopback server.
    void setEndpointOpener(EndpointOpener opener) { m_openEndpoint = std::move(opener); }

    /// Records a new job for the settings; nullopt (with the reason) when the project is
    /// read-only or the catalog does not exist.
    std::optional<Job> create(const SimulationSettings &settings, QString *error = nullptr);

    /// Runs or resumes the job until it is complete, cancelled or failed, and records the
    /// outcome in the project; a job that is not running is marked running first. Returns
    /// the job as it stands at the end.
    Job run(Job job, const std::atomic_bool *cancel = nullptr, const Callbacks &callbacks = {});

    static QString uidFor(qint64 jobId, int index);

    int batchSize = 256;
    int threads = 0; ///< 0: one per core (embedded); an "llm" job has one per request in flight

private:
    ProjectStore &m_store;
    EndpointOpener m_openEndpoint;
};

} // namespace Callwright
