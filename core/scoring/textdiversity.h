#pragma once

#include <QStringList>
#include <QStringView>

#include <vector>

namespace Callwright {

/// Lower-cased word tokens of a text, the unit every diversity measure counts.
///
/// - A word is a run of letters and digits (any script), with the combining marks that follow
///   them ("Café" in decomposed form stays one word). Everything else (spaces, punctuation,
///   symbols, emoji) separates words and is dropped: "well-known" gives "well", "known";
///   "3.5" gives "3", "5".
/// - An apostrophe (U+0027 or U+2019) between two word characters stays in the word and is
///   written as U+0027, so "don't" and "don’t" are the same word; a leading or trailing one
///   ("'quoted'", "dogs'") is dropped.
/// - Scripts written without spaces between words (Han ideographs, Hiragana, Katakana) give one
///   token per character, so "我爱北京" is four words and "北京ABC" is "北", "京", "abc". No word
///   segmentation dictionary is needed and counts stay comparable across languages.
/// - Lower-casing is Unicode-aware (QString::toLower): "CAFÉ" and "café" are the same word.
QStringList wordTokens(QStringView text);

/// Accumulates utterances and reports corpus-level lexical diversity as ToolFlow measures it
/// (arXiv 2410.18447): word entropy H and Distinct-n.
///
/// With N the number of word tokens, c(w) the count of word w and p(w) = c(w) / N:
///
///     H = -sum_w p(w) log2 p(w) = log2 N - (1/N) sum_w c(w) log2 c(w)      (bits)
///
/// A uniform distribution over V words gives H = log2 V; H is 0 for an empty corpus.
///
/// An n-gram is n consecutive words of one utterance; n-grams never cross utterances, so an
/// utterance of L words holds max(0, L - n + 1) of them. Over the corpus:
///
///     Distinct-n = (number of different n-grams) / (total number of n-grams)
///
/// which is 1 when no n-gram repeats and tends to 0 when the same text is repeated; 0 when the
/// corpus has no n-gram at all.
///
/// Streaming: add() any number of texts; memory grows with the number of different n-grams, not
/// with the number of words. Words and n-grams are stored as 64-bit hashes, not strings. Two
/// different n-grams share a hash with probability about 2^-64, so with D different n-grams the
/// expected number of merged pairs is about D^2 / 2^65 (below 0.001 for D = 10^8): negligible
/// next to the figures reported (four decimals). Accumulators are independent values: fill one
/// per thread and merge() them.
class TextDiversity final
{
public:
    explicit TextDiversity(int maxN = 3);

    void add(QStringView utterance);
    /// Adds everything \a other has seen, as if its utterances had been added here. Both must
    /// have the same maxN; n-gram orders beyond the smaller maxN are not merged.
    void merge(const TextDiversity &other);

    int maxN() const { return int(m_ngrams.size()); }
    qint64 utterances() const { return m_utterances; }
    qint64 words() const { return m_ngrams.front().total; }

    /// Total and distinct n-grams, for 1 <= n <= maxN (0 outside that range).
    qint64 totalNgrams(int n) const;
    qint64 distinctNgrams(int n) const;
    /// distinctNgrams(n) / totalNgrams(n); 0 when there is none or n is outside 1..maxN.
    double distinct(int n) const;
    /// Shannon entropy of the unigram distribution in bits; 0 when there are no words.
    double wordEntropy() const;

private:
    /// Open-addressing hash table of 64-bit keys (linear probing), optionally with a count per
    /// key. Keys are already well-mixed hashes, so their low bits index the table directly.
    class KeyTable
    {
    public:
        explicit KeyTable(bool counted)
            : m_counted(counted)
        {}
        void insert(quint64 key, qint64 count = 1);
        /// Makes room for \a extra more keys without growing in between.
        void reserve(qint64 extra);
        /// Starts loading the slot of \a key into cache; valid until the table grows.
        void prefetch(quint64 key) const;
        qint64 size() const { return m_size; }
        const std::vector<quint64> &keys() const { return m_keys; }
        const std::vector<qint64> &counts() const { return m_counts; }

    private:
        void grow();

        std::vector<quint64> m_keys; // 0 marks an empty slot
        std::vector<qint64> m_counts;
        qint64 m_size = 0;
        bool m_counted;
    };

    struct Order
    {
        explicit Order(bool counted)
            : table(counted)
        {}
        KeyTable table;
        qint64 total = 0;
    };

    std::vector<Order> m_ngrams;    // m_ngrams[n - 1]; only unigrams keep counts
    std::vector<quint64> m_window;  // word hashes of the utterance being added
    std::vector<quint64> m_scratch; // its n-gram keys, order after order
    qint64 m_utterances = 0;
};

} // namespace Callwright
