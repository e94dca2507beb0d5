#pragma once

#include "importreport.h"
#include "model/catalog.h"

#include <QByteArray>

#include <optional>

namespace Callwright {

/// The tool catalog formats Callwright reads.
enum class CatalogFormat { Auto, OpenAI, Mcp, Bfcl, OpenApi };

/// Reads a tool catalog in any format it knows, telling the format from the file (or told it).
///
/// Detection, first match wins: a .jsonl or .ndjson file, or one whose first line is a whole
/// JSON object with "name" and "parameters", is BFCL; .yaml and .yml files, and documents
/// with "openapi" or "swagger", are OpenAPI; documents with "jsonrpc" or "result", or whose
/// tools have "inputSchema", are MCP tools/list results; a list, or "tools", of entries with
/// "function" or "parameters" is OpenAI. Anything else is an error asking for the format.
/// Files over ImportLimits::kMaxFileBytes are refused.
class CatalogImporter final
{
public:
    /// The catalog, or nothing with *error naming the file and what is wrong where. *detected,
    /// when given, receives the format read (the one given, unless that is Auto).
    static std::optional<Catalog> readFile(const QString &path, ImportReport *report,
                                           QString *error,
                                           CatalogFormat format = CatalogFormat::Auto,
                                           CatalogFormat *detected = nullptr);
    static std::optional<Catalog> read(const QByteArray &data, const QString &sourceName,
                                       ImportReport *report, QString *error,
                                       CatalogFormat format = CatalogFormat::Auto,
                                       CatalogFormat *detected = nullptr);

    /// The format data looks like; Auto when it cannot tell (or cannot parse it).
    static CatalogFormat detect(const QByteArray &data, const QString &sourceName);

    /// "openai", "mcp", "bfcl", "openapi" or "auto", for command lines and settings.
    static const char *formatName(CatalogFormat format);
    static std::optional<CatalogFormat> formatFromName(const QString &name);
};

} // namespace Callwright
