#pragma once

#include "agents.h"
#include "model/dialogue.h"
#include "scenario.h"

namespace Callwright {

class StatelessExecutor;

/// Plays a scenario's plan out with three agents. Each step opens with the user; the
/// assistant then answers, calling tools as often as it likes (up to a bound), until it
/// replies in words. Every call goes through the stateless executor with the envelope the
/// catalog's strategy gives it, and is recorded.
class DialogueSimulator final
{
public:
    static constexpr int kMaxRoundsPerStep = 8;

    DialogueSimulator(UserAgent &user, AssistantAgent &assistant, StatelessExecutor &executor,
                      QString engine = QStringLiteral("embedded"));

    Dialogue run(const Scenario &scenario);

    /// Keeps the dialogue before plan step fromStep (its messages and calls) and plays the
    /// scenario's plan, which may have been edited, from that step on.
    Dialogue resimulate(const Scenario &scenario, const Dialogue &original, int fromStep);

    /// Index of the user message that opens each plan step of a simulated dialogue.
    static std::vector<int> stepStarts(const Dialogue &dialogue);

private:
    void playStep(const Scenario &scenario, int index, Dialogue &dialogue,
                  std::vector<DialogueAct> &acts);
    void execute(const Scenario &scenario, const ToolCall &call, Dialogue &dialogue);

    UserAgent &m_user;
    AssistantAgent &m_assistant;
    StatelessExecutor &m_executor;
    QString m_engine;
};

} // namespace Callwright
