#include "graphpanel.h"

#include "actions.h"
#include "graph/edgeinspector.h"
#include "graph/graphscene.h"
#include "graph/graphtasks.h"
#include "graph/graphview.h"
#include "widgets/emptystate.h"

#include "graph/toolgraphmodel.h"
#include "model/projectdocument.h"
#include "settings/setting.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace Callwright {

namespace {

Setting<QByteArray> splitterState{"graphPanel/splitter", {}};
Setting<double> inferenceThreshold{"graphPanel/threshold", GraphTasks::defaultThreshold()};

QToolButton *makeButton(QAction *action, QWidget *parent, bool text = true)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(text ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
    button->setAutoRaise(true);
    return button;
}

} // namespace

GraphPanel::GraphPanel(ActionRegistry *actions, QWidget *parent)
    : Panel(parent)
    , m_infer(actions->action(ActionRegistry::Id::InferEdges))
    , m_layout(actions->action(ActionRegistry::Id::LayoutGraph))
    , m_delete(actions->action(ActionRegistry::Id::DeleteGraphSelection))
    , m_scene(new GraphScene(this))
    , m_view(new GraphView(m_scene, this))
    , m_inspector(new EdgeInspector(this))
    , m_tasks(new GraphTasks(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_catalogs(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_names(new QStringListModel(this))
    , m_namesTimer(new QTimer(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_zoom(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_catalogs->setAccessibleName(tr("Catalog"));
    m_catalogs->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setPlaceholderText(tr("Find a tool on the graph"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a tool"));
    auto *completer = new QCompleter(m_names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    m_namesTimer->setSingleShot(true);
    m_namesTimer->setInterval(200);
    m_threshold->setRange(0.05, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setValue(inferenceThreshold);
    m_threshold->setToolTip(tr("Minimum similarity of two fields for an inferred edge; "
                               "higher gives fewer, surer edges"));
    m_zoom->setMinimumWidth(m_zoom->fontMetrics().horizontalAdvance(QStringLiteral("0000%")));
    m_zoom->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    QAction *zoomIn = actions->action(ActionRegistry::Id::ZoomInGraph);
    QAction *zoomOut = actions->action(ActionRegistry::Id::ZoomOutGraph);
    QAction *fit = actions->action(ActionRegistry::Id::FitGraph);
    // Shortcuts of these work while the canvas has the focus, not while typing elsewhere.
    m_view->addActions({zoomIn, zoomOut, fit, m_delete});

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(new QLabel(tr("Catalog:"), this));
    toolbar->addWidget(m_catalogs);
    toolbar->addWidget(m_search, 1);
    toolbar->addSpacing(8);
    auto *thresholdLabel = new QLabel(tr("Threshold:"), this);
    thresholdLabel->setBuddy(m_threshold);
    toolbar->addWidget(thresholdLabel);
    toolbar->addWidget(m_threshold);
    toolbar->addWidget(makeButton(m_infer, this));
    toolbar->addWidget(makeButton(m_layout, this));
    toolbar->addSpacing(8);
    toolbar->addWidget(makeButton(zoomOut, this, false));
    toolbar->addWidget(m_zoom);
    toolbar->addWidget(makeButton(zoomIn, this, false));
    toolbar->addWidget(makeButton(fit, this, false));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_inspector);
    splitter->setStretchFactor(0, 1);
    if (!splitter->restoreState(splitterState))
        splitter->setSizes({880, 300});
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { splitterState.setValue(splitter->saveState()); });

    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancel->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(toolbar);
    editorLayout->addWidget(splitter, 1);
    editorLayout->addLayout(statusRow);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(editor);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_catalogs, &QComboBox::activated, this,
            [this](int index) { showCatalog(m_catalogs->itemData(index).toLongLong()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findTool(m_search->text()); });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &name) { findTool(name); });
    connect(m_namesTimer, &QTimer::timeout, this, &GraphPanel::refreshCompleter);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this,
            [](double value) { inferenceThreshold.setValue(value); });
    connect(m_scene, &GraphScene::statusMessage, this, &GraphPanel::showStatus);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &GraphPanel::updateSelection);
    connect(m_view, &GraphView::zoomChanged, this,
            [this](qreal zoom) { m_zoom->setText(tr("%1%").arg(std::lround(zoom * 100))); });
    connect(zoomIn, &QAction::triggered, m_view, &GraphView::zoomIn);
    connect(zoomOut, &QAction::triggered, m_view, &GraphView::zoomOut);
    connect(fit, &QAction::triggered, m_view, &GraphView::fitGraph);
    connect(m_delete, &QAction::triggered, m_scene, &GraphScene::deleteSelection);
    connect(m_infer, &QAction::triggered, this, &GraphPanel::inferEdges);
    connect(m_layout, &QAction::triggered, this, &GraphPanel::layoutGraph);
    connect(m_cancel, &QPushButton::clicked, this, &GraphPanel::cancelTask);
    connect(m_tasks, &GraphTasks::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_tasks, &GraphTasks::inferenceFinished, this, [this](const QString &report) {
        taskEnded(report);
        // A canvas that inference filled has no sensible positions yet.
        if (m_layoutAfterInference && model() && !model()->graph().nodes.empty()) {
            m_layoutAfterInference = false;
            m_pendingReport = report;
            layoutGraph();
        }
        Q_EMIT inferenceFinished(report);
    });
    connect(m_tasks, &GraphTasks::layoutFinished, this, [this](const QString &report) {
        // Both steps of an inference that filled the canvas are reported together.
        const QString before = std::exchange(m_pendingReport, QString());
        taskEnded(before.isEmpty() ? report : before + QLatin1Char(' ') + report);
        m_view->fitGraph();
        Q_EMIT layoutFinished(report);
    });
    m_zoom->setText(tr("%1%").arg(100));
    refreshCatalogs();
}

GraphPanel::~GraphPanel() = default;

QString GraphPanel::panelId() const
{
    return QStringLiteral("graph");
}

QString GraphPanel::title() const
{
    return tr("Graph");
}

QString GraphPanel::statusText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : m_status->text();
}

ToolGraphModel *GraphPanel::model() const
{
    return m_scene->model();
}

bool GraphPanel::isBusy() const
{
    return m_tasks->isBusy();
}

qint64 GraphPanel::currentCatalogId() const
{
    return m_catalogId;
}

void GraphPanel::documentChanged()
{
    if (ProjectDocument *doc = document()) {
        connect(doc, &ProjectDocument::catalogInserted, this, &GraphPanel::refreshCatalogs);
        connect(doc, &ProjectDocument::catalogRemoved, this, &GraphPanel::refreshCatalogs);
        connect(doc, &ProjectDocument::catalogAboutToBeRemoved, this, [this](qint64 id) {
            if (id == m_catalogId)
                showCatalog(0);
        });
    }
    m_catalogId = 0;
    showCatalog(0);
    refreshCatalogs();
}

void GraphPanel::refreshCatalogs()
{
    ProjectDocument *doc = document();
    m_catalogs->clear();
    if (doc) {
        for (const Catalog &catalog : doc->catalogs())
            m_catalogs->addItem(catalog.name, catalog.id);
    }
    if (!doc || m_catalogs->count() == 0) {
        m_empty->setTitle(tr("Tool graph"));
        m_empty->setText(doc ? tr("This project has no catalogs, so there are no tools to "
                                  "connect. Import a catalog first.")
                             : tr("No project is open."));
        m_stack->setCurrentWidget(m_empty);
        showCatalog(0);
        updateActions();
        return;
    }
    m_stack->setCurrentIndex(1);
    int index = m_catalogs->findData(m_catalogId);
    if (index < 0)
        index = 0;
    m_catalogs->setCurrentIndex(index);
    showCatalog(m_catalogs->itemData(index).toLongLong());
}

bool GraphPanel::selectCatalog(qint64 catalogId)
{
    const int index = m_catalogs->findData(catalogId);
    if (index < 0)
        return false;
    m_catalogs->setCurrentIndex(index);
    showCatalog(catalogId);
    return true;
}

void GraphPanel::showCatalog(qint64 catalogId)
{
    ProjectDocument *doc = document();
    ToolGraphModel *model = doc && catalogId ? doc->graphModel(catalogId) : nullptr;
    if (model == m_scene->model() && catalogId == m_catalogId)
        return;
    // A result computed for another catalog must not land on this one.
    cancelTask();
    m_catalogId = model ? catalogId : 0;
    if (m_scene->model())
        m_scene->model()->disconnect(m_namesTimer);
    m_scene->setModel(model);
    m_inspector->setModel(model);
    if (model) {
        connect(model, &ToolGraphModel::nodeCreated, m_namesTimer, qOverload<>(&QTimer::start));
        connect(model, &ToolGraphModel::nodeDeleted, m_namesTimer, qOverload<>(&QTimer::start));
        connect(model, &ToolGraphModel::toolsChanged, m_namesTimer, qOverload<>(&QTimer::start));
        const std::size_t nodes = model->graph().nodes.size();
        const std::size_t edges = model->graph().edges.size();
        showStatus(nodes == 0 ? tr("No tools on this graph yet.")
                              : tr("%1 on the graph, %2.")
                                        .arg(tr("%n tool(s)", nullptr, int(nodes)),
                                             tr("%n edge(s)", nullptr, int(edges))));
        // Fitting needs the viewport's final size, known once the event loop has run.
        QTimer::singleShot(0, m_view, &GraphView::fitGraph);
    } else {
        showStatus({});
    }
    refreshCompleter();
    updateActions();
}

void GraphPanel::showStatus(const QString &message)
{
    m_status->setText(message);
}

void GraphPanel::updateSelection()
{
    const QList<int> edges = m_scene->selectedEdgeIds();
    const QList<int> nodes = m_scene->selectedNodeIds();
    m_inspector->showSelection(edges.size() == 1 ? edges.first() : -1,
                               nodes.size() == 1 ? nodes.first() : -1);
    updateActions();
}

void GraphPanel::updateActions()
{
    const Catalog *catalog = document() ? document()->catalog(m_catalogId) : nullptr;
    const bool ready = catalog && model() && !m_tasks->isBusy();
    const bool hasTools = catalog && !catalog->tools.empty();
    m_infer->setEnabled(ready && hasTools);
    m_layout->setEnabled(ready && !model()->graph().nodes.empty());
    m_delete->setEnabled(catalog && !m_scene->selectedItems().isEmpty());
    m_threshold->setEnabled(ready);
}

void GraphPanel::refreshCompleter()
{
    QStringList names;
    if (const ToolGraphModel *graph = model()) {
        for (const GraphNode &node : graph->graph().nodes)
            names << node.toolName;
    }
    names.sort(Qt::CaseInsensitive);
    m_names->setStringList(names);
    updateActions();
}

bool GraphPanel::findTool(const QString &text)
{
    const int nodeId = m_scene->findNode(text);
    if (nodeId < 0) {
        showStatus(tr("No tool on this graph matches “%1”.").arg(text.trimmed()));
        return false;
    }
    m_scene->selectItems({nodeId});
    m_view->showNeighbourhood(nodeId);
    showStatus(tr("Showing %1 and its neighbours.").arg(model()->node(nodeId)->toolName));
    return true;
}

bool GraphPanel::inspectTool(const QString &text)
{
    if (!findTool(text))
        return false;
    const int nodeId = m_scene->selectedNodeIds().constFirst();
    // Data flow says more about a tool than a shared parameter does, so it comes first.
    int best = -1;
    double bestScore = -1;
    for (int edgeId : model()->edgesOf(nodeId)) {
        const GraphEdge *edge = model()->edge(edgeId);
        const double score
                = edge->confidence + (edge->kind == GraphEdge::Kind::DataFlow ? 1.0 : 0.0);
        if (score > bestScore) {
            bestScore = score;
            best = edgeId;
        }
    }
    if (best >= 0)
        m_scene->selectItems({nodeId}, {best});
    return true;
}

void GraphPanel::addAllTools()
{
    ToolGraphModel *graph = model();
    const Catalog *catalog = graph ? document()->catalog(m_catalogId) : nullptr;
    if (!catalog)
        return;
    QStringList names;
    QList<QPointF> positions;
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(catalog->tools.size())))));
    for (const Tool &tool : catalog->tools) {
        if (graph->nodeForTool(tool.name) >= 0)
            continue;
        const int i = int(names.size());
        positions << QPointF((i % columns) * 320.0, (i / columns) * 260.0);
        names << tool.name;
    }
    if (names.isEmpty()) {
        showStatus(tr("Every tool of the catalog is already on the graph."));
        return;
    }
    graph->addNodes(names, positions);
    showStatus(tr("Added %n tool(s) to the graph.", nullptr, int(names.size())));
    m_view->fitGraph();
}

void GraphPanel::inferEdges()
{
    ToolGraphModel *graph = model();
    if (!graph || m_tasks->isBusy())
        return;
    m_layoutAfterInference = graph->graph().nodes.empty();
    taskStarted(tr("Inferring edges…"));
    m_tasks->infer(graph, m_threshold->value());
}

void GraphPanel::layoutGraph()
{
    ToolGraphModel *graph = model();
    if (!graph || m_tasks->isBusy() || graph->graph().nodes.empty())
        return;
    taskStarted(tr("Laying out %n tool(s)…", nullptr, int(graph->graph().nodes.size())));
    m_tasks->layout(graph, *m_scene);
}

void GraphPanel::cancelTask()
{
    if (!m_tasks->isBusy())
        return;
    m_layoutAfterInference = false;
    m_pendingReport.clear();
    m_tasks->cancel();
    taskEnded(tr("Cancelled; the graph is as it was."));
}

void GraphPanel::taskStarted(const QString &what)
{
    showStatus(what);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    updateActions();
}

void GraphPanel::taskEnded(const QString &report)
{
    m_progress->hide();
    m_cancel->hide();
    showStatus(report);
    updateActions();
}

} // namespace Callwright
