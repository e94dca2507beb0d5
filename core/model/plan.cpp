#include "plan.h"

namespace Callwright {

namespace {
const std::pair<PlanStep::Kind, const char *> kStepKinds[] = {
        {PlanStep::Kind::SingleCall, "single_call"},
        {PlanStep::Kind::ChainedCalls, "chained_calls"},
        {PlanStep::Kind::ParallelCalls, "parallel_calls"},
        {PlanStep::Kind::Clarification, "clarification"},
        {PlanStep::Kind::ChitChat, "chit_chat"},
        {PlanStep::Kind::Unsupported, "unsupported"},
        {PlanStep::Kind::ErrorRecovery, "error_recovery"},
};
} // namespace

const char *planStepKindName(PlanStep::Kind kind)
{
    return enumName(kStepKinds, kind);
}

void to_json(Json &j, const PlannedCall &c)
{
    j = Json::object();
    j["ref"] = c.ref;
    j["tool"] = c.toolName;
    j["arguments"] = c.arguments;
    if (c.hidden)
        j["hidden"] = true;
}

void from_json(const Json &j, PlannedCall &c)
{
    c.ref = JsonRead::field<int>(j, "ref");
    c.toolName = JsonRead::field<QString>(j, "tool");
    c.arguments = JsonRead::optional<Json>(j, "arguments", Json::object());
    if (!c.arguments.is_object())
        throw ModelError("/arguments", "must be an object");
    c.hidden = JsonRead::optional<bool>(j, "hidden", false);
}

void to_json(Json &j, const PlanStep &s)
{
    j = Json::object();
    j["kind"] = planStepKindName(s.kind);
    j["intent"] = s.intent;
    if (!s.calls.empty())
        j["calls"] = s.calls;
    if (!s.withheld.isEmpty())
        j["withheld"] = s.withheld;
}

void from_json(const Json &j, PlanStep &s)
{
    s.kind = enumField(kStepKinds, j, "kind", "step kind");
    s.intent = JsonRead::optional<QString>(j, "intent");
    s.calls = JsonRead::list<PlannedCall>(j, "calls");
    s.withheld = JsonRead::optional<QString>(j, "withheld");
}

void to_json(Json &j, const Plan &p)
{
    j = Json::object();
    j["schema_version"] = kModelSchemaVersion;
    j["goal"] = p.goal;
    j["steps"] = p.steps;
}

void from_json(const Json &j, Plan &p)
{
    JsonRead::checkSchemaVersion(j, "plan");
    p.goal = JsonRead::optional<QString>(j, "goal");
    p.steps = JsonRead::list<PlanStep>(j, "steps");
}

} // namespace Callwright
