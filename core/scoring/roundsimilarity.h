#pragma once

#include <QStringList>

#include <vector>

namespace Callwright {

/// How alike two rounds of a dialogue read: the measure behind ToolFlow's SS (similarity of
/// consecutive rounds). The embedded measure is TfIdfRoundSimilarity; an endpoint that serves
/// sentence embeddings can stand in for it through this interface.
class RoundSimilarity
{
public:
    virtual ~RoundSimilarity() = default;
    /// Its name for a score's rationale ("tf-idf", or an endpoint profile).
    virtual QString name() const = 0;
    /// The similarity of round i and round i + 1 for each i, each in [0, 1]; rounds.size() - 1
    /// values (none for fewer than two rounds). Must be safe to call from several threads.
    virtual std::vector<double> consecutive(const QStringList &rounds) const = 0;
};

/// The embedded measure: cosine of TF-IDF vectors whose documents are the dialogue's rounds.
///
/// With N rounds, tf(w, r) the count of word w (wordTokens()) in round r and df(w) the number
/// of rounds that hold w, each round is the vector v_r(w) = tf(w, r) * idf(w) with the
/// smoothed inverse document frequency
///
///     idf(w) = ln((1 + N) / (1 + df(w))) + 1
///
/// so a word every round shares still counts (idf 1) and a rarer one counts more. Then
///
///     sim(r, s) = (v_r . v_s) / (|v_r| |v_s|)      (0 when either round has no word)
///
/// Example: rounds "a b" and "b c" give idf(a) = idf(c) = ln(3/2) + 1, idf(b) = 1 and
/// sim = 1 / (idf(a)^2 + 1) = 0.3361.
class TfIdfRoundSimilarity final : public RoundSimilarity
{
public:
    QString name() const override;
    std::vector<double> consecutive(const QStringList &rounds) const override;
};

} // namespace Callwright
