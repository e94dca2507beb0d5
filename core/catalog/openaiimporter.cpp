#include "openaiimporter.h"

#include "importsupport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenAiImporter)
};

QString pointer(std::size_t index, const char *rest = "")
{
    return QStringLiteral("/%1%2").arg(index).arg(QString::fromLatin1(rest));
}

// One entry of the list: unwrap {"type":"function","function":{...}} and read the function.
std::optional<Tool> readEntry(const Json &entry, std::size_t index, const QString &source,
                              ToolNamer &namer, ImportReport *report, QString *error)
{
    if (!entry.is_object()) {
        *error = Tr::tr("entry %1 is not an object").arg(pointer(index));
        return std::nullopt;
    }
    const Json *fn = &entry;
    QString fnPointer = pointer(index);
    if (entry.contains("function")) {
        const auto type = entry.find("type");
        if (type != entry.end() && *type != "function") {
            *error = Tr::tr("%1: unsupported tool type %2; only \"function\" tools are read")
                             .arg(pointer(index, "/type"), toQString(*type));
            return std::nullopt;
        }
        fn = &entry.at("function");
        fnPointer = pointer(index, "/function");
        if (!fn->is_object()) {
            *error = Tr::tr("%1 is not an object").arg(fnPointer);
            return std::nullopt;
        }
    }
    const auto name = fn->find("name");
    if (name == fn->end() || !name->is_string() || name->get<std::string>().empty()) {
        *error = Tr::tr("%1/name is missing or not a string").arg(fnPointer);
        return std::nullopt;
    }

    Tool tool;
    tool.origin.kind = ToolOrigin::Kind::OpenAI;
    tool.origin.source = source;
    const QString original = name->get<QString>();
    if (takeToolName(tool, namer, original)) {
        report->warn(tool.name, fnPointer + QStringLiteral("/name"),
                     Tr::tr("renamed from \"%1\"").arg(original));
    }

    const auto description = fn->find("description");
    if (description != fn->end() && description->is_string())
        tool.description = description->get<QString>();
    if (tool.description.trimmed().isEmpty())
        report->warn(tool.name, fnPointer + QStringLiteral("/description"),
                     Tr::tr("missing description"));

    const auto parameters = fn->find("parameters");
    if (parameters == fn->end() || parameters->is_null()) {
        tool.parameters = Json{{"type", "object"}, {"properties", Json::object()}};
        report->warn(tool.name, fnPointer + QStringLiteral("/parameters"),
                     Tr::tr("no parameters schema; the tool takes no arguments"));
    } else if (!parameters->is_object()) {
        *error = Tr::tr("%1/parameters must be a JSON Schema object").arg(fnPointer);
        return std::nullopt;
    } else {
        tool.parameters = *parameters;
        if (!tool.parameters.contains("type")) {
            tool.parameters["type"] = "object";
            report->warn(tool.name, fnPointer + QStringLiteral("/parameters/type"),
                         Tr::tr("type normalised to \"object\""));
        }
    }
    // Not part of OpenAI's format, but some catalogs carry a result schema beside it.
    for (const char *key : {"returns", "response"}) {
        const auto it = fn->find(key);
        if (it != fn->end() && it->is_object()) {
            tool.returns = *it;
            break;
        }
    }
    if (const auto strict = fn->find("strict");
        strict != fn->end() && strict->is_boolean() && strict->get<bool>()) {
        tool.tags.append(QStringLiteral("strict"));
    }
    return tool;
}

} // namespace

QString sanitizedToolName(const QString &name, const std::vector<Tool> &taken)
{
    ToolNamer namer;
    for (const Tool &t : taken)
        namer.reserve(t.name);
    return namer.take(name);
}

std::optional<Catalog> OpenAiImporter::read(const QByteArray &data, const QString &sourceName,
                                            ImportReport *report, QString *error)
{
    ImportOutputs out(report, error, sourceName);
    ImportReport &r = out.report;
    QString &err = out.error;

    Json root;
    try {
        root = parseJson(data);
    } catch (const ModelError &e) {
        err = Tr::tr("%1: %2").arg(sourceName, QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    const Json *list = &root;
    if (root.is_object()) {
        const auto tools = root.find("tools");
        if (tools == root.end()) {
            err = Tr::tr("%1: expected a list of tools or an object with \"tools\"")
                          .arg(sourceName);
            return std::nullopt;
        }
        list = &*tools;
    }
    if (!list->is_array()) {
        err = Tr::tr("%1: the tools must be a list").arg(sourceName);
        return std::nullopt;
    }

    Catalog catalog;
    catalog.name = QFileInfo(sourceName).completeBaseName();
    catalog.name.remove(QStringLiteral(".openai"));
    ToolNamer namer;
    for (std::size_t i = 0; i < list->size(); ++i) {
        QString entryError;
        std::optional<Tool> tool = readEntry((*list)[i], i, sourceName, namer, &r, &entryError);
        if (!tool) {
            err = Tr::tr("%1: %2").arg(sourceName, entryError);
            return std::nullopt;
        }
        catalog.tools.push_back(std::move(*tool));
    }
    if (catalog.tools.empty())
        r.warn({}, {}, Tr::tr("the file holds no tools"));
    r.toolsImported = int(catalog.tools.size());
    return catalog;
}

std::optional<Catalog> OpenAiImporter::readFile(const QString &path, ImportReport *report,
                                                QString *error)
{
    // The shared reader refuses files over the import size limit before reading them.
    const std::optional<QByteArray> data = readImportFile(path, error);
    if (!data)
        return std::nullopt;
    return read(*data, path, report, error);
}

} // namespace Callwright
