#include "mcpclient.h"

#include "importsupport.h"
#include "mcpimporter.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSet>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace Callwright {

namespace {

constexpr int kSliceMs = 50; // how often a wait looks at the cancel flag
constexpr int kStderrTailBytes = 2000;
constexpr int kReportedNoiseLines = 3;

// One server process for one listTools() call.
class Session final
{
public:
    Session(const McpClient::Options &options, const std::atomic<bool> &cancelled,
            const QString &commandLine, ImportReport &report)
        : m_options(options)
        , m_cancelled(cancelled)
        , m_commandLine(commandLine)
        , m_report(report)
    {}
    ~Session() { stop(); }

    bool start(const QString &program, const QStringList &arguments, qint64 *pid, QString *error)
    {
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setProcessEnvironment(m_options.environment);
        if (!m_options.workingDirectory.isEmpty())
            m_process.setWorkingDirectory(m_options.workingDirectory);
#ifdef Q_OS_UNIX
        // Its own process group, so that stop() also ends what it starts (npx, shell scripts).
        m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
        m_process.start(QIODevice::ReadWrite);
        if (!m_process.waitForStarted(m_options.requestTimeoutMs)) {
            *error = McpClient::tr("could not start the MCP server %1: %2")
                             .arg(m_commandLine, m_process.errorString());
            return false;
        }
        *pid = m_pgid = m_process.processId();
        return true;
    }

    std::optional<Json> request(const char *method, const Json &params, QString *error)
    {
        const int id = m_nextId++;
        Json message{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}};
        if (!params.is_null())
            message["params"] = params;
        if (!write(message, method, error))
            return std::nullopt;
        const QDeadlineTimer deadline(m_options.requestTimeoutMs);
        for (;;) {
            std::optional<Json> reply = nextMessage(deadline, method, error);
            if (!reply)
                return std::nullopt;
            const auto replyId = reply->find("id");
            const bool isResponse = reply->contains("result") || reply->contains("error");
            if (replyId != reply->end() && isResponse) {
                // An error with a null id answers a request the server could not even read.
                if (*replyId != id && !(replyId->is_null() && reply->contains("error")))
                    continue; // an answer to nothing we asked: ignore it
                if (const auto e = reply->find("error"); e != reply->end()) {
                    *error = McpClient::tr("the MCP server %1 answered %2 with an error: %3")
                                     .arg(m_commandLine, QLatin1String(method), toQString(*e));
                    return std::nullopt;
                }
                return reply->at("result");
            }
            if (replyId != reply->end() && reply->contains("method")) {
                // A request from the server. We offer no capabilities; ping is the only one
                // a client must answer.
                const bool ping = reply->at("method") == "ping";
                Json answer{{"jsonrpc", "2.0"}, {"id", *replyId}};
                if (ping)
                    answer["result"] = Json::object();
                else
                    answer["error"] = Json{{"code", -32601}, {"message", "Method not found"}};
                if (!write(answer, method, error))
                    return std::nullopt;
            }
            // Notifications (logging, list_changed, progress) do not matter for a listing.
        }
    }

    bool notify(const char *method, QString *error)
    {
        return write(Json{{"jsonrpc", "2.0"}, {"method", method}}, method, error);
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            // The MCP stdio shutdown: close its input, then SIGTERM, then SIGKILL.
            m_process.closeWriteChannel();
            if (!m_process.waitForFinished(500)) {
                signalGroup(false);
                m_process.terminate();
                if (!m_process.waitForFinished(2000)) {
                    signalGroup(true);
                    m_process.kill();
                    m_process.waitForFinished(2000);
                }
            }
        }
        signalGroup(false); // whatever it started and left behind
        m_pgid = 0;         // once: the number may be reused by an unrelated group later
    }

private:
    void signalGroup(bool kill)
    {
#ifdef Q_OS_UNIX
        if (m_pgid > 0)
            ::kill(-pid_t(m_pgid), kill ? SIGKILL : SIGTERM);
#else
        Q_UNUSED(kill)
#endif
    }

    bool write(const Json &message, const char *method, QString *error)
    {
        QByteArray line = QByteArray::fromStdString(message.dump());
        line += '\n';
        if (m_process.write(line) != line.size()) {
            *error = failure(McpClient::tr("could not send %1").arg(QLatin1String(method)));
            return false;
        }
        return true;
    }

    void drainStderr()
    {
        m_stderrTail += m_process.readAllStandardError();
        if (m_stderrTail.size() > kStderrTailBytes)
            m_stderrTail = m_stderrTail.right(kStderrTailBytes);
    }

    // what went wrong, with how the server ended and the end of what it wrote to stderr.
    QString failure(const QString &what)
    {
        drainStderr();
        QString status;
        if (m_process.state() == QProcess::NotRunning) {
            status = m_process.exitStatus() == QProcess::CrashExit
                             ? McpClient::tr(" (it crashed)")
                             : McpClient::tr(" (it exited with code %1)").arg(m_process.exitCode());
        }
        const QString tail = QString::fromUtf8(m_stderrTail).trimmed();
        const QString stderrText = tail.isEmpty()
                                           ? McpClient::tr("It wrote nothing to stderr.")
                                           : McpClient::tr("The end of its stderr:\n%1").arg(tail);
        return McpClient::tr("MCP server %1: %2%3. %4")
                .arg(m_commandLine, what, status, stderrText);
    }

    // The next JSON-RPC message the server writes, waiting until deadline at most.
    std::optional<Json> nextMessage(const QDeadlineTimer &deadline, const char *method,
                                    QString *error)
    {
        for (;;) {
            const qsizetype newline = m_buffer.indexOf('\n');
            const bool ended = m_process.state() == QProcess::NotRunning;
            if (newline >= 0 || (ended && !m_buffer.trimmed().isEmpty())) {
                const qsizetype end = newline >= 0 ? newline : m_buffer.size();
                const QByteArray line = m_buffer.left(end).trimmed();
                m_buffer.remove(0, end + 1);
                if (line.isEmpty())
                    continue;
                Json message = Json::parse(line.constData(), line.constData() + line.size(),
                                           nullptr, false);
                if (message.is_object())
                    return message;
                if (++m_noiseLines <= kReportedNoiseLines) {
                    m_report.warn({}, {},
                                  McpClient::tr("the server wrote a line that is not a "
                                                "JSON-RPC message: %1")
                                          .arg(QString::fromUtf8(line.left(200))));
                }
                continue;
            }
            if (m_buffer.size() > ImportLimits::kMaxFileBytes) {
                *error = failure(McpClient::tr("a message longer than %1 bytes while waiting "
                                               "for the answer to %2")
                                         .arg(ImportLimits::kMaxFileBytes)
                                         .arg(QLatin1String(method)));
                return std::nullopt;
            }
            if (m_cancelled.load()) {
                *error = McpClient::tr("listing the tools of %1 was cancelled").arg(m_commandLine);
                return std::nullopt;
            }
            if (ended) {
                *error = failure(
                        McpClient::tr("ended before answering %1").arg(QLatin1String(method)));
                return std::nullopt;
            }
            if (deadline.hasExpired()) {
                *error = failure(McpClient::tr("no answer to %1 within %2 s")
                                         .arg(QLatin1String(method))
                                         .arg(m_options.requestTimeoutMs / 1000.0));
                return std::nullopt;
            }
            const qint64 wait = std::min<qint64>(kSliceMs, deadline.remainingTime());
            m_process.waitForReadyRead(int(std::max<qint64>(wait, 1)));
            m_buffer += m_process.readAllStandardOutput();
            drainStderr();
        }
    }

    const McpClient::Options &m_options;
    const std::atomic<bool> &m_cancelled;
    const QString m_commandLine;
    ImportReport &m_report;
    QProcess m_process;
    QByteArray m_buffer;
    QByteArray m_stderrTail;
    qint64 m_pgid = 0;
    int m_nextId = 1;
    int m_noiseLines = 0;
};

QString quoted(const QString &word)
{
    static const QString safe = QStringLiteral("@%+=:,./-_");
    const bool plain = !word.isEmpty() && std::all_of(word.begin(), word.end(), [](QChar c) {
        return c.isLetterOrNumber() || safe.contains(c);
    });
    if (plain)
        return word;
    QString inner = word;
    inner.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + inner + QLatin1Char('\'');
}

} // namespace

McpClient::McpClient(const QString &program, const QStringList &arguments)
    : McpClient(program, arguments, Options())
{}

McpClient::McpClient(const QString &program, const QStringList &arguments, const Options &options)
    : m_program(program)
    , m_arguments(arguments)
    , m_options(options)
{}

std::optional<QStringList> McpClient::splitCommand(const QString &commandLine, QString *error)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < commandLine.size(); ++i) {
        const QChar c = commandLine.at(i);
        if (quote == QLatin1Char('\'')) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
        } else if (quote == QLatin1Char('"')) {
            const QChar next = i + 1 < commandLine.size() ? commandLine.at(i + 1) : QChar();
            if (c == quote) {
                quote = QChar();
            } else if (c == QLatin1Char('\\') && QStringView(u"\\\"$`").contains(next)
                       && !next.isNull()) {
                word += next;
                ++i;
            } else {
                word += c;
            }
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            inWord = true;
            if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                quote = c;
            } else if (c == QLatin1Char('\\') && i + 1 < commandLine.size()) {
                word += commandLine.at(++i);
            } else {
                word += c;
            }
        }
    }
    if (!quote.isNull()) {
        if (error)
            *error = tr("the command has an unclosed %1 quote").arg(quote);
        return std::nullopt;
    }
    if (inWord)
        words << word;
    return words;
}

QString McpClient::commandLine() const
{
    QStringList words{quoted(m_program)};
    for (const QString &a : m_arguments)
        words << quoted(a);
    return words.join(QLatin1Char(' '));
}

std::optional<Catalog> McpClient::listTools(ImportReport *report, QString *error)
{
    const QString command = commandLine();
    ImportOutputs out(report, error, command);
    ImportReport &r = out.report;
    QString &err = out.error;
    if (m_program.isEmpty()) {
        err = tr("no MCP server command given");
        return std::nullopt;
    }

    Session session(m_options, m_cancelled, command, r);
    qint64 pid = 0;
    if (!session.start(m_program, m_arguments, &pid, &err))
        return std::nullopt;
    m_pid.store(pid);

    const Json clientInfo{{"name", "callwright"}, {"version", CALLWRIGHT_VERSION}};
    const Json init{{"protocolVersion", m_options.protocolVersion.toStdString()},
                    {"capabilities", Json::object()},
                    {"clientInfo", clientInfo}};
    const std::optional<Json> server = session.request("initialize", init, &err);
    if (!server)
        return std::nullopt;
    if (!session.notify("notifications/initialized", &err))
        return std::nullopt;

    Json tools = Json::array();
    QSet<QString> cursors;
    std::optional<QString> cursor;
    for (int page = 0;; ++page) {
        if (page == m_options.maxPages) {
            err = tr("MCP server %1 listed more than %2 pages of tools").arg(command).arg(page);
            return std::nullopt;
        }
        const Json params = cursor ? Json{{"cursor", *cursor}} : Json();
        const std::optional<Json> result = session.request("tools/list", params, &err);
        if (!result)
            return std::nullopt;
        const auto list = result->is_object() ? result->find("tools") : result->end();
        if (!result->is_object() || list == result->end() || !list->is_array()) {
            err = tr("MCP server %1 answered tools/list without a \"tools\" list").arg(command);
            return std::nullopt;
        }
        for (const Json &tool : *list)
            tools.push_back(tool);
        const auto next = result->find("nextCursor");
        if (next == result->end() || !next->is_string() || next->get<std::string>().empty())
            break;
        cursor = next->get<QString>();
        if (cursors.contains(*cursor)) {
            err = tr("MCP server %1 gave the cursor \"%2\" twice; its list never ends")
                          .arg(command, *cursor);
            return std::nullopt;
        }
        cursors.insert(*cursor);
    }
    session.stop();

    QString toolError;
    std::optional<Catalog> catalog = McpImporter::fromTools(tools, command, r, &toolError);
    if (!catalog) {
        err = tr("MCP server %1: %2").arg(command, toolError);
        return std::nullopt;
    }
    const Json info
            = server->is_object() ? server->value("serverInfo", Json::object()) : Json::object();
    const std::string name
            = info.is_object() && info.contains("name") && info.at("name").is_string()
                      ? info.at("name").get<std::string>()
                      : std::string();
    catalog->name
            = name.empty() ? QFileInfo(m_program).completeBaseName() : QString::fromStdString(name);
    if (info.is_object() && info.contains("version") && info.at("version").is_string()) {
        catalog->description = tr("Tools of the MCP server %1 %2")
                                       .arg(catalog->name, info.at("version").get<QString>());
    }
    return catalog;
}

} // namespace Callwright
