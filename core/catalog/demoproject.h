#pragma once

#include <QString>

namespace Callwright {

struct StoreError;

/// Writes the bundled demo project (tau-bench's retail and airline catalogs) to path.
/// Refuses an existing file, like any new project.
StoreError createDemoProject(const QString &path);

} // namespace Callwright
