// The per-dialogue measures a curator sorts by: coherence (round similarity, plan adherence,
// grounding, use of results) and naturalness (diversity, repetition, artefacts, balance,
// readability), on hand-made dialogues whose figures are known, and the 1-5 scores combined
// from them.
#include "scoring/dialoguemetrics.h"
#include "scoring/dialoguescorer.h"
#include "scoring/roundsimilarity.h"
#include "simulation/dialogueverifier.h"

#include "scoringtestsupport.h"

#include <QTest>

#include <cmath>

using namespace Callwright;
using namespace ScoringTestSupport;

namespace {

const Score *find(const Dialogue &d, const char *metric)
{
    for (const Score &s : d.scores) {
        if (s.metric == QLatin1String(metric))
            return &s;
    }
    return nullptr;
}

QStringList variedTalk()
{
    return {QStringLiteral("Good morning! I am planning a weekend trip to Lisbon with my sister."),
            QStringLiteral("Lovely choice. Spring weather there is mild, and the old town is "
                           "best explored on foot."),
            QStringLiteral("Which neighbourhood would you suggest for good food and music?"),
            QStringLiteral("Try Alfama in the evening: small taverns play fado late into the "
                           "night."),
            QStringLiteral("Perfect. Do we need to book a table in advance on Saturdays?"),
            QStringLiteral("For the popular places, yes; a call a day before usually works.")};
}

QStringList repeatedTalk()
{
    QStringList turns;
    for (int i = 0; i < 3; ++i) {
        turns << QStringLiteral("Can you help me with my order please?")
              << QStringLiteral("Sure, I can help you with your order.");
    }
    return turns;
}

} // namespace

class TestDialogueMetrics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tfIdfCosineOnATinyExample()
    {
        const TfIdfRoundSimilarity tfidf;
        const std::vector<double> sims
                = tfidf.consecutive({QStringLiteral("a b"), QStringLiteral("b c")});
        QCOMPARE(sims.size(), std::size_t(1));
        const double idfA = std::log(3.0 / 2.0) + 1.0;
        QVERIFY(std::abs(sims[0] - 1.0 / (idfA * idfA + 1.0)) < 1e-12);
        QVERIFY(std::abs(sims[0] - 0.336097) < 1e-6);
        // Identical rounds are fully similar, rounds with no word in common not at all.
        const std::vector<double> more = tfidf.consecutive({QStringLiteral("Book a flight"),
                                                            QStringLiteral("book a FLIGHT!"),
                                                            QStringLiteral("weather today")});
        QCOMPARE(more.size(), std::size_t(2));
        QVERIFY(std::abs(more[0] - 1.0) < 1e-12);
        QCOMPARE(more[1], 0.0);
        QVERIFY(tfidf.consecutive({QStringLiteral("alone")}).empty());
    }

    void fleschReadingEaseByHand()
    {
        // 3 words, 1 sentence, 3 syllables: 206.835 - 1.015 * 3 - 84.6 * 1.
        QVERIFY(std::abs(fleschReadingEase({QStringLiteral("The cat sat.")}) - 119.19) < 1e-9);
        const double hard = fleschReadingEase({QStringLiteral(
                "Comprehensive administrative documentation necessitates organisational "
                "coordination.")});
        QVERIFY2(hard < 0, qPrintable(QString::number(hard)));
        QCOMPARE(fleschReadingEase({}), 0.0);
    }

    void coherenceDropsWhenCallsIgnoreEarlierResults()
    {
        const Catalog catalog = ordersCatalog();
        const TfIdfRoundSimilarity tfidf;
        DialogueVerifier verifier(catalog.tools);
        const Dialogue good = ordersDialogue(true);
        const Dialogue bad = ordersDialogue(false);
        const CoherenceMetrics g = DialogueMetrics::coherence(good, verifier.verify(good), tfidf);
        const CoherenceMetrics b = DialogueMetrics::coherence(bad, verifier.verify(bad), tfidf);

        QCOMPARE(g.rounds, 2);
        QCOMPARE(g.planAdherence, 1.0);
        QCOMPARE(g.groundedArguments, 1.0);
        QCOMPARE(g.repliesAfterResults, 1);
        QCOMPARE(g.resultUse, 1.0);
        // The second call made up a user id: step 1 of 2 deviates from the plan, one of the
        // two argument values is grounded nowhere, and the reply says nothing of the results.
        QCOMPARE(b.planAdherence, 0.5);
        QCOMPARE(b.groundedArguments, 0.5);
        QCOMPARE(b.resultUse, 0.0);
        QVERIFY(b.roundSimilarity < g.roundSimilarity);
        QVERIFY(DialogueMetrics::coherenceScore(b) < DialogueMetrics::coherenceScore(g) - 1.0);
    }

    void unplayedPlanStepsMeanNoAdherence()
    {
        const Catalog catalog = ordersCatalog();
        DialogueVerifier verifier(catalog.tools);
        Dialogue d = ordersDialogue(true);
        d.plan.steps.push_back(d.plan.steps.back()); // three steps planned, two played
        const CoherenceMetrics m
                = DialogueMetrics::coherence(d, verifier.verify(d), TfIdfRoundSimilarity());
        QCOMPARE(m.planAdherence, 0.0);
    }

    void repeatedDialogueIsLessNaturalThanAVariedOne()
    {
        const NaturalnessMetrics varied
                = DialogueMetrics::naturalness(talkDialogue(variedTalk(), QStringLiteral("v")));
        const NaturalnessMetrics repeated
                = DialogueMetrics::naturalness(talkDialogue(repeatedTalk(), QStringLiteral("r")));
        QCOMPARE(varied.utterances, 6);
        QCOMPARE(varied.repetition, 0.0);
        // Every user and assistant turn after the first pair repeats: 4 of 6.
        QCOMPARE(repeated.repetition, 4.0 / 6.0);
        QVERIFY(repeated.distinct3 < varied.distinct3);
        QVERIFY(repeated.normalizedEntropy < varied.normalizedEntropy);
        QCOMPARE(varied.distinct3, 1.0);
        QVERIFY(DialogueMetrics::naturalnessScore(repeated)
                < DialogueMetrics::naturalnessScore(varied) - 1.0);
    }

    void templateArtefactsAreCounted()
    {
        const NaturalnessMetrics m = DialogueMetrics::naturalness(talkDialogue(
                {QStringLiteral("Hello {customer_name}, how are you?"),
                 QStringLiteral("Your order order is ready."), QStringLiteral("Thanks a lot."),
                 QStringLiteral("Result: {\"status\": \"ok\"}"),
                 QStringLiteral("I paid 10 10 times? No, just once."),
                 QStringLiteral("Glad to hear that.")},
                QStringLiteral("a")));
        // A placeholder, a doubled word and raw JSON; a repeated number is no artefact.
        QCOMPARE(m.artefacts, 3.0 / 6.0);
    }

    void turnBalanceComparesMeanTurnLengths()
    {
        const NaturalnessMetrics m = DialogueMetrics::naturalness(
                talkDialogue({QStringLiteral("one two three four"),
                              QStringLiteral("one two three four five six seven eight")},
                             QStringLiteral("b")));
        QCOMPARE(m.turnBalance, 0.5);
        QCOMPARE(m.words, 12);
        QCOMPARE(DialogueMetrics::naturalness(
                         talkDialogue({QStringLiteral("alone")}, QStringLiteral("c")))
                         .turnBalance,
                 0.0);
    }

    void combinedScoresStayWithinOneToFive()
    {
        NaturalnessMetrics worst;
        worst.repetition = 1;
        worst.artefacts = 1;
        worst.readability = -50;
        QCOMPARE(DialogueMetrics::naturalnessScore(worst), 1.0);
        NaturalnessMetrics best;
        best.normalizedEntropy = best.distinct2 = best.distinct3 = 1;
        best.turnBalance = 1;
        best.readability = 120;
        QString parts;
        QCOMPARE(DialogueMetrics::naturalnessScore(best, &parts), 5.0);
        QVERIFY(parts.contains(QStringLiteral("readability 1.00")));
        CoherenceMetrics flawless;
        flawless.roundSimilarity = 0.9;
        QCOMPARE(DialogueMetrics::coherenceScore(flawless), 5.0);
        CoherenceMetrics none;
        none.roundSimilarity = none.planAdherence = none.groundedArguments = none.resultUse = 0;
        QCOMPARE(DialogueMetrics::coherenceScore(none), 1.0);
    }

    void scorerReadsTheVerifiersStoredFindings()
    {
        // A dialogue verified earlier: its "verified" rationale and grounding issues are what
        // the scorer goes by, without verifying again.
        const std::vector<Catalog> catalogs{ordersCatalog()};
        DialogueScorer scorer(catalogs);
        Dialogue d = ordersDialogue(true);
        d.scores.push_back({QStringLiteral("verified"), 0.0, QStringLiteral("embedded"),
                            QStringLiteral("plan step 2 (chit_chat): a tool was called where "
                                           "none should be\n1 ungrounded argument values")});
        d.calls[1].issues.push_back({ValidationIssue::Severity::Error,
                                     QStringLiteral("/request/user_id"),
                                     QStringLiteral("grounding"), QStringLiteral("made up")});
        const CoherenceMetrics m = scorer.score(d).coherence;
        QCOMPARE(m.planAdherence, 0.5);
        QCOMPARE(m.groundedArguments, 0.5);
    }

    void scorerStoresScoresWithTheirPartsAndKeepsVerified()
    {
        const std::vector<Catalog> catalogs{ordersCatalog()};
        DialogueScorer scorer(catalogs);
        Dialogue d = ordersDialogue(true);
        d.scores.push_back({QStringLiteral("verified"), 1.0, QStringLiteral("embedded"), {}});
        d.scores.push_back({QStringLiteral("naturalness"), 2.0, QStringLiteral("embedded"), {}});
        const DialogueScores s = scorer.score(d);
        DialogueScorer::apply(d, s.scores);
        QVERIFY(find(d, ScoreNames::Verified));
        const Score *naturalness = find(d, ScoreNames::Naturalness);
        const Score *coherence = find(d, ScoreNames::Coherence);
        QVERIFY(naturalness && coherence);
        QCOMPARE(naturalness->value, s.naturalnessScore);
        QVERIFY(naturalness->value >= 1.0 && naturalness->value <= 5.0);
        QVERIFY(coherence->value >= 1.0 && coherence->value <= 5.0);
        QVERIFY(coherence->rationale.contains(QStringLiteral("plan adherence 1.00")));
        QVERIFY(naturalness->rationale.contains(QStringLiteral("variety")));
        QVERIFY(find(d, ScoreNames::ResultUse));
        QCOMPARE(find(d, ScoreNames::PlanAdherence)->value, 1.0);
        // Scoring again replaces, never duplicates.
        const std::size_t count = d.scores.size();
        DialogueScorer::apply(d, scorer.score(d).scores);
        QCOMPARE(d.scores.size(), count);
        QCOMPARE(d.scores.size(), s.scores.size() + 1);
    }
};

QTEST_GUILESS_MAIN(TestDialogueMetrics)
#include "tst_dialoguemetrics.moc"
