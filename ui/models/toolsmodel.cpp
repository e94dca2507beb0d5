#include "toolsmodel.h"

#include "toolmimedata.h"

#include "model/projectdocument.h"

#include <QFileInfo>
#include <QFont>
#include <QMimeData>

#include <algorithm>

namespace Callwright {

namespace {

// Tool rows carry their catalog's id as internal id; catalog rows carry 0 (ids start at 1).
constexpr quintptr kCatalogRowTag = 0;

QString firstLine(const QString &text)
{
    const int end = text.indexOf(QLatin1Char('\n'));
    return (end < 0 ? text : text.left(end)).trimmed();
}

} // namespace

ToolsModel::ToolsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

ToolsModel::~ToolsModel() = default;

ProjectDocument *ToolsModel::document() const
{
    return m_document;
}

void ToolsModel::setDocument(ProjectDocument *document)
{
    if (m_document == document)
        return;
    beginResetModel();
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    rebuildMirror();
    if (document) {
        connect(document, &ProjectDocument::catalogInserted, this, &ToolsModel::onCatalogInserted);
        connect(document, &ProjectDocument::catalogAboutToBeRemoved, this,
                &ToolsModel::onCatalogAboutToBeRemoved);
        connect(document, &ProjectDocument::catalogRemoved, this, &ToolsModel::onCatalogRemoved);
        connect(document, &ProjectDocument::toolInserted, this, &ToolsModel::onToolInserted);
        connect(document, &ProjectDocument::toolAboutToBeRemoved, this,
                &ToolsModel::onToolAboutToBeRemoved);
        connect(document, &ProjectDocument::toolRemoved, this, &ToolsModel::onToolRemoved);
        connect(document, &ProjectDocument::toolChanged, this, &ToolsModel::onToolChanged);
        // A document deleted under us must not leave views asking about its rows.
        connect(document, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_rows.clear();
            endResetModel();
        });
    }
    endResetModel();
}

void ToolsModel::rebuildMirror()
{
    m_rows.clear();
    if (!m_document)
        return;
    for (const Catalog &c : m_document->catalogs())
        m_rows.push_back({c.id, toolIds(c)});
}

std::vector<qint64> ToolsModel::toolIds(const Catalog &catalog)
{
    std::vector<qint64> ids;
    ids.reserve(catalog.tools.size());
    for (const Tool &tool : catalog.tools)
        ids.push_back(tool.id);
    return ids;
}

const Tool *ToolsModel::tool(const QModelIndex &index) const
{
    if (!m_document || !index.isValid() || index.internalId() == kCatalogRowTag)
        return nullptr;
    const int row = catalogRow(qint64(index.internalId()));
    if (row < 0)
        return nullptr;
    const std::vector<qint64> &ids = m_rows[std::size_t(row)].toolIds;
    if (index.row() >= int(ids.size()))
        return nullptr;
    const qint64 toolId = ids[std::size_t(index.row())];
    const Catalog *c = m_document->catalog(qint64(index.internalId()));
    if (!c)
        return nullptr;
    // Rows and the document's indexes agree except during an insertion.
    const std::size_t at = std::size_t(index.row());
    if (at < c->tools.size() && c->tools[at].id == toolId)
        return &c->tools[at];
    const int found = c->indexOfTool(toolId);
    return found < 0 ? nullptr : &c->tools[std::size_t(found)];
}

const Catalog *ToolsModel::catalog(const QModelIndex &index) const
{
    if (!m_document || !index.isValid() || index.internalId() != kCatalogRowTag)
        return nullptr;
    if (index.row() >= int(m_rows.size()))
        return nullptr;
    return m_document->catalog(m_rows[std::size_t(index.row())].id);
}

QModelIndex ToolsModel::indexOfCatalog(qint64 catalogId, int column) const
{
    const int row = catalogRow(catalogId);
    return row < 0 ? QModelIndex() : createIndex(row, column, kCatalogRowTag);
}

QModelIndex ToolsModel::indexOfTool(qint64 toolId, int column) const
{
    if (!m_document)
        return {};
    int index = -1;
    const Catalog *c = m_document->catalogOfTool(toolId, &index);
    return c ? createIndex(index, column, quintptr(c->id)) : QModelIndex();
}

int ToolsModel::parameterCount(const Tool &tool)
{
    const auto it = tool.parameters.find("properties");
    return it != tool.parameters.end() && it->is_object() ? int(it->size()) : 0;
}

int ToolsModel::catalogRow(qint64 catalogId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == catalogId)
            return int(i);
    }
    return -1;
}

QModelIndex ToolsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        return row < int(m_rows.size()) ? createIndex(row, column, kCatalogRowTag) : QModelIndex();
    }
    if (parent.internalId() != kCatalogRowTag || parent.row() >= int(m_rows.size()))
        return {};
    const CatalogRow &c = m_rows[std::size_t(parent.row())];
    return row < int(c.toolIds.size()) ? createIndex(row, column, quintptr(c.id)) : QModelIndex();
}

QModelIndex ToolsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kCatalogRowTag)
        return {};
    return indexOfCatalog(qint64(child.internalId()));
}

int ToolsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != kCatalogRowTag
        || parent.row() >= int(m_rows.size()))
        return 0;
    return int(m_rows[std::size_t(parent.row())].toolIds.size());
}

int ToolsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ToolsModel::data(const QModelIndex &index, int role) const
{
    if (const Catalog *c = catalog(index)) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return tr("%1 (%n tool(s))", nullptr, int(c->tools.size())).arg(c->name);
            if (index.column() == DescriptionColumn)
                return firstLine(c->description);
            return {};
        case Qt::ToolTipRole:
            return c->description.isEmpty() ? QVariant() : QVariant(c->description);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case ToolIdRole:
            return qint64(0);
        case CatalogIdRole:
            return c->id;
        case IsCatalogRole:
            return true;
        default:
            return {};
        }
    }
    const Tool *t = tool(index);
    if (!t)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return t->name;
        case DescriptionColumn:
            return firstLine(t->description);
        case ParametersColumn:
            return parameterCount(*t);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn && !t->description.isEmpty())
            return t->description;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ParametersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ToolIdRole:
        return t->id;
    case CatalogIdRole:
        return qint64(index.internalId());
    case IsCatalogRole:
        return false;
    default:
        return {};
    }
}

QVariant ToolsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DescriptionColumn:
        return tr("Description");
    case ParametersColumn:
        return tr("Parameters");
    default:
        return {};
    }
}

Qt::ItemFlags ToolsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (tool(index))
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList ToolsModel::mimeTypes() const
{
    return {QString::fromLatin1(ToolMimeData::kMimeType), QStringLiteral("text/plain")};
}

QMimeData *ToolsModel::mimeData(const QModelIndexList &indexes) const
{
    // A selected row arrives once per column; the tree order is catalog row, then tool row.
    std::vector<std::pair<std::pair<int, int>, const Tool *>> rows;
    for (const QModelIndex &index : indexes) {
        const Tool *t = tool(index);
        if (!t)
            continue;
        const std::pair<int, int> at{catalogRow(qint64(index.internalId())), index.row()};
        const bool seen = std::any_of(rows.begin(), rows.end(),
                                      [&](const auto &row) { return row.first == at; });
        if (!seen)
            rows.push_back({at, t});
    }
    if (rows.empty())
        return nullptr;
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    ToolMimeData drag;
    drag.projectPath = QFileInfo(m_document->fileName()).absoluteFilePath();
    QStringList names;
    for (const auto &row : rows) {
        drag.tools.push_back({m_rows[std::size_t(row.first.first)].id, row.second->id});
        names << row.second->name;
    }
    return drag.toMimeData(names);
}

Qt::DropActions ToolsModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

void ToolsModel::onCatalogInserted(qint64 catalogId)
{
    const Catalog *c = m_document->catalog(catalogId);
    if (!c || catalogRow(catalogId) >= 0)
        return;
    // The document appends catalogs; keep the mirror in the document's order anyway.
    int row = 0;
    for (const Catalog &other : m_document->catalogs()) {
        if (other.id == catalogId)
            break;
        if (catalogRow(other.id) >= 0)
            ++row;
    }
    beginInsertRows({}, row, row);
    m_rows.insert(m_rows.begin() + row, {catalogId, toolIds(*c)});
    endInsertRows();
}

void ToolsModel::onCatalogAboutToBeRemoved(qint64 catalogId)
{
    m_pendingCatalogRemoval = catalogRow(catalogId);
    if (m_pendingCatalogRemoval >= 0)
        beginRemoveRows({}, m_pendingCatalogRemoval, m_pendingCatalogRemoval);
}

void ToolsModel::onCatalogRemoved(qint64)
{
    if (m_pendingCatalogRemoval < 0)
        return;
    m_rows.erase(m_rows.begin() + m_pendingCatalogRemoval);
    m_pendingCatalogRemoval = -1;
    endRemoveRows();
}

void ToolsModel::onToolInserted(qint64 catalogId, int index)
{
    const int row = catalogRow(catalogId);
    const Catalog *c = m_document->catalog(catalogId);
    if (row < 0 || !c || index < 0 || index >= int(c->tools.size()))
        return;
    std::vector<qint64> &ids = m_rows[std::size_t(row)].toolIds;
    beginInsertRows(createIndex(row, 0, kCatalogRowTag), index, index);
    ids.insert(ids.begin() + index, c->tools[std::size_t(index)].id);
    endInsertRows();
    // The catalog row shows the tool count.
    const QModelIndex catalogIndex = createIndex(row, NameColumn, kCatalogRowTag);
    Q_EMIT dataChanged(catalogIndex, catalogIndex, {Qt::DisplayRole});
}

void ToolsModel::onToolAboutToBeRemoved(qint64 catalogId, int index)
{
    const int row = catalogRow(catalogId);
    m_pendingToolRemoval = row;
    if (row >= 0)
        beginRemoveRows(createIndex(row, 0, kCatalogRowTag), index, index);
}

void ToolsModel::onToolRemoved(qint64, int index)
{
    const int row = m_pendingToolRemoval;
    if (row < 0)
        return;
    std::vector<qint64> &ids = m_rows[std::size_t(row)].toolIds;
    ids.erase(ids.begin() + index);
    m_pendingToolRemoval = -1;
    endRemoveRows();
    const QModelIndex catalogIndex = createIndex(row, NameColumn, kCatalogRowTag);
    Q_EMIT dataChanged(catalogIndex, catalogIndex, {Qt::DisplayRole});
}

void ToolsModel::onToolChanged(qint64 catalogId, int index)
{
    if (catalogRow(catalogId) < 0)
        return;
    Q_EMIT dataChanged(createIndex(index, 0, quintptr(catalogId)),
                       createIndex(index, ColumnCount - 1, quintptr(catalogId)));
}

} // namespace Callwright
