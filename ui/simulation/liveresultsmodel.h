#pragma once

#include "model/plan.h"

#include <QAbstractTableModel>

#include <deque>
#include <vector>

namespace Callwright {

struct Dialogue;

/// What the live list shows of one dialogue, small enough to make on the worker thread and
/// send across: the dialogue itself stays in the project.
struct DialogueSummary
{
    qint64 id = 0;
    QString uid;
    QString firstRequest; ///< the first user message on one line, shortened
    std::vector<PlanStep::Kind> steps;
    int calls = 0;
    bool verified = false;
    QString problems; ///< why verification failed, one per line

    static DialogueSummary of(const Dialogue &dialogue);
};

/// The most recent dialogues a run wrote, newest first, capped so that memory stays flat
/// however long the run is: each batch is one insertion at the top and one removal at the
/// bottom.
class LiveResultsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DialogueColumn,
        RequestColumn,
        StepsColumn,
        CallsColumn,
        VerifiedColumn,
        ColumnCount
    };
    enum Role {
        DialogueIdRole = Qt::UserRole, ///< qint64
        VerifiedRole,                  ///< bool
    };

    explicit LiveResultsModel(QObject *parent = nullptr);
    ~LiveResultsModel() override;

    /// The most rows the list keeps; older ones drop off the end.
    static constexpr int kCapacity = 500;

    int capacity() const { return kCapacity; }
    /// Adds a batch in the order it was written; the last one ends up on top.
    void add(std::vector<DialogueSummary> batch);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::deque<DialogueSummary> m_rows; ///< newest first
};

} // namespace Callwright
