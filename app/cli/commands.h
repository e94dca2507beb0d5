#pragma once

#include <QStringList>

namespace Callwright::Cli {

/// Exit codes of callwright-cli; scripts may rely on them.
enum ExitCode {
    Ok = 0,
    Failed = 1,      ///< the operation ran and failed (write refused, check found problems)
    Usage = 2,       ///< unknown command, missing or bad argument
    FileRefused = 3, ///< not found, not a project, corrupt, or written by a newer version
};

/// Runs one command; arguments start with the command group ("project", ...).
int run(const QStringList &arguments);

} // namespace Callwright::Cli

namespace Callwright::Cli {

// The commands, one function each; arguments[0] is the program and command name.
int catalogImport(const QStringList &arguments);
int catalogExport(const QStringList &arguments);
int graphInfer(const QStringList &arguments);
int graphSample(const QStringList &arguments);
int generate(const QStringList &arguments);
int jobList(const QStringList &arguments);
int jobResume(const QStringList &arguments);
int dialoguesExportJsonl(const QStringList &arguments);
int dialoguesImport(const QStringList &arguments);
int exportDataset(const QStringList &arguments);
int score(const QStringList &arguments);
int corpusRun(const QStringList &arguments);
int corpusAdopt(const QStringList &arguments);

} // namespace Callwright::Cli
