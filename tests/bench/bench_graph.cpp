// Edge inference time for the 3,108-function BFCL catalog and a generated 16,000-tool catalog
// (median of 3), edges found, sampler throughput, and layout time. Prints plain lines.
#include "catalog/catalogimporter.h"
#include "graph/edgeinference.h"
#include "graph/graphlayout.h"
#include "graph/samplers.h"
#include "schema/random.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Callwright;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Entity
{
    const char *name;
    const char *parent; // the entity it belongs to, or nullptr
    std::vector<const char *> attributes;
};

// Domains of a ToolBench-like catalog; entities share ids across domains (user, order ...).
const std::vector<std::pair<const char *, std::vector<Entity>>> &domains()
{
    static const std::vector<std::pair<const char *, std::vector<Entity>>> d{
            {"shop",
             {{"user", nullptr, {"email", "first_name", "last_name", "phone", "zip"}},
              {"product", nullptr, {"title", "price", "currency", "category", "brand"}},
              {"order", "user", {"status", "total_amount", "currency", "shipping_address"}},
              {"cart", "user", {"item_count", "total_amount"}},
              {"review", "product", {"rating", "comment", "author_name"}},
              {"coupon", nullptr, {"code", "discount_percent", "expiry_date"}},
              {"shipment", "order", {"carrier", "tracking_number", "eta_date"}}}},
            {"travel",
             {{"flight", nullptr, {"origin", "destination", "departure_date", "cabin_class"}},
              {"booking", "user", {"status", "total_price", "currency", "travel_date"}},
              {"hotel", "city", {"name", "stars", "check_in_date", "check_out_date"}},
              {"city", nullptr, {"country", "latitude", "longitude", "timezone"}},
              {"airport", "city", {"iata_code", "name", "terminal"}},
              {"passenger", "booking", {"first_name", "last_name", "passport_number"}},
              {"user", nullptr, {"email", "phone", "loyalty_tier"}}}},
            {"finance",
             {{"account", "user", {"balance", "currency", "account_type"}},
              {"transaction", "account", {"amount", "currency", "merchant_name", "posted_date"}},
              {"card", "account", {"card_number", "expiry_date", "holder_name"}},
              {"invoice", "customer", {"amount_due", "due_date", "status"}},
              {"customer", nullptr, {"email", "company_name", "tax_number"}},
              {"stock", nullptr, {"ticker_symbol", "exchange", "price"}},
              {"portfolio", "user", {"risk_level", "total_value"}}}},
            {"media",
             {{"artist", nullptr, {"name", "genre", "country"}},
              {"album", "artist", {"title", "release_date", "genre"}},
              {"track", "album", {"title", "duration_seconds", "isrc_code"}},
              {"playlist", "user", {"title", "description", "is_public"}},
              {"video", "channel", {"title", "duration_seconds", "view_count"}},
              {"channel", nullptr, {"name", "subscriber_count"}},
              {"user", nullptr, {"username", "country"}}}},
            {"work",
             {{"project", "workspace", {"name", "deadline_date", "status"}},
              {"task", "project", {"title", "priority", "due_date", "assignee_email"}},
              {"workspace", nullptr, {"name", "plan"}},
              {"ticket", "project", {"subject", "priority", "status", "requester_email"}},
              {"comment", "ticket", {"body", "author_email"}},
              {"file", "folder", {"file_name", "mime_type", "size_bytes"}},
              {"folder", "workspace", {"folder_name", "path"}}}},
            {"health",
             {{"patient", nullptr, {"first_name", "last_name", "birth_date", "insurance_number"}},
              {"appointment", "patient", {"start_time", "reason", "doctor_name"}},
              {"prescription", "patient", {"drug_name", "dosage", "refill_count"}},
              {"doctor", "clinic", {"specialty", "name"}},
              {"clinic", "city", {"name", "address", "phone"}},
              {"lab_result", "patient", {"test_name", "value", "unit"}}}},
            {"places",
             {{"restaurant", "city", {"cuisine", "price_level", "rating"}},
              {"reservation", "restaurant", {"party_size", "reservation_time", "status"}},
              {"event", "venue", {"title", "start_time", "category"}},
              {"venue", "city", {"name", "capacity", "address"}},
              {"weather_report", "city", {"temperature", "humidity", "forecast_date"}},
              {"city", nullptr, {"country", "population", "timezone"}}}},
            {"social",
             {{"post", "user", {"text", "like_count", "created_at"}},
              {"message", "conversation", {"text", "sent_at"}},
              {"conversation", "user", {"title", "participant_count"}},
              {"group", nullptr, {"name", "member_count", "privacy"}},
              {"user", nullptr, {"username", "display_name", "follower_count"}},
              {"notification", "user", {"kind", "read_at"}}}},
    };
    return d;
}

struct Action
{
    const char *verb;
    const char *sentence; // %1: entity words, %2: provider
    bool byId;
    bool returnsRecord;
};

const std::vector<Action> &actions()
{
    static const std::vector<Action> a{
            {"get", "Get the details of a %1 from %2.", true, true},
            {"list", "List the %1 records that %2 holds, page by page.", false, true},
            {"search", "Search %2 for %1 records that match the query.", false, true},
            {"create", "Create a new %1 in %2 and return its id.", false, true},
            {"update", "Update the fields of an existing %1 in %2.", true, false},
            {"delete", "Delete a %1 from %2 for good.", true, false},
            {"cancel", "Cancel a %1 in %2 when it is still pending.", true, false},
            {"export", "Export a %1 from %2 as a document.", true, false},
    };
    return a;
}

QString words(const char *identifier)
{
    return QString::fromLatin1(identifier).replace(QLatin1Char('_'), QLatin1Char(' '));
}

Json stringField(const QString &description, const char *type = "string")
{
    return Json{{"type", type}, {"description", description}};
}

/// A ToolBench-sized catalog: providers x entities x actions, deterministic by seed, whose
/// field names overlap the way real APIs' do (ids of parents, shared attributes, paging).
std::vector<Tool> generateCatalog(int count, quint64 seed)
{
    Rng rng(seed);
    std::vector<Tool> tools;
    tools.reserve(std::size_t(count));
    static const char *providers[] = {"acme",     "globex", "initech", "umbrella",  "hooli",
                                      "stark",    "wayne",  "tyrell",  "cyberdyne", "soylent",
                                      "vandelay", "wonka",  "oscorp",  "aperture",  "monarch"};
    for (int p = 0; int(tools.size()) < count; ++p) {
        const QString provider = QString::fromLatin1(providers[p % 15])
                                 + (p >= 15 ? QString::number(p / 15) : QString());
        for (const auto &[domain, entities] : domains()) {
            for (const Entity &entity : entities) {
                for (const Action &action : actions()) {
                    if (int(tools.size()) >= count || rng.chance(0.15))
                        continue;
                    const QString e = QString::fromLatin1(entity.name);
                    Tool t;
                    t.name = provider + QLatin1Char('_') + QString::fromLatin1(domain)
                             + QLatin1Char('_') + QString::fromLatin1(action.verb)
                             + QLatin1Char('_') + e;
                    t.description = QString::fromLatin1(action.sentence)
                                            .arg(words(entity.name), provider);
                    Json params = Json::object();
                    const std::string id = std::string(entity.name) + "_id";
                    if (action.byId) {
                        params[id] = stringField(QStringLiteral("The unique identifier of the %1.")
                                                         .arg(words(entity.name)));
                    }
                    if (entity.parent && (!action.byId || rng.chance(0.3))) {
                        const std::string parent = std::string(entity.parent) + "_id";
                        params[parent] = stringField(
                                QStringLiteral("The id of the %1 the %2 belongs to.")
                                        .arg(words(entity.parent), words(entity.name)));
                    }
                    if (!action.byId || QByteArray(action.verb) == "update") {
                        for (const char *attr : entity.attributes) {
                            if (rng.chance(0.6))
                                params[attr] = stringField(
                                        QStringLiteral("The %1 of the %2.")
                                                .arg(words(attr), words(entity.name)));
                        }
                    }
                    if (QByteArray(action.verb) == "list" || QByteArray(action.verb) == "search") {
                        params["limit"] = stringField(QStringLiteral("How many results to return."),
                                                      "integer");
                        params["page_token"] = stringField(QStringLiteral("The page to read."));
                        if (QByteArray(action.verb) == "search")
                            params["query"] = stringField(QStringLiteral("Words to look for."));
                    }
                    t.parameters = Json{{"type", "object"}, {"properties", params}};
                    if (action.returnsRecord || rng.chance(0.5)) {
                        Json returns = Json::object();
                        returns[id] = stringField(
                                QStringLiteral("The %1's identifier.").arg(words(entity.name)));
                        if (entity.parent)
                            returns[std::string(entity.parent) + "_id"] = stringField(
                                    QStringLiteral("The owning %1.").arg(words(entity.parent)));
                        for (const char *attr : entity.attributes) {
                            if (rng.chance(0.5))
                                returns[attr]
                                        = stringField(QStringLiteral("The %1.").arg(words(attr)));
                        }
                        returns["status"] = stringField(QStringLiteral("Whether it worked."));
                        t.returns = Json{{"type", "object"}, {"properties", returns}};
                    }
                    tools.push_back(std::move(t));
                }
            }
        }
    }
    return tools;
}

struct Timed
{
    double medianSeconds = 0;
    QStringList runs;
    InferenceResult result;
};

Timed timeInference(const std::vector<Tool> &tools)
{
    Timed t;
    std::vector<double> seconds;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        t.result = EdgeInference::infer(tools);
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
        t.runs << QString::number(seconds.back(), 'f', 2);
    }
    std::sort(seconds.begin(), seconds.end());
    t.medianSeconds = seconds[1];
    return t;
}

void printInference(const QString &label, const std::vector<Tool> &tools, const Timed &t)
{
    int flow = 0;
    for (const InferredEdge &e : t.result.edges)
        flow += e.kind == GraphEdge::Kind::DataFlow;
    out() << QStringLiteral("inference %1: %2 tools, %3 fields, median %4 s (runs %5), "
                            "%6 edges (%7 data flow, %8 related)")
                     .arg(label)
                     .arg(tools.size())
                     .arg(t.result.fields)
                     .arg(t.medianSeconds, 0, 'f', 2)
                     .arg(t.runs.join(QLatin1Char(' ')))
                     .arg(t.result.edges.size())
                     .arg(flow)
                     .arg(int(t.result.edges.size()) - flow)
          << Qt::endl;
}

void benchSamplers(const QString &label, const std::vector<Tool> &tools,
                   const std::vector<InferredEdge> &edges)
{
    const ToolSampler sampler(SamplerGraph::build(tools, edges));
    for (SamplerKind kind : {SamplerKind::RandomWalk, SamplerKind::NearestNeighbours,
                             SamplerKind::DataFlowChain, SamplerKind::CoverageAware}) {
        SamplerOptions o;
        o.kind = kind;
        o.size = 4;
        o.count = 20000;
        o.seed = 1;
        QElapsedTimer timer;
        timer.start();
        const SampleBatch batch = sampler.sample(o);
        const double s = double(timer.nsecsElapsed()) / 1e9;
        out() << QStringLiteral("sampler %1 on %2: %3 samples/s (size 4, batch of %4; "
                                "coverage %5/%6 tools, %7/%8 edges)")
                         .arg(QString::fromLatin1(ToolSampler::kindName(kind)), label)
                         .arg(qint64(o.count / std::max(s, 1e-9)))
                         .arg(o.count)
                         .arg(batch.coverage.toolsCovered)
                         .arg(batch.coverage.toolsTotal)
                         .arg(batch.coverage.edgesCovered)
                         .arg(batch.coverage.edgesTotal)
              << Qt::endl;
    }
}

void benchLayout(const std::vector<Tool> &tools, const std::vector<InferredEdge> &edges, int nodes)
{
    ToolGraph g;
    for (int i = 0; i < nodes && i < int(tools.size()); ++i)
        g.nodes.push_back({i + 1, tools[std::size_t(i)].name, 0, 0});
    int id = 1;
    for (const InferredEdge &e : edges) {
        if (e.fromTool < nodes && e.toTool < nodes)
            g.edges.push_back({id++,
                               e.fromTool + 1,
                               e.toTool + 1,
                               e.kind,
                               GraphEdge::Origin::Inferred,
                               e.confidence,
                               {e.mapping}});
    }
    QElapsedTimer timer;
    timer.start();
    const LayoutResult r = GraphLayout::compute(g);
    out() << QStringLiteral("layout %1 nodes, %2 edges: %3 in %4 s")
                     .arg(g.nodes.size())
                     .arg(g.edges.size())
                     .arg(r.engine)
                     .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 2)
          << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);

    QString error;
    ImportReport report;
    const auto bfcl = CatalogImporter::readFile(
            TestSupport::sharedDataPath(
                    QStringLiteral("bfcl/bfcl_v4_single_turn_function_catalog.dedup.jsonl")),
            &report, &error);
    if (!bfcl) {
        out() << QStringLiteral("cannot read the BFCL catalog: ") << error << Qt::endl;
        return 1;
    }
    const Timed bfclTimed = timeInference(bfcl->tools);
    printInference(QStringLiteral("BFCL single-turn"), bfcl->tools, bfclTimed);

    const std::vector<Tool> generated = generateCatalog(16000, 20251121);
    const Timed generatedTimed = timeInference(generated);
    printInference(QStringLiteral("generated"), generated, generatedTimed);

    benchSamplers(QStringLiteral("BFCL single-turn"), bfcl->tools, bfclTimed.result.edges);
    benchSamplers(QStringLiteral("generated"), generated, generatedTimed.result.edges);
    benchLayout(generated, generatedTimed.result.edges, 150);
    benchLayout(generated, generatedTimed.result.edges, 2000);
    return 0;
}
