#pragma once

#include <atomic>
#include <memory>

#include "model/json.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <vector>

namespace Callwright {
struct Catalog;
struct StoreError;
} // namespace Callwright

namespace Callwright {
class EndpointScheduler;
class SecretStore;
} // namespace Callwright

namespace Callwright::Cli {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CallwrightCli)
};

QTextStream &out();
QTextStream &err();

/// Prints a result as indented JSON (--json) or as "key: value" lines for people.
void report(bool json, const Json &value);
/// Prints an error (and, with --json, a JSON error object) and returns code.
int fail(bool json, int code, const QString &message);

/// value with at most decimals digits after the point, for figures in JSON reports.
double rounded(double value, int decimals);
/// The exit code and message for a store error: FileRefused for files that were refused.
int storeFailure(bool json, const StoreError &e);
/// Parses one command's options (--help and --json added); false when the caller should stop
/// and return *exitCode.
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description,
           int positionals, int *exitCode);
/// Reads option as a whole number from minimum to maximum into *value; false when it is not.
bool readInt(const QCommandLineParser &parser, const QString &option, int minimum, int maximum,
             int *value);
/// The catalog named (or numbered) by --catalog, or the project's only one; nullptr with
/// *message set (naming --catalog and listing the catalogs) otherwise.
const Catalog *chooseCatalog(const std::vector<Catalog> &catalogs, const QCommandLineParser &parser,
                             QString *message);
/// The path with the project suffix added when it has none.
QString withProjectSuffix(const QString &path);

/// While alive, SIGINT and SIGTERM set cancelled() instead of killing the process, so long work
/// stops after what is in hand and records itself as cancelled; a second signal ends the
/// process at once.
class CancelOnSignal final
{
public:
    CancelOnSignal();
    ~CancelOnSignal();
    CancelOnSignal(const CancelOnSignal &) = delete;
    CancelOnSignal &operator=(const CancelOnSignal &) = delete;

    /// The flag the signal sets, for the work to watch.
    static const std::atomic_bool *cancelled();

private:
    void (*m_previousInt)(int) = nullptr;
    void (*m_previousTerm)(int) = nullptr;
};

/// The endpoint profile named by the option (--judge, --endpoint), opened with its
/// credentials; nullptr with *code set, after printing why, when there is no such profile (a
/// usage error that lists the profiles) or it cannot be used.
std::shared_ptr<EndpointScheduler> openEndpoint(const QString &option, const QString &name,
                                                SecretStore &secrets, bool json, int *code);

} // namespace Callwright::Cli
