#pragma once

// Hand-written records for tst_datasetimporter, kept out of the test file because moc cannot
// read raw string literals there.

namespace ImportSamples {

inline constexpr const char kGlaive[] = R"([
 {"conversations": [{"from": "human", "value": "How old am I if I was born on 1990-05-15?"},
   {"from": "function_call", "value": "{\"name\": \"age\", \"arguments\": {\"born\": \"1990-05-15\"}}"},
   {"from": "observation", "value": "{\"age\": 34}"},
   {"from": "gpt", "value": "You are 34."}],
  "tools": "[{\"name\": \"age\", \"description\": \"Age from a birth date\", \"parameters\": {\"type\": \"object\", \"properties\": {\"born\": {\"type\": \"string\"}}}}]"}
])";

inline constexpr const char kOpenAiBadArguments[] = R"({"messages": [{"role": "user", "content": "x"}, {"role": "assistant", "content": null, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{oops"}}]}, {"role": "tool", "tool_call_id": "c1", "content": "1"}]})";

inline constexpr const char kOpenAiUnknownRole[] = R"({"messages": [{"role": "robot", "content": "x"}]})";

inline constexpr const char kTrlToolWithoutCall[] = R"({"messages": [{"role": "user", "content": "x"}, {"role": "tool", "name": "f", "content": "1"}]})";

inline constexpr const char kShareGptOdd[] = R"({"conversations": [{"from": "human", "value": "x"}]})";

inline constexpr const char kHermesResponses[] = R"({"conversations": [{"from": "system", "value": "<tools> [{\"type\": \"function\", \"function\": {\"name\": \"f\", \"parameters\": {}}}] </tools>"}, {"from": "human", "value": "x"}, {"from": "gpt", "value": "<tool_call>\n{\"name\": \"f\", \"arguments\": {}}\n</tool_call>"}, {"from": "tool", "value": "nothing"}, {"from": "gpt", "value": "ok"}]})";

} // namespace ImportSamples
