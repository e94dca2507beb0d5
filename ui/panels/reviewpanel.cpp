#include "reviewpanel.h"

#include "widgets/emptystate.h"

#include "model/projectdocument.h"
#include "store/projectstore.h"

#include <QVBoxLayout>

namespace Callwright {

ReviewPanel::ReviewPanel(QWidget *parent)
    : Panel(parent)
    , m_state(new EmptyState(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    refresh();
}

ReviewPanel::~ReviewPanel() = default;

QString ReviewPanel::panelId() const
{
    return QStringLiteral("review");
}

QString ReviewPanel::title() const
{
    return tr("Review");
}

QString ReviewPanel::statusText() const
{
    return m_state->text();
}

void ReviewPanel::documentChanged()
{
    if (ProjectDocument *doc = document())
        connect(doc, &ProjectDocument::dialoguesChanged, this, &ReviewPanel::refreshWhenShown);
    refresh();
}

void ReviewPanel::refresh()
{
    m_state->setTitle(tr("Review"));
    ProjectDocument *doc = document();
    if (!doc) {
        m_state->setText(tr("No project is open."));
        return;
    }
    const ProjectInfo info = doc->store().info();
    QString text;
    if (info.dialogues == 0) {
        text = tr("There is nothing to review: this project holds no dialogues yet.");
    } else {
        const qint64 open = info.dialogues - info.accepted - info.rejected;
        text = tr("Of %n dialogue(s), %1 accepted, %2 rejected and %3 open or needing a fix.",
                  nullptr, int(info.dialogues))
                   .arg(info.accepted)
                   .arg(info.rejected)
                   .arg(open);
    }
    m_state->setText(text + QLatin1Char('\n')
                     + tr("Reviewing and editing dialogues is not available in this build "
                          "yet."));
}

} // namespace Callwright
