#pragma once

namespace Callwright {

/// Merge ids of undo commands; commands with the same id may merge with QUndoCommand::mergeWith.
enum UndoCommandId {
    Cmd_ChangeProjectName = 1,
    Cmd_ChangeTool,
    Cmd_MoveGraphNodes,
};

} // namespace Callwright
