#include "graphpanel.h"

#include "widgets/emptystate.h"

#include "model/projectdocument.h"
#include "store/projectstore.h"

#include <QVBoxLayout>

namespace Callwright {

GraphPanel::GraphPanel(QWidget *parent)
    : Panel(parent)
    , m_state(new EmptyState(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    refresh();
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
    return m_state->text();
}

void GraphPanel::documentChanged()
{
    if (ProjectDocument *doc = document()) {
        connect(doc, &ProjectDocument::catalogInserted, this, &GraphPanel::refresh);
        connect(doc, &ProjectDocument::catalogRemoved, this, &GraphPanel::refresh);
        connect(doc, &ProjectDocument::toolInserted, this, &GraphPanel::refresh);
        connect(doc, &ProjectDocument::toolRemoved, this, &GraphPanel::refresh);
    }
    refresh();
}

void GraphPanel::refresh()
{
    m_state->setTitle(tr("Tool graph"));
    ProjectDocument *doc = document();
    if (!doc) {
        m_state->setText(tr("No project is open."));
        return;
    }
    QStringList lines;
    for (const Catalog &catalog : doc->catalogs()) {
        const std::optional<ToolGraph> graph = doc->store().graph(catalog.id);
        const QString tools = tr("%n tool(s)", nullptr, int(catalog.tools.size()));
        if (graph && !graph->nodes.empty()) {
            lines << tr("%1: %2, a stored graph of %n link(s)", nullptr, int(graph->edges.size()))
                         .arg(catalog.name, tools);
        } else {
            lines << tr("%1: %2, no graph built yet").arg(catalog.name, tools);
        }
    }
    if (lines.isEmpty())
        lines << tr("This project has no catalogs, so there are no tools to connect.");
    lines << QString()
          << tr("Inferring links between tools and editing the graph are not available in "
                "this build yet.");
    m_state->setText(lines.join(QLatin1Char('\n')));
}

} // namespace Callwright
