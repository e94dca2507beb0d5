#include "toolfilterproxymodel.h"

#include "toolsmodel.h"

#include "model/tool.h"

namespace Callwright {

ToolFilter::ToolFilter(const QString &query)
    : m_words(query.split(QLatin1Char(' '), Qt::SkipEmptyParts))
{}

bool ToolFilter::matches(const Tool &tool) const
{
    for (const QString &word : m_words) {
        if (!tool.name.contains(word, Qt::CaseInsensitive)
            && !tool.description.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

ToolFilterProxyModel::ToolFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void ToolFilterProxyModel::setQuery(const QString &query)
{
    const QString simplified = query.simplified();
    if (simplified == m_query)
        return;
    m_query = simplified;
    m_filter = ToolFilter(simplified);
    invalidateFilter();
}

bool ToolFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    auto *tools = qobject_cast<const ToolsModel *>(sourceModel());
    if (!tools)
        return true;
    // Catalog rows are accepted through their matching children only.
    const Tool *tool = tools->tool(tools->index(sourceRow, 0, sourceParent));
    return tool && m_filter.matches(*tool);
}

} // namespace Callwright
