#pragma once

#include "store/dialoguequery.h"

#include <QAbstractTableModel>

#include <map>

namespace Callwright {

class ProjectDocument;

/// The review list over a project of any size: the row count comes from one COUNT, and rows
/// are read from the file a page at a time when a view asks for them, with only the few most
/// recently used pages kept. Filtering and sorting run in SQLite over the summary tables.
class DialogueListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        StatusColumn,
        TitleColumn,
        ToolsColumn,
        CallsColumn,
        EngineColumn,
        JobColumn,
        ScoreColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role { DialogueIdRole = Qt::UserRole, StatusRole };
    static constexpr int kPageSize = 256;
    static constexpr int kMaxPages = 16;
    /// A text search counts this many matches before showing its first page; the exact
    /// count follows from a worker thread and the list grows to it.
    static constexpr qint64 kSearchCountLimit = 4 * kPageSize;

    explicit DialogueListModel(QObject *parent = nullptr);
    ~DialogueListModel() override;

    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const { return m_document; }

    void setFilter(const DialogueFilter &filter);
    const DialogueFilter &filter() const { return m_filter; }
    const DialogueSort &sortOrder() const { return m_sort; }
    /// Counts and forgets every cached page: the rows are read again as they are shown.
    void reload();

    /// Of the dialogues the filter passes, how many stand where in review. While a search's
    /// exact count is on its way, counts().exact is false.
    const ReviewCounts &counts() const { return m_counts; }
    /// Why the last query failed (a malformed search); empty when it did not.
    QString errorText() const { return m_error; }

    qint64 dialogueId(int row) const;
    std::optional<DialogueListItem> summary(int row) const;
    /// The row of a dialogue among the cached pages; -1 when it is not cached.
    int cachedRowOf(qint64 dialogueId) const;
    /// The first row after from (before it when step is -1) whose dialogue is open; looks at
    /// no more than limit rows; -1 when there is none.
    int nextOpenRow(int from, int step = 1, int limit = 4 * kPageSize) const;
    int cachedPages() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString statusText(ReviewStatus status);

Q_SIGNALS:
    void countsChanged();

private:
    struct Page
    {
        std::vector<DialogueListItem> rows;
        quint64 lastUse = 0;
    };

    const DialogueListItem *row(int row) const;
    void recount();
    void countExactly();
    void refreshDialogues(const QList<qint64> &ids);

    ProjectDocument *m_document = nullptr; ///< cleared when it is destroyed
    DialogueFilter m_filter;
    DialogueSort m_sort;
    ReviewCounts m_counts;
    QString m_error;
    mutable std::map<qint64, Page> m_pages;
    mutable quint64 m_useClock = 0;
    quint64 m_countGeneration = 0; ///< a count started for an older filter is dropped
};

} // namespace Callwright
