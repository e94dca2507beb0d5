#pragma once

#include "graph/samplers.h"
#include "model/catalog.h"
#include "model/job.h"
#include "model/plan.h"

#include <QCoreApplication>

namespace Callwright {

/// The words the Simulation panel uses for the engine's enums, in one place so the form, the
/// live results and the job list say the same thing.
class SimulationLabels final
{
    Q_DECLARE_TR_FUNCTIONS(SimulationLabels)

public:
    /// How a job is shown: a Running job that this process is not running was interrupted.
    enum class JobStatus { Running, Interrupted, Completed, Cancelled, Failed };

    static QString stepKind(PlanStep::Kind kind);      ///< "Chained calls"
    static QString stepKindShort(PlanStep::Kind kind); ///< "chain", for dense tables
    static QString stepKindHelp(PlanStep::Kind kind);  ///< one sentence for a tooltip
    static QString sampler(SamplerKind kind);
    static QString samplerHelp(SamplerKind kind);
    static QString envelope(EnvelopeStrategy strategy);
    static QString jobStatus(JobStatus status);
    static JobStatus jobStatus(const Job &job, qint64 runningHere);
    /// "about 2 min 5 s left"; empty when it cannot be told.
    static QString timeLeft(double seconds);
};

} // namespace Callwright
