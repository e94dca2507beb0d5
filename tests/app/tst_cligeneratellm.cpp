// `callwright-cli generate --engine llm` against the test server run as a process of its own
// (callwright-llm-testserver --scripted), with the profile in the user's settings and the API
// key from CALLWRIGHT_API_KEY.
#include "backends/endpointprofile.h"
#include "catalog/catalogimporter.h"
#include "model/json.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Callwright;

class TestCliGenerateLlm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void generatesOverAnEndpoint();
    void badEndpointOptionsSayWhy();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(const QStringList &args, const QString &apiKey = QStringLiteral("sk-cli-test"));

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_project;
};

void TestCliGenerateLlm::initTestCase()
{
    m_server.start(QStringLiteral(CALLWRIGHT_LLM_TESTSERVER),
                   {QStringLiteral("--scripted"), QStringLiteral("--api-key"),
                    QStringLiteral("sk-cli-test")});
    QVERIFY(m_server.waitForReadyRead(10000));
    const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
    QVERIFY2(line.startsWith(QLatin1String("listening on ")), qPrintable(line));
    const QUrl url(line.mid(13));

    // The profile where the CLI looks for it: $XDG_CONFIG_HOME/Callwright/Callwright.conf.
    EndpointProfile p;
    p.id = QStringLiteral("scripted");
    p.name = QStringLiteral("Scripted");
    p.baseUrl = url;
    p.model = QStringLiteral("scripted");
    p.auth = AuthKind::ApiKey;
    p.maxInFlight = 4;
    QSettings settings(m_dir.filePath(QStringLiteral("config/Callwright/Callwright.conf")),
                       QSettings::IniFormat);
    settings.setValue(QStringLiteral("endpoints/profiles"),
                      QByteArray::fromStdString(Json::array({Json(p)}).dump()));
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);

    m_project = m_dir.filePath(QStringLiteral("llm.callwright"));
    ProjectStore store;
    QVERIFY(!store.create(m_project, QStringLiteral("LLM")));
    QString error;
    auto catalog = CatalogImporter::readFile(
            TestSupport::sourceDir() + QStringLiteral("/resources/demo/retail_tools.openai.json"),
            nullptr, &error);
    QVERIFY2(catalog, qPrintable(error));
    catalog->name = QStringLiteral("retail");
    QVERIFY(store.insertCatalog(*catalog));
}

void TestCliGenerateLlm::cleanupTestCase()
{
    m_server.kill();
    m_server.waitForFinished();
}

TestCliGenerateLlm::Result TestCliGenerateLlm::cli(const QStringList &args, const QString &apiKey)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("CALLWRIGHT_SECRETS"), QStringLiteral("session"));
    env.insert(QStringLiteral("CALLWRIGHT_API_KEY"), apiKey);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CALLWRIGHT_CLI), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestCliGenerateLlm::generatesOverAnEndpoint()
{
    const Result r
            = cli({QStringLiteral("generate"), QStringLiteral("--project"), m_project,
                   QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--engine"),
                   QStringLiteral("llm"), QStringLiteral("--endpoint"), QStringLiteral("Scripted"),
                   QStringLiteral("--back-translate"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json summary = Json::parse(r.out.toStdString());
    QVERIFY2(summary.value("stored", 0) == 3, r.out.constData());
    QCOMPARE(summary.value("endpoint", std::string()), std::string("scripted"));
    QCOMPARE(summary.value("failed", -1), 0);
    QVERIFY(summary["usage"].value("requests", 0.0) > 10);
    QVERIFY(summary["usage"].value("prompt_tokens", 0.0) > 0);
    // The key is nowhere in what the CLI printed or stored.
    QVERIFY(!r.out.contains("sk-cli-test") && !r.err.contains("sk-cli-test"));
    QFile project(m_project);
    QVERIFY(project.open(QIODevice::ReadOnly));
    QVERIFY(!project.readAll().contains("sk-cli-test"));
}

void TestCliGenerateLlm::badEndpointOptionsSayWhy()
{
    Result r = cli({QStringLiteral("generate"), QStringLiteral("--project"), m_project,
                    QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--engine"),
                    QStringLiteral("llm")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("--endpoint"), r.err.constData());
    r = cli({QStringLiteral("generate"), QStringLiteral("--project"), m_project,
             QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--engine"),
             QStringLiteral("llm"), QStringLiteral("--endpoint"), QStringLiteral("nowhere")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("no endpoint profile 'nowhere'"), r.err.constData());
    // A wrong key: the job fails with the endpoint's answer, and says how to resume.
    r = cli({QStringLiteral("generate"), QStringLiteral("--project"), m_project,
             QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--engine"),
             QStringLiteral("llm"), QStringLiteral("--endpoint"), QStringLiteral("scripted"),
             QStringLiteral("--seed"), QStringLiteral("99")},
            QStringLiteral("sk-wrong"));
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("401") && r.err.contains("job resume"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliGenerateLlm)
#include "tst_cligeneratellm.moc"
