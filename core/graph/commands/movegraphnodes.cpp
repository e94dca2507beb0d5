#include "movegraphnodes.h"

#include "graph/toolgraphmodel.h"
#include "model/commands/undocommandids.h"

namespace Callwright {

MoveGraphNodes::MoveGraphNodes(ProjectDocument *document, qint64 catalogId,
                               std::map<int, QPointF> positions, std::map<int, QPointF> previous,
                               int serial, const QString &text)
    : GraphCommand(document, catalogId,
                   text.isEmpty() ? tr("Move %n Tool(s)", nullptr, int(positions.size())) : text)
    , m_new(std::move(positions))
    , m_old(std::move(previous))
    , m_serial(serial)
{}

void MoveGraphNodes::redo()
{
    if (ToolGraphModel *graph = model())
        graph->applyNodePositions(m_new);
}

void MoveGraphNodes::undo()
{
    if (ToolGraphModel *graph = model())
        graph->applyNodePositions(m_old);
}

int MoveGraphNodes::id() const
{
    return m_serial < 0 ? -1 : Cmd_MoveGraphNodes;
}

bool MoveGraphNodes::mergeWith(const QUndoCommand *other)
{
    auto *o = static_cast<const MoveGraphNodes *>(other);
    if (o->m_catalogId != m_catalogId || o->m_serial != m_serial || m_serial < 0)
        return false;
    for (const auto &[id, pos] : o->m_new)
        m_new[id] = pos;
    // The position before the drag is the one undo restores.
    for (const auto &[id, pos] : o->m_old)
        m_old.emplace(id, pos);
    setText(tr("Move %n Tool(s)", nullptr, int(m_new.size())));
    return true;
}

} // namespace Callwright
