#include "scoring/roundsimilarity.h"

#include "scoring/textdiversity.h"
#include "scoring/wordhash.h"

#include <algorithm>
#include <cmath>

namespace Callwright {

QString TfIdfRoundSimilarity::name() const
{
    return QStringLiteral("tf-idf");
}

namespace {

using Terms = std::vector<std::pair<quint64, int>>; // word hash and count, by hash

} // namespace

std::vector<double> TfIdfRoundSimilarity::consecutive(const QStringList &rounds) const
{
    std::vector<double> out;
    if (rounds.size() < 2)
        return out;
    // Term counts of each round, and how many rounds hold each word.
    std::vector<Terms> tf(std::size_t(rounds.size()));
    std::vector<quint64> present;
    std::vector<quint64> hashes;
    for (qsizetype r = 0; r < rounds.size(); ++r) {
        hashes.clear();
        appendWordHashes(rounds[r], hashes);
        std::sort(hashes.begin(), hashes.end());
        Terms &terms = tf[std::size_t(r)];
        for (const quint64 h : hashes) {
            if (!terms.empty() && terms.back().first == h)
                ++terms.back().second;
            else
                terms.emplace_back(h, 1);
        }
        for (const auto &t : terms)
            present.push_back(t.first);
    }
    std::sort(present.begin(), present.end());
    const double n = double(rounds.size());
    const auto idf = [&](quint64 h) {
        const auto range = std::equal_range(present.begin(), present.end(), h);
        const double df = double(range.second - range.first);
        return std::log((1.0 + n) / (1.0 + df)) + 1.0;
    };
    // Weighted vectors: the idf of each term once per round.
    std::vector<std::vector<double>> weights(tf.size());
    std::vector<double> norms(tf.size(), 0.0);
    for (std::size_t r = 0; r < tf.size(); ++r) {
        double sum = 0;
        for (const auto &[h, count] : tf[r]) {
            const double w = count * idf(h);
            weights[r].push_back(w);
            sum += w * w;
        }
        norms[r] = std::sqrt(sum);
    }
    out.reserve(tf.size() - 1);
    for (std::size_t r = 0; r + 1 < tf.size(); ++r) {
        if (norms[r] == 0 || norms[r + 1] == 0) {
            out.push_back(0.0);
            continue;
        }
        const Terms &a = tf[r];
        const Terms &b = tf[r + 1];
        double dot = 0;
        std::size_t i = 0, j = 0;
        while (i < a.size() && j < b.size()) {
            if (a[i].first == b[j].first) {
                dot += weights[r][i] * weights[r + 1][j];
                ++i;
                ++j;
            } else if (a[i].first < b[j].first) {
                ++i;
            } else {
                ++j;
            }
        }
        out.push_back(std::min(1.0, dot / (norms[r] * norms[r + 1])));
    }
    return out;
}

} // namespace Callwright
