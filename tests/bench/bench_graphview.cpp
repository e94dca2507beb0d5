// How the Graph panel copes with 2,000 tools: milliseconds per painted frame at each zoom
// level, per panning step, and per mouse-move step of a node drag (the graph reaches the
// project file once, on release). Medians of repeated runs; offscreen unless QT_QPA_PLATFORM
// says otherwise.
#include "actions.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/toolgraphmodel.h"
#include "mainwindow.h"
#include "model/projectdocument.h"
#include "panels/graphpanel.h"
#include "projectcontroller.h"
#include "store/projectstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Callwright;

namespace {

constexpr int kTools = 2000;

Tool generatedTool(int i)
{
    Tool tool;
    tool.name = QStringLiteral("tool_%1").arg(i);
    tool.description = QStringLiteral("A generated tool.");
    Json in = Json::object();
    for (const char *p : {"account_id", "amount", "note"})
        in[p] = Json{{"type", "string"}};
    tool.parameters = Json{{"type", "object"}, {"properties", in}};
    Json out = Json::object();
    for (const char *r : {"transfer_id", "status"})
        out[r] = Json{{"type", "string"}};
    tool.returns = Json{{"type", "object"}, {"properties", out}};
    return tool;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CallwrightBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_graphview"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.callwright"));
    {
        StoreError error;
        auto doc = ProjectDocument::create(path, QStringLiteral("Big"), &error);
        if (!doc) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
        Catalog big;
        big.name = QStringLiteral("big");
        for (int i = 0; i < kTools; ++i)
            big.tools.push_back(generatedTool(i));
        doc->addCatalog(big);
    }

    MainWindow window;
    window.controller()->setInteractive(false);
    window.resize(1300, 850);
    window.show();
    if (!window.controller()->openProjectFile(path) || !window.selectPanel(QStringLiteral("graph")))
        return 1;
    auto *panel = window.findChild<GraphPanel *>();
    panel->addAllTools();
    ToolGraphModel *model = panel->model();
    std::vector<GraphEdge> edges;
    for (int i = 0; i + 1 < kTools; i += 2) {
        GraphEdge edge;
        edge.fromNode = model->nodeForTool(QStringLiteral("tool_%1").arg(i));
        edge.toNode = model->nodeForTool(QStringLiteral("tool_%1").arg(i + 1));
        edge.origin = GraphEdge::Origin::Inferred;
        edge.confidence = 0.5 + (i % 50) / 100.0;
        edge.mapping = {{QStringLiteral("transfer_id"), QStringLiteral("account_id")}};
        edges.push_back(edge);
    }
    model->replaceInferredEdges(edges);
    GraphView *view = panel->view();
    std::printf("graphview  %zu nodes, %zu edges, viewport %dx%d\n", panel->scene()->nodeCount(),
                panel->scene()->edgeCount(), view->viewport()->width(), view->viewport()->height());

    QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    constexpr int kFrames = 15;
    for (const qreal zoom : {0.05, 0.2, 0.5, 1.0}) {
        view->setZoom(zoom);
        std::vector<double> frames;
        for (int frame = 0; frame < kFrames; ++frame) {
            QElapsedTimer timer;
            timer.start();
            QPainter painter(&image);
            view->render(&painter);
            frames.push_back(timer.nsecsElapsed() / 1e6);
        }
        std::printf("graphview.paint  zoom %4.0f%%  median %.2f ms a frame\n", zoom * 100,
                    median(frames));
    }

    // Panning: move the scroll bars a step and paint, as a drag would.
    view->setZoom(0.5);
    std::vector<double> steps;
    QScrollBar *bar = view->horizontalScrollBar();
    for (int step = 0; step < kFrames * 2; ++step) {
        QElapsedTimer timer;
        timer.start();
        bar->setValue(bar->value() + 40);
        QPainter painter(&image);
        view->render(&painter);
        steps.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::printf("graphview.pan    zoom   50%%  median %.2f ms a step\n", median(steps));

    // A node drag: each mouse move updates the model and the scene; the release writes the
    // graph to the project file once.
    const int dragged = model->nodeForTool(QStringLiteral("tool_0"));
    std::vector<double> moves;
    for (int step = 1; step <= 20; ++step) {
        QElapsedTimer timer;
        timer.start();
        model->moveNodes({{dragged, QPointF(step * 5.0, step * 3.0)}});
        moves.push_back(timer.nsecsElapsed() / 1e6);
    }
    QElapsedTimer release;
    release.start();
    model->finishMove();
    const double releaseMs = release.nsecsElapsed() / 1e6;
    std::printf("graphview.drag   median %.2f ms a mouse move, %.2f ms to write on release\n",
                median(moves), releaseMs);
    return 0;
}
