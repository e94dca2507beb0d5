#include "exportpanel.h"

#include "widgets/emptystate.h"

#include "model/projectdocument.h"
#include "store/projectstore.h"

#include <QVBoxLayout>

namespace Callwright {

ExportPanel::ExportPanel(QWidget *parent)
    : Panel(parent)
    , m_state(new EmptyState(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    refresh();
}

ExportPanel::~ExportPanel() = default;

QString ExportPanel::panelId() const
{
    return QStringLiteral("export");
}

QString ExportPanel::title() const
{
    return tr("Export");
}

QString ExportPanel::statusText() const
{
    return m_state->text();
}

void ExportPanel::documentChanged()
{
    if (ProjectDocument *doc = document())
        connect(doc, &ProjectDocument::dialoguesChanged, this, &ExportPanel::refreshWhenShown);
    refresh();
}

void ExportPanel::refresh()
{
    m_state->setTitle(tr("Export"));
    ProjectDocument *doc = document();
    if (!doc) {
        m_state->setText(tr("No project is open."));
        return;
    }
    const ProjectInfo info = doc->store().info();
    m_state->setText(tr("%n dialogue(s) of this project are accepted and would be exported.",
                        nullptr, int(info.accepted))
                     + QLatin1Char('\n')
                     + tr("Exporting datasets is not available in this build yet."));
}

} // namespace Callwright
