#pragma once

#include "agents.h"
#include "backends/chatcompletion.h"
#include "backends/prompttemplates.h"
#include "model/dialogue.h"
#include "scenario.h"
#include "toolagent.h"

#include <optional>
#include <stdexcept>

namespace Callwright {

class EndpointScheduler;

/// An endpoint request an agent needed failed (after the scheduler's retries), or its answer
/// could not be used even after one repair request: the dialogue cannot go on. The message
/// names the agent and what went wrong; the job records it for the dialogue and goes on.
class AgentFailure : public std::runtime_error
{
public:
    explicit AgentFailure(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

/// What every LLM-driven agent shares: the endpoint, the prompts, and the sampling settings.
/// The seed of a request is derived from the dialogue's seed, so a rerun sends the same
/// requests and the response cache answers them.
struct LlmAgentSettings
{
    EndpointScheduler *scheduler = nullptr;
    PromptTemplates prompts;
    double temperature = 0.7;
    int maxTokens = 1024;
};

/// Writes the goal of a planned scenario in the user's words (template "planner"). The plan's
/// steps and values stay those of the embedded planner, so the dialogue can be verified
/// against them; an unusable answer keeps the embedded goal.
class LlmPlanner final
{
public:
    explicit LlmPlanner(LlmAgentSettings settings);
    void refine(Scenario &scenario);

private:
    LlmAgentSettings m_settings;
};

/// The user, played by a model (template "user"): it sees its persona, its goal, the plan
/// step it plays with the values it must state, and the visible dialogue — nothing else.
class LlmUserAgent final : public UserAgent
{
public:
    explicit LlmUserAgent(LlmAgentSettings settings);
    UserTurn speak(const UserAgentInput &input) override;
    void setSeed(quint64 seed) { m_seed = seed; }

private:
    LlmAgentSettings m_settings;
    quint64 m_seed = 0;
};

/// The assistant, played by a model through native tool calling (template "assistant"): it
/// sees the tools and the dialogue, never the plan or the user's hidden intent.
class LlmAssistantAgent final : public AssistantAgent
{
public:
    explicit LlmAssistantAgent(LlmAgentSettings settings);
    AssistantTurn respond(const AssistantAgentInput &input) override;
    void setSeed(quint64 seed) { m_seed = seed; }

private:
    LlmAgentSettings m_settings;
    quint64 m_seed = 0;
};

/// A tool, played by a model (template "tool"). Its prompt holds the tool's definition and
/// the request (arguments and envelope) and nothing more; temperature 0 and the response
/// cache keep it a function of the request.
class LlmToolAgent final : public ToolAgent
{
public:
    explicit LlmToolAgent(LlmAgentSettings settings);
    ToolAgentOutput respond(const ToolAgentInput &input) override;

    /// The chat request respond() sends for an input (tests assert what it holds).
    ChatRequest requestFor(const ToolAgentInput &input) const;

private:
    LlmAgentSettings m_settings;
};

/// DiGiT-TC's back-translation check: from each step's user words alone (template
/// "backtranslation"), a model writes the calls again; a step passes when the tools and the
/// literal values match the plan.
struct BackTranslation
{
    int steps = 0;      ///< steps with calls
    int reproduced = 0; ///< of them, regenerated the same
    QStringList mismatches;
    double share() const { return steps > 0 ? double(reproduced) / steps : 1.0; }
};

class BackTranslationCheck final
{
public:
    explicit BackTranslationCheck(LlmAgentSettings settings);
    BackTranslation check(const Dialogue &dialogue, const std::vector<Tool> &tools);

private:
    LlmAgentSettings m_settings;
};

/// The OpenAI wire form of a dialogue's messages (for the assistant and for exports).
Json chatMessagesOf(const std::vector<Message> &messages);
} // namespace Callwright
