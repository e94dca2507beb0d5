#include "clisupport.h"
#include "commands.h"

#include "catalog/catalogexporter.h"
#include "catalog/catalogimporter.h"
#include "catalog/mcpclient.h"
#include "store/projectstore.h"

#include <QFile>

namespace Callwright::Cli {

namespace {

const QString kProject = QStringLiteral("project");

Json reportJson(const Catalog &catalog, const ImportReport &report, const QString &format)
{
    Json warnings = Json::array();
    for (const ImportReport::Warning &w : report.warnings)
        warnings.push_back(Json{{"tool", w.tool}, {"field", w.field}, {"message", w.message}});
    return Json{{"catalog", catalog.name},
                {"catalog_id", catalog.id},
                {"format", format},
                {"source", report.source},
                {"tools_imported", report.toolsImported},
                {"warnings", warnings}};
}

void printWarnings(const ImportReport &report)
{
    for (const ImportReport::Warning &w : report.warnings) {
        out() << Tr::tr("warning: ") << (w.tool.isEmpty() ? QString() : w.tool)
              << (w.field.isEmpty() ? QString() : QStringLiteral(" ") + w.field)
              << QStringLiteral(": ") << w.message << Qt::endl;
    }
}

} // namespace

int catalogImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Tr::tr("The catalog file (OpenAI, MCP, BFCL, OpenAPI)."));
    parser.addOption({kProject, Tr::tr("The project to import into."), Tr::tr("file")});
    parser.addOption({QStringLiteral("format"),
                      Tr::tr("openai, mcp, bfcl, openapi or auto (the default)."), Tr::tr("format"),
                      QStringLiteral("auto")});
    parser.addOption({QStringLiteral("name"), Tr::tr("The new catalog's name."), Tr::tr("name")});
    parser.addOption({QStringLiteral("mcp"),
                      Tr::tr("Start this command as an MCP server over stdio and import its "
                             "tools instead of reading a file. It runs with your rights."),
                      Tr::tr("command")});
    parser.addOption({QStringLiteral("timeout"),
                      Tr::tr("Seconds to wait for the MCP server at each step (default 30)."),
                      Tr::tr("seconds"), QStringLiteral("30")});
    const bool fromMcp = args.contains(QStringLiteral("--mcp"));
    int code = Ok;
    if (!parse(parser, args, Tr::tr("Import a tool catalog into a project."), fromMcp ? 0 : 1,
               &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.isSet(kProject))
        return fail(json, Usage, Tr::tr("--project is required"));

    // Open the project first: a refused project must not cost an MCP server start.
    ProjectStore store;
    if (StoreError e = store.open(parser.value(kProject)))
        return storeFailure(json, e);

    ImportReport importReport;
    QString error;
    std::optional<Catalog> catalog;
    QString formatName;
    if (fromMcp) {
        bool ok = false;
        const int timeout = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeout <= 0)
            return fail(json, Usage, Tr::tr("--timeout takes a positive number of seconds"));
        const auto words = McpClient::splitCommand(parser.value(QStringLiteral("mcp")), &error);
        if (!words || words->isEmpty())
            return fail(json, Usage, error.isEmpty() ? Tr::tr("--mcp needs a command") : error);
        McpClient::Options options;
        options.requestTimeoutMs = timeout * 1000;
        // The command is the user's own typing on this command line: that is the consent.
        McpClient client(words->constFirst(), words->mid(1), options);
        catalog = client.listTools(&importReport, &error);
        formatName = QStringLiteral("mcp");
    } else {
        const auto format = CatalogImporter::formatFromName(parser.value(QStringLiteral("format")));
        if (!format)
            return fail(json, Usage,
                        Tr::tr("unknown format '%1'; use openai, mcp, bfcl, "
                               "openapi or auto")
                                .arg(parser.value(QStringLiteral("format"))));
        CatalogFormat detected = CatalogFormat::Auto;
        catalog = CatalogImporter::readFile(parser.positionalArguments().constFirst(),
                                            &importReport, &error, *format, &detected);
        formatName = QString::fromLatin1(CatalogImporter::formatName(detected));
    }
    if (!catalog)
        return fail(json, Failed, error);
    if (parser.isSet(QStringLiteral("name")))
        catalog->name = parser.value(QStringLiteral("name"));
    // Names pick catalogs on the command line, so a second import gets "name (2)" as the
    // import dialog does.
    QStringList taken;
    for (const Catalog &c : store.catalogs())
        taken << c.name;
    const QString base = catalog->name;
    for (int n = 2; taken.contains(catalog->name); ++n)
        catalog->name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    // One transaction: on failure the project holds nothing of this import.
    if (!store.insertCatalog(*catalog))
        return fail(json, Failed, store.lastError().message);

    if (json) {
        report(json, reportJson(*catalog, importReport, formatName));
    } else {
        printWarnings(importReport);
        out() << Tr::tr("imported %n tool(s) into catalog '%1' (%2, %3 warning(s))", nullptr,
                        importReport.toolsImported)
                         .arg(catalog->name, formatName)
                         .arg(importReport.warnings.size())
              << Qt::endl;
    }
    return Ok;
}

int catalogExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({kProject, Tr::tr("The project."), Tr::tr("file")});
    parser.addOption({QStringLiteral("catalog"),
                      Tr::tr("The catalog's name (may be left out when there is one)."),
                      Tr::tr("name")});
    parser.addOption({QStringLiteral("format"), Tr::tr("openai or mcp."), Tr::tr("format"),
                      QStringLiteral("openai")});
    parser.addOption({QStringLiteral("out"), Tr::tr("The file to write; '-' for standard output."),
                      Tr::tr("file")});
    int code = Ok;
    if (!parse(parser, args, Tr::tr("Export a tool catalog."), 0, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.isSet(kProject) || !parser.isSet(QStringLiteral("out")))
        return fail(json, Usage, Tr::tr("--project and --out are required"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("openai") && format != QLatin1String("mcp"))
        return fail(json, Usage, Tr::tr("unknown format '%1'; use openai or mcp").arg(format));

    ProjectStore store;
    if (StoreError e = store.open(parser.value(kProject), ProjectStore::OpenMode::ReadOnly))
        return storeFailure(json, e);
    const std::vector<Catalog> catalogs = store.catalogs();
    if (StoreError e = store.lastError()) // a row this build cannot read
        return storeFailure(json, e);
    const Catalog *chosen = nullptr;
    QStringList names;
    int matches = 0;
    for (const Catalog &c : catalogs) {
        names << c.name;
        if (c.name == parser.value(QStringLiteral("catalog"))) {
            chosen = &c;
            ++matches;
        }
    }
    if (matches > 1) // never pick one of several namesakes silently
        return fail(json, Usage,
                    Tr::tr("%n catalogs are named '%1'; rename one first", nullptr, matches)
                            .arg(parser.value(QStringLiteral("catalog"))));
    if (!parser.isSet(QStringLiteral("catalog")) && catalogs.size() == 1)
        chosen = &catalogs.front();
    if (!chosen) {
        return fail(
                json, Usage,
                Tr::tr("choose a catalog with --catalog; the project has: %1")
                        .arg(names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", "))));
    }

    const QByteArray data = format == QLatin1String("mcp") ? CatalogExporter::mcpJson(*chosen)
                                                           : CatalogExporter::openAiJson(*chosen);
    const QString path = parser.value(QStringLiteral("out"));
    if (path == QLatin1String("-")) {
        QFile stdoutFile;
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        stdoutFile.write(data);
        return Ok;
    }
    QString error;
    if (!CatalogExporter::writeFile(path, data, &error))
        return fail(json, Failed, error);
    report(json, Json{{"written", path},
                      {"catalog", chosen->name},
                      {"tools", chosen->tools.size()},
                      {"format", format}});
    return Ok;
}

} // namespace Callwright::Cli
