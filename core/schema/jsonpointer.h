#pragma once

#include "model/json.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Callwright::JsonPointer {

/// One reference token escaped for a pointer: '~' becomes "~0", '/' becomes "~1".
std::string escape(std::string_view token);
/// The tokens of a pointer such as "/a~1b/0", unescaped; nothing when it is malformed.
std::optional<std::vector<std::string>> split(std::string_view pointer);
/// Decodes %XX escapes, as URI fragments carry them; nothing on a broken escape.
std::optional<std::string> percentDecode(std::string_view text);
/// The value a pointer names inside doc, or null when there is none.
const Json *resolve(const Json &doc, std::string_view pointer);

} // namespace Callwright::JsonPointer
