#pragma once

#include "json.h"

#include <vector>

namespace Callwright {

/// One field of one tool that an edge reads from or writes to.
struct FieldMapping
{
    QString from; ///< return field (data flow) or parameter (related) of the source tool
    QString to;   ///< parameter of the target tool

    bool operator==(const FieldMapping &o) const { return from == o.from && to == o.to; }
};

/// A tool placed on the graph canvas.
struct GraphNode
{
    int id = 0;
    QString toolName;
    double x = 0;
    double y = 0;

    bool operator==(const GraphNode &o) const
    {
        return id == o.id && toolName == o.toolName && x == o.x && y == o.y;
    }
};

/// A dependency between two tools: data flows from an output to a parameter, or two
/// parameters take the same thing.
struct GraphEdge
{
    enum class Kind { DataFlow, Related };
    enum class Origin { Inferred, Manual };

    int id = 0;
    int fromNode = 0;
    int toNode = 0;
    Kind kind = Kind::DataFlow;
    Origin origin = Origin::Manual;
    double confidence = 1.0;
    std::vector<FieldMapping> mapping;

    bool operator==(const GraphEdge &o) const
    {
        return id == o.id && fromNode == o.fromNode && toNode == o.toNode && kind == o.kind
               && origin == o.origin && confidence == o.confidence && mapping == o.mapping;
    }
};

/// The tool dependency graph of one catalog (ToolFlow); edges key nodes by integer id.
struct ToolGraph
{
    qint64 catalogId = 0;
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;

    const GraphNode *node(int id) const;

    bool operator==(const ToolGraph &o) const
    {
        return catalogId == o.catalogId && nodes == o.nodes && edges == o.edges;
    }
};

void to_json(Json &j, const FieldMapping &m);
void from_json(const Json &j, FieldMapping &m);
void to_json(Json &j, const GraphNode &n);
void from_json(const Json &j, GraphNode &n);
void to_json(Json &j, const GraphEdge &e);
void from_json(const Json &j, GraphEdge &e);
void to_json(Json &j, const ToolGraph &g);
void from_json(const Json &j, ToolGraph &g);

} // namespace Callwright
