#include "oauth2mockserver.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace Callwright::TestSupport {

namespace {

QString node()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

QString mockServerPackage()
{
    return sourceDir() + QStringLiteral("/tests/peers/node_modules/oauth2-mock-server");
}

QString serverScript()
{
    return sourceDir() + QStringLiteral("/tests/core/backends/oauth2server.mjs");
}

} // namespace

OAuth2MockServer::~OAuth2MockServer()
{
    stop();
}

QString OAuth2MockServer::missingPrerequisite()
{
    if (node().isEmpty())
        return QStringLiteral("node is not on PATH: install Node.js (packaging/install-deps)");
    if (!QFileInfo::exists(mockServerPackage() + QStringLiteral("/dist/index.js")))
        return QStringLiteral("the OAuth2 test peer is not installed (%1 is missing): run "
                              "packaging/install-test-peers")
                .arg(mockServerPackage());
    return {};
}

bool OAuth2MockServer::start(QString *error)
{
    if (const QString missing = missingPrerequisite(); !missing.isEmpty()) {
        *error = missing;
        return false;
    }
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] { readLog(); });
    m_process.start(node(), {serverScript(), mockServerPackage()});
    if (!m_process.waitForStarted(10'000)) {
        *error = QStringLiteral("node did not start: %1").arg(m_process.errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (m_port == 0 && timer.elapsed() < 20'000 && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(500);
        readLog();
    }
    if (m_port == 0) {
        *error = QStringLiteral("oauth2server.mjs gave no port: %1")
                         .arg(QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }
    return true;
}

void OAuth2MockServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // the script exits when its stdin closes
    if (!m_process.waitForFinished(5'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

QUrl OAuth2MockServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(path);
    return url;
}

QList<QJsonObject> OAuth2MockServer::requests(const QString &path)
{
    readLog();
    QList<QJsonObject> matching;
    for (const QJsonObject &request : std::as_const(m_log)) {
        if (request.value(QLatin1String("path")).toString() == path)
            matching << request;
    }
    return matching;
}

void OAuth2MockServer::readLog()
{
    m_buffer += m_process.readAllStandardOutput();
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QJsonObject line = QJsonDocument::fromJson(m_buffer.left(end)).object();
        m_buffer.remove(0, end + 1);
        if (line.contains(QLatin1String("port")))
            m_port = quint16(line.value(QLatin1String("port")).toInt());
        else
            m_log << line;
    }
}

} // namespace Callwright::TestSupport
