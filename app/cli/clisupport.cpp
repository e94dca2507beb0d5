#include "clisupport.h"

#include "commands.h"
#include "model/catalog.h"
#include "store/projectstore.h"

#include <cmath>

namespace Callwright::Cli {

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

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
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
    const bool refused
            = e.kind == StoreError::Kind::NotFound || e.kind == StoreError::Kind::NotAProject
              || e.kind == StoreError::Kind::Corrupt || e.kind == StoreError::Kind::NewerVersion;
    return fail(json, refused ? FileRefused : Failed, e.message);
}

bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description,
           int positionals, int *exitCode)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON on standard output.")});
    if (!parser.parse(args)) {
        *exitCode = fail(args.contains(QStringLiteral("--json")), Usage, parser.errorText());
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

bool readInt(const QCommandLineParser &parser, const QString &option, int minimum, int maximum,
             int *value)
{
    bool ok = false;
    *value = parser.value(option).toInt(&ok);
    return ok && *value >= minimum && *value <= maximum;
}

const Catalog *chooseCatalog(const std::vector<Catalog> &catalogs, const QCommandLineParser &parser,
                             QString *message)
{
    const QString kCatalog = QStringLiteral("catalog");
    const QString wanted = parser.value(kCatalog);
    bool isNumber = false;
    const qint64 wantedId = wanted.toLongLong(&isNumber);
    QStringList names;
    for (const Catalog &c : catalogs)
        names << c.name;
    const QString available = names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", "));
    if (!parser.isSet(kCatalog)) {
        if (catalogs.size() == 1)
            return &catalogs.front();
        *message = Tr::tr("choose a catalog with --catalog; the project has: %1").arg(available);
        return nullptr;
    }
    // A name wins over an id: a catalog may well be called "2".
    for (const Catalog &c : catalogs) {
        if (c.name == wanted)
            return &c;
    }
    for (const Catalog &c : catalogs) {
        if (isNumber && c.id == wantedId)
            return &c;
    }
    *message = Tr::tr("--catalog: the project has no catalog '%1'; it has: %2")
                       .arg(wanted, available);
    return nullptr;
}

QString withProjectSuffix(const QString &path)
{
    const QString suffix = QLatin1Char('.') + QLatin1String(ProjectStore::kSuffix);
    return path.endsWith(suffix) ? path : path + suffix;
}

} // namespace Callwright::Cli
