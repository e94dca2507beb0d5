#pragma once

#include "backends/chatcompletion.h"
#include "backends/prompttemplates.h"
#include "model/catalog.h"
#include "scoring/judge.h"

#include <memory>
#include <vector>

namespace Callwright {

class EndpointScheduler;

/// A judge played by a model behind an endpoint profile. Two prompts, each answered with a
/// JSON object holding a score and a rationale per rubric: ToolFlow's ("judge_toolflow": 1-5
/// naturalness, coherence, helpfulness, accuracy) and GEM's ("judge_gem": argument
/// hallucination, capability hallucination, cross-turn inconsistency, 1 when present). Both
/// see the dialogue with its calls and results, and the tools of its catalog.
///
/// Verdicts are read tolerantly (see readVerdict()); one that still cannot be used gets one
/// repair request (the answer and what was wrong with it), then judge() gives up with an error
/// naming the dialogue, the rubric and the fault. Temperature 0 and a fixed seed make every
/// request a function of the dialogue, so the response cache answers reruns.
class LlmJudge final : public Judge
{
public:
    enum class Prompt { ToolFlow, Gem };

    struct Settings
    {
        std::shared_ptr<EndpointScheduler> scheduler;
        PromptTemplates prompts;
        /// Where each dialogue's tools come from (by Dialogue::catalogId).
        std::vector<Catalog> catalogs;
        std::vector<Prompt> ask{Prompt::ToolFlow, Prompt::Gem};
        int maxTokens = 1024;
        qint64 seed = 0;
        /// Written as each verdict's source; empty: the profile's name.
        QString source;
    };

    /// What one answer says: a score per rubric it rates usably, and what is wrong with the
    /// rest, one "rubric: fault" line each (or one line when the answer is not JSON at all).
    struct Verdict
    {
        std::vector<Score> scores;
        QStringList problems;
        bool ok() const { return problems.isEmpty(); }
    };

    explicit LlmJudge(Settings settings);
    ~LlmJudge() override;

    QString profile() const override;
    QStringList rubrics() const override;
    std::vector<Score> judge(const Dialogue &dialogue, QString *error) override;
    int concurrency() const override;
    void cancel() override;

    /// The request a prompt sends for a dialogue (tests check what it holds).
    ChatRequest requestFor(Prompt prompt, const Dialogue &dialogue) const;

    /// The template of a prompt ("judge_toolflow", "judge_gem") and its rubrics (metrics).
    static QString templateName(Prompt prompt);
    static QStringList rubricsOf(Prompt prompt);
    /// Reads a model's answer to a prompt. Accepted: the object alone, fenced or amid text;
    /// rubric names in any case, with spaces or dashes, or with the "judge." prefix; rubrics
    /// inside a "scores" (or "verdicts", "ratings") object or in a list of {"rubric": ...};
    /// per rubric an object with "score" (or "value", "rating", "verdict") and "rationale"
    /// (or "reason", "explanation"), or the bare score. A 1-5 score may be a number or a
    /// string ("4", "4/5"); one outside 1-5 is refused, not clamped. A binary rubric reads
    /// 1/0, true/false, "yes"/"no", "present"/"absent"; anything else is refused.
    static Verdict readVerdict(Prompt prompt, const QString &text, const QString &source);
    /// The dialogue as the judge reads it: numbered messages, each call with its arguments,
    /// each result with the tool that gave it.
    static QString dialogueText(const Dialogue &dialogue);
    /// The tools, one entry each: name, description, parameters and returns as JSON.
    static QString toolsText(const std::vector<Tool> &tools);

private:
    QString toolsFor(const Dialogue &dialogue) const;

    Settings m_settings;
    QString m_source;
};

} // namespace Callwright
