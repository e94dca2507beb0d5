#include "catalogpanel.h"

#include "actions.h"
#include "models/toolfilterproxymodel.h"
#include "models/toolsmodel.h"
#include "widgets/emptystate.h"
#include "widgets/tooldetailview.h"

#include "model/projectdocument.h"
#include "settings/setting.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Callwright {

namespace {

Setting<QByteArray> splitterState{"catalogPanel/splitter", {}};
Setting<QByteArray> headerState{"catalogPanel/header", {}};

QToolButton *makeButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

CatalogPanel::CatalogPanel(ActionRegistry *actions, QWidget *parent)
    : Panel(parent)
    , m_model(new ToolsModel(this))
    , m_proxy(new ToolFilterProxyModel(this))
    , m_duplicate(actions->action(ActionRegistry::Id::DuplicateTool))
    , m_delete(actions->action(ActionRegistry::Id::DeleteTool))
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
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_duplicate);
    m_view->addAction(m_delete);
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
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    if (!splitter->restoreState(splitterState))
        splitter->setSizes({700, 500});
    // Saved as it changes: the panel's destructor runs too late for a reliable QSettings.
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { splitterState.setValue(splitter->saveState()); });
    connect(header, &QHeaderView::sectionResized, this,
            [header] { headerState.setValue(header->saveState()); });

    m_empty->setTitle(tr("No catalogs yet"));
    m_empty->setText(tr("This project holds no tool catalog. Importing catalogs (OpenAI, MCP, "
                        "BFCL, OpenAPI) is not available in this build yet; the demo project "
                        "(Help ▸ Open Demo Project) has two catalogs to explore."));
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
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, [this](const QModelIndex &parent, int first, int last) {
            if (!parent.isValid()) {
                for (int row = first; row <= last && row < m_proxy->rowCount(); ++row)
                    m_view->expand(m_proxy->index(row, 0));
            }
            updateEmptyState();
        });
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateEmptyState();
    });
    // An edit of the shown tool (or an undo of one) refreshes its definition.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CatalogPanel::updateDetail);

    connect(m_duplicate, &QAction::triggered, this, &CatalogPanel::duplicateCurrent);
    connect(m_delete, &QAction::triggered, this, &CatalogPanel::deleteCurrent);

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

void CatalogPanel::updateDetail()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (const Tool *tool = m_model->tool(current)) {
        const qint64 catalogId = current.data(ToolsModel::CatalogIdRole).toLongLong();
        m_detail->showTool(*tool, *document()->catalog(catalogId));
    } else if (const Catalog *catalog = m_model->catalog(current)) {
        m_detail->showCatalog(*catalog);
    } else {
        m_detail->showNothing();
    }
}

void CatalogPanel::updateActions()
{
    const bool onTool = currentToolId() != 0;
    m_duplicate->setEnabled(onTool);
    m_delete->setEnabled(onTool);
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

void CatalogPanel::duplicateCurrent()
{
    const qint64 toolId = currentToolId();
    ProjectDocument *doc = document();
    if (!toolId || !doc)
        return;
    int index = -1;
    const Catalog *catalog = doc->catalogOfTool(toolId, &index);
    const std::size_t before = catalog->tools.size();
    doc->duplicateTool(toolId);
    // The copy lands right after the original; select it so it can be inspected at once.
    if (catalog->tools.size() == before + 1)
        selectTool(catalog->tools[std::size_t(index + 1)].id);
}

void CatalogPanel::deleteCurrent()
{
    const qint64 toolId = currentToolId();
    if (toolId && document())
        document()->removeTool(toolId);
}

} // namespace Callwright
