#pragma once

#include <QString>

namespace Callwright::TestSupport {

/// The shared real data folder (../shared/data), or $CALLWRIGHT_SHARED_DATA when set.
QString sharedDataDir();
/// A path below sharedDataDir(); fails the calling test if it does not exist.
QString sharedDataPath(const QString &relative);
/// The source tree, for files the repository ships (resources/, tests/data/).
QString sourceDir();

} // namespace Callwright::TestSupport
