#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace Callwright::TestSupport {

/// A real OAuth2 authorization server for tests: oauth2-mock-server from tests/peers, run with
/// node through tests/core/backends/oauth2server.mjs on a loopback port the system picks. It
/// logs every request it answers; it stops with this object (or when the test dies).
class OAuth2MockServer final
{
public:
    OAuth2MockServer() = default;
    ~OAuth2MockServer();
    OAuth2MockServer(const OAuth2MockServer &) = delete;
    OAuth2MockServer &operator=(const OAuth2MockServer &) = delete;

    /// What keeps the server from running here (node missing, the peer not installed) and how
    /// to fix it; empty when it can run.
    static QString missingPrerequisite();

    bool start(QString *error);
    void stop();

    /// http://127.0.0.1:<port><path>: /authorize and /token are the endpoints.
    QUrl url(const QString &path) const;
    /// Requests logged so far to a path, oldest first: {"method", "path", "query", "body",
    /// "status"}.
    QList<QJsonObject> requests(const QString &path);

private:
    void readLog();

    QProcess m_process;
    QByteArray m_buffer;
    quint16 m_port = 0;
    QList<QJsonObject> m_log;
};

} // namespace Callwright::TestSupport
