#pragma once

#include "../simulation/simulationtestsupport.h"

#include "export/datasetformat.h"
#include "model/dialogue.h"
#include "simulation/generationjob.h"
#include "simulation/planner.h"

#include <map>

namespace ExportTestSupport {

using namespace Callwright;

/// Dialogues of the embedded engine over the tau-bench retail catalog (id 1).
inline std::vector<Dialogue> simulated(int count, quint64 seed = 3, qint64 catalogId = 1)
{
    Catalog catalog = SimulationTestSupport::demoCatalog("retail");
    catalog.id = catalogId;
    SimulationSettings settings;
    settings.catalogId = catalog.id;
    settings.seed = seed;
    DialogueFactory factory(std::make_shared<SimulationContext>(catalog, ToolGraph{}, settings));
    std::vector<Dialogue> out;
    for (int i = 0; i < count; ++i) {
        Dialogue d = factory.make(i);
        d.uid = QStringLiteral("test-%1").arg(i);
        d.catalogId = catalogId;
        out.push_back(std::move(d));
    }
    return out;
}

inline bool hasParallelCalls(const Dialogue &d)
{
    return std::any_of(d.messages.begin(), d.messages.end(),
                       [](const Message &m) { return m.toolCalls.size() > 1; });
}

inline bool hasErrorResult(const Dialogue &d)
{
    return std::any_of(d.calls.begin(), d.calls.end(),
                       [](const CallRecord &r) { return r.isError; });
}

inline bool hasClarification(const Dialogue &d)
{
    return std::any_of(d.plan.steps.begin(), d.plan.steps.end(),
                       [](const PlanStep &s) { return s.kind == PlanStep::Kind::Clarification; });
}

/// The first dialogue with parallel calls, an error result and a clarification together.
inline std::optional<Dialogue> allFeatures(const std::vector<Dialogue> &dialogues)
{
    for (const Dialogue &d : dialogues) {
        if (hasParallelCalls(d) && hasErrorResult(d) && hasClarification(d))
            return d;
    }
    return std::nullopt;
}

/// What a format carries of a dialogue, as JSON to compare: the messages with their calls
/// and arguments, and each call's request, result and failure. Formats without call ids get
/// them numbered in order (as their importers do); ShareGPT has no room for the words said
/// beside calls.
inline Json carried(const Dialogue &d, ExportFormat format)
{
    const bool ids = format == ExportFormat::OpenAi || format == ExportFormat::Trl;
    std::map<QString, QString> renamed;
    const auto id = [&](const QString &original) {
        if (ids)
            return original;
        auto it = renamed.find(original);
        if (it == renamed.end())
            it = renamed.emplace(original, QStringLiteral("call_%1").arg(renamed.size() + 1)).first;
        return it->second;
    };
    Json messages = Json::array();
    for (Message m : d.messages) {
        for (ToolCall &c : m.toolCalls)
            c.id = id(c.id);
        if (m.role == Message::Role::Tool)
            m.toolCallId = id(m.toolCallId);
        if (format == ExportFormat::ShareGpt && !m.toolCalls.empty())
            m.content.clear();
        messages.push_back(m);
    }
    Json calls = Json::array();
    for (const CallRecord &r : d.calls) {
        calls.push_back(Json{{"id", id(r.callId)},
                             {"tool", r.toolName},
                             {"request", r.request},
                             {"response", r.response},
                             {"error", r.isError}});
    }
    return Json{{"messages", messages}, {"calls", calls}};
}

} // namespace ExportTestSupport
