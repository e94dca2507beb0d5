#include "simulationsettings.h"

namespace Callwright {

namespace {

std::optional<EnvelopeStrategy> envelopeNamed(const std::string &name)
{
    for (const EnvelopeStrategy s :
         {EnvelopeStrategy::ContextCarrying, EnvelopeStrategy::StateToken}) {
        if (name == envelopeStrategyName(s))
            return s;
    }
    return std::nullopt;
}

} // namespace

void to_json(Json &j, const PlanMix &m)
{
    j = Json::object();
    Json weights = Json::object();
    for (int k = 0; k < PlanMix::kKinds; ++k)
        weights[planStepKindName(PlanStep::Kind(k))] = m.weights[std::size_t(k)];
    j["weights"] = std::move(weights);
    j["min_steps"] = m.minSteps;
    j["max_steps"] = m.maxSteps;
}

void from_json(const Json &j, PlanMix &m)
{
    const Json weights = JsonRead::field<Json>(j, "weights");
    if (!weights.is_object())
        throw ModelError("/weights", "must be an object of step kinds");
    for (auto it = weights.begin(); it != weights.end(); ++it) {
        int kind = -1;
        for (int k = 0; k < PlanMix::kKinds; ++k) {
            if (it.key() == planStepKindName(PlanStep::Kind(k)))
                kind = k;
        }
        if (kind < 0)
            throw ModelError("/weights/" + it.key(), "unknown step kind");
        if (!it->is_number_integer() || it->get<int>() < 0)
            throw ModelError("/weights/" + it.key(), "must be a whole number of at least 0");
        m.weights[std::size_t(kind)] = it->get<int>();
    }
    m.minSteps = JsonRead::optional<int>(j, "min_steps", 2);
    m.maxSteps = JsonRead::optional<int>(j, "max_steps", 4);
    if (m.minSteps < 1 || m.maxSteps < m.minSteps || m.maxSteps > 20)
        throw ModelError("/max_steps", "steps must satisfy 1 <= min_steps <= max_steps <= 20");
}

void to_json(Json &j, const SimulationSettings &s)
{
    j = Json::object();
    j["schema_version"] = kModelSchemaVersion;
    j["catalog_id"] = s.catalogId;
    j["count"] = s.count;
    j["seed"] = s.seed;
    j["sampler"] = ToolSampler::kindName(s.sampler);
    j["tools_per_sample"] = s.toolsPerSample;
    j["mix"] = s.mix;
    j["envelope"] = s.envelope ? envelopeStrategyName(*s.envelope) : "catalog";
    j["engine"] = s.engine;
    if (!s.endpoint.isEmpty())
        j["endpoint"] = s.endpoint;
    if (s.backTranslate)
        j["back_translate"] = true;
}

void from_json(const Json &j, SimulationSettings &s)
{
    JsonRead::checkSchemaVersion(j, "simulation settings");
    s.catalogId = JsonRead::field<qint64>(j, "catalog_id");
    s.count = JsonRead::field<int>(j, "count");
    if (s.count < 1)
        throw ModelError("/count", "must be at least 1");
    s.seed = JsonRead::field<quint64>(j, "seed");
    const QString sampler = JsonRead::optional<QString>(j, "sampler", QStringLiteral("walk"));
    const auto kind = ToolSampler::kindFromName(sampler);
    if (!kind)
        throw ModelError("/sampler", "unknown sampler '" + sampler.toStdString() + "'");
    s.sampler = *kind;
    s.toolsPerSample = JsonRead::optional<int>(j, "tools_per_sample", 4);
    if (s.toolsPerSample < 1 || s.toolsPerSample > 32)
        throw ModelError("/tools_per_sample", "must be between 1 and 32");
    if (j.contains("mix")) {
        try {
            s.mix = j.at("mix").get<PlanMix>();
        } catch (const ModelError &e) {
            throw e.prefixed("mix");
        }
    }
    const std::string envelope
            = JsonRead::optional<QString>(j, "envelope", QStringLiteral("catalog")).toStdString();
    if (envelope == "catalog") {
        s.envelope.reset();
    } else {
        s.envelope = envelopeNamed(envelope);
        if (!s.envelope)
            throw ModelError("/envelope", "unknown envelope strategy '" + envelope + "'");
    }
    s.engine = JsonRead::optional<QString>(j, "engine", QStringLiteral("embedded"));
    s.endpoint = JsonRead::optional<QString>(j, "endpoint");
    s.backTranslate = JsonRead::optional<bool>(j, "back_translate", false);
}

} // namespace Callwright
