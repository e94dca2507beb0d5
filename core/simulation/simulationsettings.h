#pragma once

#include "graph/samplers.h"
#include "model/catalog.h"
#include "model/plan.h"

#include <array>
#include <optional>

namespace Callwright {

/// How often each kind of plan step is drawn (relative weights; 0 turns a kind off). A kind
/// the sampled tools cannot serve (a chain without a data-flow pair, a clarification without
/// a required value) falls back to a single call.
struct PlanMix
{
    static constexpr int kKinds = 7;
    std::array<int, kKinds> weights{30, 15, 12, 12, 10, 8, 13}; ///< by PlanStep::Kind
    int minSteps = 2;
    int maxSteps = 4;

    int weight(PlanStep::Kind kind) const { return weights[std::size_t(kind)]; }
    void setWeight(PlanStep::Kind kind, int w) { weights[std::size_t(kind)] = w; }

    bool operator==(const PlanMix &o) const
    {
        return weights == o.weights && minSteps == o.minSteps && maxSteps == o.maxSteps;
    }
};

/// Everything a generation job needs to produce dialogue i again, bit for bit.
struct SimulationSettings
{
    qint64 catalogId = 0;
    int count = 100;
    quint64 seed = 1;
    SamplerKind sampler = SamplerKind::RandomWalk;
    int toolsPerSample = 4;
    PlanMix mix;
    std::optional<EnvelopeStrategy> envelope;    ///< unset: the catalog's own strategy
    QString engine = QStringLiteral("embedded"); ///< "embedded" or "llm"
    /// The endpoint profile (id) an "llm" job drives; its agents' prompts come from the project.
    QString endpoint;
    /// LLM jobs: run DiGiT-TC's back-translation check on each dialogue (score "backtranslation").
    bool backTranslate = false;

    bool usesEndpoint() const { return engine == QLatin1String("llm"); }

    bool operator==(const SimulationSettings &o) const
    {
        return catalogId == o.catalogId && count == o.count && seed == o.seed
               && sampler == o.sampler && toolsPerSample == o.toolsPerSample && mix == o.mix
               && envelope == o.envelope && engine == o.engine && endpoint == o.endpoint
               && backTranslate == o.backTranslate;
    }
};

void to_json(Json &j, const PlanMix &m);
void from_json(const Json &j, PlanMix &m);
void to_json(Json &j, const SimulationSettings &s);
void from_json(const Json &j, SimulationSettings &s);

} // namespace Callwright
