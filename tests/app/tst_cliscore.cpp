// callwright-cli score as a script uses it: it scores and stores every dialogue of a
// generated project, prints the dataset's figures (H, Distinct-3, coverage, means, near
// duplicates), and with --judge rates every dialogue through an endpoint profile (the loopback
// test server), a rerun answered from the project's cache.
#include "backends/endpointprofile.h"
#include "llmtestserver.h"
#include "model/json.h"
#include "scoring/dialoguemetrics.h"
#include "scoring/judge.h"
#include "store/projectstore.h"

#include "core/scoring/generatedproject.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Callwright;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CALLWRIGHT_CLI), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

/// The CLI with env, while this thread's event loop turns (the test server runs on it).
Result cliServing(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CALLWRIGHT_CLI), args);
    QElapsedTimer clock;
    clock.start();
    while (p.state() != QProcess::NotRunning && clock.elapsed() < 120000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        p.waitForFinished(5);
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

/// A judge that finds every dialogue natural enough (4) and free of GEM's faults.
Json judgeBrain(const Json &request)
{
    const std::string system = request.at("messages")[0].value("content", std::string());
    const bool gem = system.find("argument_hallucination") != std::string::npos;
    const Json verdict
            = gem ? Json{{"argument_hallucination", {{"score", 0}, {"rationale", "grounded"}}},
                         {"capability_hallucination", {{"score", 0}, {"rationale", "listed"}}},
                         {"cross_turn_inconsistency", {{"score", 0}, {"rationale", "steady"}}}}
                  : Json{{"naturalness", {{"score", 4}, {"rationale", "fluent"}}},
                         {"coherence", {{"score", 5}, {"rationale", "follows on"}}},
                         {"helpfulness", {{"score", 4}, {"rationale", "answers"}}},
                         {"accuracy", {{"score", 3}, {"rationale", "one slip"}}}};
    return Json{{"role", "assistant"}, {"content", verdict.dump()}};
}

const QString kJudgeKey = QStringLiteral("sk-judge-test");

} // namespace

class TestCliScore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cli.callwright"));
        QVERIFY(ScoringTestSupport::generateProject(m_path, 80, 11));
        // A twin of the first dialogue, which the near-duplicate figures must report.
        ProjectStore store;
        QVERIFY(!store.open(m_path));
        Dialogue twin = *store.dialogue(1);
        twin.id = 0;
        twin.uid = QStringLiteral("twin");
        std::vector<Dialogue> batch{twin};
        QCOMPARE(store.insertDialogues(batch).value_or(0), 1);

        // The judge's endpoint profile, where the CLI process reads the profiles (the settings
        // file Callwright/Callwright.conf) below a temporary XDG_CONFIG_HOME.
        QVERIFY(m_config.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("Callwright"));
        QCoreApplication::setApplicationName(QStringLiteral("callwright-cli"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QVERIFY(m_server.listen());
        m_server.setRequiredApiKey(kJudgeKey);
        m_server.setBrain(judgeBrain);
        EndpointProfile profile;
        profile.id = QStringLiteral("loopback-judge");
        profile.name = QStringLiteral("Loopback Judge");
        profile.baseUrl = m_server.baseUrl();
        profile.model = QStringLiteral("judge-model");
        profile.auth = AuthKind::ApiKey;
        profile.maxInFlight = 4;
        profile.requestTimeoutMs = 10000;
        profile.maxRetries = 1;
        EndpointProfiles::save({profile});
        QCOMPARE(EndpointProfiles::load().size(), std::size_t(1));
        m_judgePath = m_dir.filePath(QStringLiteral("judged.callwright"));
        QVERIFY(ScoringTestSupport::generateProject(m_judgePath, 8, 3));
    }

    void scoresStoresAndReportsTheDatasetFigures()
    {
        const Result r = cli({QStringLiteral("score"), QStringLiteral("--project"), m_path,
                              QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Json j = parseJson(r.out);
        QCOMPARE(j.at("dialogues").get<int>(), 81);
        QCOMPARE(j.at("scored").get<int>(), 81);
        const double h = j.at("word_entropy").get<double>();
        const double d3 = j.at("distinct_3").get<double>();
        QVERIFY2(h > 6 && h < 16, qPrintable(QString::number(h)));
        QVERIFY2(d3 > 0.05 && d3 < 1, qPrintable(QString::number(d3)));
        const Json &coverage = j.at("coverage");
        QCOMPARE(coverage.size(), std::size_t(2));
        QCOMPARE(coverage[0].at("catalog").get<QString>(), QStringLiteral("retail"));
        QVERIFY(coverage[0].at("tools_used").get<int>() > 3);
        QCOMPARE(coverage[1].at("tools_used").get<int>(), 0);
        const double naturalness = j.at("mean_scores").at("naturalness").get<double>();
        const double coherence = j.at("mean_scores").at("coherence").get<double>();
        QVERIFY(naturalness >= 1 && naturalness <= 5);
        QVERIFY(coherence >= 1 && coherence <= 5);
        QVERIFY(j.at("near_duplicates").at("clusters").get<int>() >= 1);
        QVERIFY(j.at("near_duplicates").at("redundant").get<int>() >= 1);

        // The scores are in the project, beside the verifier's.
        ProjectStore store;
        QVERIFY(!store.open(m_path, ProjectStore::OpenMode::ReadOnly));
        int scored = 0;
        store.forEachDialogue([&](const Dialogue &d) {
            bool n = false, c = false, v = false;
            for (const Score &s : d.scores) {
                n |= s.metric == QLatin1String(ScoreNames::Naturalness);
                c |= s.metric == QLatin1String(ScoreNames::Coherence);
                v |= s.metric == QLatin1String(ScoreNames::Verified);
            }
            scored += n && c && v ? 1 : 0;
            return true;
        });
        QCOMPARE(scored, 81);
    }

    void printsHeadlineFiguresForPeople()
    {
        const Result r = cli({QStringLiteral("score"), QStringLiteral("--project"), m_path});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("Distinct-3")), r.out.constData());
        QVERIFY(text.contains(QStringLiteral("near duplicates: ")));
        QVERIFY(text.contains(QStringLiteral("catalog 'retail'")));
    }

    void judgeRatesEveryDialogueThroughAProfile()
    {
        const Result r = cliServing({QStringLiteral("score"), QStringLiteral("--project"),
                                     m_judgePath, QStringLiteral("--judge"),
                                     QStringLiteral("Loopback Judge"), QStringLiteral("--json")},
                                    judgeEnvironment());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Json j = parseJson(r.out);
        QCOMPARE(j.at("scored").get<int>(), 8);
        const Json &judge = j.at("judge");
        QCOMPARE(judge.at("profile").get<QString>(), QStringLiteral("Loopback Judge"));
        QCOMPARE(judge.at("model").get<QString>(), QStringLiteral("judge-model"));
        QCOMPARE(judge.at("rated").get<int>(), 8);
        QCOMPARE(judge.at("failed").get<int>(), 0);
        QCOMPARE(judge.at("means").at("naturalness").get<double>(), 4.0);
        QCOMPARE(judge.at("means").at("coherence").get<double>(), 5.0);
        QCOMPARE(judge.at("means").at("accuracy").get<double>(), 3.0);
        QCOMPARE(judge.at("means").at("cross_turn_inconsistency").get<double>(), 0.0);
        QCOMPARE(judge.at("verdicts").at("helpfulness").get<int>(), 8);
        QCOMPARE(judge.at("requests").get<int>(), 16); // two prompts per dialogue
        QCOMPARE(judge.at("cache_hits").get<int>(), 0);
        QCOMPARE(m_server.requestCount(), 16);
        QCOMPARE(m_server.lastRequestHeader("Authorization"), "Bearer " + kJudgeKey.toUtf8());
        QCOMPARE(j.at("mean_scores").at("judge.helpfulness").get<double>(), 4.0);

        // Stored with the judge's reasons, beside the embedded scores.
        {
            ProjectStore store;
            QVERIFY(!store.open(m_judgePath, ProjectStore::OpenMode::ReadOnly));
            int judged = 0;
            store.forEachDialogue([&](const Dialogue &d) {
                for (const Score &s : d.scores) {
                    if (s.metric == QLatin1String(Judge::kAccuracy)
                        && s.source == QLatin1String("Loopback Judge")
                        && s.rationale == QLatin1String("one slip"))
                        ++judged;
                }
                return true;
            });
            QCOMPARE(judged, 8);
        }

        // Again, by the profile's id and for people: every answer comes from the cache.
        const Result again
                = cliServing({QStringLiteral("score"), QStringLiteral("--project"), m_judgePath,
                              QStringLiteral("--judge"), QStringLiteral("loopback-judge")},
                             judgeEnvironment());
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QString text = QString::fromUtf8(again.out);
        // (Plural forms come from the English translation: "dialogue(s)" may read "dialogues".)
        QVERIFY2(text.contains(QStringLiteral("judge 'Loopback Judge' (judge-model): 8 dialogue")),
                 again.out.constData());
        QVERIFY2(text.contains(QStringLiteral(
                         "rated, 0 failed; requests sent: 0, answered from the cache: 16")),
                 again.out.constData());
        QVERIFY2(text.contains(QStringLiteral("judge.naturalness: mean 4.00 over 8 verdict")),
                 again.out.constData());
        QCOMPARE(m_server.requestCount(), 16);
    }

    void judgeNamesAMissingProfile()
    {
        const Result r
                = cliServing({QStringLiteral("score"), QStringLiteral("--project"), m_judgePath,
                              QStringLiteral("--judge"), QStringLiteral("nope")},
                             judgeEnvironment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no endpoint profile 'nope'"), r.err.constData());
        QVERIFY2(r.err.contains("Loopback Judge"), r.err.constData());
    }

    void judgeWithoutItsKeyIsRefused()
    {
        QProcessEnvironment env = judgeEnvironment();
        env.remove(QStringLiteral("CALLWRIGHT_API_KEY"));
        const Result r
                = cliServing({QStringLiteral("score"), QStringLiteral("--project"), m_judgePath,
                              QStringLiteral("--judge"), QStringLiteral("loopback-judge")},
                             env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("needs an API key"), r.err.constData());
    }

    void badArgumentsAndFiles()
    {
        QCOMPARE(cli({QStringLiteral("score")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("score"), QStringLiteral("--project"),
                      m_dir.filePath(QStringLiteral("missing.callwright"))})
                         .exitCode,
                 3);
    }

private:
    QProcessEnvironment judgeEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("CALLWRIGHT_API_KEY"), kJudgeKey);
        env.insert(QStringLiteral("CALLWRIGHT_SECRETS"), QStringLiteral("session"));
        return env;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_config;
    QString m_path;
    QString m_judgePath;
    LlmTestServer m_server;
};

QTEST_GUILESS_MAIN(TestCliScore)
#include "tst_cliscore.moc"
