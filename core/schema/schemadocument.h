#pragma once

// Walking a schema document, shared by the compiler. Internal to core/schema.

#include "model/json.h"

#include <functional>
#include <string>
#include <string_view>

namespace Callwright::SchemaInternal {

bool isSchemaValue(const Json &j);
/// loc with one more reference token, escaped.
std::string withToken(const std::string &loc, std::string_view token);

using SubschemaVisitor = std::function<void(const Json &subschema, const std::string &location)>;
/// Calls visit for every place below s where a schema may sit, keyword by keyword.
void forEachSubschema(const Json &s, const std::string &loc, const SubschemaVisitor &visit);

std::string stripFragment(const std::string &uri);
/// RFC 3986 resolution of ref against base; a document without a base keeps relative ids as
/// written, so that its $refs to them still meet.
std::string resolveUri(const std::string &base, const std::string &ref);
/// s as a JSON string literal, for messages.
std::string jsonQuoted(const std::string &s);

} // namespace Callwright::SchemaInternal
