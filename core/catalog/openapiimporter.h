#pragma once

#include "importreport.h"
#include "model/catalog.h"

#include <QByteArray>

#include <optional>

namespace Callwright {

/// Reads an OpenAPI 2.0, 3.0 or 3.1 document, JSON or YAML, and makes each operation a tool.
///
/// - Name: the operationId, else method and path ("get_pets_petId", the original
///   "GET /pets/{petId}" kept in the origin); sanitised for OpenAI and made unique.
/// - Description: the summary and the description, in that order, a blank line apart.
/// - Parameters: one object schema. Path, query, header and cookie parameters are properties
///   named as in the spec (a second parameter with the same name gets "_<in>" appended);
///   path parameters are required, others when the spec says so. The request body is always
///   the one property "body", required when the spec says so: for 3.x the JSON media type's
///   schema (else a form media type, else the first one, with a warning), for 2.0 the
///   "in: body" parameter's schema, or an object of the formData parameters.
/// - Returns: the schema of the lowest 2xx response that has one, else of "default" when no
///   2xx response is declared; JSON media types preferred.
/// - Schemas are made self-contained (OpenApiSchemas): local $refs resolved, cycles cut with
///   a warning, 2.0 / 3.0 dialect translated to JSON Schema.
/// - Tags: the operation's tags, and "deprecated" for deprecated operations.
/// Webhooks and callbacks are requests an API sends rather than operations it offers: they are
/// counted in a warning, not imported.
class OpenApiImporter final
{
public:
    /// The catalog, or nothing with *error naming the file, line and column or field at fault.
    static std::optional<Catalog> read(const QByteArray &data, const QString &sourceName,
                                       ImportReport *report, QString *error);
    static std::optional<Catalog> readFile(const QString &path, ImportReport *report,
                                           QString *error);
    /// A parsed document, as read() reads it; for callers that have parsed already.
    static std::optional<Catalog> fromJson(const Json &document, const QString &sourceName,
                                           ImportReport *report, QString *error);
};

} // namespace Callwright
