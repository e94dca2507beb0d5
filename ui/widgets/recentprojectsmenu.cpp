#include "recentprojectsmenu.h"

#include "settings/recentprojects.h"

#include <QDir>
#include <QFileInfo>

namespace Callwright {

RecentProjectsMenu::RecentProjectsMenu(QAction *clearAction, QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_clear(clearAction)
{
    setObjectName(QStringLiteral("recentProjectsMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentProjectsMenu::refresh);
    // QMenu drops every connection from an action to itself when the action is removed,
    // which refresh() does; a helper object keeps this connection alive.
    connect(m_clear, &QAction::triggered, new QObject(this), [this] {
        RecentProjects::clear();
        refresh();
    });
    refresh();
}

void RecentProjectsMenu::refresh()
{
    // Entries are children of the menu; clear() deletes them but leaves the shared action.
    clear();
    const QStringList files = RecentProjects::files();
    int number = 1;
    for (const QString &path : files) {
        // A literal '&' in a file name must not become a mnemonic.
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString label =
            number < 10 ? QStringLiteral("&%1  %2").arg(number).arg(name) : name;
        QAction *entry = addAction(label);
        entry->setData(path);
        entry->setToolTip(QDir::toNativeSeparators(path));
        entry->setStatusTip(QDir::toNativeSeparators(path));
        connect(entry, &QAction::triggered, this,
                [this, path] { Q_EMIT projectRequested(path); });
        ++number;
    }
    if (files.isEmpty()) {
        QAction *none = addAction(tr("No recent projects"));
        none->setEnabled(false);
    }
    addSeparator();
    addAction(m_clear);
    m_clear->setEnabled(!files.isEmpty());
    setToolTipsVisible(true);
}

} // namespace Callwright
