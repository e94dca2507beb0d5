#pragma once

#include "importreport.h"
#include "model/catalog.h"

#include <QByteArray>

#include <optional>

namespace Callwright {

/// Reads Berkeley Function Calling Leaderboard function docs (JSON Lines, one function a line)
/// and translates BFCL's Python-flavoured dialect into JSON Schema, reporting every change.
///
/// The translation: "dict" becomes "object", "float" "number", "tuple" "array" (so do the
/// Python names list, set, str, int and bool), "any" loses its type; an array-valued "items"
/// becomes "prefixItems"; the non-standard "optional" is removed. A default of None (null, or
/// the string "None") is removed unless the schema allows null; a string default of a
/// boolean or numeric parameter ("false", "3") is converted, one that cannot be ("dontcare")
/// is removed; enum values are converted the same way. The "response" schema becomes the
/// tool's returns; "_bfcl_category" becomes a tag "bfcl:<category>".
class BfclImporter final
{
public:
    /// The catalog, or nothing with *error naming the file, line and field at fault.
    static std::optional<Catalog> read(const QByteArray &data, const QString &sourceName,
                                       ImportReport *report, QString *error);
    static std::optional<Catalog> readFile(const QString &path, ImportReport *report,
                                           QString *error);
};

} // namespace Callwright
