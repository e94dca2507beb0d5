#pragma once

#include "model/json.h"

#include <QString>

#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace Callwright {

/// The OpenAPI versions whose schema dialects differ.
enum class OpenApiVersion { V2, V30, V31 };

/// Turns the schemas of one OpenAPI document into self-contained JSON Schema for tools: local
/// $refs are replaced by copies of their targets (siblings of a $ref override what it brings),
/// a reference back into a schema being expanded is cut, and the 2.0 / 3.0 dialect is
/// translated: nullable: true adds "null" to the type, boolean exclusiveMinimum/Maximum take
/// the numeric form, type "file" becomes a binary string; a discriminator becomes an enum of
/// its mapped values on each branch.
class OpenApiSchemas final
{
public:
    /// Something the caller must report; pointer is where in the output schema it happened.
    using Notice = std::function<void(const QString &pointer, const QString &message)>;

    /// Thrown when a schema cannot be made: too deep, or expanding beyond the value budget.
    class Error : public std::runtime_error
    {
    public:
        explicit Error(const QString &message)
            : std::runtime_error(message.toStdString())
        {}
    };

    OpenApiSchemas(const Json &document, OpenApiVersion version);

    /// schema made self-contained; notices name cut cycles and unresolved references. depth
    /// is the nesting level the schema will have in the tool's schema (1 at its root).
    Json resolved(const Json &schema, const QString &pointer, int depth, const Notice &notice);

    /// value itself, or the object its $ref chain leads to (for parameters, request bodies,
    /// responses and path items). Nothing, with *error, when the chain is broken or circular.
    const Json *follow(const Json &value, QString *error) const;

    /// The value at a local reference ("#/components/schemas/Pet"), or nullptr.
    const Json *target(const std::string &ref) const;

private:
    Json expand(const Json &schema, const QString &pointer, int depth, const Notice &notice);
    Json member(const std::string &key, const Json &value, const QString &pointer, int depth,
                const Notice &notice);
    void translate(Json &schema) const;
    void applyDiscriminator(const Json &raw, Json &out) const;

    const Json &m_document;
    const OpenApiVersion m_version;
    std::vector<std::string> m_expanding; ///< references being expanded, outermost first
    qint64 m_values = 0;                  ///< values made by the current resolved() call
};

} // namespace Callwright
