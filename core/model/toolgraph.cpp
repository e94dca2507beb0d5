#include "toolgraph.h"

#include <set>

namespace Callwright {

namespace {
const std::pair<GraphEdge::Kind, const char *> kEdgeKinds[] = {
        {GraphEdge::Kind::DataFlow, "data_flow"},
        {GraphEdge::Kind::Related, "related"},
};
const std::pair<GraphEdge::Origin, const char *> kEdgeOrigins[] = {
        {GraphEdge::Origin::Inferred, "inferred"},
        {GraphEdge::Origin::Manual, "manual"},
};
} // namespace

const GraphNode *ToolGraph::node(int id) const
{
    for (const GraphNode &n : nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

void to_json(Json &j, const FieldMapping &m)
{
    j = Json::object();
    j["from"] = m.from;
    j["to"] = m.to;
}

void from_json(const Json &j, FieldMapping &m)
{
    m.from = JsonRead::field<QString>(j, "from");
    m.to = JsonRead::field<QString>(j, "to");
}

void to_json(Json &j, const GraphNode &n)
{
    j = Json::object();
    j["id"] = n.id;
    j["tool"] = n.toolName;
    j["x"] = n.x;
    j["y"] = n.y;
}

void from_json(const Json &j, GraphNode &n)
{
    n.id = JsonRead::field<int>(j, "id");
    n.toolName = JsonRead::field<QString>(j, "tool");
    n.x = JsonRead::optional<double>(j, "x", 0.0);
    n.y = JsonRead::optional<double>(j, "y", 0.0);
}

void to_json(Json &j, const GraphEdge &e)
{
    j = Json::object();
    j["id"] = e.id;
    j["from"] = e.fromNode;
    j["to"] = e.toNode;
    j["kind"] = enumName(kEdgeKinds, e.kind);
    j["origin"] = enumName(kEdgeOrigins, e.origin);
    j["confidence"] = e.confidence;
    j["mapping"] = e.mapping;
}

void from_json(const Json &j, GraphEdge &e)
{
    e.id = JsonRead::field<int>(j, "id");
    e.fromNode = JsonRead::field<int>(j, "from");
    e.toNode = JsonRead::field<int>(j, "to");
    e.kind = enumField(kEdgeKinds, j, "kind", "edge kind");
    e.origin = enumField(kEdgeOrigins, j, "origin", "edge origin");
    e.confidence = JsonRead::optional<double>(j, "confidence", 1.0);
    if (e.confidence < 0.0 || e.confidence > 1.0)
        throw ModelError("/confidence", "must lie between 0 and 1");
    e.mapping = JsonRead::list<FieldMapping>(j, "mapping");
}

void to_json(Json &j, const ToolGraph &g)
{
    j = Json::object();
    j["schema_version"] = kModelSchemaVersion;
    j["catalog_id"] = g.catalogId;
    j["nodes"] = g.nodes;
    j["edges"] = g.edges;
}

void from_json(const Json &j, ToolGraph &g)
{
    JsonRead::checkSchemaVersion(j, "tool graph");
    g.catalogId = JsonRead::optional<qint64>(j, "catalog_id", 0);
    g.nodes = JsonRead::list<GraphNode>(j, "nodes");
    g.edges = JsonRead::list<GraphEdge>(j, "edges");
    std::set<int> ids;
    for (const GraphNode &n : g.nodes) {
        if (!ids.insert(n.id).second)
            throw ModelError("/nodes", "duplicate node id " + std::to_string(n.id));
    }
    for (std::size_t i = 0; i < g.edges.size(); ++i) {
        const GraphEdge &e = g.edges[i];
        if (!ids.count(e.fromNode) || !ids.count(e.toNode))
            throw ModelError("/edges/" + std::to_string(i), "refers to a node that does not exist");
    }
}

} // namespace Callwright
