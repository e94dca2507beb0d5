#include "scoring/nearduplicates.h"

#include "model/dialogue.h"
#include "scoring/textdiversity.h"
#include "scoring/wordhash.h"
#include "store/projectstore.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace Callwright {

namespace {

/// Hashes of the shingles of the texts, deduplicated.
std::vector<quint64> shingleHashes(const QStringList &texts, int n)
{
    std::vector<quint64> out;
    std::vector<quint64> words;
    for (const QString &text : texts) {
        words.clear();
        appendWordHashes(text, words);
        if (words.empty())
            continue;
        const std::size_t width = std::min<std::size_t>(std::size_t(n), words.size());
        for (std::size_t i = 0; i + width <= words.size(); ++i) {
            quint64 h = 0x9e3779b97f4a7c15ULL * width;
            for (std::size_t w = 0; w < width; ++w)
                h = mix64(h ^ words[i + w]);
            out.push_back(h);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QStringList messageTexts(const Dialogue &d)
{
    QStringList texts;
    for (const Message &m : d.messages) {
        if ((m.role == Message::Role::User || m.role == Message::Role::Assistant)
            && !m.content.isEmpty())
            texts << m.content;
    }
    return texts;
}

struct UnionFind
{
    explicit UnionFind(std::size_t n)
        : parent(n)
    {
        std::iota(parent.begin(), parent.end(), std::size_t(0));
    }
    std::size_t find(std::size_t x)
    {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
    void unite(std::size_t a, std::size_t b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b); // the earliest stays the root
    }
    std::vector<std::size_t> parent;
};

/// Candidates compared per bucket: the members of a bucket of exact copies are already
/// joined to its first ones, so comparing with a few is enough and keeps this linear.
constexpr std::size_t kComparisonsPerBucket = 8;

} // namespace

QSet<QString> NearDuplicateClusters::redundantUids() const
{
    QSet<QString> out;
    for (const auto &cluster : clusters) {
        for (std::size_t i = 1; i < cluster.size(); ++i)
            out.insert(cluster[i]);
    }
    return out;
}

qsizetype NearDuplicateClusters::dialogues() const
{
    qsizetype n = 0;
    for (const auto &cluster : clusters)
        n += qsizetype(cluster.size());
    return n;
}

NearDuplicateFinder::NearDuplicateFinder()
    : NearDuplicateFinder(Options())
{}

NearDuplicateFinder::NearDuplicateFinder(const Options &options)
    : m_options(options)
{
    m_options.shingleWords = std::max(1, m_options.shingleWords);
    m_options.bands = std::max(1, m_options.bands);
    m_options.rows = std::max(1, m_options.rows);
    const int k = m_options.bands * m_options.rows;
    quint64 state = 0x2545f4914f6cdd1dULL; // fixed: signatures are comparable across runs
    for (int i = 0; i < k; ++i) {
        state = mix64(state + 0x9e3779b97f4a7c15ULL);
        m_a.push_back(state | 1);
        state = mix64(state + 0x9e3779b97f4a7c15ULL);
        m_b.push_back(state);
    }
}

NearDuplicateFinder::Signature NearDuplicateFinder::signature(const Dialogue &dialogue) const
{
    return signature(messageTexts(dialogue));
}

NearDuplicateFinder::Signature NearDuplicateFinder::signature(const QStringList &texts) const
{
    const std::vector<quint64> shingles = shingleHashes(texts, m_options.shingleWords);
    if (shingles.empty())
        return {};
    const std::size_t k = m_a.size();
    std::vector<quint64> minima(k, std::numeric_limits<quint64>::max());
    for (const quint64 x : shingles) {
        for (std::size_t i = 0; i < k; ++i)
            minima[i] = std::min(minima[i], m_a[i] * x + m_b[i]);
    }
    Signature out(k);
    for (std::size_t i = 0; i < k; ++i)
        out[i] = quint32(minima[i] >> 32);
    return out;
}

double NearDuplicateFinder::estimatedJaccard(const Signature &a, const Signature &b)
{
    if (a.empty() || a.size() != b.size())
        return 0.0;
    std::size_t same = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        same += a[i] == b[i] ? 1 : 0;
    return double(same) / double(a.size());
}

void NearDuplicateFinder::add(const Dialogue &dialogue)
{
    add(dialogue.uid, signature(dialogue));
}

void NearDuplicateFinder::add(const QString &uid, Signature signature)
{
    m_uids.push_back(uid);
    m_signatures.push_back(std::move(signature));
}

NearDuplicateClusters NearDuplicateFinder::clusters() const
{
    const std::size_t n = m_uids.size();
    UnionFind sets(n);
    std::unordered_map<quint64, std::vector<std::size_t>> buckets;
    buckets.reserve(n * std::size_t(m_options.bands));
    const std::size_t rows = std::size_t(m_options.rows);
    for (std::size_t item = 0; item < n; ++item) {
        const Signature &sig = m_signatures[item];
        if (sig.empty())
            continue;
        for (std::size_t band = 0; band < std::size_t(m_options.bands); ++band) {
            quint64 key = mix64(band + 1);
            for (std::size_t r = 0; r < rows; ++r)
                key = mix64(key ^ sig[band * rows + r]);
            std::vector<std::size_t> &bucket = buckets[key];
            std::size_t compared = 0;
            for (const std::size_t other : bucket) {
                if (compared == kComparisonsPerBucket)
                    break;
                if (sets.find(other) == sets.find(item))
                    continue;
                ++compared;
                if (estimatedJaccard(sig, m_signatures[other]) >= m_options.threshold)
                    sets.unite(item, other);
            }
            bucket.push_back(item);
        }
    }
    // Group by root; roots are the earliest member, so clusters come in order of first uid.
    std::unordered_map<std::size_t, std::size_t> clusterOf;
    NearDuplicateClusters out;
    std::vector<std::size_t> sizes(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        ++sizes[sets.find(i)];
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t root = sets.find(i);
        if (sizes[root] < 2)
            continue;
        auto it = clusterOf.find(root);
        if (it == clusterOf.end()) {
            it = clusterOf.emplace(root, out.clusters.size()).first;
            out.clusters.emplace_back();
        }
        out.clusters[it->second].push_back(m_uids[i]);
    }
    return out;
}

NearDuplicateClusters NearDuplicateFinder::find(const ProjectStore &store, const Options &options,
                                                const std::atomic_bool *cancel)
{
    NearDuplicateFinder finder(options);
    bool cancelled = false;
    store.forEachDialogue([&](const Dialogue &d) {
        if (cancel && cancel->load()) {
            cancelled = true;
            return false;
        }
        finder.add(d);
        return true;
    });
    return cancelled ? NearDuplicateClusters() : finder.clusters();
}

} // namespace Callwright
