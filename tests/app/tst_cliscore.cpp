// callwright-cli score as a script uses it: it scores and stores every dialogue of a
// generated project, prints the dataset's figures (H, Distinct-3, coverage, means, near
// duplicates), and refuses --judge with the usage code while endpoints are not built.
#include "model/json.h"
#include "scoring/dialoguemetrics.h"
#include "store/projectstore.h"

#include "core/scoring/generatedproject.h"

#include <QProcess>
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

    void judgeIsRefusedWithTheUsageCode()
    {
        const Result r = cli({QStringLiteral("score"), QStringLiteral("--project"), m_path,
                              QStringLiteral("--judge"), QStringLiteral("gpt")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not available"), r.err.constData());
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
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestCliScore)
#include "tst_cliscore.moc"
