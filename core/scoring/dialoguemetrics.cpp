#include "scoring/dialoguemetrics.h"

#include "model/dialogue.h"
#include "scoring/roundsimilarity.h"
#include "scoring/textdiversity.h"
#include "scoring/wordhash.h"
#include "simulation/callresults.h"
#include "simulation/dialogueverifier.h"
#include "simulation/tooltext.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Callwright {

namespace {

constexpr double kRepeatJaccard = 0.8;

bool isVowel(QChar c)
{
    switch (c.toLower().unicode()) {
    case u'a':
    case u'e':
    case u'i':
    case u'o':
    case u'u':
    case u'y':
        return true;
    default:
        return false;
    }
}

int syllableCount(const QString &word)
{
    int groups = 0;
    bool inGroup = false;
    for (const QChar c : word) {
        const bool v = isVowel(c);
        if (v && !inGroup)
            ++groups;
        inGroup = v;
    }
    if (groups == 0)
        return 1;
    if (groups > 1 && word.endsWith(QLatin1Char('e')) && !word.endsWith(QLatin1String("le")))
        --groups;
    return std::max(1, groups);
}

int sentenceCount(const QString &text)
{
    int count = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?'))
            continue;
        while (i + 1 < n
               && (text[i + 1] == QLatin1Char('.') || text[i + 1] == QLatin1Char('!')
                   || text[i + 1] == QLatin1Char('?')))
            ++i;
        if (i + 1 == n || text[i + 1].isSpace())
            ++count;
    }
    return std::max(1, count);
}

/// Hashes of the n-grams of one utterance's word hashes, appended to out.
void appendNgrams(const std::vector<quint64> &words, std::size_t n, std::vector<quint64> *out)
{
    for (std::size_t i = 0; i + n <= words.size(); ++i) {
        quint64 h = n;
        for (std::size_t w = 0; w < n; ++w)
            h = mix64(h * 0x9e3779b97f4a7c15ULL + words[i + w]);
        out->push_back(h);
    }
}

void sortUnique(std::vector<quint64> *v)
{
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
}

/// Jaccard similarity of two sorted sets of hashes.
double jaccard(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    if (a.empty() && b.empty())
        return 1.0;
    std::size_t i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) {
            ++common;
            ++i;
            ++j;
        } else if (a[i] < b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

bool hasDoubledWord(const QStringList &words)
{
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (words[i] == words[i - 1] && !words[i].front().isDigit())
            return true;
    }
    return false;
}

void collectScalars(const Json &v, QStringList *out)
{
    if (v.is_object() || v.is_array()) {
        for (const Json &item : v)
            collectScalars(item, out);
        return;
    }
    if (v.is_string() || v.is_number()) {
        const QString text = ToolText::valueText(v);
        if (!text.trimmed().isEmpty())
            out->append(text);
    }
}

double clamp01(double v)
{
    return std::clamp(v, 0.0, 1.0);
}

struct Part
{
    const char *name;
    double value;
    double weight;
};

double combine(std::initializer_list<Part> parts, QString *rationale)
{
    double sum = 0;
    QStringList lines;
    for (const Part &p : parts) {
        sum += p.weight * clamp01(p.value);
        if (rationale)
            lines << QStringLiteral("%1 %2 \u00d7 %3")
                             .arg(QLatin1String(p.name))
                             .arg(clamp01(p.value), 0, 'f', 2)
                             .arg(p.weight, 0, 'f', 2);
    }
    if (rationale)
        *rationale = lines.join(QLatin1Char('\n'));
    return 1.0 + 4.0 * sum;
}

} // namespace

namespace {

struct Readability
{
    qint64 words = 0;
    qint64 sentences = 0;
    qint64 syllables = 0;

    void add(const QString &text, const QStringList &tokens)
    {
        if (tokens.isEmpty())
            return;
        words += tokens.size();
        sentences += sentenceCount(text);
        for (const QString &t : tokens)
            syllables += syllableCount(t);
    }
    double ease() const
    {
        if (words == 0)
            return 0.0;
        return 206.835 - 1.015 * double(words) / double(sentences)
               - 84.6 * double(syllables) / double(words);
    }
};

} // namespace

double fleschReadingEase(const QStringList &texts)
{
    Readability r;
    for (const QString &text : texts)
        r.add(text, wordTokens(text));
    return r.ease();
}

namespace DialogueMetrics {

NaturalnessMetrics naturalness(const Dialogue &dialogue)
{
    // Each utterance is cut into words once; the measures work on their hashes.
    NaturalnessMetrics m;
    Readability readability;
    std::vector<quint64> unigrams;
    std::vector<quint64> bigrams;
    std::vector<quint64> trigrams;
    std::vector<quint64> words;
    std::vector<std::vector<quint64>> seen; // each earlier utterance's trigram (or word) set
    int repeated = 0;
    int withArtefact = 0;
    qint64 userWords = 0, userTurns = 0, assistantWords = 0, assistantTurns = 0;
    for (const Message &msg : dialogue.messages) {
        if (msg.role != Message::Role::User && msg.role != Message::Role::Assistant)
            continue;
        if (msg.content.trimmed().isEmpty())
            continue;
        const QStringList tokens = wordTokens(msg.content);
        ++m.utterances;
        readability.add(msg.content, tokens);
        words.clear();
        for (const QString &t : tokens)
            words.push_back(wordHash(t));
        unigrams.insert(unigrams.end(), words.begin(), words.end());
        appendNgrams(words, 2, &bigrams);
        const std::size_t trigramsBefore = trigrams.size();
        appendNgrams(words, 3, &trigrams);
        (msg.role == Message::Role::User ? userWords : assistantWords) += tokens.size();
        ++(msg.role == Message::Role::User ? userTurns : assistantTurns);

        std::vector<quint64> own
                = words.size() < 3
                          ? words
                          : std::vector<quint64>(trigrams.begin() + qptrdiff(trigramsBefore),
                                                 trigrams.end());
        sortUnique(&own);
        if (std::any_of(seen.begin(), seen.end(), [&](const std::vector<quint64> &s) {
                return jaccard(s, own) >= kRepeatJaccard;
            }))
            ++repeated;
        seen.push_back(std::move(own));
        if (DialogueVerifier::hasPlaceholder(msg.content) || hasDoubledWord(tokens)
            || msg.content.contains(QLatin1String("{\"")))
            ++withArtefact;
    }
    m.words = int(unigrams.size());
    if (!unigrams.empty()) {
        // H = log2 N - (1/N) sum c log2 c over the counts of equal hashes.
        std::sort(unigrams.begin(), unigrams.end());
        double sum = 0;
        for (std::size_t i = 0; i < unigrams.size();) {
            std::size_t j = i;
            while (j < unigrams.size() && unigrams[j] == unigrams[i])
                ++j;
            const double c = double(j - i);
            sum += c > 1 ? c * std::log2(c) : 0.0;
            i = j;
        }
        const double n = double(unigrams.size());
        m.wordEntropy = std::max(0.0, std::log2(n) - sum / n);
    }
    m.normalizedEntropy = m.words >= 2 ? m.wordEntropy / std::log2(double(m.words)) : 0.0;
    const auto distinct = [](std::vector<quint64> &grams) {
        const double total = double(grams.size());
        if (grams.empty())
            return 0.0;
        sortUnique(&grams);
        return double(grams.size()) / total;
    };
    m.distinct2 = distinct(bigrams);
    m.distinct3 = distinct(trigrams);
    if (m.utterances > 0) {
        m.repetition = double(repeated) / m.utterances;
        m.artefacts = double(withArtefact) / m.utterances;
    }
    if (userTurns > 0 && assistantTurns > 0 && userWords > 0 && assistantWords > 0) {
        const double u = double(userWords) / double(userTurns);
        const double a = double(assistantWords) / double(assistantTurns);
        m.turnBalance = std::min(u, a) / std::max(u, a);
    }
    m.readability = readability.ease();
    return m;
}

CoherenceMetrics coherence(const Dialogue &dialogue, const VerificationReport &report,
                           const RoundSimilarity &similarity)
{
    CoherenceMetrics m;
    // Rounds: each user message and the assistant's words up to the next one.
    QStringList rounds;
    // Result use: successful results since the last reply, and the replies that follow them.
    QStringList pending;
    int used = 0;
    for (const Message &msg : dialogue.messages) {
        switch (msg.role) {
        case Message::Role::User:
            rounds << msg.content;
            pending.clear();
            break;
        case Message::Role::Assistant:
            if (!rounds.isEmpty() && !msg.content.isEmpty())
                rounds.last() += QLatin1Char('\n') + msg.content;
            if (msg.toolCalls.empty() && !msg.content.trimmed().isEmpty()) {
                if (!pending.isEmpty()) {
                    ++m.repliesAfterResults;
                    if (std::any_of(pending.cbegin(), pending.cend(), [&](const QString &v) {
                            return ToolText::mentions(msg.content, v);
                        }))
                        ++used;
                }
                pending.clear();
            }
            break;
        case Message::Role::Tool: {
            const Json result = CallResults::parse(msg);
            if (!CallResults::isError(result))
                collectScalars(result, &pending);
            break;
        }
        case Message::Role::System:
            break;
        }
    }
    m.rounds = int(rounds.size());
    const std::vector<double> sims = similarity.consecutive(rounds);
    if (!sims.empty()) {
        double sum = 0;
        for (double s : sims)
            sum += s;
        m.roundSimilarity = sum / double(sims.size());
    }
    if (m.repliesAfterResults > 0)
        m.resultUse = double(used) / m.repliesAfterResults;
    m.groundedArguments
            = report.arguments > 0 ? double(report.groundedArguments) / report.arguments : 1.0;

    // The verifier words plan deviations "plan: …" (steps played differ from the plan) or
    // "plan step N (kind): …".
    const int steps = int(dialogue.plan.steps.size());
    static const QRegularExpression stepProblem(QStringLiteral(R"(^plan step (\d+) )"));
    QSet<int> badSteps;
    bool mismatch = false;
    for (const QString &p : report.problems) {
        if (p.startsWith(QLatin1String("plan: "))) {
            mismatch = true;
            continue;
        }
        const QRegularExpressionMatch match = stepProblem.match(p);
        if (match.hasMatch())
            badSteps.insert(match.captured(1).toInt());
    }
    if (mismatch)
        m.planAdherence = 0.0;
    else if (steps > 0)
        m.planAdherence = double(steps - std::min<int>(steps, int(badSteps.size()))) / steps;
    return m;
}

double naturalnessScore(const NaturalnessMetrics &m, QString *parts)
{
    return combine({{"variety", (m.normalizedEntropy + m.distinct2 + m.distinct3) / 3.0, 0.30},
                    {"non-repetition", 1.0 - m.repetition, 0.25},
                    {"cleanliness", 1.0 - m.artefacts, 0.20},
                    {"readability", (m.readability - 30.0) / 40.0, 0.15},
                    {"turn balance", m.turnBalance, 0.10}},
                   parts);
}

double coherenceScore(const CoherenceMetrics &m, QString *parts)
{
    return combine({{"flow", m.roundSimilarity / kRoundSimilarityReference, 0.25},
                    {"plan adherence", m.planAdherence, 0.30},
                    {"grounding", m.groundedArguments, 0.25},
                    {"result use", m.resultUse, 0.20}},
                   parts);
}

} // namespace DialogueMetrics

} // namespace Callwright
