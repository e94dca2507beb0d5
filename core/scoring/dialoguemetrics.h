#pragma once

#include <QString>
#include <QStringList>

namespace Callwright {

struct Dialogue;
struct VerificationReport;
class RoundSimilarity;

/// Names of the scores the embedded scorer writes into Dialogue::scores (source "embedded").
/// The combined scores are "naturalness" and "coherence"; their parts are prefixed.
namespace ScoreNames {
inline constexpr char Naturalness[] = "naturalness";
inline constexpr char Coherence[] = "coherence";
inline constexpr char Verified[] = "verified"; ///< written by DialogueVerifier, kept as is
inline constexpr char RoundSimilarity[] = "coherence.round_similarity";
inline constexpr char PlanAdherence[] = "coherence.plan_adherence";
inline constexpr char GroundedArguments[] = "coherence.grounded_arguments";
inline constexpr char ResultUse[] = "coherence.result_use";
inline constexpr char WordEntropy[] = "naturalness.word_entropy";
inline constexpr char Distinct2[] = "naturalness.distinct_2";
inline constexpr char Distinct3[] = "naturalness.distinct_3";
inline constexpr char Repetition[] = "naturalness.repetition";
inline constexpr char Artefacts[] = "naturalness.template_artefacts";
inline constexpr char TurnBalance[] = "naturalness.turn_balance";
inline constexpr char Readability[] = "naturalness.readability";
} // namespace ScoreNames

/// Coherence of one dialogue, each part in [0, 1] (1 is best).
struct CoherenceMetrics
{
    /// ToolFlow's SS: the mean RoundSimilarity of consecutive rounds. A round is one user
    /// message with the assistant's words up to the next user message (tool messages and call
    /// arguments are left out). 1 with fewer than two rounds.
    double roundSimilarity = 1;
    /// Share of planned steps played without a deviation the verifier reports ("plan step N
    /// …": wrong tool, an argument other than the plan's — such as a value that ignores the
    /// earlier result it should come from —, failed or missing calls); 0 when the number of
    /// steps played differs from the plan, 1 for a dialogue without a plan.
    double planAdherence = 1;
    /// groundedArguments / arguments of the verifier: argument values found in the user's
    /// words, an earlier tool output, a default or a constant. 1 when no call has arguments.
    double groundedArguments = 1;
    /// Among the assistant's text replies that come after successful tool results (since the
    /// previous reply), the share that mention at least one scalar of those results (strings
    /// and numbers as ToolText::valueText writes them, as whole words, ignoring case).
    /// 1 when no reply follows a result.
    double resultUse = 1;
    int rounds = 0;
    int repliesAfterResults = 0;
};

/// Naturalness of one dialogue's user and assistant text (system and tool messages are left
/// out). Utterances are those messages with text; words are wordTokens().
struct NaturalnessMetrics
{
    /// Word entropy H in bits (as TextDiversity defines it) and H / log2(N) for N words (0 when
    /// N < 2): how evenly the dialogue spreads over its vocabulary, independent of its length.
    double wordEntropy = 0;
    double normalizedEntropy = 0;
    /// Distinct-2 and Distinct-3 within the dialogue (n-grams never cross utterances).
    double distinct2 = 0;
    double distinct3 = 0;
    /// Share of utterances that repeat an earlier one: the Jaccard similarity of their word
    /// trigram sets (word sets under three words) is at least 0.8.
    double repetition = 0;
    /// Share of utterances with a template artefact: a placeholder
    /// (DialogueVerifier::hasPlaceholder), a doubled word ("the the"; numbers excepted), or
    /// raw JSON ("{\"").
    double artefacts = 0;
    /// min(u, a) / max(u, a) for u and a the mean words per user and per assistant utterance;
    /// 0 when either side says nothing.
    double turnBalance = 0;
    /// Flesch reading ease of all utterances (see fleschReadingEase()).
    double readability = 0;
    int utterances = 0;
    int words = 0;
};

/// Flesch reading ease, 206.835 - 1.015 (words / sentences) - 84.6 (syllables / words).
/// Sentences end at runs of '.', '!' or '?' followed by a space or the end; each text counts
/// at least one. Syllables of an English word are its groups of vowels (a e i o u y), minus a
/// final silent "e" (not "le"), at least 1; a word without Latin vowels (numbers, other
/// scripts) counts 1. About 60-80 is plain conversational English; 0 for no words.
double fleschReadingEase(const QStringList &texts);

/// The measures, one dialogue at a time; pure functions, safe on any thread.
namespace DialogueMetrics {

NaturalnessMetrics naturalness(const Dialogue &dialogue);
/// report is the DialogueVerifier's report on the same dialogue.
CoherenceMetrics coherence(const Dialogue &dialogue, const VerificationReport &report,
                           const RoundSimilarity &similarity);

/// The combined score on 1..5: 1 + 4 * sum(weight_i * part_i), parts in [0, 1]:
///
///     variety         0.30   (normalizedEntropy + distinct2 + distinct3) / 3
///     non-repetition  0.25   1 - repetition
///     cleanliness     0.20   1 - artefacts
///     readability     0.15   clamp((readability - 30) / 40, 0, 1)   (70 and above: full)
///     turn balance    0.10   turnBalance
///
/// *parts receives one line per part ("variety 0.84 × 0.30"), for the score's rationale.
double naturalnessScore(const NaturalnessMetrics &m, QString *parts = nullptr);

/// Round similarity that counts as fully coherent for the lexical measure: consecutive rounds
/// of a focused dialogue share a few content words, not most of them.
inline constexpr double kRoundSimilarityReference = 0.25;

/// The combined score on 1..5: 1 + 4 * sum(weight_i * part_i):
///
///     flow            0.25   min(1, roundSimilarity / kRoundSimilarityReference)
///     plan adherence  0.30   planAdherence
///     grounding       0.25   groundedArguments
///     result use      0.20   resultUse
double coherenceScore(const CoherenceMetrics &m, QString *parts = nullptr);

} // namespace DialogueMetrics

} // namespace Callwright
