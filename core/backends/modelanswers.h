#pragma once

#include "endpointscheduler.h"

#include <QStringList>

#include <functional>

namespace Callwright {

/// The JSON value in a model's answer: the whole text, a ```json fenced block, or the span from
/// the first "{" to the last "}" of prose around it; null when there is none.
Json jsonFromModelText(const QString &text);

/// How an answer is checked and, when it cannot be used, asked for again.
struct RepairableAsk
{
    /// What is wrong with an answer, for the model to read (English); empty when it is usable.
    /// The check may keep what it read in its own captures.
    std::function<QStringList(const ChatCompletion &)> problems;
    /// What the repair request asks for after naming the problems ("Answer again with …").
    QString again;
    /// Added to the repair request when the answer was cut off at the token limit.
    QString cutOff;
};

/// The outcome of askWithRepair: the usable answer, or why there is none.
struct RepairedAnswer
{
    std::optional<ChatCompletion> completion; ///< the answer that passed the check
    bool repaired = false;                    ///< a repair request was sent
    ChatOutcome failure;  ///< the request that failed for good (no completion in it)
    QStringList problems; ///< what was still wrong with the repaired answer …
    QString unusable;     ///< … and its text
    bool requestFailed() const { return !completion && problems.isEmpty(); }
};

/// Sends a request whose answer must pass a check. An answer that does not gets one repair
/// request: the model sees its own answer and what was wrong with it, and answers again. That
/// history differs from the first request's, so a response cache does not give the same text
/// back. Waits for the answers (call it from a worker thread).
RepairedAnswer askWithRepair(EndpointScheduler &scheduler, ChatRequest request,
                             const RepairableAsk &ask);

} // namespace Callwright
