#pragma once

#include "importreport.h"
#include "model/catalog.h"

#include <QByteArray>

#include <optional>

namespace Callwright {

/// Reads a saved MCP tools/list result, either the whole JSON-RPC response
/// {"jsonrpc", "id", "result": {"tools": [...]}} or the bare result {"tools": [...]}.
///
/// inputSchema becomes the parameters, outputSchema the returns. What the model has no field
/// for goes into tags, so that CatalogExporter can give it back: the title becomes
/// "mcp:title=<title>", each scalar member of annotations and of execution
/// "mcp:annotations.<member>=<value>" and "mcp:execution.<member>=<value>" (for example
/// "mcp:annotations.readOnlyHint=true"), and the list _meta["io.callwright/tags"] (written by
/// CatalogExporter) plain tags. Icons, the rest of _meta and unknown members are not kept;
/// each is a warning.
class McpImporter final
{
public:
    /// The catalog, or nothing with *error naming the file, line and field at fault.
    static std::optional<Catalog> read(const QByteArray &data, const QString &sourceName,
                                       ImportReport *report, QString *error);
    static std::optional<Catalog> readFile(const QString &path, ImportReport *report,
                                           QString *error);
    /// A parsed result or response, as read() reads it; for callers that have parsed already.
    static std::optional<Catalog> fromJson(const Json &root, const QString &sourceName,
                                           ImportReport *report, QString *error);
    /// The tools of a tools/list result, the list itself; source goes into each tool's origin.
    static std::optional<Catalog> fromTools(const Json &tools, const QString &source,
                                            ImportReport &report, QString *error);
};

/// The tag prefix for MCP members kept on a tool (see McpImporter).
inline constexpr char kMcpTagPrefix[] = "mcp:";
/// The _meta key under which CatalogExporter keeps a tool's plain tags.
inline constexpr char kCallwrightTagsMetaKey[] = "io.callwright/tags";

/// The tag that keeps an MCP member: key is "title", "annotations.<m>" or "execution.<m>".
QString mcpTag(const QString &key, const Json &value);
/// A tag made by mcpTag() as its key and value, or nothing for any other tag.
std::optional<std::pair<QString, Json>> parseMcpTag(const QString &tag);

} // namespace Callwright
