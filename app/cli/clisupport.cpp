#include "clisupport.h"

#include <csignal>

#include "backends/endpointscheduler.h"

#include "backends/endpointconnector.h"

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

namespace {

// Set from a signal handler, so it must be lock-free.
std::atomic_bool g_cancel{false};
static_assert(std::atomic_bool::is_always_lock_free);

void onCancelSignal(int signal)
{
    g_cancel.store(true);
    std::signal(signal, SIG_DFL); // a second Ctrl-C ends the process at once
}

} // namespace

CancelOnSignal::CancelOnSignal()
{
    g_cancel.store(false);
    m_previousInt = std::signal(SIGINT, onCancelSignal);
    m_previousTerm = std::signal(SIGTERM, onCancelSignal);
}

CancelOnSignal::~CancelOnSignal()
{
    std::signal(SIGINT, m_previousInt);
    std::signal(SIGTERM, m_previousTerm);
}

const std::atomic_bool *CancelOnSignal::cancelled()
{
    return &g_cancel;
}

std::shared_ptr<EndpointScheduler> openEndpoint(const QString &option, const QString &name,
                                                SecretStore &secrets, bool json, int *code)
{
    const std::optional<EndpointProfile> profile = EndpointProfiles::find(name);
    if (!profile) {
        QStringList known;
        for (const EndpointProfile &p : EndpointProfiles::load())
            known << p.name;
        *code = fail(json, Usage,
                     known.isEmpty()
                             ? Tr::tr("--%1: there is no endpoint profile '%2'; "
                                      "there are none yet: add one in the Endpoints "
                                      "panel")
                                       .arg(option, name)
                             : Tr::tr("--%1: there is no endpoint profile '%2'; "
                                      "the profiles are: %3")
                                       .arg(option, name, known.join(QStringLiteral(", "))));
        return nullptr;
    }
    QString why;
    std::shared_ptr<EndpointScheduler> scheduler
            = EndpointConnector::open(*profile, &secrets, &why);
    if (!scheduler)
        *code = fail(json, Failed, Tr::tr("--%1: %2").arg(option, why));
    return scheduler;
}

} // namespace Callwright::Cli
