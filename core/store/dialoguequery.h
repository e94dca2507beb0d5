#pragma once

#include "model/dialogue.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace Callwright {

/// Which dialogues the review list shows; an empty field does not filter. Saved in the
/// project as JSON (saved filters).
struct DialogueFilter
{
    std::vector<ReviewStatus> statuses; ///< any of these
    QString text;                       ///< full-text query over messages (FTS5 syntax)
    QStringList tools;                  ///< dialogues calling every one of these
    QString engine;                     ///< "embedded" or an endpoint profile
    qint64 jobId = 0;
    qint64 catalogId = 0;
    QString scoreMetric; ///< the score that minScore/maxScore bound and the Score column shows
    std::optional<double> minScore;
    std::optional<double> maxScore;

    bool isEmpty() const;
    bool operator==(const DialogueFilter &o) const;
    bool operator!=(const DialogueFilter &o) const { return !(*this == o); }
};

void to_json(Json &j, const DialogueFilter &f);
void from_json(const Json &j, DialogueFilter &f);

/// The order of the review list; ties are broken by id.
struct DialogueSort
{
    enum class Key { Id, Status, Title, Calls, Engine, Job, Score, Created };
    Key key = Key::Id;
    bool descending = false;
};

/// What one row of the review list shows, read without the dialogue's JSON.
struct DialogueListItem
{
    qint64 id = 0;
    ReviewStatus status = ReviewStatus::Open;
    qint64 catalogId = 0;
    qint64 jobId = 0;
    QString engine;
    qint64 createdAtMs = 0;
    int messageCount = 0;
    int callCount = 0;
    QString tools;               ///< space-separated
    QString title;               ///< the plan's goal, or the first user message
    QString note;                ///< review note
    std::optional<double> score; ///< of the filter's score metric ("verified" by default)
};

/// How many dialogues stand where in review.
struct ReviewCounts
{
    qint64 total = 0;
    qint64 open = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 needsFix = 0;
    /// False when counting stopped at a limit: there are at least total dialogues.
    bool exact = true;
};

/// One dialogue's review state, to set or to restore.
struct ReviewChange
{
    qint64 dialogueId = 0;
    ReviewStatus status = ReviewStatus::Open;
    QString note;
};

/// A named filter kept in the project.
struct SavedFilter
{
    qint64 id = 0;
    QString name;
    DialogueFilter filter;
};

} // namespace Callwright
