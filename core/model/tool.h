#pragma once

#include "json.h"

namespace Callwright {

/// Where a tool definition came from, so a curator can trace and re-import it.
struct ToolOrigin
{
    enum class Kind { Manual, OpenAI, Mcp, Bfcl, OpenApi, Corpus };
    Kind kind = Kind::Manual;
    QString source;       ///< file path, server command or document id
    QString originalName; ///< the name before sanitising, if it changed

    bool operator==(const ToolOrigin &o) const
    {
        return kind == o.kind && source == o.source && originalName == o.originalName;
    }
};

/// One callable tool: a name, a description, and JSON Schemas for its arguments and results.
struct Tool
{
    qint64 id = 0; ///< row id in the project; 0 until stored
    QString name;
    QString description;
    Json parameters = Json::object(); ///< JSON Schema of the arguments object
    Json returns; ///< JSON Schema of the result; null when the source gives none
    QStringList tags;
    ToolOrigin origin;

    bool operator==(const Tool &o) const
    {
        return id == o.id && name == o.name && description == o.description
               && parameters == o.parameters && returns == o.returns && tags == o.tags
               && origin == o.origin;
    }
    bool operator!=(const Tool &o) const { return !(*this == o); }
};

const char *toolOriginKindName(ToolOrigin::Kind kind);

void to_json(Json &j, const ToolOrigin &o);
void from_json(const Json &j, ToolOrigin &o);
void to_json(Json &j, const Tool &t);
void from_json(const Json &j, Tool &t);

} // namespace Callwright
