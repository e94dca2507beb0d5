#include "callreplay.h"

#include "dialoguesimulator.h"
#include "dialogueverifier.h"
#include "embeddedagents.h"
#include "embeddedtoolagent.h"
#include "scenario.h"
#include "statelessexecutor.h"

#include <QCoreApplication>

namespace Callwright::CallReplay {

std::optional<CallRecord> rerun(const Catalog &catalog, const CallRecord &stored, QString *why)
{
    const Tool *tool = catalog.findTool(stored.toolName);
    if (!tool) {
        if (why) {
            *why = QCoreApplication::translate("Callwright::CallReplay",
                                               "The catalog has no tool named %1 any more.")
                           .arg(stored.toolName);
        }
        return std::nullopt;
    }
    EmbeddedToolAgent agent;
    StatelessExecutor executor(agent);
    return executor.replay(*tool, stored);
}

int stepOfMessage(const Dialogue &dialogue, int messageIndex)
{
    const std::vector<int> starts = DialogueSimulator::stepStarts(dialogue);
    int step = -1;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        if (starts[i] <= messageIndex)
            step = int(i);
    }
    return step;
}

Dialogue resimulate(const Catalog &catalog, const Dialogue &dialogue, int fromStep)
{
    Scenario scenario;
    scenario.seed = dialogue.seed;
    scenario.persona = dialogue.persona;
    scenario.tools = catalog.tools;
    scenario.plan = dialogue.plan;
    scenario.envelope = catalog.envelope;
    EmbeddedUserAgent user;
    EmbeddedAssistantAgent assistant;
    EmbeddedToolAgent toolAgent;
    StatelessExecutor executor(toolAgent);
    DialogueSimulator simulator(user, assistant, executor, dialogue.engine);
    Dialogue result = simulator.resimulate(scenario, dialogue, qMax(0, fromStep));
    result.id = dialogue.id;
    result.uid = dialogue.uid;
    result.catalogId = dialogue.catalogId;
    result.jobId = dialogue.jobId;
    result.status = dialogue.status;
    result.reviewNote = dialogue.reviewNote;
    reverify(catalog, result);
    return result;
}

void reverify(const Catalog &catalog, Dialogue &dialogue)
{
    DialogueVerifier verifier(catalog.tools);
    DialogueVerifier::annotate(dialogue, verifier.verify(dialogue));
}

} // namespace Callwright::CallReplay
