// Edge inference on real catalogs (tau-bench, BFCL): edges a curator expects, junk that must
// stay out, manual edges that re-inference leaves alone, and the threshold's effect.
#include "catalog/catalogimporter.h"
#include "graph/edgeinference.h"
#include "graph/fieldsimilarity.h"
#include "graph/toolgraphmodel.h"
#include "model/projectdocument.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <map>
#include <set>

using namespace Callwright;

namespace {

constexpr auto Flow = GraphEdge::Kind::DataFlow;
constexpr auto Related = GraphEdge::Kind::Related;

Catalog load(const QString &relative)
{
    QString error;
    ImportReport report;
    const auto c
            = CatalogImporter::readFile(TestSupport::sharedDataPath(relative), &report, &error);
    return c ? *c : Catalog();
}

/// "from.field -> to.field" (data flow) or "from.field ~ to.field" (related, either way).
bool has(const std::vector<InferredEdge> &edges, const QString &spec)
{
    static const QRegularExpression re(QStringLiteral("^(\\w+)\\.(\\w+) (->|~) (\\w+)\\.(\\w+)$"));
    const auto m = re.match(spec);
    Q_ASSERT(m.hasMatch());
    const bool flow = m.captured(3) == QLatin1String("->");
    for (const InferredEdge &e : edges) {
        if (e.kind != (flow ? Flow : Related))
            continue;
        const bool forward = e.fromToolName == m.captured(1) && e.mapping.from == m.captured(2)
                             && e.toToolName == m.captured(4) && e.mapping.to == m.captured(5);
        const bool backward = e.fromToolName == m.captured(4) && e.mapping.from == m.captured(5)
                              && e.toToolName == m.captured(1) && e.mapping.to == m.captured(2);
        if (forward || (!flow && backward))
            return true;
    }
    return false;
}

bool touches(const std::vector<InferredEdge> &edges, const QString &tool)
{
    return std::any_of(edges.begin(), edges.end(), [&](const InferredEdge &e) {
        return e.fromToolName == tool || e.toToolName == tool;
    });
}

QString describe(const std::vector<InferredEdge> &edges)
{
    QStringList lines;
    for (const InferredEdge &e : edges) {
        lines << QStringLiteral("%1 %2.%3 %4 %5.%6")
                         .arg(e.confidence, 0, 'f', 3)
                         .arg(e.fromToolName, e.mapping.from,
                              e.kind == Flow ? QStringLiteral("->") : QStringLiteral("~"),
                              e.toToolName, e.mapping.to);
    }
    return lines.join(QLatin1Char('\n'));
}

using EdgeSet = std::set<std::tuple<QString, QString, int, QString, QString>>;

EdgeSet edgeSet(const std::vector<InferredEdge> &edges)
{
    EdgeSet set;
    for (const InferredEdge &e : edges)
        set.insert({e.fromToolName, e.toToolName, int(e.kind), e.mapping.from, e.mapping.to});
    return set;
}

/// A stand-in for an embeddings endpoint: hashed bags of words.
class HashingEmbedder final : public FieldEmbedder
{
public:
    QString name() const override { return QStringLiteral("hashing"); }
    std::vector<std::vector<float>> embed(const QStringList &texts) override
    {
        ++calls;
        std::vector<std::vector<float>> out;
        static const QRegularExpression split(QStringLiteral("[^a-z]+"));
        for (const QString &text : texts) {
            std::vector<float> v(128, 0.0f);
            const QStringList words = text.toLower().split(split, Qt::SkipEmptyParts);
            for (const QString &w : words)
                v[qHash(w) % 128] += 1.0f;
            out.push_back(v);
        }
        return out;
    }
    int calls = 0;
};

} // namespace

class TestEdgeInference final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tauBenchRetail()
    {
        const Catalog c = load(QStringLiteral("tau_bench/retail_tools.openai.json"));
        QCOMPARE(c.tools.size(), std::size_t(16));
        const auto edges = EdgeInference::infer(c.tools).edges;
        const QString all = describe(edges);
        // tau-bench tools have no returns schema: their output is the whole "result", read
        // from the tool's name and first sentence ("Find user id by email", "including
        // their orders").
        for (const char *spec :
             {"find_user_id_by_email.result -> get_user_details.user_id",
              "find_user_id_by_name_zip.result -> get_user_details.user_id",
              "get_user_details.result -> get_order_details.order_id",
              "get_user_details.result -> cancel_pending_order.order_id",
              "get_user_details.result -> modify_user_address.user_id",
              "get_order_details.result -> return_delivered_order_items.order_id",
              "list_all_product_types.result -> get_product_details.product_id",
              "cancel_pending_order.order_id ~ get_order_details.order_id",
              "modify_pending_order_address.zip ~ modify_user_address.zip",
              "modify_pending_order_items.payment_method_id"
              " ~ return_delivered_order_items.payment_method_id"})
            QVERIFY2(has(edges, QString::fromLatin1(spec)),
                     qPrintable(QString::fromLatin1(spec) + QLatin1Char('\n') + all));

        QVERIFY2(!touches(edges, QStringLiteral("think")), qPrintable(all));
        QVERIFY2(!touches(edges, QStringLiteral("calculate")), qPrintable(all));
        QVERIFY2(!touches(edges, QStringLiteral("transfer_to_human_agents")), qPrintable(all));
        for (const char *spec :
             {// a cancelled order is not what the next call needs
              "cancel_pending_order.result -> get_order_details.order_id",
              // "Each product type has items with item ids" is not what the list returns
              "list_all_product_types.result -> modify_pending_order_items.item_ids",
              "modify_pending_order_address.address1 ~ modify_user_address.address2",
              "modify_user_address.result -> modify_pending_order_address.address1"})
            QVERIFY2(!has(edges, QString::fromLatin1(spec)), spec);
    }

    void tauBenchAirline()
    {
        const Catalog c = load(QStringLiteral("tau_bench/airline_tools.openai.json"));
        const auto edges = EdgeInference::infer(c.tools).edges;
        const QString all = describe(edges);
        for (const char *spec :
             {"get_user_details.result -> get_reservation_details.reservation_id",
              "get_user_details.result -> cancel_reservation.reservation_id",
              "get_user_details.result -> send_certificate.user_id",
              "get_reservation_details.result -> update_reservation_flights.reservation_id",
              "book_reservation.result -> update_reservation_baggages.reservation_id",
              "search_direct_flight.result -> book_reservation.flights",
              "search_direct_flight.origin ~ search_onestop_flight.origin",
              "book_reservation.user_id ~ send_certificate.user_id"})
            QVERIFY2(has(edges, QString::fromLatin1(spec)),
                     qPrintable(QString::fromLatin1(spec) + QLatin1Char('\n') + all));
        QVERIFY2(!touches(edges, QStringLiteral("think")), qPrintable(all));
        QVERIFY2(!touches(edges, QStringLiteral("calculate")), qPrintable(all));
        for (const char *spec :
             {"cancel_reservation.result -> get_reservation_details.reservation_id",
              "update_reservation_passengers.result -> book_reservation.passengers"})
            QVERIFY2(!has(edges, QString::fromLatin1(spec)), spec);
    }

    void bfclMultiTurnHasResponseSchemas()
    {
        auto edges = EdgeInference::infer(
                             load(QStringLiteral("bfcl/multi_turn_func_doc/travel_booking.json"))
                                     .tools)
                             .edges;
        QString all = describe(edges);
        for (const char *spec : {"book_flight.booking_id -> cancel_booking.booking_id",
                                 "book_flight.booking_id -> purchase_insurance.booking_id",
                                 "book_flight.booking_id -> retrieve_invoice.booking_id",
                                 "authenticate_travel.access_token -> book_flight.access_token",
                                 "register_credit_card.card_id -> book_flight.card_id",
                                 "purchase_insurance.insurance_id -> retrieve_invoice.insurance_id",
                                 "book_flight.travel_date ~ get_flight_cost.travel_date"})
            QVERIFY2(has(edges, QString::fromLatin1(spec)),
                     qPrintable(QString::fromLatin1(spec) + QLatin1Char('\n') + all));
        QVERIFY(!has(edges,
                     QStringLiteral("book_flight.card_id ~ register_credit_card.card_number")));
        QVERIFY(!has(edges, QStringLiteral("book_flight.travel_from ~ get_flight_cost.travel_to")));

        // A bare "id" is the id of what its tool is about: create_ticket's id is a ticket id.
        edges = EdgeInference::infer(
                        load(QStringLiteral("bfcl/multi_turn_func_doc/ticket_api.json")).tools)
                        .edges;
        all = describe(edges);
        QVERIFY2(has(edges, QStringLiteral("create_ticket.id -> get_ticket.ticket_id")),
                 qPrintable(all));
        QVERIFY2(has(edges, QStringLiteral("create_ticket.id -> close_ticket.ticket_id")),
                 qPrintable(all));
        for (const InferredEdge &e : edges) {
            // Generic fields do not join: description -> description, status -> status.
            QVERIFY2(!EdgeInference::isGenericName(e.mapping.from)
                             || !EdgeInference::isGenericName(e.mapping.to),
                     qPrintable(all));
        }

        edges = EdgeInference::infer(
                        load(QStringLiteral("bfcl/multi_turn_func_doc/gorilla_file_system.json"))
                                .tools)
                        .edges;
        all = describe(edges);
        QVERIFY2(has(edges, QStringLiteral("cat.file_name ~ grep.file_name")), qPrintable(all));
        QVERIFY2(has(edges, QStringLiteral("cp.source ~ mv.source")), qPrintable(all));
        QVERIFY2(!has(edges, QStringLiteral("cp.source ~ mv.destination")), qPrintable(all));

        edges = EdgeInference::infer(
                        load(QStringLiteral("bfcl/multi_turn_func_doc/message_api.json")).tools)
                        .edges;
        all = describe(edges);
        QVERIFY2(has(edges, QStringLiteral("get_user_id.user_id -> message_login.user_id")),
                 qPrintable(all));
        // get_user_id takes a user's name, not the id.
        QVERIFY2(!has(edges, QStringLiteral("get_user_id.user ~ message_login.user_id")),
                 qPrintable(all));
    }

    void bigCatalogRules()
    {
        const Catalog c
                = load(QStringLiteral("bfcl/bfcl_v4_single_turn_function_catalog.dedup.jsonl"));
        QVERIFY(c.tools.size() > 3000);
        InferenceOptions options;
        const InferenceResult r = EdgeInference::infer(c.tools, options);
        QVERIFY(r.edges.size() > 1000);
        std::map<std::tuple<int, QString, int, bool>, int> perField; // fan-out per field
        for (const InferredEdge &e : r.edges) {
            QVERIFY(e.fromTool != e.toTool);
            QVERIFY(e.confidence >= options.threshold && e.confidence <= 1.0);
            if (e.kind == Related) {
                QVERIFY2(!EdgeInference::isGenericName(e.mapping.from)
                                 && !EdgeInference::isGenericName(e.mapping.to),
                         qPrintable(e.mapping.from));
                ++perField[{e.fromTool, e.mapping.from, int(e.kind), false}];
                ++perField[{e.toTool, e.mapping.to, int(e.kind), false}];
            } else {
                ++perField[{e.fromTool, e.mapping.from, int(e.kind), true}];
                ++perField[{e.toTool, e.mapping.to, int(e.kind), false}];
            }
        }
        for (const auto &[field, count] : perField)
            QVERIFY(count <= options.maxEdgesPerField);
    }

    void thresholdIsMonotonic()
    {
        std::vector<Tool> tools = load(QStringLiteral("tau_bench/retail_tools.openai.json")).tools;
        const Catalog travel = load(QStringLiteral("bfcl/multi_turn_func_doc/travel_booking.json"));
        tools.insert(tools.end(), travel.tools.begin(), travel.tools.end());
        InferenceOptions options;
        EdgeSet previous;
        std::size_t previousCount = std::numeric_limits<std::size_t>::max();
        std::size_t first = 0;
        for (double t : {0.3, 0.4, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 0.99}) {
            options.threshold = t;
            const EdgeSet now = edgeSet(EdgeInference::infer(tools, options).edges);
            if (first == 0)
                first = now.size();
            QVERIFY2(now.size() <= previousCount, qPrintable(QString::number(t)));
            if (!previous.empty())
                QVERIFY(std::includes(previous.begin(), previous.end(), now.begin(), now.end()));
            previous = now;
            previousCount = now.size();
        }
        QVERIFY(first > previousCount);
    }

    void manualEdgesSurviveReinference()
    {
        QTemporaryDir dir;
        StoreError error;
        auto doc = ProjectDocument::create(dir.filePath(QStringLiteral("m.callwright")),
                                           QStringLiteral("M"), &error);
        QVERIFY(doc);
        doc->addCatalog(load(QStringLiteral("tau_bench/retail_tools.openai.json")));
        const Catalog &catalog = doc->catalogs().front();
        ToolGraphModel *graph = doc->graphModel(catalog.id);

        // A curator's edges: one inference would never make, one it would make too.
        const QList<int> ids = graph->addNodes(
                {QStringLiteral("calculate"), QStringLiteral("think"),
                 QStringLiteral("find_user_id_by_email"), QStringLiteral("get_user_details")},
                {});
        GraphEdge odd;
        odd.fromNode = ids[0];
        odd.toNode = ids[1];
        odd.mapping = {{QStringLiteral("result"), QStringLiteral("thought")}};
        odd.confidence = 0.9;
        QCOMPARE(graph->addEdge(odd), QString());
        GraphEdge same;
        same.fromNode = ids[2];
        same.toNode = ids[3];
        same.mapping = {{QStringLiteral("result"), QStringLiteral("user_id")}};
        QCOMPARE(graph->addEdge(same), QString());
        std::vector<GraphEdge> manual = graph->graph().edges;

        InferenceOptions options;
        InferenceApplied applied
                = graph->replaceInferredEdges(EdgeInference::infer(catalog.tools, options).edges);
        QCOMPARE(applied.keptManual, 2);
        QCOMPARE(applied.droppedAsManual, 1);
        const int firstTotal = applied.total;
        QVERIFY(applied.added > 20);
        QVERIFY(graph->nodeForTool(QStringLiteral("get_order_details")) > 0);

        std::vector<std::size_t> sizes;
        for (double t : {0.8, 0.3, InferenceOptions::kDefaultThreshold}) {
            options.threshold = t;
            applied = graph->replaceInferredEdges(
                    EdgeInference::infer(catalog.tools, options).edges);
            sizes.push_back(graph->graph().edges.size());
            QCOMPARE(applied.keptManual, 2);
            for (const GraphEdge &m : manual)
                QCOMPARE(*graph->edge(m.id), m);
            int sameConnection = 0;
            for (const GraphEdge &e : graph->graph().edges)
                sameConnection += e.fromNode == same.fromNode && e.toNode == same.toNode
                                  && e.mapping == same.mapping;
            QCOMPARE(sameConnection, 1);
        }
        QCOMPARE(applied.total, firstTotal);
        QVERIFY(sizes[0] < sizes[2] && sizes[2] < sizes[1]);
        // Each inference is one undo step that puts the previous edges back.
        doc->undoStack()->undo();
        QCOMPARE(graph->graph().edges.size(), sizes[1]);
        for (const GraphEdge &m : manual)
            QCOMPARE(*graph->edge(m.id), m);
    }

    void embeddingsPlugIn()
    {
        const Catalog c = load(QStringLiteral("tau_bench/retail_tools.openai.json"));
        auto embedder = std::make_shared<HashingEmbedder>();
        EmbeddingSimilarity similarity(embedder);
        InferenceOptions options;
        options.threshold = 0.5;
        const InferenceResult r = EdgeInference::infer(c.tools, options, &similarity);
        QCOMPARE(embedder->calls, 1);
        QVERIFY(!r.edges.empty());
        QVERIFY2(has(r.edges, QStringLiteral("cancel_pending_order.order_id"
                                             " ~ get_order_details.order_id")),
                 qPrintable(describe(r.edges)));
        for (const InferredEdge &e : r.edges)
            QVERIFY(e.confidence >= 0.5 && e.fromTool != e.toTool);
    }

    void cancelStopsEarly()
    {
        std::atomic_bool cancel{true};
        const InferenceResult r = EdgeInference::infer(
                load(QStringLiteral("tau_bench/retail_tools.openai.json")).tools, {}, nullptr,
                &cancel);
        QVERIFY(r.cancelled);
        QVERIFY(r.edges.empty());
    }
};

QTEST_GUILESS_MAIN(TestEdgeInference)
#include "tst_edgeinference.moc"
