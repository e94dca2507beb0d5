#include "simulationlabels.h"

#include <cmath>

namespace Callwright {

QString SimulationLabels::stepKind(PlanStep::Kind kind)
{
    switch (kind) {
    case PlanStep::Kind::SingleCall:
        return tr("Single call");
    case PlanStep::Kind::ChainedCalls:
        return tr("Chained calls");
    case PlanStep::Kind::ParallelCalls:
        return tr("Parallel calls");
    case PlanStep::Kind::Clarification:
        return tr("Clarification");
    case PlanStep::Kind::ChitChat:
        return tr("Chit-chat");
    case PlanStep::Kind::Unsupported:
        return tr("Unsupported request");
    case PlanStep::Kind::ErrorRecovery:
        return tr("Error recovery");
    }
    return {};
}

QString SimulationLabels::stepKindShort(PlanStep::Kind kind)
{
    switch (kind) {
    case PlanStep::Kind::SingleCall:
        return tr("single");
    case PlanStep::Kind::ChainedCalls:
        return tr("chain");
    case PlanStep::Kind::ParallelCalls:
        return tr("parallel");
    case PlanStep::Kind::Clarification:
        return tr("clarify");
    case PlanStep::Kind::ChitChat:
        return tr("chit-chat");
    case PlanStep::Kind::Unsupported:
        return tr("unsupported");
    case PlanStep::Kind::ErrorRecovery:
        return tr("recovery");
    }
    return {};
}

QString SimulationLabels::stepKindHelp(PlanStep::Kind kind)
{
    switch (kind) {
    case PlanStep::Kind::SingleCall:
        return tr("The user asks for one thing that one tool call answers.");
    case PlanStep::Kind::ChainedCalls:
        return tr("Calls whose outputs feed the next call; prerequisites may stay hidden from "
                  "the user. Needs a data-flow pair among the sampled tools.");
    case PlanStep::Kind::ParallelCalls:
        return tr("Independent calls the assistant makes in one message.");
    case PlanStep::Kind::Clarification:
        return tr("The user leaves out a required value and gives it when asked.");
    case PlanStep::Kind::ChitChat:
        return tr("A turn that needs no tool.");
    case PlanStep::Kind::Unsupported:
        return tr("A request no tool of the catalog can serve; the assistant says so.");
    case PlanStep::Kind::ErrorRecovery:
        return tr("A first call fails validation and the assistant repairs it.");
    }
    return {};
}

QString SimulationLabels::sampler(SamplerKind kind)
{
    switch (kind) {
    case SamplerKind::RandomWalk:
        return tr("Random walk");
    case SamplerKind::NearestNeighbours:
        return tr("Nearest neighbours");
    case SamplerKind::DataFlowChain:
        return tr("Data-flow chain");
    case SamplerKind::CoverageAware:
        return tr("Coverage-aware walk");
    }
    return {};
}

QString SimulationLabels::samplerHelp(SamplerKind kind)
{
    switch (kind) {
    case SamplerKind::RandomWalk:
        return tr("ToolFlow: a random walk of n tools on the graph.");
    case SamplerKind::NearestNeighbours:
        return tr("DiGiT-TC: a tool and its nearest neighbours by edge confidence.");
    case SamplerKind::DataFlowChain:
        return tr("A path along data-flow edges, so the calls feed each other.");
    case SamplerKind::CoverageAware:
        return tr("Walks that favour the tools and edges used least so far.");
    }
    return {};
}

QString SimulationLabels::envelope(EnvelopeStrategy strategy)
{
    switch (strategy) {
    case EnvelopeStrategy::ContextCarrying:
        return tr("Context-carrying");
    case EnvelopeStrategy::StateToken:
        return tr("State token");
    }
    return {};
}

QString SimulationLabels::jobStatus(JobStatus status)
{
    switch (status) {
    case JobStatus::Running:
        return tr("Running");
    case JobStatus::Interrupted:
        return tr("Interrupted");
    case JobStatus::Completed:
        return tr("Completed");
    case JobStatus::Cancelled:
        return tr("Cancelled");
    case JobStatus::Failed:
        return tr("Failed");
    }
    return {};
}

SimulationLabels::JobStatus SimulationLabels::jobStatus(const Job &job, qint64 runningHere)
{
    if (job.id != 0 && job.id == runningHere)
        return JobStatus::Running; // resumed here, whatever the file said before
    switch (job.state) {
    case Job::State::Running:
        return JobStatus::Interrupted;
    case Job::State::Completed:
        return JobStatus::Completed;
    case Job::State::Cancelled:
        return JobStatus::Cancelled;
    case Job::State::Failed:
        return JobStatus::Failed;
    }
    return JobStatus::Failed;
}

QString SimulationLabels::timeLeft(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return {};
    const qint64 s = std::llround(std::ceil(seconds));
    if (s < 60)
        return tr("about %1 s left").arg(std::max<qint64>(s, 1));
    if (s < 3600)
        return tr("about %1 min %2 s left").arg(s / 60).arg(s % 60);
    return tr("about %1 h %2 min left").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace Callwright
