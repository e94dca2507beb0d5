#pragma once

#include "corpusengine.h"

namespace Callwright {

struct PassageAnalysis;

/// The offline engine: GEM's four stages done by rules, deterministic and fast. It reads what
/// the text shows — numbered or bulleted steps, imperative verbs, commands in code blocks and
/// their options — and says that it is heuristic. What it cannot do (judge meaning, invent
/// realistic outputs) it leaves visibly undone rather than pretending.
class EmbeddedCorpusEngine final : public CorpusEngine
{
public:
    static constexpr const char *kName = "embedded";

    /// The sentence views show beside the embedded mode's outputs.
    static QString heuristicNotice();

    QString name() const override;
    bool isHeuristic() const override { return true; }

    /// Relevance: a workflow needs at least two steps of action (numbered or imperative list
    /// items, imperative sentences, commands) and at least one command or numbered list — or
    /// three imperative steps. A page that lists separate uses of one program, one command
    /// each, is a "command reference" and holds no workflow.
    RelevanceResult relevance(const CorpusStageInput &input) override;
    /// Extraction: each command becomes a call of a tool named after its program and
    /// subcommand ("oc_get"), or after the program and the verb that introduces it
    /// ("tar_extract"); its options and arguments become parameters.
    ExtractionResult extraction(const CorpusStageInput &input) override;
    /// Grounding: the steps played as one trajectory; tool outputs are those the text shows,
    /// or say that the text shows none.
    TrajectoryResult grounding(const CorpusStageInput &input) override;
    /// Refinement: stricter rules, a persona, a multi-constraint opening request, a
    /// clarification for the first call's main argument, and a retried transient failure.
    TrajectoryResult refinement(const CorpusStageInput &input) override;

    /// Stage 1 and 2 from an analysis already made (the benchmark and tests time them apart).
    static RelevanceResult relevanceOf(const CorpusStageInput &input, const PassageAnalysis &a);
    static ExtractionResult extractionOf(const CorpusStageInput &input, const PassageAnalysis &a);
};

} // namespace Callwright
