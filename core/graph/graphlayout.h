#pragma once

#include "model/toolgraph.h"

#include <QCoreApplication>
#include <QPointF>
#include <QSizeF>

#include <atomic>
#include <map>

namespace Callwright {

struct LayoutOptions
{
    enum class Engine { Automatic, Dot, Sfdp };

    Engine engine = Engine::Automatic;
    /// Automatic picks dot (layered, reads along the data flow) up to this many nodes and
    /// sfdp (force-directed, scales) above.
    int dotNodeLimit = 150;
    QSizeF nodeSize{200, 80}; ///< scene units; Graphviz keeps nodes this far apart
};

struct LayoutResult
{
    std::map<int, QPointF> positions; ///< node id -> top-left corner, scene units
    QString engine;                   ///< "dot" or "sfdp"
    bool cancelled = false;
    QString error; ///< translated; empty on success
};

/// Automatic layout with Graphviz's C API (libgvc, libcgraph). Scene units are points and y
/// grows downwards, so a dot layout reads top-down. Callable from any thread: Graphviz keeps
/// global state, so calls are serialised by a mutex and each uses a fresh context. The
/// cancel flag is checked before and after Graphviz runs (a run cannot be interrupted); a
/// cancelled layout returns no positions.
class GraphLayout final
{
    Q_DECLARE_TR_FUNCTIONS(GraphLayout)

public:
    static LayoutResult compute(const ToolGraph &graph, const LayoutOptions &options = {},
                                const std::atomic_bool *cancel = nullptr);
};

} // namespace Callwright
