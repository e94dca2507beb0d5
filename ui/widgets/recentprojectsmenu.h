#pragma once

#include <QMenu>

namespace Callwright {

/// File ▸ Open Recent: rebuilt from RecentProjects each time it opens, ending in Clear Menu.
class RecentProjectsMenu final : public QMenu
{
    Q_OBJECT

public:
    RecentProjectsMenu(QAction *clearAction, QWidget *parent = nullptr);

    /// Rebuilds the entries now (it also does so whenever it is about to show).
    void refresh();

Q_SIGNALS:
    void projectRequested(const QString &path);

private:
    QAction *m_clear;
};

} // namespace Callwright
