#pragma once

#include "json.h"

namespace Callwright {

/// A long piece of work over a project, kept in the project file so that it can be listed,
/// resumed after a crash, and traced from the dialogues it made (Dialogue::jobId).
struct Job
{
    /// Running is also what a crashed job still says: a job that is Running in the file but
    /// not in this process was interrupted, and views show it so (it can be resumed).
    enum class State { Running, Completed, Cancelled, Failed };

    qint64 id = 0;                             ///< row id; 0 until stored
    QString kind = QStringLiteral("generate"); ///< what the job does
    Json settings = Json::object();            ///< everything needed to redo the job's work
    int requested = 0;                         ///< units of work asked for (dialogues)
    State state = State::Running;
    qint64 createdAtMs = 0;
    qint64 finishedAtMs = 0; ///< 0 while running
    QString error;           ///< why it failed, when it did
    /// What the run measured: for endpoint jobs {"usage": {...}, "cost": x, "requests": n,
    /// "cache_hits": n, "failures": [{"index": i, "error": "..."}]}; empty for embedded jobs.
    Json report = Json::object();

    bool operator==(const Job &o) const
    {
        return id == o.id && kind == o.kind && settings == o.settings && requested == o.requested
               && state == o.state && createdAtMs == o.createdAtMs && finishedAtMs == o.finishedAtMs
               && error == o.error && report == o.report;
    }
};

const char *jobStateName(Job::State s);

void to_json(Json &j, Job::State s);
void from_json(const Json &j, Job::State &s);
void to_json(Json &j, const Job &job);
void from_json(const Json &j, Job &job);

} // namespace Callwright
