#include "commands.h"

#include "catalog/demoproject.h"
#include "model/json.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>

namespace Callwright::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CallwrightCli)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString usage()
{
    return Tr::tr("Usage: callwright-cli <command> [options]\n"
                  "\n"
                  "Commands:\n"
                  "  project new FILE [--name NAME] [--demo]   create a project file\n"
                  "  project info FILE [--json]                show what a project holds\n"
                  "  project check FILE [--json]               verify the file's integrity\n"
                  "\n"
                  "Options for every command:\n"
                  "  --json      print machine-readable JSON on standard output\n"
                  "  -h, --help  show help for the command\n"
                  "  --version   print the version\n"
                  "\n"
                  "Exit codes: 0 success, 1 the operation failed, 2 usage error,\n"
                  "3 the file was refused (missing, not a project, corrupt, or newer).\n");
}

/// Prints a result as JSON or as "key: value" lines.
void report(bool json, const Json &value)
{
    if (json) {
        out() << toQString(value, 2) << Qt::endl;
        return;
    }
    for (auto it = value.begin(); it != value.end(); ++it) {
        const QString text = it->is_string() ? it->get<QString>() : toQString(*it);
        out() << QString::fromStdString(it.key()) << QStringLiteral(": ") << text << Qt::endl;
    }
}

int fail(bool json, int code, const QString &message)
{
    if (json)
        out() << toQString(Json{{"error", message}, {"exit_code", code}}, 2) << Qt::endl;
    err() << QStringLiteral("callwright-cli: ") << message << Qt::endl;
    return code;
}

int storeFailure(bool json, const StoreError &e)
{
    const bool refused = e.kind == StoreError::Kind::NotFound
        || e.kind == StoreError::Kind::NotAProject || e.kind == StoreError::Kind::Corrupt
        || e.kind == StoreError::Kind::NewerVersion;
    return fail(json, refused ? FileRefused : Failed, e.message);
}

/// Parses one command's options; returns false (with the exit code set) when it should stop.
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description,
           int positionals, int *exitCode)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON on standard output.")});
    if (!parser.parse(args)) {
        *exitCode = fail(false, Usage, parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        *exitCode = Ok;
        return false;
    }
    if (parser.positionalArguments().size() != positionals) {
        *exitCode = fail(parser.isSet(QStringLiteral("json")), Usage,
                         Tr::tr("expected %n argument(s); try --help", nullptr, positionals));
        return false;
    }
    return true;
}

QString withSuffix(const QString &path)
{
    const QString suffix = QLatin1Char('.') + QLatin1String(ProjectStore::kSuffix);
    return path.endsWith(suffix) ? path : path + suffix;
}

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
    const QString path = withSuffix(parser.positionalArguments().constFirst());

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
    if (StoreError e = store.open(parser.positionalArguments().constFirst(),
                                  ProjectStore::OpenMode::ReadOnly))
        return storeFailure(json, e);
    const ProjectInfo info = store.info();
    Json catalogs = Json::array();
    for (const Catalog &c : store.catalogs())
        catalogs.push_back(Json{{"name", c.name}, {"tools", c.tools.size()},
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
                      {"open", info.dialogues - info.accepted - info.rejected}});
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
    if (StoreError e = store.open(parser.positionalArguments().constFirst(),
                                  ProjectStore::OpenMode::ReadOnly))
        return storeFailure(json, e);
    const QStringList problems = store.integrityCheck();
    report(json, Json{{"file", QFileInfo(store.path()).absoluteFilePath()},
                      {"ok", problems.isEmpty()},
                      {"problems", problems}});
    return problems.isEmpty() ? Ok : Failed;
}

using Command = std::function<int(const QStringList &)>;

} // namespace

int run(const QStringList &arguments)
{
    const std::map<QString, Command> commands{
        {QStringLiteral("project new"), projectNew},
        {QStringLiteral("project info"), projectInfo},
        {QStringLiteral("project check"), projectCheck},
    };
    if (arguments.isEmpty() || arguments.constFirst() == QLatin1String("--help")
        || arguments.constFirst() == QLatin1String("-h") || arguments.constFirst() == QLatin1String("help")) {
        (arguments.isEmpty() ? err() : out()) << usage();
        return arguments.isEmpty() ? Usage : Ok;
    }
    if (arguments.constFirst() == QLatin1String("--version")) {
        out() << QStringLiteral("callwright-cli ") << QCoreApplication::applicationVersion()
              << Qt::endl;
        return Ok;
    }
    const bool json = arguments.contains(QStringLiteral("--json"));
    if (arguments.size() < 2)
        return fail(json, Usage, Tr::tr("'%1' needs a subcommand; try --help")
                                     .arg(arguments.constFirst()));
    const auto it = commands.find(arguments[0] + QLatin1Char(' ') + arguments[1]);
    if (it == commands.end())
        return fail(json, Usage, Tr::tr("unknown command '%1 %2'; try --help")
                                     .arg(arguments[0], arguments[1]));
    // QCommandLineParser expects the program name first.
    QStringList rest = arguments.mid(2);
    rest.prepend(QStringLiteral("callwright-cli ") + it->first);
    return it->second(rest);
}

} // namespace Callwright::Cli
