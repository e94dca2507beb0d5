#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Callwright {

struct Tool;

/// The search-field predicate over tools: every word of the query must occur, ignoring case,
/// in the tool's name or description. An empty query matches every tool.
class ToolFilter final
{
public:
    ToolFilter() = default;
    explicit ToolFilter(const QString &query);

    bool isEmpty() const { return m_words.isEmpty(); }
    bool matches(const Tool &tool) const;

private:
    QStringList m_words;
};

/// Filters a ToolsModel through ToolFilter; catalogs stay visible while a tool of theirs
/// matches (recursive filtering), so results keep their context.
class ToolFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ToolFilterProxyModel(QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const { return m_query; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_query;
    ToolFilter m_filter;
};

} // namespace Callwright
