#include "welcomepage.h"

#include "actions.h"

#include "settings/recentprojects.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Callwright {

namespace {

QPushButton *makeButton(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(action->icon(), action->text().remove(QLatin1Char('&')),
                                   parent);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

} // namespace

WelcomePage::WelcomePage(ActionRegistry *actions, QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    using Id = ActionRegistry::Id;

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/callwright.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("Callwright"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *tagline = new QLabel(tr("Build fine-tuning datasets of multi-turn tool-calling "
                                  "dialogues."),
                               this);
    tagline->setAlignment(Qt::AlignCenter);
    tagline->setWordWrap(true);
    tagline->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(makeButton(actions->action(Id::NewProject), this));
    buttons->addWidget(makeButton(actions->action(Id::OpenProject), this));
    buttons->addWidget(makeButton(actions->action(Id::OpenDemoProject), this));
    buttons->addStretch();

    auto *recentLabel = new QLabel(tr("Recent projects"), this);
    QFont bold = recentLabel->font();
    bold.setBold(true);
    recentLabel->setFont(bold);
    m_recent->setObjectName(QStringLiteral("welcomeRecentProjects"));
    m_recent->setMaximumHeight(m_recent->fontMetrics().lineSpacing() * 9);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = item->data(Qt::UserRole).toString();
        if (!path.isEmpty())
            Q_EMIT projectRequested(path);
    });

    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(icon);
    column->addWidget(title);
    column->addWidget(tagline);
    column->addSpacing(18);
    column->addLayout(buttons);
    column->addSpacing(24);
    column->addWidget(recentLabel);
    column->addWidget(m_recent);
    column->addStretch(3);

    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 2);
    layout->addStretch(1);

    refreshRecentProjects();
}

void WelcomePage::refreshRecentProjects()
{
    m_recent->clear();
    const QStringList files = RecentProjects::files();
    for (const QString &path : files) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(QFileInfo(path).completeBaseName(),
                                          QDir::toNativeSeparators(path)),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(tr("Open %1").arg(QDir::toNativeSeparators(path)));
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent projects"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void WelcomePage::showEvent(QShowEvent *event)
{
    refreshRecentProjects();
    QWidget::showEvent(event);
}

} // namespace Callwright
