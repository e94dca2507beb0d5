#include "catalogimporter.h"

#include "bfclimporter.h"
#include "importsupport.h"
#include "mcpimporter.h"
#include "openaiimporter.h"
#include "openapiimporter.h"
#include "yamljson.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogImporter)
};

const std::pair<CatalogFormat, const char *> kFormatNames[] = {
        {CatalogFormat::Auto, "auto"},       {CatalogFormat::OpenAI, "openai"},
        {CatalogFormat::Mcp, "mcp"},         {CatalogFormat::Bfcl, "bfcl"},
        {CatalogFormat::OpenApi, "openapi"},
};

// What sniffing found: the format, and the parsed document when it had to parse one.
struct Sniffed
{
    CatalogFormat format = CatalogFormat::Auto;
    std::optional<Json> document;
    QString parseError;
};

bool anyEntryHas(const Json &list, std::initializer_list<const char *> keys)
{
    if (!list.is_array())
        return false;
    for (const Json &entry : list) {
        if (!entry.is_object())
            continue;
        for (const char *key : keys) {
            if (entry.contains(key))
                return true;
        }
    }
    return false;
}

// A first line that is a whole function object is BFCL's JSON Lines.
bool looksLikeJsonLines(const QByteArray &data)
{
    qsizetype start = 0;
    while (start < data.size() && QChar::isSpace(uchar(data.at(start))))
        ++start;
    qsizetype end = data.indexOf('\n', start);
    if (end < 0)
        end = data.size();
    const QByteArray first = data.mid(start, end - start);
    if (!first.startsWith('{'))
        return false;
    const Json line
            = Json::parse(first.constData(), first.constData() + first.size(), nullptr, false);
    return line.is_object() && line.contains("name") && line.contains("parameters")
           && !line.contains("tools") && !line.contains("openapi") && !line.contains("swagger");
}

CatalogFormat formatOf(const Json &document)
{
    if (document.is_array()) {
        if (anyEntryHas(document, {"inputSchema"}))
            return CatalogFormat::Mcp;
        if (document.empty() || anyEntryHas(document, {"function", "parameters", "name"}))
            return CatalogFormat::OpenAI;
        return CatalogFormat::Auto;
    }
    if (!document.is_object())
        return CatalogFormat::Auto;
    if (document.contains("openapi") || document.contains("swagger"))
        return CatalogFormat::OpenApi;
    if (document.contains("jsonrpc") || document.contains("result"))
        return CatalogFormat::Mcp;
    const auto tools = document.find("tools");
    if (tools == document.end())
        return CatalogFormat::Auto;
    if (anyEntryHas(*tools, {"inputSchema", "outputSchema", "annotations"})
        || document.contains("nextCursor"))
        return CatalogFormat::Mcp;
    if (anyEntryHas(*tools, {"function", "parameters"}) || (tools->is_array() && tools->empty()))
        return CatalogFormat::OpenAI;
    return CatalogFormat::Auto;
}

Sniffed sniff(const QByteArray &data, const QString &sourceName)
{
    Sniffed s;
    const QString suffix = QFileInfo(sourceName).suffix().toLower();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson")
        || looksLikeJsonLines(data)) {
        s.format = CatalogFormat::Bfcl;
        return s;
    }
    s.document = parseJsonOrYaml(data, &s.parseError);
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        s.format = CatalogFormat::OpenApi;
    else if (s.document)
        s.format = formatOf(*s.document);
    return s;
}

} // namespace

const char *CatalogImporter::formatName(CatalogFormat format)
{
    return enumName(kFormatNames, format);
}

std::optional<CatalogFormat> CatalogImporter::formatFromName(const QString &name)
{
    for (const auto &[format, text] : kFormatNames) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

CatalogFormat CatalogImporter::detect(const QByteArray &data, const QString &sourceName)
{
    return sniff(data, sourceName).format;
}

namespace {

std::optional<Catalog> readAnyFormat(const QByteArray &data, const QString &sourceName,
                                     ImportReport *report, QString *error, CatalogFormat format,
                                     CatalogFormat *detected)
{
    Sniffed s;
    if (format == CatalogFormat::Auto) {
        s = sniff(data, sourceName);
        if (s.format == CatalogFormat::Auto) {
            if (error) {
                *error = !s.parseError.isEmpty()
                                 ? Tr::tr("%1: %2").arg(sourceName, s.parseError)
                                 : Tr::tr("%1: not a tool catalog in a format Callwright knows "
                                          "(OpenAI, "
                                          "MCP, BFCL, OpenAPI); if it is one, choose the format")
                                           .arg(sourceName);
            }
            return std::nullopt;
        }
        format = s.format;
    }
    if (detected)
        *detected = format;
    switch (format) {
    case CatalogFormat::Bfcl:
        return BfclImporter::read(data, sourceName, report, error);
    case CatalogFormat::OpenApi:
        if (s.document)
            return OpenApiImporter::fromJson(*s.document, sourceName, report, error);
        return OpenApiImporter::read(data, sourceName, report, error);
    case CatalogFormat::Mcp:
        if (s.document) {
            // A bare list of MCP tools reads as a result holding it.
            const Json root = s.document->is_array() ? Json{{"tools", *s.document}} : *s.document;
            return McpImporter::fromJson(root, sourceName, report, error);
        }
        return McpImporter::read(data, sourceName, report, error);
    case CatalogFormat::OpenAI:
    case CatalogFormat::Auto:
        break;
    }
    std::optional<Catalog> catalog = OpenAiImporter::read(data, sourceName, report, error);
    // OpenAiImporter predates the depth limit; the other importers apply it themselves.
    for (std::size_t i = 0; catalog && i < catalog->tools.size(); ++i) {
        const Tool &tool = catalog->tools[i];
        for (const auto &[schema, member] : {std::make_pair(&tool.parameters, "parameters"),
                                             std::make_pair(&tool.returns, "returns")}) {
            if (const auto deep = tooDeep(*schema, ImportLimits::kMaxSchemaDepth)) {
                if (error) {
                    *error = Tr::tr("%1: tool \"%2\": /%3%4 is nested deeper than %5 levels")
                                     .arg(sourceName, tool.name, QLatin1String(member),
                                          QString::fromStdString(*deep))
                                     .arg(ImportLimits::kMaxSchemaDepth);
                }
                return std::nullopt;
            }
        }
    }
    return catalog;
}

} // namespace

std::optional<Catalog> CatalogImporter::read(const QByteArray &data, const QString &sourceName,
                                             ImportReport *report, QString *error,
                                             CatalogFormat format, CatalogFormat *detected)
{
    // The importers check every value they read; this is the net for one they missed, so
    // that a strange file gives a message instead of ending the program.
    try {
        return readAnyFormat(data, sourceName, report, error, format, detected);
    } catch (const std::exception &e) {
        if (error)
            *error = Tr::tr("%1: unexpected content (%2)")
                             .arg(sourceName, QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

std::optional<Catalog> CatalogImporter::readFile(const QString &path, ImportReport *report,
                                                 QString *error, CatalogFormat format,
                                                 CatalogFormat *detected)
{
    std::optional<QByteArray> data = readImportFile(path, error);
    if (!data)
        return std::nullopt;
    return read(*data, path, report, error, format, detected);
}

} // namespace Callwright
