#include "recentprojects.h"

#include "setting.h"

#include <QFileInfo>

namespace Callwright {

namespace {
Setting<QStringList> recentFiles{"project/recentFiles", {}};
}

QStringList RecentProjects::files()
{
    QStringList out;
    const QStringList stored = recentFiles.value();
    for (const QString &path : stored) {
        if (QFileInfo::exists(path))
            out.append(path);
    }
    return out;
}

void RecentProjects::add(const QString &path)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles.value();
    list.removeAll(canonical);
    list.prepend(canonical);
    while (list.size() > kMaximum)
        list.removeLast();
    recentFiles.setValue(list);
}

void RecentProjects::remove(const QString &path)
{
    QStringList list = recentFiles.value();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    recentFiles.setValue(list);
}

void RecentProjects::clear()
{
    recentFiles.reset();
}

} // namespace Callwright
