#include "scoring/dialoguescorer.h"

#include "model/dialogue.h"
#include "scoring/roundsimilarity.h"
#include "simulation/dialogueverifier.h"

#include <algorithm>
#include <optional>

namespace Callwright {

DialogueScorer::DialogueScorer(const std::vector<Catalog> &catalogs,
                               std::shared_ptr<const RoundSimilarity> similarity)
    : m_similarity(similarity ? std::move(similarity) : std::make_shared<TfIdfRoundSimilarity>())
{
    for (const Catalog &c : catalogs)
        m_catalogs.insert(c.id, &c);
}

DialogueScorer::~DialogueScorer() = default;

DialogueVerifier &DialogueScorer::verifierFor(qint64 catalogId)
{
    auto it = m_verifiers.find(catalogId);
    if (it == m_verifiers.end()) {
        const Catalog *catalog = m_catalogs.value(catalogId);
        // A dialogue of an unknown catalog is still measured; its calls name unknown tools.
        it = m_verifiers.insert(catalogId, std::make_shared<DialogueVerifier>(
                                                   catalog ? catalog->tools : m_noTools));
    }
    return **it;
}

namespace {

int leaves(const Json &v)
{
    if (v.is_object() || v.is_array()) {
        int n = 0;
        for (const Json &item : v)
            n += leaves(item);
        return n;
    }
    return 1;
}

/// The verifier's findings as annotate() stored them: its problems are the lines of the
/// "verified" score's rationale, each ungrounded value a "grounding" issue on its call.
std::optional<VerificationReport> storedReport(const Dialogue &d)
{
    const auto verified = std::find_if(d.scores.begin(), d.scores.end(), [](const Score &s) {
        return s.metric == QLatin1String(ScoreNames::Verified)
               && s.source == QLatin1String("embedded");
    });
    if (verified == d.scores.end())
        return std::nullopt;
    VerificationReport r;
    r.problems = verified->rationale.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const Message &m : d.messages) {
        for (const ToolCall &c : m.toolCalls)
            r.arguments += leaves(c.arguments);
    }
    int ungrounded = 0;
    for (const CallRecord &c : d.calls) {
        for (const ValidationIssue &i : c.issues)
            ungrounded += i.keyword == QLatin1String("grounding") ? 1 : 0;
    }
    r.groundedArguments = std::max(0, r.arguments - ungrounded);
    return r;
}

} // namespace

DialogueScores DialogueScorer::score(const Dialogue &dialogue)
{
    DialogueScores s;
    std::optional<VerificationReport> stored = storedReport(dialogue);
    const VerificationReport report
            = stored ? std::move(*stored) : verifierFor(dialogue.catalogId).verify(dialogue);
    s.naturalness = DialogueMetrics::naturalness(dialogue);
    s.coherence = DialogueMetrics::coherence(dialogue, report, *m_similarity);
    QString naturalnessParts;
    QString coherenceParts;
    s.naturalnessScore = DialogueMetrics::naturalnessScore(s.naturalness, &naturalnessParts);
    s.coherenceScore = DialogueMetrics::coherenceScore(s.coherence, &coherenceParts);

    const QString source = QStringLiteral("embedded");
    const auto add = [&](const char *metric, double value, const QString &why = QString()) {
        s.scores.push_back({QLatin1String(metric), value, source, why});
    };
    add(ScoreNames::Naturalness, s.naturalnessScore, naturalnessParts);
    add(ScoreNames::Coherence, s.coherenceScore,
        coherenceParts + QStringLiteral("\n(rounds compared with %1)").arg(m_similarity->name()));
    add(ScoreNames::RoundSimilarity, s.coherence.roundSimilarity);
    add(ScoreNames::PlanAdherence, s.coherence.planAdherence);
    add(ScoreNames::GroundedArguments, s.coherence.groundedArguments);
    add(ScoreNames::ResultUse, s.coherence.resultUse);
    add(ScoreNames::WordEntropy, s.naturalness.wordEntropy);
    add(ScoreNames::Distinct2, s.naturalness.distinct2);
    add(ScoreNames::Distinct3, s.naturalness.distinct3);
    add(ScoreNames::Repetition, s.naturalness.repetition);
    add(ScoreNames::Artefacts, s.naturalness.artefacts);
    add(ScoreNames::TurnBalance, s.naturalness.turnBalance);
    add(ScoreNames::Readability, s.naturalness.readability);
    return s;
}

bool DialogueScorer::isEmbeddedMetric(const QString &metric)
{
    return metric == QLatin1String(ScoreNames::Naturalness)
           || metric == QLatin1String(ScoreNames::Coherence)
           || metric.startsWith(QLatin1String("naturalness."))
           || metric.startsWith(QLatin1String("coherence."));
}

void DialogueScorer::apply(Dialogue &dialogue, const std::vector<Score> &scores)
{
    auto &stored = dialogue.scores;
    stored.erase(std::remove_if(stored.begin(), stored.end(),
                                [](const Score &s) {
                                    return s.source == QLatin1String("embedded")
                                           && isEmbeddedMetric(s.metric);
                                }),
                 stored.end());
    stored.insert(stored.end(), scores.begin(), scores.end());
}

} // namespace Callwright
