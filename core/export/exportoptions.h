#pragma once

#include "exportformat.h"

#include "model/dialogue.h"
#include "store/dialoguequery.h"

#include <QSet>

#include <functional>
#include <set>

namespace Callwright {

/// What an export writes and which dialogues go into it. The selection is the conjunction of
/// three independent parts, so that a saved review filter, a near-duplicate pass and a status
/// choice can each be plugged in without knowing of the others.
struct ExportOptions
{
    ExportFormat format = ExportFormat::OpenAi;
    /// Statuses that may be exported; empty means any status.
    std::set<ReviewStatus> statuses{ReviewStatus::Accepted};
    /// An extra predicate; unset accepts everything.
    std::function<bool(const Dialogue &)> filter;
    /// A review list filter (a saved filter, for instance), run in the project when the export
    /// starts; only the dialogues it lists are exported.
    std::optional<DialogueFilter> reviewFilter;
    /// Uids left out, e.g. all but one member of each near-duplicate cluster
    /// (NearDuplicateClusters::redundantUids()).
    QSet<QString> dropUids;
    /// Also leaves out all but the first of each near-duplicate cluster, found when the export
    /// starts (NearDuplicateFinder over the whole project).
    bool dropNearDuplicates = false;
    /// Share of each tool-set stratum that goes to the validation file (0: no split).
    double validationShare = 0;
    quint64 seed = 1;
    /// Prepended as a system message to dialogues that have none; may use {catalog} and
    /// {tools} (the catalog's tool names, comma separated). Empty: no system message.
    QString systemPrompt;
    /// OpenAI only: "weight": 0 on assistant turns whose calls failed validation, 1 elsewhere.
    bool weights = false;
    /// Writes metadata.jsonl (scores and provenance, one line per exported dialogue).
    bool metadataSidecar = true;
    QString datasetName = QStringLiteral("callwright_dataset");
    QString licence = QStringLiteral("other");

    /// Whether the dialogue is selected by statuses, filter and dropUids.
    bool accepts(const Dialogue &dialogue) const;
};

/// "accepted", "open", "rejected", "needs_fix" or "any" (an empty set); nullopt otherwise.
std::optional<std::set<ReviewStatus>> statusSetFromName(const QString &name);

} // namespace Callwright
