#include "lexicalsimilarity.h"

#include "fieldtext.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace Callwright {

namespace {

constexpr double kNameWeight = 0.7;
constexpr double kTextWeight = 0.3;
constexpr double kRecordFeedsId = 0.9;
constexpr double kObjectSuffixFeedsId = 0.75;
constexpr double kObjectFeedsList = 0.8;
constexpr double kMentionFeedsId = 0.8;
constexpr double kNonProducer = 0.6;
constexpr double kOtherOrdinal = 0.4;
constexpr double kHeadMismatch = 0.5;
constexpr double kHeadRelated = 0.8;
constexpr int kNoWord = -1;

using Key = std::vector<int>;
using Vector = std::vector<std::pair<int, float>>; // sorted by term, unit length

struct FieldInfo
{
    Key key;
    int ordinal = -1;
    double keyNorm = 0;
    Vector text;
    bool whole = false;
    bool record = false;       // an output that may hold a whole entity (object, array, unknown)
    bool takesRecords = false; // an input of objects or lists
    bool producer = true;
    std::vector<int> mentions; // entities a whole result's description names
};

struct ToolInfo
{
    Key object; // the object of the tool's name, record words dropped
    bool producer = true;
};

quint64 pairKey(int head, int modifier)
{
    return (quint64(quint32(head)) << 32) | quint32(modifier);
}

double dot(const Vector &a, const Vector &b)
{
    double sum = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            sum += double(i->second) * j->second;
            ++i;
            ++j;
        }
    }
    return sum;
}

Key distinct(Key key)
{
    std::sort(key.begin(), key.end());
    key.erase(std::unique(key.begin(), key.end()), key.end());
    return key;
}

bool endsWith(const Key &whole, const Key &suffix)
{
    return !suffix.empty() && suffix.size() <= whole.size()
           && std::equal(suffix.rbegin(), suffix.rend(), whole.rbegin());
}

} // namespace

struct LexicalSimilarity::Private
{
    QHash<QString, int> termIds;
    QStringList terms;
    std::vector<double> keyIdf;
    std::vector<FieldInfo> fields;
    std::vector<ToolField> raw;
    std::unordered_map<quint64, std::vector<int>> pairPostings;
    std::unordered_map<int, std::vector<int>> entityPostings;
    int idTerm = -1;
    int numberTerm = -1;

    int term(const QString &word)
    {
        const auto it = termIds.constFind(word);
        if (it != termIds.cend())
            return *it;
        const int id = int(terms.size());
        termIds.insert(word, id);
        terms << word;
        return id;
    }

    Key keyOf(const QStringList &words)
    {
        Key k;
        k.reserve(std::size_t(words.size()));
        for (const QString &w : words)
            k.push_back(term(w));
        return k;
    }

    int headClass(int t) const { return t == numberTerm ? idTerm : t; }
    bool isIdClass(int t) const { return t == idTerm || t == numberTerm; }

    ToolInfo toolInfo(const Tool &tool);
    std::vector<int> mentionsOf(const QString &description);
    void addPosting(quint64 key, int field) { pairPostings[key].push_back(field); }
    double nameSimilarity(int a, int b) const;
};

ToolInfo LexicalSimilarity::Private::toolInfo(const Tool &tool)
{
    const QStringList words = FieldText::identifierWords(tool.name);
    int verb = -1;
    for (int i = 0; i < words.size(); ++i) {
        if (FieldText::isToolVerb(words[i])) {
            verb = i;
            break;
        }
    }
    ToolInfo info;
    info.producer = verb < 0 || FieldText::isProducerVerb(words[verb]);
    int i = verb + 1;
    // "list_all_product_types": articles and "all" before the object are skipped.
    static const QStringList articles{QStringLiteral("all"), QStringLiteral("the"),
                                      QStringLiteral("a"), QStringLiteral("an")};
    while (i < words.size() && articles.contains(words[i]))
        ++i;
    QStringList object;
    for (; i < words.size() && !FieldText::isNameBreak(words[i]); ++i)
        object << words[i];
    // "supermarket_find_in_city": the thing found is named before the verb.
    if (object.isEmpty() && verb > 0)
        object = words.mid(0, verb);
    while (object.size() > 1 && FieldText::isRecordWord(object.constLast()))
        object.removeLast();
    if (object.size() == 1 && FieldText::isRecordWord(object.constFirst()))
        object.clear();
    info.object = keyOf(object);
    return info;
}

std::vector<int> LexicalSimilarity::Private::mentionsOf(const QString &description)
{
    // Entities the description says the result holds: "including their orders", "returns the
    // booking", and any "<entity> id".
    std::vector<int> mentions;
    static const QStringList triggers{QStringLiteral("including"), QStringLiteral("include"),
                                      QStringLiteral("contain"),   QStringLiteral("containing"),
                                      QStringLiteral("return"),    QStringLiteral("returning")};
    // Only the first sentence says what the tool gives back; later ones are caveats
    // ("each product type has items with item ids"). BFCL's multi-turn descriptions open
    // with a sentence about their API, then "Tool description: ...".
    QString lower = description.toLower();
    const int marker = int(lower.indexOf(QLatin1String("tool description:")));
    if (marker >= 0)
        lower = lower.mid(marker + 17);
    static const QRegularExpression sentenceEnd(QStringLiteral("\\.(\\s|$)"));
    lower = lower.section(sentenceEnd, 0, 0);
    static const QRegularExpression clauseEnd(QStringLiteral("[.;:()!?,]"));
    const QStringList clauses = lower.split(clauseEnd);
    for (const QString &clause : clauses) {
        const QStringList words = FieldText::textWords(clause);
        for (int i = 0; i < words.size(); ++i) {
            if (triggers.contains(words[i])) {
                for (int j = i + 1; j < words.size() && j <= i + 2; ++j)
                    mentions.push_back(term(words[j]));
            } else if (words[i] == QLatin1String("id") && i > 0) {
                mentions.push_back(term(words[i - 1]));
            }
        }
    }
    std::sort(mentions.begin(), mentions.end());
    mentions.erase(std::unique(mentions.begin(), mentions.end()), mentions.end());
    return mentions;
}

double LexicalSimilarity::Private::nameSimilarity(int a, int b) const
{
    const FieldInfo &fa = fields[std::size_t(a)];
    const FieldInfo &fb = fields[std::size_t(b)];
    const Key &ka = fa.key;
    const Key &kb = fb.key;
    if (ka.empty() || kb.empty())
        return 0;
    double name = 0;
    if (ka == kb) {
        name = fa.ordinal >= 0 && fb.ordinal >= 0 && fa.ordinal != fb.ordinal ? kOtherOrdinal : 1.0;
    } else {
        double common = 0;
        for (std::size_t i = 0; i < ka.size(); ++i) {
            const int t = ka[i];
            if (std::find(ka.begin(), ka.begin() + long(i), t) != ka.begin() + long(i))
                continue;
            if (std::find(kb.begin(), kb.end(), t) != kb.end())
                common += keyIdf[std::size_t(t)] * keyIdf[std::size_t(t)];
        }
        const double cosine
                = fa.keyNorm > 0 && fb.keyNorm > 0 ? common / (fa.keyNorm * fb.keyNorm) : 0.0;
        const int ha = ka.back();
        const int hb = kb.back();
        const double head = ha == hb                         ? 1.0
                            : headClass(ha) == headClass(hb) ? kHeadRelated
                                                             : kHeadMismatch;
        name = cosine * head;
        if (isIdClass(hb) && kb.size() >= 2) {
            const Key entity(kb.begin(), kb.end() - 1);
            if (ka == entity && fa.record)
                name = std::max(name, kRecordFeedsId);
            else if (fa.whole && endsWith(ka, entity))
                name = std::max(name, kObjectSuffixFeedsId);
        }
        // "search_direct_flight" feeds "flights", a list of flight records.
        if (fa.whole && kb.size() == 1 && ka.back() == kb.front() && fb.takesRecords)
            name = std::max(name, kObjectFeedsList);
    }
    if (fa.whole && isIdClass(kb.back()) && kb.size() >= 2
        && std::binary_search(fa.mentions.begin(), fa.mentions.end(), kb[kb.size() - 2]))
        name = std::max(name, kMentionFeedsId);
    if (fa.whole && !fa.producer)
        name *= kNonProducer;
    return name;
}

LexicalSimilarity::LexicalSimilarity()
    : d(std::make_unique<Private>())
{}

LexicalSimilarity::~LexicalSimilarity() = default;

QString LexicalSimilarity::name() const
{
    return QStringLiteral("lexical");
}

void LexicalSimilarity::prepare(const std::vector<Tool> &tools,
                                const std::vector<ToolField> &fields)
{
    d = std::make_unique<Private>();
    d->idTerm = d->term(QStringLiteral("id"));
    d->numberTerm = d->term(QStringLiteral("number"));
    d->raw = fields;

    std::vector<ToolInfo> toolInfos;
    toolInfos.reserve(tools.size());
    for (const Tool &t : tools)
        toolInfos.push_back(d->toolInfo(t));

    // Keys and raw term counts of the texts.
    std::vector<std::vector<std::pair<int, int>>> counts(fields.size());
    d->fields.resize(fields.size());
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const ToolField &f = fields[i];
        FieldInfo &info = d->fields[i];
        const ToolInfo &tool = toolInfos[std::size_t(f.tool)];
        QStringList textWords;
        if (f.wholeResult) {
            info.whole = true;
            info.producer = tool.producer;
            info.key = tool.object;
            info.mentions = d->mentionsOf(f.description);
            textWords = FieldText::identifierWords(tools[std::size_t(f.tool)].name);
        } else {
            QString ordinal;
            const QStringList words = FieldText::identifierWords(f.name, &ordinal);
            info.ordinal = ordinal.isEmpty() ? -1 : ordinal.toInt();
            info.key = d->keyOf(words);
            if (info.key.size() == 1 && info.key.front() == d->idTerm) {
                // A bare "id" is the id of what its tool is about.
                Key qualified = tool.object;
                while (!qualified.empty() && d->isIdClass(qualified.back()))
                    qualified.pop_back();
                if (!qualified.empty()) {
                    qualified.push_back(d->idTerm);
                    info.key = qualified;
                }
            }
            textWords = words;
        }
        info.takesRecords = f.side == ToolField::Side::Input
                            && (f.type == FieldType::Object || f.type == FieldType::Array);
        info.record = f.side == ToolField::Side::Output && f.type != FieldType::String
                      && f.type != FieldType::Boolean && f.type != FieldType::Integer
                      && f.type != FieldType::Number;
        textWords << FieldText::textWords(f.description);
        std::vector<int> ids;
        ids.reserve(std::size_t(textWords.size()));
        for (const QString &w : textWords)
            ids.push_back(d->term(w));
        std::sort(ids.begin(), ids.end());
        for (std::size_t k = 0; k < ids.size();) {
            std::size_t e = k;
            while (e < ids.size() && ids[e] == ids[k])
                ++e;
            counts[i].push_back({ids[k], int(e - k)});
            k = e;
        }
    }

    // IDF over fields, for key words and text words separately.
    const std::size_t nTerms = std::size_t(d->terms.size());
    std::vector<int> keyDf(nTerms, 0);
    std::vector<int> textDf(nTerms, 0);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        for (int t : distinct(d->fields[i].key))
            ++keyDf[std::size_t(t)];
        for (const auto &c : counts[i])
            ++textDf[std::size_t(c.first)];
    }
    const double n = double(std::max<std::size_t>(fields.size(), 1));
    d->keyIdf.resize(nTerms);
    std::vector<double> textIdf(nTerms);
    for (std::size_t t = 0; t < nTerms; ++t) {
        d->keyIdf[t] = std::log(1.0 + n / std::max(keyDf[t], 1));
        textIdf[t] = std::log(1.0 + n / std::max(textDf[t], 1));
    }

    for (std::size_t i = 0; i < fields.size(); ++i) {
        FieldInfo &info = d->fields[i];
        double norm = 0;
        for (const auto &c : counts[i]) {
            const double w = (1.0 + std::log(double(c.second))) * textIdf[std::size_t(c.first)];
            info.text.push_back({c.first, float(w)});
            norm += w * w;
        }
        norm = std::sqrt(norm);
        for (auto &v : info.text)
            v.second = norm > 0 ? float(v.second / norm) : 0.0f;
        double keyNorm = 0;
        for (int t : distinct(info.key))
            keyNorm += d->keyIdf[std::size_t(t)] * d->keyIdf[std::size_t(t)];
        info.keyNorm = std::sqrt(keyNorm);

        // The index: (last word, other word) pairs, and entities for their ids.
        const int field = int(i);
        if (info.key.empty())
            continue;
        const int head = d->headClass(info.key.back());
        if (info.key.size() == 1)
            d->addPosting(pairKey(head, kNoWord), field);
        for (std::size_t k = 0; k + 1 < info.key.size(); ++k) {
            if (std::find(info.key.begin(), info.key.begin() + long(k), info.key[k])
                == info.key.begin() + long(k))
                d->addPosting(pairKey(head, info.key[k]), field);
        }
        if (fields[i].side == ToolField::Side::Output) {
            if (info.whole) {
                if (!d->isIdClass(info.key.back()))
                    d->entityPostings[info.key.back()].push_back(field);
            } else if (info.key.size() == 1 && info.record) {
                d->entityPostings[info.key.front()].push_back(field);
            }
        }
    }
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (!d->fields[i].whole)
            continue;
        for (int m : d->fields[i].mentions) {
            std::vector<int> &list = d->entityPostings[m];
            if (list.empty() || list.back() != int(i))
                list.push_back(int(i));
        }
    }
}

void LexicalSimilarity::candidates(int target, double minimum, std::vector<FieldMatch> *out) const
{
    const FieldInfo &fb = d->fields[std::size_t(target)];
    if (fb.key.empty())
        return;
    std::vector<int> found;
    auto collect = [&](const std::vector<int> *list) {
        if (list && int(list->size()) <= kMaxPostings)
            found.insert(found.end(), list->begin(), list->end());
    };
    auto pairs = [&](int head, int modifier) {
        const auto it = d->pairPostings.find(pairKey(head, modifier));
        collect(it == d->pairPostings.end() ? nullptr : &it->second);
    };
    auto entities = [&](int word) {
        const auto it = d->entityPostings.find(word);
        collect(it == d->entityPostings.end() ? nullptr : &it->second);
    };
    const Key &kb = fb.key;
    const int head = d->headClass(kb.back());
    if (kb.size() == 1) {
        pairs(head, kNoWord);
        entities(kb.front());
    }
    for (std::size_t k = 0; k + 1 < kb.size(); ++k)
        pairs(head, kb[k]);
    if (d->isIdClass(kb.back()) && kb.size() >= 2) {
        entities(kb[kb.size() - 2]);
        // "user" (a record) and "user_id" share no pair; the record is indexed by its word.
        if (kb.size() == 2)
            pairs(kb.front(), kNoWord);
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    const int tool = d->raw[std::size_t(target)].tool;
    for (int a : found) {
        if (a == target || d->raw[std::size_t(a)].tool == tool)
            continue;
        const double c = confidence(a, target);
        if (c >= minimum)
            out->push_back({a, c});
    }
}

double LexicalSimilarity::confidence(int a, int b) const
{
    const double name = d->nameSimilarity(a, b);
    const double text = dot(d->fields[std::size_t(a)].text, d->fields[std::size_t(b)].text);
    const double type
            = ToolFields::typeCompatibility(d->raw[std::size_t(a)], d->raw[std::size_t(b)]);
    return std::clamp(type * (kNameWeight * name + kTextWeight * text), 0.0, 1.0);
}

QString LexicalSimilarity::key(int field) const
{
    QStringList words;
    for (int t : d->fields[std::size_t(field)].key)
        words << d->terms[t];
    return words.join(QLatin1Char(' '));
}

} // namespace Callwright
