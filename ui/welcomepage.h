#pragma once

#include <QWidget>

class QListWidget;

namespace Callwright {

class ActionRegistry;

/// What the window shows while no project is open: the ways to get one.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(ActionRegistry *actions, QWidget *parent = nullptr);

    void refreshRecentProjects();

Q_SIGNALS:
    void projectRequested(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QListWidget *m_recent;
};

} // namespace Callwright
