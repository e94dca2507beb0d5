#pragma once

#include <QString>

#include <vector>

namespace Callwright {

/// What an import did: every tool it brought in and every liberty it took on the way.
struct ImportReport
{
    struct Warning
    {
        QString tool;  ///< the tool's name as imported (empty for file-level warnings)
        QString field; ///< JSON pointer within the source tool, where it helps
        QString message;
    };

    QString source;
    int toolsImported = 0;
    std::vector<Warning> warnings;

    void warn(const QString &tool, const QString &field, const QString &message)
    {
        warnings.push_back({tool, field, message});
    }
};

} // namespace Callwright
