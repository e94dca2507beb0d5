#pragma once

#include "json.h"

#include <vector>

namespace Callwright {

/// A call the plan intends; arguments may reference earlier outputs as "$1.field" (DiGiT-TC).
struct PlannedCall
{
    int ref = 0; ///< 1-based number used by "$ref.field" references
    QString toolName;
    Json arguments = Json::object();
    bool hidden = false; ///< a prerequisite the user does not ask for explicitly

    bool operator==(const PlannedCall &o) const
    {
        return ref == o.ref && toolName == o.toolName && arguments == o.arguments
               && hidden == o.hidden;
    }
};

/// One turn of the plan written before the dialogue (ToolFlow's planned generation).
struct PlanStep
{
    enum class Kind {
        SingleCall,
        ChainedCalls,
        ParallelCalls,
        Clarification,
        ChitChat,
        Unsupported,
        ErrorRecovery
    };

    Kind kind = Kind::SingleCall;
    QString intent; ///< what the user wants in this turn, in plain words
    std::vector<PlannedCall> calls;
    /// Clarification only: "ref/parameter", the required value the user leaves out at first.
    QString withheld;

    bool operator==(const PlanStep &o) const
    {
        return kind == o.kind && intent == o.intent && calls == o.calls && withheld == o.withheld;
    }
};

struct Plan
{
    QString goal;
    std::vector<PlanStep> steps;

    bool operator==(const Plan &o) const { return goal == o.goal && steps == o.steps; }
};

const char *planStepKindName(PlanStep::Kind kind);

void to_json(Json &j, const PlannedCall &c);
void from_json(const Json &j, PlannedCall &c);
void to_json(Json &j, const PlanStep &s);
void from_json(const Json &j, PlanStep &s);
void to_json(Json &j, const Plan &p);
void from_json(const Json &j, Plan &p);

} // namespace Callwright
