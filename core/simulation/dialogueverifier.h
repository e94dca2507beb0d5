#pragma once

#include "model/dialogue.h"
#include "model/tool.h"

#include "validatorcache.h"

#include <QHash>

namespace Callwright {

class CompiledTools;

/// What verification found in one dialogue. Every problem names where it is.
struct VerificationReport
{
    struct Ungrounded
    {
        QString callId;
        QString pointer; ///< into the call's arguments, e.g. "/user_id"
        QString value;
    };

    int calls = 0;
    int validCalls = 0;     ///< arguments valid against the tool's parameters
    int expectedFaults = 0; ///< invalid first attempts of error-recovery steps, then repaired
    int responses = 0;      ///< successful responses checked against a returns schema
    int validResponses = 0;
    int arguments = 0; ///< argument values (leaves) checked for grounding
    int groundedArguments = 0;
    std::vector<Ungrounded> ungrounded;
    QStringList problems; ///< format, unknown tools, plan deviations, placeholders

    bool ok() const
    {
        return problems.isEmpty() && ungrounded.empty() && validCalls + expectedFaults == calls
               && validResponses == responses;
    }
};

/// Checks a dialogue the way a curator would before accepting it: the format (every call
/// answered once, by a later tool message; a closing reply), that every tool exists, that
/// arguments and responses validate, that every argument value is grounded (in the user's
/// words, an earlier tool output, the schema's default or constant), that the plan was
/// followed step by step, and that no placeholder text was left. One verifier per thread;
/// the tools must outlive it. A job's verifiers share its compiled tools.
class DialogueVerifier final
{
public:
    explicit DialogueVerifier(const std::vector<Tool> &tools,
                              std::shared_ptr<const CompiledTools> shared = {});
    ~DialogueVerifier();

    VerificationReport verify(const Dialogue &dialogue);

    /// Writes the findings into the dialogue: a "grounding" issue on each call with an
    /// ungrounded value, and a "verified" score (1 or 0) whose rationale lists the problems.
    static void annotate(Dialogue &dialogue, const VerificationReport &report);

    /// Template text left in: "{name}", "<token>", "$1.field", "lorem ipsum", TODO.
    static bool hasPlaceholder(const QString &text);

private:
    /// Each tool message's result, parsed once, by the call id it answers.
    using Answers = QHash<QString, Json>;

    void checkFormat(const Dialogue &d, VerificationReport &r) const;
    void checkPlan(const Dialogue &d, const Answers &answers, VerificationReport &r) const;

    struct Schemas
    {
        const SchemaValidator *parameters = nullptr;
        const SchemaValidator *returns = nullptr; ///< what the tool's responses are held to
    };
    const Schemas &schemasOf(const Tool &tool);

    QHash<QString, const Tool *> m_tools;
    std::shared_ptr<const CompiledTools> m_shared;
    QHash<QString, Schemas> m_schemas;
    QHash<QString, Json> m_returns; ///< the returns schemas compiled here, without m_shared
    ValidatorCache m_validators;
};

} // namespace Callwright
