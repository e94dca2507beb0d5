#pragma once

#include "importreport.h"
#include "model/catalog.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Callwright {

/// Lists the tools of an MCP server that it starts as a child process and talks to over stdio
/// (JSON-RPC 2.0, one message per line): initialize, notifications/initialized, then
/// tools/list page by page. The tools are read as McpImporter reads a saved list.
///
/// SECURITY: the command runs with the user's rights. A command that comes from a project, a
/// file, a setting or anywhere but the user's own typing must be shown to the user and
/// confirmed, exactly as it will run, before listTools() is called. This class never reads a
/// command from anywhere; it runs the one it is given, without a shell.
///
/// listTools() blocks until the list is read or it fails; run it off the GUI thread
/// (QtConcurrent::run or a QThread) and call cancel() from any thread to stop it early. The
/// server, and anything it started in its process group, is ended before listTools() returns.
class McpClient final
{
    Q_DECLARE_TR_FUNCTIONS(McpClient)

public:
    struct Options
    {
        int requestTimeoutMs = 30'000; ///< for starting and for each request
        QString workingDirectory;      ///< empty: the caller's
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QString protocolVersion = QStringLiteral("2025-06-18");
        int maxPages = 1000; ///< a server that pages on and on is cut off with an error
    };

    McpClient(const QString &program, const QStringList &arguments);
    McpClient(const QString &program, const QStringList &arguments, const Options &options);

    /// Splits a command line into program and arguments as a POSIX shell splits words:
    /// 'single quotes' keep everything, "double quotes" let a backslash escape \, ", $ and `,
    /// an unquoted backslash escapes any character. Nothing else is interpreted (no variables,
    /// globs or redirections) and no shell runs. Nothing, with *error, for an unclosed quote.
    static std::optional<QStringList> splitCommand(const QString &commandLine,
                                                   QString *error = nullptr);

    /// The server's tools as a catalog named after the server, or nothing with *error saying
    /// what went wrong: the server could not start, died (exit code and the end of its
    /// stderr), did not answer in time (the same), answered with an error, or was cancelled.
    std::optional<Catalog> listTools(ImportReport *report, QString *error);

    /// Makes a running listTools() stop and fail soon (within about 50 ms). Thread-safe.
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    /// The command as one line, words quoted where needed so that splitCommand() gives them
    /// back; what the user must confirm.
    QString commandLine() const;
    /// The process id of the last server started (0 before any); it has ended by the time
    /// listTools() returns.
    qint64 lastProcessId() const { return m_pid.load(); }

private:
    QString m_program;
    QStringList m_arguments;
    Options m_options;
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_pid{0};
};

} // namespace Callwright
