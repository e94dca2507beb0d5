// Scoring a whole project as the CLI and the Scores panel do: every dialogue gets its scores
// stored, the result does not depend on the number of threads, a cancelled pass stops early,
// and statistics can be read back from the stored scores without scoring again.
#include "scoring/dialoguemetrics.h"
#include "scoring/dialoguescorer.h"
#include "scoring/scoringrun.h"

#include "generatedproject.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Callwright;

namespace {

constexpr int kDialogues = 150;

std::map<QString, std::vector<Score>> storedScores(const ProjectStore &store)
{
    std::map<QString, std::vector<Score>> out;
    store.forEachDialogue([&](const Dialogue &d) {
        out[d.uid] = d.scores;
        return true;
    });
    return out;
}

const Score *find(const std::vector<Score> &scores, const char *metric)
{
    for (const Score &s : scores) {
        if (s.metric == QLatin1String(metric))
            return &s;
    }
    return nullptr;
}

} // namespace

class TestScoringRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("scored.callwright"));
        QVERIFY(ScoringTestSupport::generateProject(m_path, kDialogues));
    }

    void scoresEveryDialogueAndStoresTheScores()
    {
        ProjectStore store;
        QVERIFY(!store.open(m_path));
        ScoringRunner runner(store);
        ScoringRunner::Options options;
        options.pass.threads = 2;
        options.batchSize = 64;
        std::vector<ScoringProgress> progress;
        const ScoringReport report = runner.run(
                options, nullptr, [&](const ScoringProgress &p) { progress.push_back(p); });
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.dialogues, kDialogues);
        QCOMPARE(report.written, kDialogues);
        QVERIFY(!progress.empty());
        QCOMPARE(progress.back().done, kDialogues);
        QCOMPARE(progress.back().total, kDialogues);

        const auto scores = storedScores(store);
        QCOMPARE(int(scores.size()), kDialogues);
        for (const auto &[uid, list] : scores) {
            const Score *n = find(list, ScoreNames::Naturalness);
            const Score *c = find(list, ScoreNames::Coherence);
            QVERIFY2(n && c, qPrintable(uid));
            QVERIFY(n->value >= 1 && n->value <= 5 && c->value >= 1 && c->value <= 5);
            QVERIFY2(find(list, ScoreNames::Verified), "the verifier's score is kept");
        }
        // The embedded engine plays its plans and grounds its values: coherent on the whole.
        QVERIFY(report.stats.mean(QLatin1String(ScoreNames::Coherence)) > 3.5);
        QVERIFY(report.stats.mean(QLatin1String(ScoreNames::PlanAdherence)) > 0.9);
        QCOMPARE(report.stats.histograms().at(QLatin1String(ScoreNames::Naturalness)).count,
                 kDialogues);
        QVERIFY(report.stats.wordEntropy() > 6);
        QVERIFY(report.stats.distinct3() > 0.05 && report.stats.distinct3() < 1);
        QCOMPARE(report.coverage.size(), std::size_t(2)); // retail and airline
        QVERIFY(report.coverage[0].toolsUsed > 0);
        QCOMPARE(report.coverage[1].toolsUsed, 0);

        // Scoring again with one thread stores the same values, and no second copy.
        ScoringRunner::Options single = options;
        single.pass.threads = 1;
        QCOMPARE(runner.run(single).written, kDialogues);
        QVERIFY(storedScores(store) == scores);
    }

    void storedVerificationGivesWhatVerifyingAgainGives()
    {
        // The scorer reads grounding and plan adherence from the verifier's stored findings;
        // without them it verifies. Both must agree on generated dialogues.
        ProjectStore store;
        QVERIFY(!store.open(m_path, ProjectStore::OpenMode::ReadOnly));
        const std::vector<Catalog> catalogs = store.catalogs();
        DialogueScorer scorer(catalogs);
        int compared = 0;
        store.forEachDialogue([&](const Dialogue &d) {
            Dialogue fresh = d;
            fresh.scores.clear();
            for (CallRecord &c : fresh.calls)
                c.issues.clear();
            const CoherenceMetrics a = scorer.score(d).coherence;
            const CoherenceMetrics b = scorer.score(fresh).coherence;
            if (a.planAdherence != b.planAdherence || a.groundedArguments != b.groundedArguments)
                qWarning("%s: stored %f/%f, verified %f/%f", qPrintable(d.uid), a.planAdherence,
                         a.groundedArguments, b.planAdherence, b.groundedArguments);
            compared += a.planAdherence == b.planAdherence
                                        && a.groundedArguments == b.groundedArguments
                                ? 1
                                : 0;
            return true;
        });
        QCOMPARE(compared, kDialogues);
    }

    void readsStatisticsFromStoredScores()
    {
        ProjectStore store;
        QVERIFY(!store.open(m_path));
        ScoringRunner runner(store);
        ScoringRunner::Options options;
        options.pass.score = false;
        const ScoringReport report = runner.run(options);
        QCOMPARE(report.written, 0);
        QCOMPARE(report.dialogues, kDialogues);
        QCOMPARE(report.stats.histograms().at(QLatin1String(ScoreNames::Coherence)).count,
                 kDialogues);
    }

    void findsACopiedDialogueAsANearDuplicate()
    {
        ProjectStore store;
        QVERIFY(!store.open(m_path));
        std::optional<Dialogue> original = store.dialogue(7);
        QVERIFY(original);
        Dialogue copy = *original;
        copy.id = 0;
        copy.uid = QStringLiteral("copy-of-7");
        std::vector<Dialogue> batch{copy};
        QCOMPARE(store.insertDialogues(batch).value_or(0), 1);
        const NearDuplicateClusters found = NearDuplicateFinder::find(store);
        QVERIFY(found.redundantUids().contains(QStringLiteral("copy-of-7")));
        QVERIFY(!found.redundantUids().contains(original->uid));
        QVERIFY(found.redundantUids().size() < kDialogues / 2);
    }

    void cancelStopsBetweenBatches()
    {
        ProjectStore store;
        QVERIFY(!store.open(m_path));
        ScoringRunner runner(store);
        ScoringRunner::Options options;
        options.batchSize = 16;
        std::atomic_bool cancel{false};
        const ScoringReport report = runner.run(
                options, &cancel, [&](const ScoringProgress &) { cancel.store(true); });
        QVERIFY(report.cancelled);
        QVERIFY(report.written >= 16);
        QVERIFY(report.written < kDialogues);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestScoringRun)
#include "tst_scoringrun.moc"
