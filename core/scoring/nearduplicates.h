#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <vector>

namespace Callwright {

struct Dialogue;
class ProjectStore;

/// Groups of dialogues that say nearly the same thing. Each cluster lists uids in the order
/// they were added (for a project: id order), so the first is the one to keep.
struct NearDuplicateClusters
{
    std::vector<std::vector<QString>> clusters; ///< each holds two uids or more

    /// Every uid but the first of each cluster: what an exporter drops to keep one per cluster.
    QSet<QString> redundantUids() const;
    /// Dialogues that belong to some cluster.
    qsizetype dialogues() const;
};

/// The knobs of NearDuplicateFinder; see there.
struct NearDuplicateOptions
{
    int shingleWords = 3;
    int bands = 16;
    int rows = 4;
    double threshold = 0.7;
};

/// Finds near-duplicate dialogues with MinHash and locality-sensitive hashing (LSH).
///
/// A dialogue is the set S of its word shingles: the n consecutive words (wordTokens(), n =
/// shingleWords) of each user and assistant message, never across messages; a message shorter
/// than n words gives one shingle of all its words. Two dialogues are near duplicates when
/// the Jaccard similarity J(A, B) = |A ∩ B| / |A ∪ B| is at least threshold.
///
/// MinHash: k = bands * rows hash functions h_i; the signature holds min over S of h_i, and
/// P[the minima agree] = J, so the share of agreeing positions estimates J. LSH: the signature
/// is cut into bands of rows values; dialogues sharing one whole band become candidates,
/// which happens with probability 1 - (1 - J^rows)^bands (defaults 16 x 4: 0.99 at J = 0.7,
/// 0.12 at J = 0.3). Candidates whose estimated J reaches threshold are joined (union-find),
/// so a cluster is a connected group: A ~ B and B ~ C put A, B and C together.
/// Dialogues without any word are never clustered.
///
/// Usage: add() every dialogue (or signatures computed on other threads with signature(),
/// which is thread-safe), then clusters(). Memory: k * 4 bytes per dialogue.
class NearDuplicateFinder final
{
public:
    using Options = NearDuplicateOptions;
    using Signature = std::vector<quint32>;

    NearDuplicateFinder();
    explicit NearDuplicateFinder(const Options &options);

    const Options &options() const { return m_options; }
    Signature signature(const Dialogue &dialogue) const;
    /// The signature of texts taken as the messages of one dialogue.
    Signature signature(const QStringList &texts) const;
    /// The share of positions where two signatures agree: the estimate of J.
    static double estimatedJaccard(const Signature &a, const Signature &b);

    void add(const Dialogue &dialogue);
    void add(const QString &uid, Signature signature);
    qsizetype size() const { return qsizetype(m_uids.size()); }

    NearDuplicateClusters clusters() const;

    /// Reads every dialogue of the project; empty clusters when cancelled.
    static NearDuplicateClusters find(const ProjectStore &store, const Options &options = {},
                                      const std::atomic_bool *cancel = nullptr);

private:
    Options m_options;
    std::vector<quint64> m_a; ///< h_i(x) = (a_i x + b_i) >> 32, a_i odd
    std::vector<quint64> m_b;
    std::vector<QString> m_uids;
    std::vector<Signature> m_signatures;
};

} // namespace Callwright
