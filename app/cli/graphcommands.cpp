#include "clisupport.h"
#include "commands.h"

#include "graph/edgeinference.h"
#include "graph/samplers.h"
#include "graph/toolgraphmodel.h"
#include "model/projectdocument.h"
#include "store/projectstore.h"

#include <limits>

namespace Callwright::Cli {

namespace {

const QString kProject = QStringLiteral("project");
const QString kCatalog = QStringLiteral("catalog");

Json sampleJson(const SamplerGraph &g, const ToolSample &s)
{
    Json tools = Json::array();
    for (int t : s.tools)
        tools.push_back(g.tools[t]);
    Json edges = Json::array();
    for (int e : s.edges) {
        const SamplerGraph::Edge &edge = g.edges[std::size_t(e)];
        edges.push_back(
                Json{{"from", g.tools[edge.from]},
                     {"to", g.tools[edge.to]},
                     {"kind", edge.kind == GraphEdge::Kind::DataFlow ? "data_flow" : "related"},
                     {"mapping", Json{{"from", edge.mapping.from}, {"to", edge.mapping.to}}}});
    }
    Json out{{"tools", tools}, {"edges", edges}};
    if (!s.chain.empty()) {
        Json chain = Json::array();
        for (const ChainStep &step : s.chain) {
            Json j{{"tool", g.tools[step.tool]}};
            if (!step.parameter.isEmpty())
                j["arguments"] = Json{{step.parameter.toStdString(), step.reference}};
            chain.push_back(j);
        }
        out["chain"] = chain;
    }
    return out;
}

QString sampleLine(const SamplerGraph &g, const ToolSample &s)
{
    QStringList parts;
    if (!s.chain.empty()) {
        for (const ChainStep &step : s.chain) {
            parts << (step.parameter.isEmpty()
                              ? g.tools[step.tool]
                              : QStringLiteral("%1(%2=%3)")
                                        .arg(g.tools[step.tool], step.parameter, step.reference));
        }
        return parts.join(QStringLiteral(" -> "));
    }
    for (int t : s.tools)
        parts << g.tools[t];
    return parts.join(QStringLiteral(", "));
}

} // namespace

int graphInfer(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({kProject, Tr::tr("The project."), Tr::tr("file")});
    parser.addOption({kCatalog, Tr::tr("The catalog's name (may be left out when there is one)."),
                      Tr::tr("name")});
    parser.addOption({QStringLiteral("threshold"),
                      Tr::tr("Lowest confidence of an inferred edge, 0 to 1 (default %1).")
                              .arg(InferenceOptions::kDefaultThreshold),
                      Tr::tr("t")});
    int code = Ok;
    if (!parse(parser, args,
               Tr::tr("Infer the tool graph's edges; manual edges are kept unchanged."), 0, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.isSet(kProject))
        return fail(json, Usage, Tr::tr("--project is required"));
    InferenceOptions options;
    if (parser.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        options.threshold = parser.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || options.threshold < 0 || options.threshold > 1)
            return fail(json, Usage, Tr::tr("--threshold takes a number from 0 to 1"));
    }

    StoreError error;
    const auto document = ProjectDocument::open(parser.value(kProject), &error);
    if (!document)
        return storeFailure(json, error);
    QString message;
    const Catalog *catalog = chooseCatalog(document->catalogs(), parser, &message);
    if (!catalog)
        return fail(json, Usage, message);
    QString storeMessage;
    QObject::connect(document.get(), &ProjectDocument::storeError,
                     [&](const QString &m) { storeMessage = m; });

    const InferenceResult result = EdgeInference::infer(catalog->tools, options);
    ToolGraphModel *graph = document->graphModel(catalog->id);
    const InferenceApplied applied = graph->replaceInferredEdges(result.edges);
    if (!storeMessage.isEmpty())
        return fail(json, Failed, storeMessage);
    int dataFlow = 0;
    for (const GraphEdge &e : graph->graph().edges)
        dataFlow += e.kind == GraphEdge::Kind::DataFlow;
    report(json, Json{{"catalog", catalog->name},
                      {"threshold", options.threshold},
                      {"added", applied.added},
                      {"replaced", applied.removed},
                      {"kept_manual", applied.keptManual},
                      {"total", applied.total},
                      {"data_flow", dataFlow},
                      {"related", applied.total - dataFlow},
                      {"nodes_added", applied.nodesAdded}});
    return Ok;
}

int graphSample(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({kProject, Tr::tr("The project."), Tr::tr("file")});
    parser.addOption({kCatalog, Tr::tr("The catalog's name (may be left out when there is one)."),
                      Tr::tr("name")});
    parser.addOption({QStringLiteral("sampler"), Tr::tr("walk, knn, chain or coverage."),
                      Tr::tr("sampler"), QStringLiteral("walk")});
    parser.addOption({QStringLiteral("size"), Tr::tr("Tools per sample (default 4)."), Tr::tr("n"),
                      QStringLiteral("4")});
    parser.addOption({QStringLiteral("count"), Tr::tr("Samples to draw (default 10)."), Tr::tr("n"),
                      QStringLiteral("10")});
    parser.addOption({QStringLiteral("seed"),
                      Tr::tr("Seed; the same seed gives the same "
                             "samples (default 1)."),
                      Tr::tr("n"), QStringLiteral("1")});
    int code = Ok;
    if (!parse(parser, args, Tr::tr("Sample sets of tools from a catalog's graph."), 0, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.isSet(kProject))
        return fail(json, Usage, Tr::tr("--project is required"));
    const auto kind = ToolSampler::kindFromName(parser.value(QStringLiteral("sampler")));
    if (!kind)
        return fail(json, Usage,
                    Tr::tr("unknown sampler '%1'; use walk, knn, chain or coverage")
                            .arg(parser.value(QStringLiteral("sampler"))));
    SamplerOptions options;
    options.kind = *kind;
    constexpr int kMost = std::numeric_limits<int>::max();
    if (!readInt(parser, QStringLiteral("size"), 1, kMost, &options.size)
        || !readInt(parser, QStringLiteral("count"), 1, kMost, &options.count))
        return fail(json, Usage, Tr::tr("--size and --count take positive whole numbers"));
    bool ok = false;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(json, Usage, Tr::tr("--seed takes a whole number"));

    ProjectStore store;
    if (StoreError e = store.open(parser.value(kProject), ProjectStore::OpenMode::ReadOnly))
        return storeFailure(json, e);
    const std::vector<Catalog> catalogs = store.catalogs();
    if (StoreError e = store.lastError()) // a row this build cannot read
        return storeFailure(json, e);
    QString message;
    const Catalog *catalog = chooseCatalog(catalogs, parser, &message);
    if (!catalog)
        return fail(json, Usage, message);
    const ToolGraph graph = store.graph(catalog->id).value_or(ToolGraph());
    if (graph.edges.empty())
        return fail(json, Failed,
                    Tr::tr("catalog '%1' has no graph edges; run 'graph infer' "
                           "first")
                            .arg(catalog->name));

    const ToolSampler sampler(SamplerGraph::build(catalog->tools, graph));
    const SampleBatch batch = sampler.sample(options);
    const SamplerGraph &g = sampler.graph();
    const SamplerCoverage &c = batch.coverage;
    if (json) {
        Json samples = Json::array();
        for (const ToolSample &s : batch.samples)
            samples.push_back(sampleJson(g, s));
        report(true, Json{{"catalog", catalog->name},
                          {"sampler", ToolSampler::kindName(options.kind)},
                          {"seed", options.seed},
                          {"samples", samples},
                          {"coverage", Json{{"tools_covered", c.toolsCovered},
                                            {"tools_total", c.toolsTotal},
                                            {"edges_covered", c.edgesCovered},
                                            {"edges_total", c.edgesTotal}}}});
        return Ok;
    }
    for (std::size_t i = 0; i < batch.samples.size(); ++i)
        out() << (i + 1) << QStringLiteral(": ") << sampleLine(g, batch.samples[i]) << Qt::endl;
    out() << Tr::tr("coverage: %1/%2 tools, %3/%4 edges")
                     .arg(c.toolsCovered)
                     .arg(c.toolsTotal)
                     .arg(c.edgesCovered)
                     .arg(c.edgesTotal)
          << Qt::endl;
    return Ok;
}

} // namespace Callwright::Cli
