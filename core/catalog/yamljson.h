#pragma once

#include "model/json.h"

#include <QByteArray>

#include <optional>

namespace Callwright {

/// Parses YAML into JSON values as a YAML 1.2 loader with the core schema does: plain scalars
/// become null, booleans and numbers when they read as such (true, 3, 1.5e3, 0x1F, ~), and
/// quoted or block scalars stay strings ('true' and "3" are text), as do explicit !!str tags.
/// Keys are always strings. Nothing, with *error giving the line and column, for malformed
/// YAML, a duplicate key, or a document deeper or larger (through aliases) than the limits in
/// ImportLimits.
std::optional<Json> parseYaml(const QByteArray &text, QString *error);

/// JSON when the text starts with '{' or '[', YAML otherwise; errors name line and column.
std::optional<Json> parseJsonOrYaml(const QByteArray &text, QString *error);

} // namespace Callwright
