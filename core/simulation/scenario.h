#pragma once

#include "model/catalog.h"
#include "model/persona.h"
#include "model/plan.h"

#include <vector>

namespace Callwright {

/// One dialogue to simulate: who the user is, what they want, the tools the assistant gets,
/// and the plan of turns written before the dialogue (ToolFlow's planned generation).
struct Scenario
{
    quint64 seed = 0;
    Persona persona;
    std::vector<Tool> tools; ///< the sampled tools plus the plan's prerequisites
    Plan plan;
    EnvelopeStrategy envelope = EnvelopeStrategy::ContextCarrying;
};

} // namespace Callwright
