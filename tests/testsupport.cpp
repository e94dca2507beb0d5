#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

namespace Callwright::TestSupport {

QString sharedDataDir()
{
    const QString fromEnv = qEnvironmentVariable("CALLWRIGHT_SHARED_DATA");
    return QDir::cleanPath(fromEnv.isEmpty() ? QStringLiteral(CALLWRIGHT_SHARED_DATA_DEFAULT)
                                             : fromEnv);
}

QString sharedDataPath(const QString &relative)
{
    const QString path = sharedDataDir() + QLatin1Char('/') + relative;
    if (!QFileInfo::exists(path))
        qWarning("shared data missing: %s", qPrintable(path));
    return path;
}

QString sourceDir()
{
    return QStringLiteral(CALLWRIGHT_SOURCE_DIR);
}

} // namespace Callwright::TestSupport
