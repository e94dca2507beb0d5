#pragma once

#include "graphcommand.h"

#include <QPointF>

#include <map>

namespace Callwright {

/// Moves nodes on the canvas. Moves of one drag merge into one undo step (same serial); an
/// automatic layout is one step that never merges (serial -1).
class MoveGraphNodes final : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveGraphNodes)

public:
    MoveGraphNodes(ProjectDocument *document, qint64 catalogId, std::map<int, QPointF> positions,
                   std::map<int, QPointF> previous, int serial, const QString &text = {});

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    std::map<int, QPointF> m_new;
    std::map<int, QPointF> m_old;
    int m_serial;
};

} // namespace Callwright
