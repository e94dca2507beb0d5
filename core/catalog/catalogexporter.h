#pragma once

#include "model/catalog.h"

#include <QByteArray>

namespace Callwright {

/// Writes a catalog in the shapes other tools read, such that reading the result back with
/// OpenAiImporter or McpImporter gives the same tools.
///
/// OpenAI: a list of {"type": "function", "function": {name, description, parameters}}, with
/// "strict": true for tools tagged "strict"; other tags have no place there. Return schemas
/// are not part of OpenAI's format and are left out unless asked for ("returns" beside
/// "parameters", which OpenAiImporter reads back but OpenAI's API may refuse).
///
/// MCP: a tools/list result {"tools": [...]} with inputSchema and outputSchema; the tags
/// McpImporter made from title, annotations and execution become those members again, and
/// the other tags go to _meta["io.callwright/tags"].
class CatalogExporter final
{
public:
    enum class Returns { Omit, Include };

    static Json toOpenAiTools(const Catalog &catalog, Returns returns = Returns::Omit);
    static Json toMcpToolsList(const Catalog &catalog);

    /// The same as indented JSON text, ready to be written to a file.
    static QByteArray openAiJson(const Catalog &catalog, Returns returns = Returns::Omit);
    static QByteArray mcpJson(const Catalog &catalog);

    /// Writes data to path atomically (all or nothing); *error names the file on failure.
    static bool writeFile(const QString &path, const QByteArray &data, QString *error);
};

} // namespace Callwright
