#pragma once

#include "model/tool.h"
#include "model/toolgraph.h"

#include <atomic>
#include <vector>

namespace Callwright {

class FieldSimilarity;

/// An edge that inference proposes between two tools of a catalog, one field to one field.
struct InferredEdge
{
    int fromTool = 0; ///< index in the tool list
    int toTool = 0;
    QString fromToolName;
    QString toToolName;
    GraphEdge::Kind kind = GraphEdge::Kind::DataFlow;
    double confidence = 0;
    FieldMapping mapping;
};

struct InferenceOptions
{
    /// Chosen on tau-bench and BFCL multi-turn (tests/core/graph/tst_edgeinference.cpp):
    /// every edge a curator expects there scores at least 0.578 (airline get_user_details ->
    /// get_reservation_details.reservation_id), the highest unwanted one 0.499 (airline
    /// update_reservation_passengers -> book_reservation.passengers). Edges at 0.55: retail
    /// 63 (19 data flow), airline 46 (20), travel_booking 59 (16), BFCL single-turn ~22,000.
    static constexpr double kDefaultThreshold = 0.55;
    static constexpr int kDefaultMaxEdgesPerField = 8;

    double threshold = kDefaultThreshold;
    /// Fan-out cap: a field keeps at most this many data-flow edges out (or in) and this many
    /// related edges, the ones of highest confidence.
    int maxEdgesPerField = kDefaultMaxEdgesPerField;
    bool dataFlow = true;
    bool related = true;
    /// A parameter name that more tools than this take says nothing for related edges;
    /// 0 means max(50, 2% of the tools).
    int maxToolsPerRelatedName = 0;
};

struct InferenceResult
{
    std::vector<InferredEdge> edges; ///< sorted by tools, kind and mapping
    int fields = 0;
    int candidates = 0; ///< field pairs that passed threshold and rules, before the cap
    bool cancelled = false;
};

/// Edge inference as ToolFlow does it: an edge where a parameter of one tool is similar to a
/// return field (data flow) or a parameter (related) of another, under rules that keep junk
/// out:
///  - no edge joins a tool to itself;
///  - a related edge never joins generic parameters (limit, offset, page, query, name,
///    description, format ...: genericNames()) nor parameters that very many tools take;
///  - a data-flow edge from a generic return field into a generic parameter is dropped
///    (description -> description, status -> status);
///  - fan-out cap: greedily by confidence, a field keeps at most maxEdgesPerField edges of
///    each kind, so one popular field does not join everything. Raising the threshold only
///    ever removes edges.
class EdgeInference final
{
public:
    /// Uses a LexicalSimilarity when similarity is null. Runs off the GUI thread; checks
    /// cancel between fields.
    static InferenceResult infer(const std::vector<Tool> &tools,
                                 const InferenceOptions &options = {},
                                 FieldSimilarity *similarity = nullptr,
                                 const std::atomic_bool *cancel = nullptr);

    static bool isGenericName(const QString &fieldName);
    static QStringList genericNames();
};

} // namespace Callwright
