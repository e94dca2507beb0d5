// Near-duplicate dialogues as an exporter drops them: MinHash + LSH must find a pair that
// differs in a word or two, leave unrelated dialogues alone, and keep one uid per cluster.
#include "scoring/nearduplicates.h"

#include "scoringtestsupport.h"

#include <QTest>

using namespace Callwright;
using namespace ScoringTestSupport;

namespace {

QStringList trip()
{
    return {QStringLiteral("Good morning! I am planning a weekend trip to Lisbon with my sister "
                           "and we love food."),
            QStringLiteral("Lovely choice. Spring weather there is mild, and the old town is "
                           "best explored on foot."),
            QStringLiteral("Which neighbourhood would you suggest for good food and live music "
                           "in the evening?"),
            QStringLiteral("Try Alfama in the evening: small taverns play fado late into the "
                           "night, and the grilled sardines are famous."),
            QStringLiteral("Perfect. Do we need to book a table in advance on Saturdays or can "
                           "we just walk in?"),
            QStringLiteral("For the popular places, yes; a call a day before usually works, "
                           "otherwise arrive before eight.")};
}

QStringList refund()
{
    return {QStringLiteral("My blender arrived broken and I would like my money back."),
            QStringLiteral("I am sorry to hear that. Could you give me the order number from "
                           "the confirmation email?"),
            QStringLiteral("It is W4471, bought last Tuesday with my credit card."),
            QStringLiteral("Thanks. The refund for W4471 is on its way and should reach your "
                           "card within five business days.")};
}

} // namespace

class TestNearDuplicates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsANearDuplicatePairAndNotAnUnrelatedOne()
    {
        QStringList edited = trip();
        edited[2].replace(QStringLiteral("live music"), QStringLiteral("jazz music"));
        NearDuplicateFinder finder;
        finder.add(talkDialogue(trip(), QStringLiteral("trip")));
        finder.add(talkDialogue(refund(), QStringLiteral("refund")));
        finder.add(talkDialogue(edited, QStringLiteral("trip-edited")));
        const NearDuplicateClusters found = finder.clusters();
        QCOMPARE(found.clusters.size(), std::size_t(1));
        QCOMPARE(found.clusters[0],
                 (std::vector<QString>{QStringLiteral("trip"), QStringLiteral("trip-edited")}));
        QCOMPARE(found.redundantUids(), QSet<QString>{QStringLiteral("trip-edited")});
        QCOMPARE(found.dialogues(), 2);
    }

    void estimateFollowsTheTrueJaccard()
    {
        const NearDuplicateFinder finder;
        const auto same = finder.signature(trip());
        QCOMPARE(NearDuplicateFinder::estimatedJaccard(same, finder.signature(trip())), 1.0);
        QVERIFY(NearDuplicateFinder::estimatedJaccard(same, finder.signature(refund())) < 0.1);
        // Half the messages shared: about a third of the trigrams in common (J ~ 0.4).
        QStringList half = trip().mid(0, 3) + refund().mid(0, 3);
        const double j = NearDuplicateFinder::estimatedJaccard(same, finder.signature(half));
        QVERIFY2(j > 0.2 && j < 0.65, qPrintable(QString::number(j)));
    }

    void clustersAreTransitiveAndKeepTheFirst()
    {
        NearDuplicateFinder finder;
        QStringList b = trip();
        b[0].replace(QStringLiteral("sister"), QStringLiteral("brother"));
        QStringList c = b;
        c[5].replace(QStringLiteral("eight"), QStringLiteral("nine"));
        finder.add(talkDialogue(refund(), QStringLiteral("r1")));
        finder.add(talkDialogue(trip(), QStringLiteral("a")));
        finder.add(talkDialogue(b, QStringLiteral("b")));
        finder.add(talkDialogue(refund(), QStringLiteral("r2")));
        finder.add(talkDialogue(c, QStringLiteral("c")));
        finder.add(talkDialogue({}, QStringLiteral("empty1")));
        finder.add(talkDialogue({}, QStringLiteral("empty2")));
        const NearDuplicateClusters found = finder.clusters();
        QCOMPARE(found.clusters.size(), std::size_t(2));
        QCOMPARE(found.clusters[0],
                 (std::vector<QString>{QStringLiteral("r1"), QStringLiteral("r2")}));
        QCOMPARE(found.clusters[1], (std::vector<QString>{QStringLiteral("a"), QStringLiteral("b"),
                                                          QStringLiteral("c")}));
        QCOMPARE(found.redundantUids(),
                 (QSet<QString>{QStringLiteral("r2"), QStringLiteral("b"), QStringLiteral("c")}));
    }

    void manyVariantsOfFewTemplatesFormFewClusters()
    {
        // 200 dialogues: 100 copies of each of two texts, each with a different number in it.
        NearDuplicateFinder finder;
        for (int i = 0; i < 200; ++i) {
            QStringList turns = i % 2 ? trip() : refund();
            turns[1] += QStringLiteral(" Reference %1.").arg(i);
            finder.add(talkDialogue(turns, QStringLiteral("d%1").arg(i)));
        }
        const NearDuplicateClusters found = finder.clusters();
        QCOMPARE(found.clusters.size(), std::size_t(2));
        QCOMPARE(found.dialogues(), 200);
        QCOMPARE(found.redundantUids().size(), 198);
        QVERIFY(!found.redundantUids().contains(QStringLiteral("d0")));
        QVERIFY(!found.redundantUids().contains(QStringLiteral("d1")));
    }
};

QTEST_GUILESS_MAIN(TestNearDuplicates)
#include "tst_nearduplicates.moc"
