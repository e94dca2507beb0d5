#pragma once

#include "scoring/dialoguemetrics.h"

#include "model/catalog.h"
#include "model/score.h"

#include <QHash>

#include <memory>
#include <vector>

namespace Callwright {

struct Dialogue;
class DialogueVerifier;

/// The figures of one scored dialogue, for dataset statistics.
struct DialogueScores
{
    NaturalnessMetrics naturalness;
    CoherenceMetrics coherence;
    double naturalnessScore = 1;
    double coherenceScore = 1;
    /// What goes into Dialogue::scores: the two combined scores (rationale: their parts) and
    /// every part on its own (source "embedded").
    std::vector<Score> scores;
};

/// Scores dialogues with the embedded measures (DialogueMetrics) and combines them.
/// Grounding and plan adherence come from the verifier: from its findings as stored with the
/// dialogue (the "verified" score and the calls' "grounding" issues, which generation, call
/// replay and edits keep current), or, for a dialogue never verified, from verifying it now
/// against its catalog's tools. One scorer per thread; the catalogs must outlive it.
class DialogueScorer final
{
public:
    /// similarity: the round measure (TfIdfRoundSimilarity when null); shared, thread-safe.
    explicit DialogueScorer(const std::vector<Catalog> &catalogs,
                            std::shared_ptr<const RoundSimilarity> similarity = nullptr);
    ~DialogueScorer();
    DialogueScorer(const DialogueScorer &) = delete;
    DialogueScorer &operator=(const DialogueScorer &) = delete;

    DialogueScores score(const Dialogue &dialogue);

    /// Replaces the embedded naturalness and coherence scores (combined and parts) of the
    /// dialogue by scores; every other score ("verified", judges') stays.
    static void apply(Dialogue &dialogue, const std::vector<Score> &scores);
    /// Whether metric is one this scorer writes.
    static bool isEmbeddedMetric(const QString &metric);

private:
    DialogueVerifier &verifierFor(qint64 catalogId);

    QHash<qint64, const Catalog *> m_catalogs;
    QHash<qint64, std::shared_ptr<DialogueVerifier>> m_verifiers;
    std::shared_ptr<const RoundSimilarity> m_similarity;
    std::vector<Tool> m_noTools;
};

} // namespace Callwright
