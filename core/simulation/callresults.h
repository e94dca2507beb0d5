#pragma once

#include "model/message.h"

#include <utility>
#include <vector>

namespace Callwright::CallResults {

/// The JSON a tool message holds; its text as a JSON string when it is not JSON.
Json parse(const Message &toolMessage);
/// The same for a tool message's text.
Json parse(const QString &content);

/// A result reporting a failure ({"error": …}), the way tool agents answer refused calls.
bool isError(const Json &result);

/// Whether a scalar equal to value occurs anywhere inside doc.
bool containsScalar(const Json &doc, const Json &value);

/// A planned argument that names an earlier call's output: "$1.user_id", "$2" (DiGiT-TC).
bool isReference(const Json &value);

/// Resolves "$ref.field.sub" against results by ref; null when it cannot.
Json resolveReference(const QString &reference, const std::vector<std::pair<int, Json>> &results);

} // namespace Callwright::CallResults
