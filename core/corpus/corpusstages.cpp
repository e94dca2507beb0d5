#include "corpusstages.h"

namespace Callwright {

namespace {

const std::pair<CorpusStage, const char *> kStages[] = {
        {CorpusStage::Relevance, "relevance"},
        {CorpusStage::Extraction, "extraction"},
        {CorpusStage::Grounding, "grounding"},
        {CorpusStage::Refinement, "refinement"},
};

const std::pair<CorpusStageStatus, const char *> kStatuses[] = {
        {CorpusStageStatus::Pending, "pending"}, {CorpusStageStatus::Done, "done"},
        {CorpusStageStatus::Failed, "failed"},   {CorpusStageStatus::Edited, "edited"},
        {CorpusStageStatus::Skipped, "skipped"},
};

QStringList stringList(const Json &j, std::string_view key)
{
    const auto items = JsonRead::list<QString>(j, key);
    return QStringList(items.begin(), items.end());
}

template<typename T>
std::optional<T> readAs(const Json &output)
{
    if (output.is_null())
        return std::nullopt;
    try {
        return output.get<T>();
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

} // namespace

const char *corpusStageName(CorpusStage stage)
{
    return enumName(kStages, stage);
}

std::optional<CorpusStage> corpusStageFromName(const QString &name)
{
    for (const auto &[stage, text] : kStages) {
        if (name == QLatin1String(text))
            return stage;
    }
    return std::nullopt;
}

const char *corpusStageStatusName(CorpusStageStatus status)
{
    return enumName(kStatuses, status);
}

const Tool *ExtractionResult::findTool(const QString &name) const
{
    for (const Tool &t : tools) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

std::optional<RelevanceResult> CorpusStageRecord::relevance() const
{
    return stage == CorpusStage::Relevance ? readAs<RelevanceResult>(output) : std::nullopt;
}

std::optional<ExtractionResult> CorpusStageRecord::extraction() const
{
    return stage == CorpusStage::Extraction ? readAs<ExtractionResult>(output) : std::nullopt;
}

std::optional<TrajectoryResult> CorpusStageRecord::trajectory() const
{
    return stage == CorpusStage::Grounding || stage == CorpusStage::Refinement
                   ? readAs<TrajectoryResult>(output)
                   : std::nullopt;
}

void to_json(Json &j, CorpusStage s)
{
    j = corpusStageName(s);
}

void from_json(const Json &j, CorpusStage &s)
{
    s = enumFromName(kStages, j, "corpus stage");
}

void to_json(Json &j, CorpusStageStatus s)
{
    j = corpusStageStatusName(s);
}

void from_json(const Json &j, CorpusStageStatus &s)
{
    s = enumFromName(kStatuses, j, "stage status");
}

void to_json(Json &j, const RelevanceResult &r)
{
    j = Json::object();
    j["holds_workflow"] = r.holdsWorkflow;
    j["confidence"] = r.confidence;
    j["summary"] = r.summary;
    j["platform"] = r.platform;
    j["domain"] = r.domain;
    j["task_category"] = r.taskCategory;
    if (!r.evidence.isEmpty())
        j["evidence"] = r.evidence;
}

void from_json(const Json &j, RelevanceResult &r)
{
    r.holdsWorkflow = JsonRead::field<bool>(j, "holds_workflow");
    r.confidence = JsonRead::optional<double>(j, "confidence", 0.0);
    r.summary = JsonRead::optional<QString>(j, "summary");
    r.platform = JsonRead::optional<QString>(j, "platform");
    r.domain = JsonRead::optional<QString>(j, "domain");
    r.taskCategory = JsonRead::optional<QString>(j, "task_category");
    r.evidence = stringList(j, "evidence");
}

void to_json(Json &j, const WorkflowStep &s)
{
    j = Json::object();
    j["description"] = s.description;
    if (!s.command.isEmpty())
        j["command"] = s.command;
    if (!s.toolName.isEmpty()) {
        j["tool"] = s.toolName;
        j["arguments"] = s.arguments;
    }
    if (!s.output.isEmpty())
        j["output"] = s.output;
    if (s.start >= 0) {
        j["start"] = s.start;
        j["end"] = s.end;
    }
}

void from_json(const Json &j, WorkflowStep &s)
{
    s.description = JsonRead::optional<QString>(j, "description");
    s.command = JsonRead::optional<QString>(j, "command");
    s.toolName = JsonRead::optional<QString>(j, "tool");
    s.arguments = JsonRead::optional<Json>(j, "arguments", Json::object());
    if (!s.arguments.is_object())
        throw ModelError("/arguments", "must be an object");
    s.output = JsonRead::optional<QString>(j, "output");
    s.start = JsonRead::optional<int>(j, "start", -1);
    s.end = JsonRead::optional<int>(j, "end", -1);
}

void to_json(Json &j, const ExtractionResult &r)
{
    j = Json::object();
    j["steps"] = r.steps;
    j["execution_graph"] = r.executionGraph;
    j["tools"] = r.tools;
    j["plan"] = r.plan;
}

void from_json(const Json &j, ExtractionResult &r)
{
    r.steps = JsonRead::list<WorkflowStep>(j, "steps");
    r.executionGraph = JsonRead::optional<QString>(j, "execution_graph");
    r.tools = JsonRead::list<Tool>(j, "tools");
    r.plan = JsonRead::optional<Plan>(j, "plan");
}

void to_json(Json &j, const TrajectoryResult &r)
{
    j = Json::object();
    j["trajectory"] = r.trajectory;
    j["rules"] = r.rules;
    if (!r.changes.isEmpty())
        j["changes"] = r.changes;
}

void from_json(const Json &j, TrajectoryResult &r)
{
    r.trajectory = JsonRead::field<Dialogue>(j, "trajectory");
    r.rules = stringList(j, "rules");
    r.changes = stringList(j, "changes");
}

void to_json(Json &j, const CorpusStageRecord &r)
{
    j = Json::object();
    j["schema_version"] = kModelSchemaVersion;
    if (r.passageId != 0)
        j["passage_id"] = r.passageId;
    j["stage"] = r.stage;
    j["status"] = r.status;
    j["engine"] = r.engine;
    if (r.heuristic)
        j["heuristic"] = true;
    j["at_ms"] = r.atMs;
    if (!r.error.isEmpty())
        j["error"] = r.error;
    if (!r.output.is_null())
        j["output"] = r.output;
    if (!r.issues.empty())
        j["issues"] = r.issues;
}

void from_json(const Json &j, CorpusStageRecord &r)
{
    JsonRead::checkSchemaVersion(j, "corpus stage record");
    r.passageId = JsonRead::optional<qint64>(j, "passage_id", 0);
    r.stage = enumField(kStages, j, "stage", "corpus stage");
    r.status = enumField(kStatuses, j, "status", "stage status");
    r.engine = JsonRead::optional<QString>(j, "engine");
    r.heuristic = JsonRead::optional<bool>(j, "heuristic", false);
    r.atMs = JsonRead::optional<qint64>(j, "at_ms", 0);
    r.error = JsonRead::optional<QString>(j, "error");
    r.output = JsonRead::optional<Json>(j, "output");
    r.issues = JsonRead::list<ValidationIssue>(j, "issues");
}

} // namespace Callwright
