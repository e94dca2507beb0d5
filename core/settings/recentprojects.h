#pragma once

#include <QStringList>

namespace Callwright {

/// The most-recently-used project files, newest first, kept in settings.
class RecentProjects final
{
public:
    static constexpr int kMaximum = 10;

    static QStringList files(); ///< only those that still exist
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace Callwright
