#pragma once

#include "model/catalog.h"
#include "model/dialogue.h"

namespace Callwright {

/// Replay for review: a stored call run again from its request alone, and a dialogue played
/// on from one of its plan steps, both with the embedded engine.
namespace CallReplay {

/// Runs the stored call again with the catalog's tool as it is now; a stateless tool gives the
/// stored response. Fails (nullopt, with why) when the catalog has no such tool.
std::optional<CallRecord> rerun(const Catalog &catalog, const CallRecord &stored, QString *why);

/// The plan step whose turns contain message index (-1 before the first step).
int stepOfMessage(const Dialogue &dialogue, int messageIndex);

/// Drops the turns from plan step fromStep on and lets the embedded agents play the plan on;
/// the result keeps the dialogue's identity and is verified again.
Dialogue resimulate(const Catalog &catalog, const Dialogue &dialogue, int fromStep);

/// Checks the dialogue again (schemas, grounding, plan) and writes the findings into it.
void reverify(const Catalog &catalog, Dialogue &dialogue);

} // namespace CallReplay

} // namespace Callwright
