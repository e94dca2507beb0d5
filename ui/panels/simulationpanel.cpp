#include "simulationpanel.h"

#include "widgets/emptystate.h"

#include "model/projectdocument.h"

#include <QVBoxLayout>

namespace Callwright {

SimulationPanel::SimulationPanel(QWidget *parent)
    : Panel(parent)
    , m_state(new EmptyState(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    refresh();
}

SimulationPanel::~SimulationPanel() = default;

QString SimulationPanel::panelId() const
{
    return QStringLiteral("simulation");
}

QString SimulationPanel::title() const
{
    return tr("Simulation");
}

QString SimulationPanel::statusText() const
{
    return m_state->text();
}

void SimulationPanel::documentChanged()
{
    if (ProjectDocument *doc = document())
        connect(doc, &ProjectDocument::dialoguesChanged, this, &SimulationPanel::refresh);
    refresh();
}

void SimulationPanel::refresh()
{
    m_state->setTitle(tr("Simulation"));
    ProjectDocument *doc = document();
    if (!doc) {
        m_state->setText(tr("No project is open."));
        return;
    }
    m_state->setText(tr("This project holds %n dialogue(s).", nullptr,
                        int(doc->dialogueCount()))
                     + QLatin1Char('\n')
                     + tr("Generating dialogues (planner, user, assistant and tool agents) is "
                          "not available in this build yet."));
}

} // namespace Callwright
