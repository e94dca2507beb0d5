#include "scorespanel.h"

#include "widgets/emptystate.h"

#include "model/projectdocument.h"

#include <QVBoxLayout>

namespace Callwright {

ScoresPanel::ScoresPanel(QWidget *parent)
    : Panel(parent)
    , m_state(new EmptyState(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    refresh();
}

ScoresPanel::~ScoresPanel() = default;

QString ScoresPanel::panelId() const
{
    return QStringLiteral("scores");
}

QString ScoresPanel::title() const
{
    return tr("Scores");
}

QString ScoresPanel::statusText() const
{
    return m_state->text();
}

void ScoresPanel::documentChanged()
{
    if (ProjectDocument *doc = document())
        connect(doc, &ProjectDocument::dialoguesChanged, this, &ScoresPanel::refreshWhenShown);
    refresh();
}

void ScoresPanel::refresh()
{
    m_state->setTitle(tr("Scores"));
    ProjectDocument *doc = document();
    if (!doc) {
        m_state->setText(tr("No project is open."));
        return;
    }
    m_state->setText(tr("Scoring dialogues (coherence, diversity and judge ratings) is not "
                        "available in this build yet, so no scores are shown for the %n "
                        "dialogue(s) in this project.",
                        nullptr, int(doc->dialogueCount())));
}

} // namespace Callwright
