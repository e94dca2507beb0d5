#include "mcpimporter.h"

#include "importsupport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(McpImporter)
};

QString at(std::size_t index, const char *member = nullptr)
{
    QString pointer = QStringLiteral("/tools/%1").arg(index);
    if (member)
        pointer += QLatin1Char('/') + QLatin1String(member);
    return pointer;
}

// The members of annotations or execution that fit a tag; the others are reported.
void keepAsTags(const Json &object, const char *member, std::size_t index, Tool &tool,
                ImportReport &report)
{
    if (!object.is_object()) {
        report.warn(tool.name, at(index, member), Tr::tr("not an object; not kept"));
        return;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key
                = QLatin1String(member) + QLatin1Char('.') + QString::fromStdString(it.key());
        if (it->is_primitive()) {
            tool.tags.append(mcpTag(key, *it));
        } else {
            report.warn(tool.name,
                        at(index, member) + QLatin1Char('/')
                                + QString::fromStdString(pointerToken(it.key())),
                        Tr::tr("\"%1\" is not a single value; not kept").arg(key));
        }
    }
}

std::optional<Json> schemaMember(const Json &entry, const char *member, std::size_t index,
                                 QString *error)
{
    const auto it = entry.find(member);
    if (it == entry.end() || it->is_null())
        return Json();
    if (!it->is_object()) {
        *error = Tr::tr("%1 must be a JSON Schema object").arg(at(index, member));
        return std::nullopt;
    }
    if (const auto deep = tooDeep(*it, ImportLimits::kMaxSchemaDepth)) {
        *error = Tr::tr("%1%2 is nested deeper than %3 levels")
                         .arg(at(index, member), QString::fromStdString(*deep))
                         .arg(ImportLimits::kMaxSchemaDepth);
        return std::nullopt;
    }
    return *it;
}

std::optional<Tool> readTool(const Json &entry, std::size_t index, const QString &source,
                             ToolNamer &namer, ImportReport &report, QString *error)
{
    if (!entry.is_object()) {
        *error = Tr::tr("%1 is not an object").arg(at(index));
        return std::nullopt;
    }
    const auto name = entry.find("name");
    if (name == entry.end() || !name->is_string() || name->get<std::string>().empty()) {
        *error = Tr::tr("%1 is missing or not a string").arg(at(index, "name"));
        return std::nullopt;
    }
    std::optional<Json> input = schemaMember(entry, "inputSchema", index, error);
    if (!input)
        return std::nullopt;
    std::optional<Json> output = schemaMember(entry, "outputSchema", index, error);
    if (!output)
        return std::nullopt;

    Tool tool;
    tool.origin.kind = ToolOrigin::Kind::Mcp;
    tool.origin.source = source;
    const QString original = name->get<QString>();
    if (takeToolName(tool, namer, original))
        report.warn(tool.name, at(index, "name"), Tr::tr("renamed from \"%1\"").arg(original));

    // Tags in a fixed order, so that an export read back gives the same list.
    QString title;
    if (const auto t = entry.find("title"); t != entry.end() && t->is_string()) {
        title = t->get<QString>();
        tool.tags.append(mcpTag(QStringLiteral("title"), *t));
    }
    for (const char *member : {"annotations", "execution"}) {
        if (const auto it = entry.find(member); it != entry.end())
            keepAsTags(*it, member, index, tool, report);
    }
    if (const auto d = entry.find("description"); d != entry.end() && d->is_string())
        tool.description = d->get<QString>();
    if (tool.description.trimmed().isEmpty()) {
        if (!title.isEmpty()) {
            tool.description = title;
            report.warn(tool.name, at(index, "description"),
                        Tr::tr("missing description; the title stands in for it"));
        } else {
            report.warn(tool.name, at(index, "description"), Tr::tr("missing description"));
        }
    }

    if (input->is_null()) {
        tool.parameters = Json{{"type", "object"}, {"properties", Json::object()}};
        report.warn(tool.name, at(index, "inputSchema"),
                    Tr::tr("no inputSchema; the tool takes no arguments"));
    } else {
        tool.parameters = std::move(*input);
        if (!tool.parameters.contains("type")) {
            tool.parameters["type"] = "object";
            report.warn(tool.name, at(index, "inputSchema/type"), Tr::tr("type set to \"object\""));
        } else if (tool.parameters.at("type") != "object") {
            report.warn(tool.name, at(index, "inputSchema/type"),
                        Tr::tr("MCP requires an inputSchema of type \"object\"; found %1")
                                .arg(toQString(tool.parameters.at("type"))));
        }
    }
    tool.returns = std::move(*output);

    for (auto it = entry.begin(); it != entry.end(); ++it) {
        const std::string &key = it.key();
        if (key == "name" || key == "title" || key == "description" || key == "inputSchema"
            || key == "outputSchema" || key == "annotations" || key == "execution") {
            continue;
        }
        if (key == "_meta" && it->is_object()) {
            for (auto m = it->begin(); m != it->end(); ++m) {
                if (m.key() == kCallwrightTagsMetaKey && m->is_array()) {
                    for (const Json &tag : *m) {
                        if (tag.is_string())
                            tool.tags.append(tag.get<QString>());
                    }
                } else {
                    report.warn(tool.name,
                                at(index, "_meta/") + QString::fromStdString(pointerToken(m.key())),
                                Tr::tr("not kept"));
                }
            }
        } else {
            report.warn(tool.name,
                        at(index) + QLatin1Char('/') + QString::fromStdString(pointerToken(key)),
                        Tr::tr("\"%1\" is not kept").arg(QString::fromStdString(key)));
        }
    }
    return tool;
}

} // namespace

QString mcpTag(const QString &key, const Json &value)
{
    return QLatin1String(kMcpTagPrefix) + key + QLatin1Char('=') + scalarText(value);
}

std::optional<std::pair<QString, Json>> parseMcpTag(const QString &tag)
{
    if (!tag.startsWith(QLatin1String(kMcpTagPrefix)))
        return std::nullopt;
    const qsizetype equals = tag.indexOf(QLatin1Char('='));
    if (equals < 0)
        return std::nullopt;
    const qsizetype prefix = qsizetype(sizeof(kMcpTagPrefix) - 1);
    const QString key = tag.mid(prefix, equals - prefix);
    const QString text = tag.mid(equals + 1);
    // Titles are text whatever they look like; hints are booleans; anything else is JSON
    // when it reads as a JSON scalar (a number, true, false, null) and text otherwise.
    if (key == QLatin1String("title") || key.endsWith(QLatin1String(".title")))
        return std::make_pair(key, Json(text));
    const std::string utf8 = text.toStdString();
    Json value = Json::parse(utf8, nullptr, false);
    if (value.is_discarded() || !value.is_primitive() || value.is_string())
        value = utf8;
    return std::make_pair(key, std::move(value));
}

std::optional<Catalog> McpImporter::fromTools(const Json &tools, const QString &source,
                                              ImportReport &report, QString *error)
{
    if (!tools.is_array()) {
        *error = Tr::tr("/tools must be a list");
        return std::nullopt;
    }
    Catalog catalog;
    ToolNamer namer;
    for (std::size_t i = 0; i < tools.size(); ++i) {
        std::optional<Tool> tool = readTool(tools[i], i, source, namer, report, error);
        if (!tool)
            return std::nullopt;
        catalog.tools.push_back(std::move(*tool));
    }
    if (catalog.tools.empty())
        report.warn({}, {}, Tr::tr("the server lists no tools"));
    report.toolsImported = int(catalog.tools.size());
    return catalog;
}

std::optional<Catalog> McpImporter::fromJson(const Json &root, const QString &sourceName,
                                             ImportReport *report, QString *error)
{
    ImportOutputs out(report, error, sourceName);
    ImportReport &r = out.report;
    QString &err = out.error;

    if (!root.is_object()) {
        err = Tr::tr("%1: expected a tools/list result, an object with \"tools\"").arg(sourceName);
        return std::nullopt;
    }
    const Json *result = &root;
    if (const auto e = root.find("error"); e != root.end() && root.contains("jsonrpc")) {
        err = Tr::tr("%1: the saved response is a JSON-RPC error: %2")
                      .arg(sourceName, toQString(*e));
        return std::nullopt;
    }
    if (const auto res = root.find("result"); res != root.end()) {
        if (!res->is_object()) {
            err = Tr::tr("%1: /result must be an object").arg(sourceName);
            return std::nullopt;
        }
        result = &*res;
    }
    const auto tools = result->find("tools");
    if (tools == result->end()) {
        err = Tr::tr("%1: no \"tools\" list: not a tools/list result").arg(sourceName);
        return std::nullopt;
    }
    QString toolError;
    std::optional<Catalog> catalog = fromTools(*tools, sourceName, r, &toolError);
    if (!catalog) {
        const QString prefix = result == &root ? QString() : QStringLiteral("/result");
        err = Tr::tr("%1: %2%3").arg(sourceName, prefix, toolError);
        return std::nullopt;
    }
    if (const auto next = result->find("nextCursor");
        next != result->end() && next->is_string() && !next->get<std::string>().empty()) {
        r.warn({}, QStringLiteral("/nextCursor"),
               Tr::tr("the file holds one page of a longer list (next cursor \"%1\"); the tools "
                      "of later pages are not in it")
                       .arg(next->get<QString>()));
    }
    catalog->name = QFileInfo(sourceName).completeBaseName();
    return catalog;
}

std::optional<Catalog> McpImporter::read(const QByteArray &data, const QString &sourceName,
                                         ImportReport *report, QString *error)
{
    Json root;
    try {
        root = parseJson(data);
    } catch (const ModelError &e) {
        if (error)
            *error = Tr::tr("%1: %2").arg(sourceName, QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    return fromJson(root, sourceName, report, error);
}

std::optional<Catalog> McpImporter::readFile(const QString &path, ImportReport *report,
                                             QString *error)
{
    std::optional<QByteArray> data = readImportFile(path, error);
    if (!data)
        return std::nullopt;
    return read(*data, path, report, error);
}

} // namespace Callwright
