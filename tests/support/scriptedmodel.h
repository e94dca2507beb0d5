#pragma once

// A scripted "model" for the loopback test server that plays Callwright's agent prompts well
// enough to make verified dialogues: it recognises each prompt by its opening words and
// answers from what that prompt shows, never from anything else. It is a fixture, not a
// language model: the user states values as `name = <json>`, and the assistant reads them.
#include "model/json.h"

namespace ScriptedModel {

/// The LlmTestServer brain.
Callwright::Json reply(const Callwright::Json &request);

} // namespace ScriptedModel
