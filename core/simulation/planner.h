#pragma once

#include "graph/samplers.h"
#include "scenario.h"
#include "simulationsettings.h"

#include <QHash>

#include <memory>

namespace Callwright {

class CompiledTools;

/// What a job knows about its catalog before the first dialogue, shared read-only by every
/// thread: the tools, the sampler over the graph, and which tool outputs can feed which
/// parameters.
class SimulationContext final
{
public:
    /// A parameter of a tool that an output field of other tools can fill ("$1.user_id").
    struct ChainInput
    {
        QString parameter;
        struct Producer
        {
            int tool = 0;
            QString field;
        };
        std::vector<Producer> producers;
    };

    SimulationContext(Catalog catalog, const ToolGraph &graph, SimulationSettings settings);
    ~SimulationContext();

    const Catalog &catalog() const { return m_catalog; }
    const SimulationSettings &settings() const { return m_settings; }
    EnvelopeStrategy envelope() const { return m_envelope; }
    const ToolSampler &sampler() const { return *m_sampler; }
    const std::vector<ChainInput> &chainInputs(int tool) const
    {
        return m_chainInputs[std::size_t(tool)];
    }
    /// Required scalar parameters a user states in words (clarification, error recovery).
    const QStringList &requiredLiterals(int tool) const
    {
        return m_requiredLiterals[std::size_t(tool)];
    }
    const QStringList &toolWords() const { return m_toolWords; }
    int toolIndex(const QString &name) const { return m_toolIndex.value(name, -1); }
    /// The catalog's tools compiled once for every thread of the job.
    const std::shared_ptr<const CompiledTools> &compiledTools() const { return m_compiled; }

    /// The seed of dialogue index of a job: independent of the job's size and of threads.
    static quint64 dialogueSeed(quint64 jobSeed, int index);

private:
    Catalog m_catalog;
    SimulationSettings m_settings;
    EnvelopeStrategy m_envelope;
    std::unique_ptr<ToolSampler> m_sampler;
    std::vector<std::vector<ChainInput>> m_chainInputs;
    std::vector<QStringList> m_requiredLiterals;
    QStringList m_toolWords;
    QHash<QString, int> m_toolIndex;
    std::shared_ptr<const CompiledTools> m_compiled;
};

/// ToolFlow's planned generation, offline: samples tools on the graph, draws the plan's step
/// kinds from the mix, and fills each planned call with values from the schema synthesiser,
/// kept consistent through the dialogue (one email, one user id). Chained calls reference
/// earlier outputs ("$1.user_id"); their prerequisites may be hidden from the user, whose
/// request still carries every literal value (DiGiT-TC). One planner per thread.
class EmbeddedPlanner final
{
public:
    explicit EmbeddedPlanner(std::shared_ptr<const SimulationContext> context);
    ~EmbeddedPlanner();

    Scenario plan(int index);

private:
    std::shared_ptr<const SimulationContext> m_context;
};

} // namespace Callwright
