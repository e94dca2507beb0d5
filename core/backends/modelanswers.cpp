#include "modelanswers.h"

#include <QRegularExpression>

namespace Callwright {

Json jsonFromModelText(const QString &text)
{
    const auto parse = [](QStringView s) {
        return Json::parse(s.toString().toStdString(), nullptr, false);
    };
    Json j = parse(QStringView(text).trimmed());
    if (!j.is_discarded())
        return j;
    static const QRegularExpression fence(QStringLiteral("```(?:json)?\\s*(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch m = fence.match(text); m.hasMatch()) {
        j = parse(m.capturedView(1).trimmed());
        if (!j.is_discarded())
            return j;
    }
    const qsizetype open = text.indexOf(QLatin1Char('{'));
    const qsizetype close = text.lastIndexOf(QLatin1Char('}'));
    if (open >= 0 && close > open) {
        j = parse(QStringView(text).mid(open, close - open + 1));
        if (!j.is_discarded())
            return j;
    }
    return Json();
}

RepairedAnswer askWithRepair(EndpointScheduler &scheduler, ChatRequest request,
                             const RepairableAsk &ask)
{
    RepairedAnswer out;
    ChatOutcome outcome = scheduler.chatAndWait(request);
    if (!outcome.completion) {
        out.failure = std::move(outcome);
        return out;
    }
    const QStringList problems = ask.problems(*outcome.completion);
    if (problems.isEmpty()) {
        out.completion = std::move(outcome.completion);
        return out;
    }
    QString correction = QStringLiteral("Your answer could not be used: %1.")
                                 .arg(problems.join(QStringLiteral("; ")));
    if (outcome.completion->finishReason == QLatin1String("length") && !ask.cutOff.isEmpty())
        correction += QLatin1Char(' ') + ask.cutOff;
    if (!ask.again.isEmpty())
        correction += QLatin1Char(' ') + ask.again;
    request.messages.push_back(
            Json{{"role", "assistant"}, {"content", outcome.completion->content}});
    request.messages.push_back(Json{{"role", "user"}, {"content", correction}});
    out.repaired = true;
    outcome = scheduler.chatAndWait(request);
    if (!outcome.completion) {
        out.failure = std::move(outcome);
        return out;
    }
    out.problems = ask.problems(*outcome.completion);
    if (out.problems.isEmpty())
        out.completion = std::move(outcome.completion);
    else
        out.unusable = outcome.completion->content;
    return out;
}

} // namespace Callwright
