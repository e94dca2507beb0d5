#include "scoring/textdiversity.h"

#include "scoring/wordhash.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace Callwright {

namespace {

bool isWordChar(char32_t cp)
{
    return QChar::isLetterOrNumber(cp);
}

bool isMark(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

/// Scripts written without spaces between words: each character is a token of its own.
bool isSpaceless(char32_t cp)
{
    switch (QChar::script(cp)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return false;
    }
}

bool isAsciiAlnum(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

/// The code point at \a i and how many UTF-16 units it takes; a lone surrogate stands for itself
/// (it is no letter, so it separates words).
char32_t codePointAt(const char16_t *s, qsizetype size, qsizetype i, qsizetype *length)
{
    const char16_t u = s[i];
    if (QChar::isHighSurrogate(u) && i + 1 < size && QChar::isLowSurrogate(s[i + 1])) {
        *length = 2;
        return QChar::surrogateToUcs4(u, s[i + 1]);
    }
    *length = 1;
    return u;
}

/// Calls sink(QStringView) with each lower-cased token of \a text, in order. The view is valid
/// only during the call. ASCII words (the bulk of the data) are lowered in place; any other word
/// goes through QString::toLower for full Unicode case mapping.
template<typename Sink>
void forEachToken(QStringView text, Sink &&sink)
{
    const char16_t *s = text.utf16();
    const qsizetype size = text.size();
    QVarLengthArray<char16_t, 64> word;
    bool ascii = true;
    QString lowered;

    const auto flush = [&] {
        if (word.isEmpty())
            return;
        if (ascii) {
            sink(QStringView(word.constData(), word.size()));
        } else {
            lowered = QStringView(word.constData(), word.size()).toString().toLower();
            sink(QStringView(lowered));
        }
        word.clear();
        ascii = true;
    };
    // An apostrophe belongs to a word only between two word characters of a spaced script.
    const auto apostropheInside = [&](qsizetype next) {
        if (word.isEmpty() || next >= size)
            return false;
        qsizetype length;
        const char32_t cp = codePointAt(s, size, next, &length);
        return isWordChar(cp) && !isSpaceless(cp);
    };

    qsizetype i = 0;
    while (i < size) {
        const char16_t u = s[i];
        if (u < 0x80) {
            if (isAsciiAlnum(u))
                word.append(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u);
            else if (u == u'\'' && apostropheInside(i + 1))
                word.append(u'\'');
            else
                flush();
            ++i;
            continue;
        }
        qsizetype length;
        const char32_t cp = codePointAt(s, size, i, &length);
        if (isWordChar(cp)) {
            if (isSpaceless(cp)) {
                flush();
                word.append(s + i, length);
                ascii = false;
                flush();
            } else {
                word.append(s + i, length);
                ascii = false;
            }
        } else if (isMark(cp) && !word.isEmpty()) {
            word.append(s + i, length);
            ascii = false;
        } else if (cp == 0x2019 && apostropheInside(i + length)) {
            word.append(u'\'');
        } else {
            flush();
        }
        i += length;
    }
    flush();
}

constexpr quint64 Golden = 0x9e3779b97f4a7c15ULL;

/// 0 marks an empty slot; the one key that hashes to 0 is folded onto another value, one more
/// collision of probability 2^-64.
inline quint64 storable(quint64 key)
{
    return key != 0 ? key : Golden;
}

} // namespace

void appendWordHashes(QStringView text, std::vector<quint64> &out)
{
    forEachToken(text, [&](QStringView token) { out.push_back(wordHash(token)); });
}

QStringList wordTokens(QStringView text)
{
    QStringList tokens;
    forEachToken(text, [&](QStringView token) { tokens.append(token.toString()); });
    return tokens;
}

void TextDiversity::KeyTable::reserve(qint64 extra)
{
    // Grow at 70 % load: linear probing stays short and the table at most ~3 slots per key.
    while ((m_size + extra) * 10 > qint64(m_keys.size()) * 7)
        grow();
}

void TextDiversity::KeyTable::prefetch(quint64 key) const
{
#if defined(__GNUC__) || defined(__clang__)
    const std::size_t i = std::size_t(key) & (m_keys.size() - 1);
    __builtin_prefetch(m_keys.data() + i);
    if (m_counted)
        __builtin_prefetch(m_counts.data() + i);
#else
    Q_UNUSED(key);
#endif
}

void TextDiversity::KeyTable::insert(quint64 key, qint64 count)
{
    reserve(1);
    const std::size_t mask = m_keys.size() - 1;
    std::size_t i = std::size_t(key) & mask;
    while (true) {
        const quint64 k = m_keys[i];
        if (k == key) {
            if (m_counted)
                m_counts[i] += count;
            return;
        }
        if (k == 0) {
            m_keys[i] = key;
            if (m_counted)
                m_counts[i] = count;
            ++m_size;
            return;
        }
        i = (i + 1) & mask;
    }
}

void TextDiversity::KeyTable::grow()
{
    std::vector<quint64> keys(std::max<std::size_t>(m_keys.size() * 2, 64), 0);
    std::vector<qint64> counts(m_counted ? keys.size() : 0, 0);
    const std::size_t mask = keys.size() - 1;
    for (std::size_t j = 0; j < m_keys.size(); ++j) {
        const quint64 key = m_keys[j];
        if (key == 0)
            continue;
        std::size_t i = std::size_t(key) & mask;
        while (keys[i] != 0)
            i = (i + 1) & mask;
        keys[i] = key;
        if (m_counted)
            counts[i] = m_counts[j];
    }
    m_keys.swap(keys);
    m_counts.swap(counts);
}

TextDiversity::TextDiversity(int maxN)
{
    maxN = std::max(1, maxN);
    m_ngrams.reserve(std::size_t(maxN));
    for (int n = 1; n <= maxN; ++n)
        m_ngrams.emplace_back(n == 1);
}

void TextDiversity::add(QStringView utterance)
{
    ++m_utterances;
    m_window.clear();
    forEachToken(utterance, [this](QStringView token) { m_window.push_back(wordHash(token)); });
    const std::size_t words = m_window.size();

    // Keys of every n-gram, order by order. The n-gram starting at word a is keyed
    // key(w_a..w_b) = mix64(h(w_a) * Golden + key(w_a+1..w_b)), which is order-sensitive and
    // lets order n be computed in place from order n - 1.
    m_scratch.clear();
    std::size_t orders = 0;
    for (; orders < m_ngrams.size() && orders < words; ++orders) {
        const std::size_t begin = m_scratch.size();
        const std::size_t count = words - orders;
        if (orders == 0) {
            m_scratch.insert(m_scratch.end(), m_window.begin(), m_window.end());
        } else {
            const std::size_t previous = begin - (count + 1);
            for (std::size_t a = 0; a < count; ++a)
                m_scratch.push_back(mix64(m_window[a] * Golden + m_scratch[previous + a + 1]));
        }
        for (std::size_t i = begin; i < m_scratch.size(); ++i)
            m_scratch[i] = storable(m_scratch[i]);
    }
    // The large tables do not fit in cache: ask for every slot of the utterance at once, then
    // insert, so the memory accesses overlap instead of waiting one after another.
    std::size_t begin = 0;
    for (std::size_t o = 0; o < orders; ++o) {
        KeyTable &table = m_ngrams[o].table;
        const std::size_t count = words - o;
        table.reserve(qint64(count));
        for (std::size_t i = begin; i < begin + count; ++i)
            table.prefetch(m_scratch[i]);
        begin += count;
    }
    begin = 0;
    for (std::size_t o = 0; o < orders; ++o) {
        Order &order = m_ngrams[o];
        const std::size_t count = words - o;
        for (std::size_t i = begin; i < begin + count; ++i)
            order.table.insert(m_scratch[i]);
        order.total += qint64(count);
        begin += count;
    }
}

void TextDiversity::merge(const TextDiversity &other)
{
    Q_ASSERT(other.maxN() == maxN());
    m_utterances += other.m_utterances;
    const std::size_t orders = std::min(m_ngrams.size(), other.m_ngrams.size());
    for (std::size_t o = 0; o < orders; ++o) {
        const Order &from = other.m_ngrams[o];
        Order &to = m_ngrams[o];
        to.total += from.total;
        const std::vector<quint64> &keys = from.table.keys();
        const std::vector<qint64> &counts = from.table.counts();
        // Visit the source in a scattered order (an odd stride permutes a power-of-two table):
        // slot order would feed a smaller target long sorted runs and cluster its probes.
        // Slots go in batches whose target slots are prefetched together, as in add().
        const std::size_t mask = keys.size() - 1;
        constexpr std::size_t Batch = 16;
        std::size_t slots[Batch];
        for (std::size_t j = 0; j < keys.size();) {
            std::size_t filled = 0;
            for (; filled < Batch && j < keys.size(); ++j) {
                const std::size_t i = (j * std::size_t(Golden)) & mask;
                if (keys[i] != 0)
                    slots[filled++] = i;
            }
            to.table.reserve(qint64(filled));
            for (std::size_t b = 0; b < filled; ++b)
                to.table.prefetch(keys[slots[b]]);
            for (std::size_t b = 0; b < filled; ++b)
                to.table.insert(keys[slots[b]], counts.empty() ? 1 : counts[slots[b]]);
        }
    }
}

qint64 TextDiversity::totalNgrams(int n) const
{
    return n >= 1 && n <= maxN() ? m_ngrams[std::size_t(n - 1)].total : 0;
}

qint64 TextDiversity::distinctNgrams(int n) const
{
    return n >= 1 && n <= maxN() ? m_ngrams[std::size_t(n - 1)].table.size() : 0;
}

double TextDiversity::distinct(int n) const
{
    const qint64 total = totalNgrams(n);
    return total > 0 ? double(distinctNgrams(n)) / double(total) : 0.0;
}

double TextDiversity::wordEntropy() const
{
    const KeyTable &unigrams = m_ngrams.front().table;
    const qint64 total = m_ngrams.front().total;
    if (total == 0)
        return 0.0;
    double sum = 0.0; // sum of c log2 c
    const std::vector<quint64> &keys = unigrams.keys();
    const std::vector<qint64> &counts = unigrams.counts();
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] != 0 && counts[i] > 1)
            sum += double(counts[i]) * std::log2(double(counts[i]));
    }
    // Rounding can leave a hair below 0 when every word is the same.
    return std::max(0.0, std::log2(double(total)) - sum / double(total));
}

} // namespace Callwright
