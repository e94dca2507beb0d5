#pragma once

#include "model/toolgraph.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <vector>

namespace Callwright {

class ProjectDocument;
class ToolGraphModel;

/// Base of the graph's undo commands: they name their graph by catalog id and look the model
/// up when they run, so a command outlives the model object (the document drops a catalog's
/// model with the catalog and makes a new one when the catalog comes back).
class GraphCommand : public QUndoCommand
{
public:
    GraphCommand(ProjectDocument *document, qint64 catalogId, const QString &text);

protected:
    ToolGraphModel *model() const;
    static std::vector<int> idsOf(const std::vector<GraphEdge> &edges);

    ProjectDocument *m_document;
    qint64 m_catalogId;
};

/// Runs a batch of apply* operations with one write to the project file at the end.
class GraphUpdate final
{
public:
    explicit GraphUpdate(ToolGraphModel *model);
    ~GraphUpdate();

private:
    ToolGraphModel *m_model;
};

} // namespace Callwright
