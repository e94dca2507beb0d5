#include "commands.h"

#include "clisupport.h"

#include "catalog/demoproject.h"
#include "model/json.h"
#include "store/projectstore.h"

#include <QFileInfo>

#include <functional>
#include <map>

namespace Callwright::Cli {

namespace {

int projectNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The project file to create."));
    parser.addOption({QStringLiteral("name"), Tr::tr("The project's name."), Tr::tr("name")});
    parser.addOption({QStringLiteral("demo"),
                      Tr::tr("Fill it with the bundled demo catalogs (tau-bench).")});
    int code = Ok;
    if (!parse(parser, args, Tr::tr("Create a project file."), 1, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString path = withProjectSuffix(parser.positionalArguments().constFirst());

    StoreError e;
    if (parser.isSet(QStringLiteral("demo"))) {
        e = createDemoProject(path);
    } else {
        const QString name = parser.isSet(QStringLiteral("name"))
                                     ? parser.value(QStringLiteral("name"))
                                     : QFileInfo(path).completeBaseName();
        ProjectStore store;
        e = store.create(path, name);
    }
    if (e)
        return storeFailure(json, e);
    report(json, Json{{"created", QFileInfo(path).absoluteFilePath()}});
    return Ok;
}

int projectInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The project file."));
    int code = Ok;
    if (!parse(parser, args, Tr::tr("Show what a project holds."), 1, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    ProjectStore store;
    // Read-only: looking at a project must never migrate or otherwise change it.
    if (StoreError e
        = store.open(parser.positionalArguments().constFirst(), ProjectStore::OpenMode::ReadOnly))
        return storeFailure(json, e);
    const ProjectInfo info = store.info();
    Json catalogs = Json::array();
    const std::vector<Catalog> stored = store.catalogs();
    if (StoreError e = store.lastError()) // a row this build cannot read
        return storeFailure(json, e);
    for (const Catalog &c : stored)
        catalogs.push_back(Json{{"name", c.name},
                                {"tools", c.tools.size()},
                                {"envelope", envelopeStrategyName(c.envelope)}});
    report(json, Json{{"file", QFileInfo(store.path()).absoluteFilePath()},
                      {"name", info.name},
                      {"schema_version", info.schemaVersion},
                      {"created_with", info.createdWith},
                      {"catalogs", catalogs},
                      {"tools", info.tools},
                      {"dialogues", info.dialogues},
                      {"accepted", info.accepted},
                      {"rejected", info.rejected},
                      {"needs_fix", info.needsFix},
                      {"open", info.dialogues - info.accepted - info.rejected - info.needsFix}});
    return Ok;
}

int projectCheck(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The project file."));
    int code = Ok;
    if (!parse(parser, args, Tr::tr("Verify a project file's integrity."), 1, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    ProjectStore store;
    if (StoreError e
        = store.open(parser.positionalArguments().constFirst(), ProjectStore::OpenMode::ReadOnly))
        return storeFailure(json, e);
    const QStringList problems = store.integrityCheck();
    report(json, Json{{"file", QFileInfo(store.path()).absoluteFilePath()},
                      {"ok", problems.isEmpty()},
                      {"problems", problems}});
    return problems.isEmpty() ? Ok : Failed;
}

using Command = std::function<int(const QStringList &)>;

QString usage()
{
    return Tr::tr("Usage: callwright-cli <command> [options]\n"
                  "\n"
                  "Commands:\n"
                  "  project new FILE [--name NAME] [--demo]   create a project file\n"
                  "  project info FILE [--json]                show what a project holds\n"
                  "  project check FILE [--json]               verify the file's integrity\n"
                  "  catalog import --project P FILE [--format F] [--name N]\n"
                  "                                            import a tool catalog\n"
                  "  catalog import --project P --mcp \"COMMAND\" [--timeout S]\n"
                  "                                            list an MCP server's tools\n"
                  "  catalog export --project P --catalog NAME --format openai|mcp\n"
                  "                 --out FILE                 write a catalog ('-': stdout)\n"
                  "  graph infer --project P [--catalog NAME] [--threshold T]\n"
                  "                                            infer the tool graph's edges\n"
                  "  graph sample --project P [--catalog NAME] --sampler walk|knn|chain|coverage\n"
                  "               [--size N] [--count C] [--seed S]\n"
                  "                                            sample tools from the graph\n"
                  "  generate --project P --count N [--seed S] [--catalog NAME|ID]\n"
                  "           [--sampler walk|knn|chain|coverage] [--tools-per-sample K]\n"
                  "           [--envelope catalog|context_carrying|state_token]\n"
                  "           [--mix kind=weight,...] [--min-steps A] [--max-steps B]\n"
                  "                                            generate dialogues as a new job\n"
                  "  job list --project P                      list the project's jobs\n"
                  "  job resume --project P --job ID           finish an interrupted job\n"
                  "  dialogues export-jsonl --project P --out FILE [--job ID]\n"
                  "                                            write dialogues as JSON Lines\n"
                  "  dialogues import --project P --format F --file PATH\n"
                  "                                            import a dataset file for review\n"
                  "  export --project P --format openai|trl|sharegpt|hermes|bfcl --out DIR\n"
                  "         [--split 0.1] [--seed S] [--status accepted|any|...]\n"
                  "         [--system-prompt TEXT] [--name N] [--licence L] [--weights]\n"
                  "                                            write a dataset and its card\n"
                  "  score --project P [--threads N] [--judge PROFILE]\n"
                  "                                            score every dialogue, print the\n"
                  "                                            dataset's figures\n"
                  "  corpus run --project P --input PATH [--threads N] [--rerun]\n"
                  "                                            import a text corpus and run the\n"
                  "                                            GEM stages (embedded, heuristic)\n"
                  "  corpus adopt --project P [--document ID] [--catalog NAME] [--tools]\n"
                  "               [--dialogues]             extracted tools into a catalog,\n"
                  "                                            trajectories into review\n"
                  "\n"
                  "Options for every command:\n"
                  "  --json      print machine-readable JSON on standard output\n"
                  "  -h, --help  show help for the command\n"
                  "  --version   print the version\n"
                  "\n"
                  "Exit codes: 0 success, 1 the operation failed, 2 usage error,\n"
                  "3 the file was refused (missing, not a project, corrupt, or newer).\n");
}

} // namespace

int run(const QStringList &arguments)
{
    const std::map<QString, Command> commands{
            {QStringLiteral("project new"), projectNew},
            {QStringLiteral("project info"), projectInfo},
            {QStringLiteral("project check"), projectCheck},
            {QStringLiteral("catalog import"), catalogImport},
            {QStringLiteral("catalog export"), catalogExport},
            {QStringLiteral("graph infer"), graphInfer},
            {QStringLiteral("graph sample"), graphSample},
            {QStringLiteral("job list"), jobList},
            {QStringLiteral("job resume"), jobResume},
            {QStringLiteral("dialogues export-jsonl"), dialoguesExportJsonl},
            {QStringLiteral("dialogues import"), dialoguesImport},
            {QStringLiteral("corpus run"), corpusRun},
            {QStringLiteral("corpus adopt"), corpusAdopt},
    };
    const QString first = arguments.value(0);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        (arguments.isEmpty() ? err() : out()) << usage();
        return arguments.isEmpty() ? Usage : Ok;
    }
    if (arguments.constFirst() == QLatin1String("--version")) {
        out() << QStringLiteral("callwright-cli ") << QCoreApplication::applicationVersion()
              << Qt::endl;
        return Ok;
    }
    // Commands of one word take their options right after it.
    const std::map<QString, Command> singles{{QStringLiteral("generate"), generate},
                                             {QStringLiteral("score"), score},
                                             {QStringLiteral("export"), exportDataset}};
    if (const auto single = singles.find(first); single != singles.end()) {
        QStringList rest = arguments.mid(1);
        rest.prepend(QStringLiteral("callwright-cli ") + single->first);
        return single->second(rest);
    }
    const bool json = arguments.contains(QStringLiteral("--json"));
    if (arguments.size() < 2)
        return fail(json, Usage,
                    Tr::tr("'%1' needs a subcommand; try --help").arg(arguments.constFirst()));
    const auto it = commands.find(arguments[0] + QLatin1Char(' ') + arguments[1]);
    if (it == commands.end())
        return fail(json, Usage,
                    Tr::tr("unknown command '%1 %2'; try --help").arg(arguments[0], arguments[1]));
    // QCommandLineParser expects the program name first.
    QStringList rest = arguments.mid(2);
    rest.prepend(QStringLiteral("callwright-cli ") + it->first);
    return it->second(rest);
}

} // namespace Callwright::Cli
