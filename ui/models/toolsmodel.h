#pragma once

#include <QAbstractItemModel>
#include <QPointer>

#include <vector>

namespace Callwright {

class ProjectDocument;
struct Tool;
struct Catalog;

/// A tree of the document's catalogs (top level) and their tools (children), following the
/// document's typed signals row by row so views keep their selection and scroll position.
/// Tool rows drag out as ToolMimeData.
class ToolsModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DescriptionColumn, ParametersColumn, ColumnCount };
    enum Role {
        ToolIdRole = Qt::UserRole, ///< qint64; 0 on catalog rows
        CatalogIdRole,             ///< qint64; the catalog itself or the tool's catalog
        IsCatalogRole,             ///< bool
    };

    explicit ToolsModel(QObject *parent = nullptr);
    ~ToolsModel() override;

    /// Resets the model onto another document (or none); the only full reset it ever does.
    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const;

    /// The tool or catalog an index stands for; null for the other kind or a stale index.
    const Tool *tool(const QModelIndex &index) const;
    const Catalog *catalog(const QModelIndex &index) const;
    QModelIndex indexOfCatalog(qint64 catalogId, int column = 0) const;
    QModelIndex indexOfTool(qint64 toolId, int column = 0) const;

    /// Number of properties in a tool's parameter schema.
    static int parameterCount(const Tool &tool);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Tools can be dragged out (ToolMimeData); nothing is dropped in.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    /// The tools among indexes (catalog rows are skipped), each once, in tree order.
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    // The document changes before it tells us of an insertion, so rows are answered from
    // this mirror of ids, which changes only between the matching begin/end calls.
    struct CatalogRow
    {
        qint64 id;
        std::vector<qint64> toolIds;
    };

    int catalogRow(qint64 catalogId) const;
    static std::vector<qint64> toolIds(const Catalog &catalog);
    void onCatalogInserted(qint64 catalogId);
    void onCatalogAboutToBeRemoved(qint64 catalogId);
    void onCatalogRemoved(qint64 catalogId);
    void onToolInserted(qint64 catalogId, int index);
    void onToolAboutToBeRemoved(qint64 catalogId, int index);
    void onToolRemoved(qint64 catalogId, int index);
    void onToolChanged(qint64 catalogId, int index);
    void rebuildMirror();

    QPointer<ProjectDocument> m_document;
    std::vector<CatalogRow> m_rows;
    int m_pendingCatalogRemoval = -1;
    int m_pendingToolRemoval = -1;
};

} // namespace Callwright
