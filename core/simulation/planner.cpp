#include "planner.h"

#include "compiledtools.h"
#include "dialogueverifier.h"
#include "graph/edgeinference.h"
#include "phrasebook.h"
#include "schema/random.h"
#include "schema/wordlists.h"
#include "tooltext.h"

#include <QSet>

#include <map>
#include <set>

namespace Callwright {

namespace {

QString typeOf(const Json &schema)
{
    if (!schema.is_object())
        return {};
    const auto it = schema.find("type");
    return it != schema.end() && it->is_string() ? it->get<QString>() : QString();
}

bool isScalarType(const QString &type)
{
    return type == QLatin1String("string") || type == QLatin1String("integer")
           || type == QLatin1String("number");
}

bool fixedBySchema(const Json &schema)
{
    if (!schema.is_object())
        return false;
    if (schema.contains("const"))
        return true;
    const auto e = schema.find("enum");
    return e != schema.end() && e->is_array() && e->size() <= 1;
}

// An output can fill a parameter when both are plain values of the same type and the
// parameter adds no constraint the output might break.
bool canFeed(const Json &output, const Json &parameter)
{
    const QString type = typeOf(parameter);
    if (!isScalarType(type) || typeOf(output) != type)
        return false;
    for (const char *constraint : {"enum", "const", "pattern", "format", "minimum", "maximum",
                                   "exclusiveMinimum", "exclusiveMaximum", "maxLength"}) {
        if (parameter.contains(constraint))
            return false;
    }
    return !(parameter.contains("minLength") && parameter["minLength"].is_number()
             && parameter["minLength"].get<double>() > 6);
}

const Json &propertiesOf(const Json &schema)
{
    static const Json empty = Json::object();
    if (!schema.is_object())
        return empty;
    const auto it = schema.find("properties");
    return it != schema.end() && it->is_object() ? *it : empty;
}

bool isRequired(const Json &schema, const std::string &name)
{
    const auto it = schema.find("required");
    if (it == schema.end() || !it->is_array())
        return false;
    for (const Json &r : *it) {
        if (r.is_string() && r.get_ref<const std::string &>() == name)
            return true;
    }
    return false;
}

} // namespace

quint64 SimulationContext::dialogueSeed(quint64 jobSeed, int index)
{
    quint64 x = jobSeed ^ (quint64(index) * 0x9e3779b97f4a7c15ull);
    Rng::splitmix64(x);
    return Rng::splitmix64(x);
}

SimulationContext::SimulationContext(Catalog catalog, const ToolGraph &graph,
                                     SimulationSettings settings)
    : m_catalog(std::move(catalog))
    , m_settings(std::move(settings))
    , m_envelope(m_settings.envelope.value_or(m_catalog.envelope))
{
    const std::vector<Tool> &tools = m_catalog.tools;
    const int n = int(tools.size());
    if (graph.edges.empty()) {
        // A catalog nobody has shaped yet still gets a graph to walk: the inferred one.
        m_sampler = std::make_unique<ToolSampler>(
                SamplerGraph::build(tools, EdgeInference::infer(tools).edges));
    } else {
        m_sampler = std::make_unique<ToolSampler>(SamplerGraph::build(tools, graph));
    }

    // Which tools produce which fields, echoes of their own arguments aside.
    std::map<std::string, std::vector<std::pair<int, Json>>> producers;
    std::vector<Json> returns(static_cast<std::size_t>(n)); // each tool's, computed once
    for (int t = 0; t < n; ++t) {
        m_toolIndex.insert(tools[std::size_t(t)].name, t);
        const Json &params = propertiesOf(tools[std::size_t(t)].parameters);
        returns[std::size_t(t)] = ToolText::effectiveReturns(tools[std::size_t(t)]);
        const Json &outputs = propertiesOf(returns[std::size_t(t)]);
        for (auto it = outputs.begin(); it != outputs.end(); ++it) {
            if (params.contains(it.key()) || it.key() == "status" || it.key() == "request_id")
                continue;
            producers[it.key()].emplace_back(t, *it);
        }
    }

    m_chainInputs.resize(std::size_t(n));
    m_requiredLiterals.resize(std::size_t(n));
    QSet<QString> words;
    for (int t = 0; t < n; ++t) {
        const Tool &tool = tools[std::size_t(t)];
        for (const QString &w : ToolText::humanize(tool.name).toLower().split(QLatin1Char(' ')))
            words.insert(w);
        for (const QString &w :
             tool.description.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            words.insert(w);
        const Json &params = propertiesOf(tool.parameters);
        for (auto it = params.begin(); it != params.end(); ++it) {
            if (isRequired(tool.parameters, it.key()) && isScalarType(typeOf(*it))
                && !fixedBySchema(*it)) {
                m_requiredLiterals[std::size_t(t)].append(QString::fromStdString(it.key()));
            }
            const auto p = producers.find(it.key());
            if (p == producers.end())
                continue;
            ChainInput input;
            input.parameter = QString::fromStdString(it.key());
            for (const auto &[producer, schema] : p->second) {
                if (producer != t && canFeed(schema, *it))
                    input.producers.push_back({producer, input.parameter});
            }
            if (!input.producers.empty())
                m_chainInputs[std::size_t(t)].push_back(std::move(input));
        }
    }
    // Data-flow edges the curator drew (or inference found) between differently named fields.
    const SamplerGraph &g = m_sampler->graph();
    for (const SamplerGraph::Edge &e : g.edges) {
        if (e.kind != GraphEdge::Kind::DataFlow || e.mapping.from.isEmpty()
            || e.mapping.from == e.mapping.to)
            continue;
        const Tool &from = tools[std::size_t(e.from)];
        const Tool &to = tools[std::size_t(e.to)];
        const Json &outputs = propertiesOf(returns[std::size_t(e.from)]);
        const Json &params = propertiesOf(to.parameters);
        const std::string field = e.mapping.from.toStdString();
        const std::string param = e.mapping.to.toStdString();
        if (!outputs.contains(field) || !params.contains(param)
            || propertiesOf(from.parameters).contains(field)
            || !canFeed(outputs.at(field), params.at(param)))
            continue;
        auto &inputs = m_chainInputs[std::size_t(e.to)];
        auto it = std::find_if(inputs.begin(), inputs.end(),
                               [&](const ChainInput &c) { return c.parameter == e.mapping.to; });
        if (it == inputs.end()) {
            inputs.push_back({e.mapping.to, {}});
            it = inputs.end() - 1;
        }
        it->producers.push_back({e.from, e.mapping.from});
    }
    m_toolWords = QStringList(words.begin(), words.end());
    m_compiled = std::make_shared<const CompiledTools>(tools);
}

SimulationContext::~SimulationContext() = default;

EmbeddedPlanner::EmbeddedPlanner(std::shared_ptr<const SimulationContext> context)
    : m_context(std::move(context))
{}

EmbeddedPlanner::~EmbeddedPlanner() = default;

namespace {

struct PlanState
{
    Rng rng;
    std::map<std::string, Json> values; ///< one value per parameter name through the dialogue
    int nextRef = 1;
    std::vector<int> tools; ///< tools the assistant will get
    QStringList goals;
};

void addTool(PlanState &state, int tool)
{
    if (std::find(state.tools.begin(), state.tools.end(), tool) == state.tools.end())
        state.tools.push_back(tool);
}

} // namespace

Scenario EmbeddedPlanner::plan(int index)
{
    const SimulationContext &ctx = *m_context;
    const SimulationSettings &settings = ctx.settings();
    const std::vector<Tool> &tools = ctx.catalog().tools;
    Scenario scenario;
    scenario.seed = SimulationContext::dialogueSeed(settings.seed, index);
    scenario.envelope = ctx.envelope();
    if (tools.empty())
        return scenario;

    PlanState state{Rng(scenario.seed), {}, 1, {}, {}};
    Rng &rng = state.rng;
    scenario.persona = rng.pick(Phrasebook::personas());
    // The archetype gives background, traits and style; each simulated user has a name of
    // their own, and tools that ask for a name get that one.
    const QString first = QString::fromUtf8(rng.pick(WordLists::firstNames));
    const QString last = QString::fromUtf8(rng.pick(WordLists::lastNames));
    scenario.persona.name = first + QLatin1Char(' ') + last;
    state.values.emplace("first_name", first.toStdString());
    state.values.emplace("last_name", last.toStdString());
    state.values.emplace("full_name", scenario.persona.name.toStdString());
    state.values.emplace("customer_name", scenario.persona.name.toStdString());

    SamplerOptions options;
    options.kind = settings.sampler;
    options.size = settings.toolsPerSample;
    options.count = 1;
    options.seed = rng.next();
    std::vector<int> pool;
    const SampleBatch batch = ctx.sampler().sample(options);
    if (!batch.samples.empty())
        pool = batch.samples.front().tools;
    if (pool.empty())
        pool.push_back(int(rng.below(tools.size())));
    for (int t : pool)
        addTool(state, t);

    // One call of a tool with values consistent with the rest of the dialogue.
    const auto makeCall = [&](int tool) -> std::optional<PlannedCall> {
        const CompiledTool &c = ctx.compiledTools()->at(tool);
        Json arguments;
        // Schema examples such as "Bearer <token>" are templates, not values a user says.
        for (int attempt = 0; attempt < 4; ++attempt) {
            try {
                arguments = c.arguments.generate(rng.next(), tools[std::size_t(tool)].name);
            } catch (const SynthesisError &) {
                return std::nullopt;
            }
            if (!DialogueVerifier::hasPlaceholder(QString::fromStdString(arguments.dump())))
                break;
            arguments = Json();
        }
        if (!arguments.is_object())
            return std::nullopt;
        Json consistent = arguments;
        for (auto it = consistent.begin(); it != consistent.end(); ++it) {
            const auto known = state.values.find(it.key());
            const auto validator = c.parameterProperties.find(it.key());
            if (known != state.values.end() && validator != c.parameterProperties.end()
                && validator->second.isValid(known->second))
                *it = known->second;
        }
        if (consistent != arguments && c.parameterValidator.isValid(consistent))
            arguments = std::move(consistent);
        for (auto it = arguments.begin(); it != arguments.end(); ++it)
            state.values.emplace(it.key(), *it);
        addTool(state, tool);
        PlannedCall call;
        call.ref = state.nextRef++;
        call.toolName = tools[std::size_t(tool)].name;
        call.arguments = std::move(arguments);
        return call;
    };
    const auto phrase = [&](int tool) {
        return ToolText::requestPhrase(tools[std::size_t(tool)]);
    };
    const auto candidates = [&](auto &&accept) {
        std::vector<int> out;
        for (int t : pool) {
            if (accept(t))
                out.push_back(t);
        }
        return out;
    };

    const int stepCount = int(rng.between(settings.mix.minSteps, settings.mix.maxSteps));
    std::set<int> called; // tools already called: the next step prefers others
    int callSteps = 0;
    for (int s = 0; s < stepCount; ++s) {
        // Draw a kind; the last step is a call when none came before.
        int total = 0;
        for (int w : settings.mix.weights)
            total += w;
        PlanStep::Kind kind = PlanStep::Kind::SingleCall;
        if (total > 0) {
            qint64 r = qint64(rng.below(quint64(total)));
            for (int k = 0; k < PlanMix::kKinds; ++k) {
                r -= settings.mix.weights[std::size_t(k)];
                if (r < 0) {
                    kind = PlanStep::Kind(k);
                    break;
                }
            }
        }
        const bool talk = kind == PlanStep::Kind::ChitChat || kind == PlanStep::Kind::Unsupported;
        if (talk && s == stepCount - 1 && callSteps == 0)
            kind = PlanStep::Kind::SingleCall;

        PlanStep step;
        step.kind = kind;
        if (kind == PlanStep::Kind::ChitChat) {
            step.intent = QStringLiteral("small talk");
            scenario.plan.steps.push_back(std::move(step));
            continue;
        }
        if (kind == PlanStep::Kind::Unsupported) {
            step.intent = Phrasebook::unsupportedTopic(rng, ctx.toolWords());
            scenario.plan.steps.push_back(std::move(step));
            continue;
        }
        if (kind == PlanStep::Kind::ChainedCalls) {
            const std::vector<int> consumers
                    = candidates([&](int t) { return !ctx.chainInputs(t).empty(); });
            if (consumers.empty()) {
                kind = step.kind = PlanStep::Kind::SingleCall;
            } else {
                // Walk back from the consumer: each link's producer may need a producer too.
                std::vector<std::pair<int, SimulationContext::ChainInput::Producer>> links;
                int consumer = rng.pick(consumers);
                std::vector<int> chain{consumer};
                std::vector<QString> feeds; // parameter of chain[i] fed by chain[i+1]
                const int depth = rng.chance(0.3) ? 2 : 1;
                for (int d = 0; d < depth; ++d) {
                    const auto &inputs = ctx.chainInputs(chain.back());
                    if (inputs.empty())
                        break;
                    const auto &input = rng.pick(inputs);
                    const auto &producer = rng.pick(input.producers);
                    if (std::find(chain.begin(), chain.end(), producer.tool) != chain.end())
                        break;
                    feeds.push_back(input.parameter + QLatin1Char('|') + producer.field);
                    chain.push_back(producer.tool);
                }
                std::reverse(chain.begin(), chain.end());
                std::reverse(feeds.begin(), feeds.end());
                const bool hidden = rng.chance(0.6);
                bool ok = true;
                for (std::size_t i = 0; i < chain.size() && ok; ++i) {
                    std::optional<PlannedCall> call = makeCall(chain[i]);
                    if (!call) {
                        ok = false;
                        break;
                    }
                    if (i > 0) {
                        const QStringList feed = feeds[i - 1].split(QLatin1Char('|'));
                        const int from = step.calls[i - 1].ref;
                        const std::string parameter = feed[0].toStdString();
                        call->arguments[parameter] = (QLatin1Char('$') + QString::number(from)
                                                      + QLatin1Char('.') + feed[1])
                                                             .toStdString();
                        // The value comes from the earlier call, not from the user.
                        state.values.erase(parameter);
                    }
                    call->hidden = hidden && i + 1 < chain.size();
                    step.calls.push_back(std::move(*call));
                }
                if (ok) {
                    QStringList phrases;
                    for (std::size_t i = 0; i < chain.size(); ++i) {
                        if (!step.calls[i].hidden)
                            phrases << phrase(chain[i]);
                    }
                    step.intent = phrases.join(QStringLiteral("; "));
                    state.goals << phrases.last();
                } else {
                    step.calls.clear();
                    kind = step.kind = PlanStep::Kind::SingleCall;
                }
            }
        }
        if (kind == PlanStep::Kind::ParallelCalls) {
            std::vector<int> picks = pool;
            const int want = int(std::min<qsizetype>(picks.size(), rng.chance(0.25) ? 3 : 2));
            if (want < 2) {
                kind = step.kind = PlanStep::Kind::SingleCall;
            } else {
                QStringList phrases;
                for (int i = 0; i < want; ++i) {
                    const std::size_t at = std::size_t(i)
                                           + std::size_t(rng.below(picks.size() - std::size_t(i)));
                    std::swap(picks[std::size_t(i)], picks[at]);
                    if (std::optional<PlannedCall> call = makeCall(picks[std::size_t(i)])) {
                        step.calls.push_back(std::move(*call));
                        phrases << phrase(picks[std::size_t(i)]);
                    }
                }
                if (step.calls.size() >= 2) {
                    step.intent = phrases.join(QStringLiteral("; "));
                    state.goals << phrases.join(QStringLiteral(" and "));
                } else {
                    step.calls.clear();
                    kind = step.kind = PlanStep::Kind::SingleCall;
                }
            }
        }
        if (kind == PlanStep::Kind::Clarification || kind == PlanStep::Kind::ErrorRecovery) {
            std::vector<int> able = candidates(
                    [&](int t) { return !ctx.requiredLiterals(t).isEmpty() && !called.count(t); });
            if (able.empty())
                able = candidates([&](int t) { return !ctx.requiredLiterals(t).isEmpty(); });
            if (able.empty()) {
                kind = step.kind = PlanStep::Kind::SingleCall;
            } else {
                const int tool = rng.pick(able);
                if (std::optional<PlannedCall> call = makeCall(tool)) {
                    if (kind == PlanStep::Kind::Clarification) {
                        const QStringList &params = ctx.requiredLiterals(tool);
                        step.withheld
                                = QString::number(call->ref) + QLatin1Char('/') + rng.pick(params);
                    }
                    step.intent = phrase(tool);
                    state.goals << step.intent;
                    step.calls.push_back(std::move(*call));
                } else {
                    kind = step.kind = PlanStep::Kind::SingleCall;
                }
            }
        }
        if (kind == PlanStep::Kind::SingleCall) {
            std::vector<int> fresh = candidates([&](int t) { return !called.count(t); });
            if (fresh.empty())
                fresh = pool;
            for (int attempt = 0; attempt < 4 && step.calls.empty(); ++attempt) {
                const int tool = rng.pick(fresh);
                if (std::optional<PlannedCall> call = makeCall(tool)) {
                    step.intent = phrase(tool);
                    state.goals << step.intent;
                    step.calls.push_back(std::move(*call));
                }
            }
            if (step.calls.empty()) {
                step.kind = PlanStep::Kind::ChitChat;
                step.intent = QStringLiteral("small talk");
            }
        }
        if (!step.calls.empty())
            ++callSteps;
        for (const PlannedCall &c : step.calls)
            called.insert(ctx.toolIndex(c.toolName));
        scenario.plan.steps.push_back(std::move(step));
    }

    state.goals.removeDuplicates();
    scenario.plan.goal = state.goals.isEmpty() ? QStringLiteral("chat with the assistant")
                                               : state.goals.join(QStringLiteral(", then "));
    for (int t : state.tools)
        scenario.tools.push_back(tools[std::size_t(t)]);
    return scenario;
}

} // namespace Callwright
