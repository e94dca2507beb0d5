#pragma once

#include "model/callrecord.h"
#include "model/dialogue.h"
#include "model/tool.h"

#include <array>
#include <optional>
#include <vector>

namespace Callwright {

/// The four stages of GEM (arXiv 2601.10355), in the order they run on a passage.
enum class CorpusStage { Relevance, Extraction, Grounding, Refinement };
inline constexpr int kCorpusStageCount = 4;
inline constexpr std::array<CorpusStage, kCorpusStageCount> kCorpusStages{
        CorpusStage::Relevance, CorpusStage::Extraction, CorpusStage::Grounding,
        CorpusStage::Refinement};

/// Where one stage of one passage stands. Edited outputs are the curator's: a rerun keeps them
/// unless told otherwise, and the stages after them are made from them.
enum class CorpusStageStatus { Pending, Done, Failed, Edited, Skipped };

const char *corpusStageName(CorpusStage stage);
std::optional<CorpusStage> corpusStageFromName(const QString &name);
const char *corpusStageStatusName(CorpusStageStatus status);

/// Stage 1: does the passage hold a multi-step workflow, and what is it about.
struct RelevanceResult
{
    bool holdsWorkflow = false;
    double confidence = 0; ///< 0..1
    QString summary;
    QString platform;     ///< "OpenShift", "Linux command line", ...
    QString domain;       ///< "cluster monitoring", "storage", ...
    QString taskCategory; ///< "diagnosis", "mitigation", "command reference", ...
    QStringList evidence; ///< what the judgement rests on, for people

    bool operator==(const RelevanceResult &o) const
    {
        return holdsWorkflow == o.holdsWorkflow && confidence == o.confidence
               && summary == o.summary && platform == o.platform && domain == o.domain
               && taskCategory == o.taskCategory && evidence == o.evidence;
    }
};

/// One step of an extracted workflow; a step that runs no tool has no tool name.
struct WorkflowStep
{
    QString description;
    QString command; ///< the command as the text writes it, when the step runs one
    QString toolName;
    Json arguments = Json::object();
    QString output; ///< what the text shows the command printing, if it does
    int start = -1; ///< where the step is in the document's text; -1 when unknown
    int end = -1;

    bool operator==(const WorkflowStep &o) const
    {
        return description == o.description && command == o.command && toolName == o.toolName
               && arguments == o.arguments && output == o.output && start == o.start
               && end == o.end;
    }
};

/// Stage 2: the workflow's steps, its execution graph "(a)->(b)->…", and the tools it needs,
/// one capability each, with JSON Schemas; the steps also as a plan for the simulation engine.
struct ExtractionResult
{
    std::vector<WorkflowStep> steps;
    QString executionGraph;
    std::vector<Tool> tools;
    Plan plan;

    const Tool *findTool(const QString &name) const;

    bool operator==(const ExtractionResult &o) const
    {
        return steps == o.steps && executionGraph == o.executionGraph && tools == o.tools
               && plan == o.plan;
    }
};

/// Stages 3 and 4: a whole trajectory whose system prompt holds the domain rules; refinement
/// also says what it made harder.
struct TrajectoryResult
{
    Dialogue trajectory;
    QStringList rules;   ///< the domain rules the system prompt states
    QStringList changes; ///< refinement: what it added (persona, clarification, ...)

    bool operator==(const TrajectoryResult &o) const
    {
        return trajectory == o.trajectory && rules == o.rules && changes == o.changes;
    }
};

/// One stage's output for one passage, with who made it and when, so that any stage can be
/// inspected, edited and rerun. The output is kept as JSON (a stage made by an endpoint may
/// not parse); the typed readers give nothing when it does not hold their shape.
struct CorpusStageRecord
{
    qint64 passageId = 0;
    CorpusStage stage = CorpusStage::Relevance;
    CorpusStageStatus status = CorpusStageStatus::Pending;
    QString engine;         ///< "embedded", an endpoint profile, or "curator" once edited
    bool heuristic = false; ///< made by rules, not a model: views say so
    qint64 atMs = 0;
    QString error;                       ///< why it failed, or why it was skipped
    Json output;                         ///< the stage's result; null while pending
    std::vector<ValidationIssue> issues; ///< rule checks on the output

    std::optional<RelevanceResult> relevance() const;
    std::optional<ExtractionResult> extraction() const;
    std::optional<TrajectoryResult> trajectory() const; ///< grounding and refinement
    bool hasOutput() const
    {
        return status == CorpusStageStatus::Done || status == CorpusStageStatus::Edited;
    }

    bool operator==(const CorpusStageRecord &o) const
    {
        return passageId == o.passageId && stage == o.stage && status == o.status
               && engine == o.engine && heuristic == o.heuristic && atMs == o.atMs
               && error == o.error && output == o.output && issues == o.issues;
    }
};

/// The four records of one passage, by stage; absent stages are pending.
using PassageStages = std::array<CorpusStageRecord, kCorpusStageCount>;

inline int stageIndex(CorpusStage stage)
{
    return int(stage);
}

/// How many passages of a document stand where in one stage.
struct CorpusStageCounts
{
    int pending = 0; ///< never run, or made stale by an edit before it
    int done = 0;
    int edited = 0;
    int failed = 0;
    int skipped = 0;
};

/// One row of a corpus list: a document and how far its passages went through the stages.
struct CorpusDocumentSummary
{
    qint64 id = 0;
    QString uid;
    QString title;
    QString sourcePath;
    int passages = 0;
    int workflows = 0; ///< passages whose relevance output says they hold a workflow
    std::array<CorpusStageCounts, kCorpusStageCount> stages;
};

/// What storing an import did.
struct CorpusWriteResult
{
    int added = 0;
    int replaced = 0;  ///< stored before with other text: passages and stage outputs dropped
    int unchanged = 0; ///< stored before with the same text: kept with their stage outputs
};

void to_json(Json &j, CorpusStage s);
void from_json(const Json &j, CorpusStage &s);
void to_json(Json &j, CorpusStageStatus s);
void from_json(const Json &j, CorpusStageStatus &s);
void to_json(Json &j, const RelevanceResult &r);
void from_json(const Json &j, RelevanceResult &r);
void to_json(Json &j, const WorkflowStep &s);
void from_json(const Json &j, WorkflowStep &s);
void to_json(Json &j, const ExtractionResult &r);
void from_json(const Json &j, ExtractionResult &r);
void to_json(Json &j, const TrajectoryResult &r);
void from_json(const Json &j, TrajectoryResult &r);
void to_json(Json &j, const CorpusStageRecord &r);
void from_json(const Json &j, CorpusStageRecord &r);

} // namespace Callwright
