// Corpus diversity as a curator reads it next to ToolFlow's figures (H, Distinct-n): values
// computed by hand on small corpora, agreement with a plain string-set count on a larger one,
// and how text is cut into words.
#include "scoring/textdiversity.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace Callwright;

namespace {

QStringList list(std::initializer_list<QStringView> items)
{
    QStringList out;
    for (const QStringView item : items)
        out.append(item.toString());
    return out;
}

/// A deterministic corpus of short utterances over a small vocabulary, so n-grams repeat.
QStringList generatedCorpus(int utterances)
{
    const QStringList vocabulary
            = QStringLiteral(
                      "book a flight to paris cancel my hotel in rome what is the weather today "
                      "send "
                      "report anna please find cheap train tickets for tomorrow morning and "
                      "evening "
                      "show order status refund Order, STATUS! don't can't café naïve 北京 东京")
                      .split(QLatin1Char(' '));
    QStringList corpus;
    quint32 state = 12345;
    const auto next = [&state](quint32 bound) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % bound;
    };
    for (int u = 0; u < utterances; ++u) {
        const int length = int(next(12)); // 0..11 words, empty utterances included
        QStringList words;
        for (int w = 0; w < length; ++w)
            words.append(vocabulary.at(int(next(quint32(vocabulary.size())))));
        corpus.append(words.join(QLatin1Char(' ')));
    }
    return corpus;
}

} // namespace

class TestTextDiversity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("only punctuation") << QStringLiteral("  ... !? -- ") << QStringList();
        QTest::newRow("punctuation and case")
                << QStringLiteral("Hello, World! HELLO?") << list({u"hello", u"world", u"hello"});
        QTest::newRow("inner apostrophes kept") << QStringLiteral("Don't STOP rock'n'roll")
                                                << list({u"don't", u"stop", u"rock'n'roll"});
        QTest::newRow("typographic apostrophe is the ASCII one")
                << QString::fromUtf16(u"don\u2019t") << list({u"don't"});
        QTest::newRow("outer apostrophes dropped")
                << QStringLiteral("'quoted' dogs' 'tis") << list({u"quoted", u"dogs", u"tis"});
        QTest::newRow("hyphens and decimals split")
                << QStringLiteral("well-known e-mail 3.5 room 101")
                << list({u"well", u"known", u"e", u"mail", u"3", u"5", u"room", u"101"});
        QTest::newRow("accented, precomposed")
                << QString::fromUtf16(u"Café CAFÉ naïve ÜBER Straße")
                << list({u"café", u"café", u"naïve", u"über", u"straße"});
        QTest::newRow("accented, combining mark stays in the word")
                << QString::fromUtf16(u"CAFE\u0301 ok") << list({u"cafe\u0301", u"ok"});
        QTest::newRow("cyrillic") << QString::fromUtf16(u"Привет, МИР")
                                  << list({u"привет", u"мир"});
        QTest::newRow("one token per CJK ideograph")
                << QString::fromUtf16(u"我爱北京。") << list({u"我", u"爱", u"北", u"京"});
        QTest::newRow("CJK next to latin") << QString::fromUtf16(u"北京ABC def's东京")
                                           << list({u"北", u"京", u"abc", u"def's", u"东", u"京"});
        QTest::newRow("apostrophe before CJK is dropped")
                << QString::fromUtf16(u"abc'北") << list({u"abc", u"北"});
        QTest::newRow("kana one per character")
                << QString::fromUtf16(u"カタカナ") << list({u"カ", u"タ", u"カ", u"ナ"});
        QTest::newRow("outside the BMP")
                << QString::fromUtf16(u"\U00010400X \U00020000") // Deseret capital, Han ext. B
                << list({u"\U00010428x", u"\U00020000"});
        QTest::newRow("emoji separate words")
                << QString::fromUtf16(u"I ❤️ NY🗽now") << list({u"i", u"ny", u"now"});
    }

    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(wordTokens(text), expected);
    }

    void emptyCorpusIsZero()
    {
        TextDiversity d;
        QCOMPARE(d.utterances(), 0);
        QCOMPARE(d.words(), 0);
        QCOMPARE(d.wordEntropy(), 0.0);
        for (int n = 1; n <= 3; ++n)
            QCOMPARE(d.distinct(n), 0.0);

        d.add(u"");
        d.add(u"?! ...");
        QCOMPARE(d.utterances(), 2);
        QCOMPARE(d.words(), 0);
        QCOMPARE(d.wordEntropy(), 0.0);
        QCOMPARE(d.distinct(1), 0.0);

        d.add(u"hello"); // one word: a unigram, but no bigram or trigram
        QCOMPARE(d.distinct(1), 1.0);
        QCOMPARE(d.distinct(2), 0.0);
        QCOMPARE(d.totalNgrams(3), 0);
        QCOMPARE(d.wordEntropy(), 0.0);
        QCOMPARE(d.distinct(0), 0.0); // outside 1..maxN
        QCOMPARE(d.distinct(4), 0.0);
    }

    void repeatedSentenceHasLowDistinct()
    {
        // "the cat sat on the mat": 6 words (5 different), 5 bigrams, 4 trigrams, all different.
        TextDiversity d;
        for (int i = 0; i < 10; ++i)
            d.add(u"The cat sat on the mat.");
        QCOMPARE(d.utterances(), 10);
        QCOMPARE(d.words(), 60);
        QCOMPARE(d.totalNgrams(3), 40);
        QCOMPARE(d.distinctNgrams(3), 4);
        QCOMPARE(d.distinct(3), 0.1);      // 4 / 40
        QCOMPARE(d.distinct(2), 0.1);      // 5 / 50
        QCOMPARE(d.distinct(1), 1.0 / 12); // 5 / 60
        // p(the) = 1/3, p(cat) = p(sat) = p(on) = p(mat) = 1/6:
        // H = 1/3 log2 3 + 4 * 1/6 log2 6 = log2 3 + 2/3
        QCOMPARE(d.wordEntropy(), std::log2(3.0) + 2.0 / 3.0);
    }

    void variedSentencesHaveHighDistinct()
    {
        TextDiversity varied;
        varied.add(u"Book a flight to Paris");
        varied.add(u"Cancel my hotel in Rome");
        varied.add(u"What is the weather today?");
        varied.add(u"Send the report to Anna");
        QCOMPARE(varied.totalNgrams(3), 12); // 4 utterances of 5 words: 3 trigrams each
        QCOMPARE(varied.distinct(3), 1.0);
        QCOMPARE(varied.distinct(2), 1.0);
        QCOMPARE(varied.distinct(1), 18.0 / 20); // "to" and "the" appear twice

        TextDiversity repeated;
        for (int i = 0; i < 4; ++i)
            repeated.add(u"Book a flight to Paris");
        QCOMPARE(repeated.distinct(3), 0.25);
        QVERIFY(varied.distinct(3) > repeated.distinct(3));
        QVERIFY(varied.wordEntropy() > repeated.wordEntropy());
    }

    void uniformOverEightWordsIsThreeBits()
    {
        TextDiversity once;
        once.add(u"alpha beta gamma delta epsilon zeta eta theta");
        QCOMPARE(once.wordEntropy(), 3.0);
        QCOMPARE(once.distinct(1), 1.0);

        // The same distribution spread over utterances, twice over, in a different order.
        TextDiversity twice;
        twice.add(u"Alpha, beta, gamma, delta.");
        twice.add(u"epsilon zeta eta theta");
        twice.add(u"theta eta zeta epsilon delta gamma beta alpha");
        QCOMPARE(twice.wordEntropy(), 3.0);
        QCOMPARE(twice.distinct(1), 0.5);

        TextDiversity single;
        single.add(u"same same SAME same");
        QCOMPARE(single.wordEntropy(), 0.0);
    }

    void ngramsStopAtUtteranceBoundaries()
    {
        TextDiversity split;
        split.add(u"one two");
        split.add(u"three");
        QCOMPARE(split.words(), 3);
        QCOMPARE(split.totalNgrams(2), 1); // only "one two"; no "two three"
        QCOMPARE(split.totalNgrams(3), 0);

        TextDiversity joined;
        joined.add(u"one two three");
        QCOMPARE(joined.totalNgrams(2), 2);
        QCOMPARE(joined.totalNgrams(3), 1);

        // "a b" then "b a": a crossing count would add "b b" and the trigrams "a b b", "b b a".
        TextDiversity d;
        d.add(u"a b");
        d.add(u"b a");
        QCOMPARE(d.totalNgrams(2), 2);
        QCOMPARE(d.distinctNgrams(2), 2);
        QCOMPARE(d.totalNgrams(3), 0);
    }

    void orderMattersInNgrams()
    {
        TextDiversity d;
        d.add(u"red green blue");
        d.add(u"blue green red");
        QCOMPARE(d.distinctNgrams(2), 4);
        QCOMPARE(d.distinctNgrams(3), 2);
        QCOMPARE(d.distinct(1), 0.5);
    }

    void agreesWithStringCounting()
    {
        const int maxN = 4;
        const QStringList corpus = generatedCorpus(5000);
        TextDiversity d(maxN);
        QVector<QSet<QString>> distinct(maxN);
        QVector<qint64> totals(maxN, 0);
        QHash<QString, qint64> counts;
        for (const QString &utterance : corpus) {
            d.add(utterance);
            const QStringList words = wordTokens(utterance);
            for (const QString &w : words)
                ++counts[w];
            for (int n = 1; n <= maxN; ++n) {
                for (int i = 0; i + n <= words.size(); ++i) {
                    distinct[n - 1].insert(words.mid(i, n).join(QChar(0x1f)));
                    ++totals[n - 1];
                }
            }
        }
        QCOMPARE(d.utterances(), qint64(corpus.size()));
        double h = 0;
        for (const qint64 c : std::as_const(counts)) {
            const double p = double(c) / double(totals[0]);
            h -= p * std::log2(p);
        }
        QCOMPARE(d.words(), totals[0]);
        QCOMPARE(d.wordEntropy(), h);
        for (int n = 1; n <= maxN; ++n) {
            QCOMPARE(d.totalNgrams(n), totals[n - 1]);
            QCOMPARE(d.distinctNgrams(n), qint64(distinct[n - 1].size()));
        }
        QVERIFY(d.distinct(1) < d.distinct(2));
        QVERIFY(d.distinct(3) < d.distinct(4));
    }

    void mergeEqualsOneAccumulator()
    {
        const QStringList corpus = generatedCorpus(6000);
        TextDiversity whole;
        for (const QString &utterance : corpus)
            whole.add(utterance);

        // Uneven parts, as threads would produce: one small, one large, one empty.
        TextDiversity parts[4];
        for (int i = 0; i < corpus.size(); ++i)
            parts[i < 100 ? 0 : (i < 5000 ? 1 : 2)].add(corpus.at(i));
        TextDiversity merged;
        for (const TextDiversity &part : parts)
            merged.merge(part);
        TextDiversity intoLarge = parts[1]; // merging into a non-empty, larger accumulator
        intoLarge.merge(parts[2]);
        intoLarge.merge(parts[0]);

        for (const TextDiversity *d : {&merged, &intoLarge}) {
            QCOMPARE(d->utterances(), whole.utterances());
            QCOMPARE(d->words(), whole.words());
            for (int n = 1; n <= 3; ++n) {
                QCOMPARE(d->totalNgrams(n), whole.totalNgrams(n));
                QCOMPARE(d->distinctNgrams(n), whole.distinctNgrams(n));
                QCOMPARE(d->distinct(n), whole.distinct(n));
            }
            QCOMPARE(d->wordEntropy(), whole.wordEntropy());
        }
    }
};

QTEST_GUILESS_MAIN(TestTextDiversity)
#include "tst_textdiversity.moc"
