#include "catalogexporter.h"

#include "mcpimporter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogExporter)
};

QByteArray indented(const Json &json)
{
    return QByteArray::fromStdString(json.dump(2, ' ', false, Json::error_handler_t::replace))
           + '\n';
}

} // namespace

Json CatalogExporter::toOpenAiTools(const Catalog &catalog, Returns returns)
{
    Json list = Json::array();
    for (const Tool &tool : catalog.tools) {
        Json fn{{"name", tool.name},
                {"description", tool.description},
                {"parameters", tool.parameters}};
        if (tool.tags.contains(QStringLiteral("strict")))
            fn["strict"] = true;
        if (returns == Returns::Include && !tool.returns.is_null())
            fn["returns"] = tool.returns;
        list.push_back(Json{{"type", "function"}, {"function", std::move(fn)}});
    }
    return list;
}

Json CatalogExporter::toMcpToolsList(const Catalog &catalog)
{
    Json tools = Json::array();
    for (const Tool &tool : catalog.tools) {
        Json entry{{"name", tool.name}};
        Json plainTags = Json::array();
        for (const QString &tag : tool.tags) {
            const auto kept = parseMcpTag(tag);
            if (!kept) {
                plainTags.push_back(tag);
                continue;
            }
            const auto &[key, value] = *kept;
            const qsizetype dot = key.indexOf(QLatin1Char('.'));
            const QString parent = dot < 0 ? key : key.left(dot);
            // Only the members the MCP importer turns into tags come back; anything else (a
            // hand-written "mcp:name=...") stays a plain tag rather than overwrite the tool.
            const bool known = (dot < 0 && parent == QLatin1String("title"))
                               || (dot > 0
                                   && (parent == QLatin1String("annotations")
                                       || parent == QLatin1String("execution")));
            if (!known) {
                plainTags.push_back(tag);
                continue;
            }
            Json &slot = entry[parent.toStdString()];
            if (dot < 0)
                slot = value;
            else
                slot[key.mid(dot + 1).toStdString()] = value;
        }
        entry["description"] = tool.description;
        entry["inputSchema"] = tool.parameters;
        if (!tool.returns.is_null())
            entry["outputSchema"] = tool.returns;
        if (!plainTags.empty())
            entry["_meta"][kCallwrightTagsMetaKey] = std::move(plainTags);
        tools.push_back(std::move(entry));
    }
    return Json{{"tools", std::move(tools)}};
}

QByteArray CatalogExporter::openAiJson(const Catalog &catalog, Returns returns)
{
    return indented(toOpenAiTools(catalog, returns));
}

QByteArray CatalogExporter::mcpJson(const Catalog &catalog)
{
    return indented(toMcpToolsList(catalog));
}

bool CatalogExporter::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Callwright
