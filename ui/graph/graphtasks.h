#pragma once

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace Callwright {

class GraphScene;
class ToolGraphModel;

/// Runs edge inference and automatic layout off the GUI thread (QtConcurrent) and applies
/// the result to the model as one undo step when it comes back. A cancelled or superseded
/// run's result is dropped; the model is never touched from the worker thread, which works
/// on copies.
class GraphTasks final : public QObject
{
    Q_OBJECT

public:
    static double defaultThreshold();

    explicit GraphTasks(QObject *parent = nullptr);
    ~GraphTasks() override;

    bool isBusy() const { return m_busy; }
    /// Infers the edges of the model's catalog and replaces its inferred edges; tools that
    /// new edges need are placed beside the graph.
    void infer(ToolGraphModel *model, double threshold);
    /// Lays the graph out with Graphviz, sizing each node as scene draws it.
    void layout(ToolGraphModel *model, const GraphScene &scene);
    /// Stops waiting for the running task; its result will be dropped.
    void cancel();

Q_SIGNALS:
    /// done of total steps; total 0 while the task cannot tell.
    void progressChanged(int done, int total);
    void inferenceFinished(const QString &report);
    void layoutFinished(const QString &report);

private:
    std::shared_ptr<std::atomic_bool> startRun(ToolGraphModel *model);
    bool isCurrent(int run) const { return m_busy && run == m_run && !m_model.isNull(); }

    QPointer<ToolGraphModel> m_model;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_run = 0;
    bool m_busy = false;
};

} // namespace Callwright
