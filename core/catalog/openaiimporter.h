#pragma once

#include "importreport.h"
#include "model/catalog.h"

#include <QByteArray>

#include <optional>

namespace Callwright {

/// Reads OpenAI tools JSON: a list or {"tools": [...]}, each entry with or without the
/// {"type": "function", "function": {...}} wrapper. Names are sanitised to OpenAI's
/// ^[a-zA-Z0-9_-]{1,64}$ and made unique; every change is reported.
class OpenAiImporter final
{
public:
    /// The catalog, or nothing with *error naming the file, line and field at fault.
    static std::optional<Catalog> read(const QByteArray &data, const QString &sourceName,
                                       ImportReport *report, QString *error);
    static std::optional<Catalog> readFile(const QString &path, ImportReport *report,
                                           QString *error);
};

/// A name valid for OpenAI (letters, digits, '_' and '-', at most 64) that is not yet taken.
QString sanitizedToolName(const QString &name, const std::vector<Tool> &taken);

} // namespace Callwright
