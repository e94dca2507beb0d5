#include "catalogpanel.h"

#include "actions.h"
#include "dialogs/importcatalogdialog.h"
#include "models/toolfilterproxymodel.h"
#include "models/toolsmodel.h"
#include "widgets/emptystate.h"
#include "widgets/tooldetailview.h"
#include "widgets/tooleditor.h"

#include "catalog/catalogexporter.h"
#include "model/projectdocument.h"
#include "settings/setting.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Callwright {

namespace {

Setting<QByteArray> splitterState{"catalogPanel/splitter", {}};
Setting<QByteArray> headerState{"catalogPanel/header", {}};
Setting<QString> exportDirectory{"catalogExport/lastDirectory", {}};

QToolButton *makeButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

QAction *makeSeparator(QObject *parent)
{
    auto *separator = new QAction(parent);
    separator->setSeparator(true);
    return separator;
}

// Keeps a file name to what every file system accepts.
QString fileNameFor(const QString &catalogName)
{
    QString name;
    for (const QChar c : catalogName)
        name += c.isLetterOrNumber() || c == QLatin1Char('-') ? c : QLatin1Char('_');
    return name.isEmpty() ? QStringLiteral("catalog") : name;
}

} // namespace

CatalogPanel::CatalogPanel(ActionRegistry *actions, QWidget *parent)
    : Panel(parent)
    , m_model(new ToolsModel(this))
    , m_proxy(new ToolFilterProxyModel(this))
    , m_add(actions->action(ActionRegistry::Id::AddTool))
    , m_duplicate(actions->action(ActionRegistry::Id::DuplicateTool))
    , m_delete(actions->action(ActionRegistry::Id::DeleteTool))
    , m_import(actions->action(ActionRegistry::Id::ImportCatalog))
    , m_export(actions->action(ActionRegistry::Id::ExportCatalog))
    , m_search(new QLineEdit(this))
    , m_matches(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_detail(new ToolDetailView(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
{
    m_proxy->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Search tools by name or description"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search tools"));
    m_matches->setForegroundRole(QPalette::PlaceholderText);

    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAllColumnsShowFocus(true);
    // Tools drag out (to the Graph panel); the list itself is ordered by the document.
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_add, m_duplicate, m_delete, makeSeparator(this), m_import, m_export});
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ToolsModel::DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ToolsModel::ParametersColumn, QHeaderView::ResizeToContents);
    header->resizeSection(ToolsModel::NameColumn, 260);
    header->restoreState(headerState);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_matches);
    toolbar->addSpacing(8);
    toolbar->addWidget(makeButton(m_add, this));
    toolbar->addWidget(makeButton(m_duplicate, this));
    toolbar->addWidget(makeButton(m_delete, this));

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(toolbar);
    listLayout->addWidget(m_view);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    if (!splitter->restoreState(splitterState))
        splitter->setSizes({560, 640});
    // Saved as it changes: the panel's destructor runs too late for a reliable QSettings.
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { splitterState.setValue(splitter->saveState()); });
    connect(header, &QHeaderView::sectionResized, this,
            [header] { headerState.setValue(header->saveState()); });

    m_empty->setTitle(tr("No catalogs yet"));
    m_empty->setText(tr("Import a tool catalog: an OpenAI tool list, an MCP tools/list result "
                        "or a live MCP server, BFCL function docs, or an OpenAPI document. The "
                        "demo project (Help ▸ Open Demo Project) has two catalogs to explore."));
    auto *importButton = new QPushButton(m_import->text().remove(QLatin1Char('&')), m_empty);
    connect(importButton, &QPushButton::clicked, m_import, &QAction::trigger);
    m_empty->extraLayout()->addWidget(importButton, 0, Qt::AlignHCenter);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setQuery(text);
        m_view->expandAll();
        updateEmptyState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CatalogPanel::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, [this](const QModelIndex &parent, int first, int last) {
            if (!parent.isValid()) {
                for (int row = first; row <= last && row < m_proxy->rowCount(); ++row)
                    m_view->expand(m_proxy->index(row, 0));
            }
            updateEmptyState();
            updateActions();
        });
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateEmptyState();
    });
    // An edit of the shown tool (or an undo of one) refreshes its definition.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CatalogPanel::updateDetail);

    connect(m_add, &QAction::triggered, this, &CatalogPanel::addTool);
    connect(m_duplicate, &QAction::triggered, this, &CatalogPanel::duplicateSelected);
    connect(m_delete, &QAction::triggered, this, &CatalogPanel::deleteSelected);
    connect(m_import, &QAction::triggered, this, &CatalogPanel::importCatalog);
    connect(m_export, &QAction::triggered, this, &CatalogPanel::exportCatalog);

    updateEmptyState();
    updateActions();
}

CatalogPanel::~CatalogPanel() = default;

QString CatalogPanel::panelId() const
{
    return QStringLiteral("catalog");
}

QString CatalogPanel::title() const
{
    return tr("Catalog");
}

void CatalogPanel::documentChanged()
{
    // Pending edits go to the previous document, which still exists at this point.
    m_detail->setDocument(document());
    m_model->setDocument(document());
    m_view->expandAll();
    updateDetail();
    updateActions();
    updateEmptyState();
}

qint64 CatalogPanel::currentToolId() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const Tool *tool = m_model->tool(current);
    return tool ? tool->id : 0;
}

qint64 CatalogPanel::currentCatalogId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ToolsModel::CatalogIdRole).toLongLong() : 0;
}

std::vector<qint64> CatalogPanel::selectedToolIds() const
{
    std::vector<qint64> ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows(ToolsModel::NameColumn);
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        const QModelIndex pa = a.parent();
        const QModelIndex pb = b.parent();
        const int ca = pa.isValid() ? pa.row() : a.row();
        const int cb = pb.isValid() ? pb.row() : b.row();
        return ca != cb ? ca < cb : a.row() < b.row();
    });
    for (const QModelIndex &row : rows) {
        if (const Tool *tool = m_model->tool(m_proxy->mapToSource(row)))
            ids.push_back(tool->id);
    }
    if (ids.empty() && currentToolId())
        ids.push_back(currentToolId());
    return ids;
}

bool CatalogPanel::selectTool(qint64 toolId)
{
    const QModelIndex source = m_model->indexOfTool(toolId);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_search->clear();
        index = m_proxy->mapFromSource(source);
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return index.isValid();
}

bool CatalogPanel::selectToolNamed(const QString &name)
{
    if (!document())
        return false;
    for (const Catalog &catalog : document()->catalogs()) {
        if (const Tool *tool = catalog.findTool(name))
            return selectTool(tool->id);
    }
    return false;
}

void CatalogPanel::selectFirstTool()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex catalog = m_proxy->index(row, 0);
        if (m_proxy->rowCount(catalog) > 0) {
            m_view->setCurrentIndex(m_proxy->index(0, 0, catalog));
            return;
        }
    }
}

bool CatalogPanel::selectCatalog(qint64 catalogId)
{
    const Catalog *catalog = document() ? document()->catalog(catalogId) : nullptr;
    if (!catalog)
        return false;
    if (!catalog->tools.empty())
        return selectTool(catalog->tools.front().id);
    m_search->clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfCatalog(catalogId));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return index.isValid();
}

void CatalogPanel::updateDetail()
{
    // The model's document, not document(): a pending edit written to the previous document
    // while the panel switches arrives here too.
    const ProjectDocument *doc = m_model->document();
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const Tool *tool = m_model->tool(current);
    const Catalog *catalog
            = doc ? doc->catalog(current.data(ToolsModel::CatalogIdRole).toLongLong()) : nullptr;
    if (tool && catalog)
        m_detail->showTool(*tool, *catalog);
    else if (const Catalog *shown = m_model->catalog(current))
        m_detail->showCatalog(*shown);
    else
        m_detail->showNothing();
}

void CatalogPanel::updateActions()
{
    const bool onTool = !selectedToolIds().empty();
    const bool hasCatalog = document() && !document()->catalogs().empty();
    m_add->setEnabled(hasCatalog);
    m_duplicate->setEnabled(onTool);
    m_delete->setEnabled(onTool);
    m_export->setEnabled(currentCatalogId() != 0
                         || (document() && document()->catalogs().size() == 1));
}

void CatalogPanel::updateEmptyState()
{
    const bool hasCatalogs = m_model->rowCount() > 0;
    m_stack->setCurrentIndex(hasCatalogs ? 1 : 0);
    if (!hasCatalogs || m_proxy->query().isEmpty()) {
        m_matches->clear();
        return;
    }
    int tools = 0;
    int shown = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        tools += m_model->rowCount(m_model->index(row, 0));
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown += m_proxy->rowCount(m_proxy->index(row, 0));
    m_matches->setText(tr("%1 of %n tool(s)", nullptr, tools).arg(shown));
}

qint64 CatalogPanel::addTool()
{
    ProjectDocument *doc = document();
    if (!doc || doc->catalogs().empty())
        return 0;
    qint64 catalogId = currentCatalogId();
    if (!doc->catalog(catalogId))
        catalogId = doc->catalogs().front().id;
    // Right after the selected tool, or at the end of the catalog.
    int index = -1;
    const qint64 current = currentToolId();
    const Catalog *ofCurrent = current ? doc->catalogOfTool(current, &index) : nullptr;
    index = ofCurrent && ofCurrent->id == catalogId ? index + 1 : -1;
    Tool tool;
    tool.name = doc->uniqueToolName(catalogId, QStringLiteral("new_tool"));
    tool.parameters = Json{{"type", "object"}, {"properties", Json::object()}};
    const Catalog *catalog = doc->catalog(catalogId);
    const std::size_t before = catalog->tools.size();
    doc->addTool(catalogId, tool, index);
    if (catalog->tools.size() != before + 1)
        return 0;
    const Tool *added = catalog->findTool(tool.name);
    if (!added)
        return 0;
    const qint64 id = added->id;
    selectTool(id);
    m_detail->editor()->focusName();
    return id;
}

void CatalogPanel::duplicateSelected()
{
    ProjectDocument *doc = document();
    const std::vector<qint64> ids = selectedToolIds();
    if (!doc || ids.empty())
        return;
    // Several tools make one undo step, as one gesture should.
    if (ids.size() > 1)
        doc->undoStack()->beginMacro(tr("Duplicate %n Tool(s)", nullptr, int(ids.size())));
    qint64 lastCopy = 0;
    for (qint64 id : ids) {
        int index = -1;
        const Catalog *catalog = doc->catalogOfTool(id, &index);
        if (!catalog)
            continue;
        const std::size_t before = catalog->tools.size();
        doc->duplicateTool(id);
        // The copy lands right after the original.
        if (catalog->tools.size() == before + 1)
            lastCopy = catalog->tools[std::size_t(index + 1)].id;
    }
    if (ids.size() > 1)
        doc->undoStack()->endMacro();
    if (lastCopy)
        selectTool(lastCopy);
}

void CatalogPanel::deleteSelected()
{
    ProjectDocument *doc = document();
    const std::vector<qint64> ids = selectedToolIds();
    if (!doc || ids.empty())
        return;
    if (ids.size() > 1)
        doc->undoStack()->beginMacro(tr("Delete %n Tool(s)", nullptr, int(ids.size())));
    for (qint64 id : ids)
        doc->removeTool(id);
    if (ids.size() > 1)
        doc->undoStack()->endMacro();
}

qint64 CatalogPanel::importCatalog()
{
    if (!document())
        return 0;
    m_detail->editor()->commit();
    ImportCatalogDialog dialog(document(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.addedCatalogId())
        return 0;
    selectCatalog(dialog.addedCatalogId());
    return dialog.addedCatalogId();
}

void CatalogPanel::exportCatalog()
{
    ProjectDocument *doc = document();
    if (!doc)
        return;
    m_detail->editor()->commit();
    const Catalog *catalog = doc->catalog(currentCatalogId());
    if (!catalog && doc->catalogs().size() == 1)
        catalog = &doc->catalogs().front();
    if (!catalog)
        return;

    const QString openAi = tr("OpenAI tools (*.json)");
    const QString mcp = tr("MCP tools/list (*.json)");
    QString dir = exportDirectory;
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter = openAi;
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Catalog %1").arg(catalog->name),
            QDir(dir).filePath(fileNameFor(catalog->name) + QStringLiteral(".json")),
            openAi + QStringLiteral(";;") + mcp, &filter);
    if (path.isEmpty())
        return;
    exportDirectory.setValue(QFileInfo(path).absolutePath());
    const QByteArray data = filter == mcp ? CatalogExporter::mcpJson(*catalog)
                                          : CatalogExporter::openAiJson(*catalog);
    QString error;
    if (!CatalogExporter::writeFile(path, data, &error))
        QMessageBox::warning(this, tr("Could Not Export Catalog"), error);
}

} // namespace Callwright
