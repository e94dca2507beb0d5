#include "graphtasks.h"

#include "graphscene.h"
#include "nodeitem.h"

#include "graph/edgeinference.h"
#include "graph/graphlayout.h"
#include "graph/toolgraphmodel.h"
#include "model/projectdocument.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Callwright {

double GraphTasks::defaultThreshold()
{
    return InferenceOptions::kDefaultThreshold;
}

GraphTasks::GraphTasks(QObject *parent)
    : QObject(parent)
{}

GraphTasks::~GraphTasks()
{
    // Workers hold their own copies and the shared flag; they finish on their own.
    cancel();
}

std::shared_ptr<std::atomic_bool> GraphTasks::startRun(ToolGraphModel *model)
{
    cancel();
    m_model = model;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    ++m_run;
    m_busy = true;
    Q_EMIT progressChanged(0, 0);
    return m_cancel;
}

void GraphTasks::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    m_busy = false;
}

void GraphTasks::infer(ToolGraphModel *model, double threshold)
{
    const Catalog *catalog = model ? model->document()->catalog(model->catalogId()) : nullptr;
    if (!catalog)
        return;
    const std::shared_ptr<std::atomic_bool> flag = startRun(model);
    const int run = m_run;
    std::vector<Tool> tools = catalog->tools;
    InferenceOptions options;
    options.threshold = threshold;

    auto *watcher = new QFutureWatcher<InferenceResult>(this);
    connect(watcher, &QFutureWatcher<InferenceResult>::finished, this, [this, watcher, run] {
        watcher->deleteLater();
        if (!isCurrent(run))
            return;
        m_busy = false;
        const InferenceResult result = watcher->result();
        if (result.cancelled) {
            Q_EMIT inferenceFinished(tr("Inference was cancelled; the graph is as it was."));
            return;
        }
        const InferenceApplied applied = m_model->replaceInferredEdges(result.edges);
        QStringList report{tr("Inferred %n edge(s).", nullptr, applied.added)};
        if (applied.nodesAdded > 0)
            report << tr("Added %n tool(s) to the graph for them.", nullptr, applied.nodesAdded);
        if (applied.keptManual > 0)
            report << tr("Kept %n manual edge(s) as they were.", nullptr, applied.keptManual);
        Q_EMIT inferenceFinished(report.join(QLatin1Char(' ')));
    });
    watcher->setFuture(QtConcurrent::run([tools = std::move(tools), options, flag] {
        return EdgeInference::infer(tools, options, nullptr, flag.get());
    }));
}

void GraphTasks::layout(ToolGraphModel *model, const GraphScene &scene)
{
    if (!model || model->graph().nodes.empty())
        return;
    // Graphviz takes one size for every node: the largest card keeps any two apart.
    LayoutOptions options;
    QSizeF largest(0, 0);
    for (const GraphNode &node : model->graph().nodes) {
        if (const NodeItem *item = scene.nodeItem(node.id))
            largest = largest.expandedTo(item->nodeLayout().card.size());
    }
    options.nodeSize = largest.expandedTo(options.nodeSize) + QSizeF(30, 20);
    const std::shared_ptr<std::atomic_bool> flag = startRun(model);
    const int run = m_run;
    ToolGraph graph = model->graph();

    auto *watcher = new QFutureWatcher<LayoutResult>(this);
    connect(watcher, &QFutureWatcher<LayoutResult>::finished, this, [this, watcher, run] {
        watcher->deleteLater();
        if (!isCurrent(run))
            return;
        m_busy = false;
        const LayoutResult result = watcher->result();
        if (result.cancelled) {
            Q_EMIT layoutFinished(tr("The layout was cancelled; the graph is as it was."));
            return;
        }
        if (!result.error.isEmpty()) {
            Q_EMIT layoutFinished(tr("Layout failed: %1").arg(result.error));
            return;
        }
        m_model->applyLayout(result.positions);
        Q_EMIT layoutFinished(
                tr("Laid out %n tool(s) with Graphviz %1.", nullptr, int(result.positions.size()))
                        .arg(result.engine));
    });
    watcher->setFuture(QtConcurrent::run([graph = std::move(graph), options, flag] {
        return GraphLayout::compute(graph, options, flag.get());
    }));
}

} // namespace Callwright
