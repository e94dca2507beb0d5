#pragma once

#include <QString>

namespace Callwright {

/// One finding of validation (an instance breaks the schema) or of checkSchema (the schema is
/// malformed or uses what we do not support; then instanceLocation is empty).
struct SchemaError
{
    enum class Severity { Error, Warning };

    QString instanceLocation; ///< JSON pointer to the failing value; "" is the whole value
    QString keyword;          ///< the schema keyword that failed, such as "minimum" or "$ref"
    QString schemaLocation;   ///< URI fragment of that keyword in the schema, "#/properties/…"
    QString message;          ///< plain English, without the location
    Severity severity = Severity::Error; ///< warnings come only from checkSchema

    /// "/items/2/price: 12 is less than the minimum 20"; the whole value reads "(root)".
    QString toString() const;

    bool operator==(const SchemaError &o) const
    {
        return instanceLocation == o.instanceLocation && keyword == o.keyword
               && schemaLocation == o.schemaLocation && message == o.message
               && severity == o.severity;
    }
};

} // namespace Callwright
