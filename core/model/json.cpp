#include "json.h"

#include <QByteArray>

#include <cmath>

namespace Callwright {

namespace JsonRead {

std::string typeName(const Json &j)
{
    switch (j.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::object:
        return "an object";
    case Json::value_t::array:
        return "an array";
    case Json::value_t::string:
        return "a string";
    case Json::value_t::boolean:
        return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return "an integer";
    case Json::value_t::number_float:
        return "a number";
    default:
        return "a value";
    }
}

void checkSchemaVersion(const Json &j, const char *typeLabel)
{
    const int version = optional<int>(j, "schema_version", 1);
    if (version > kModelSchemaVersion) {
        throw ModelError("/schema_version",
                         std::string(typeLabel) + " was written with schema version "
                                 + std::to_string(version) + "; this build reads up to "
                                 + std::to_string(kModelSchemaVersion));
    }
    if (version < 1)
        throw ModelError("/schema_version", "invalid schema version " + std::to_string(version));
}

} // namespace JsonRead

namespace {

// nlohmann reports a byte offset; users need line and column.
std::string positionOf(std::string_view text, std::size_t byteOffset)
{
    std::size_t line = 1;
    std::size_t column = 1;
    const std::size_t end = std::min(byteOffset > 0 ? byteOffset - 1 : 0, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

} // namespace

void checkFinite(const Json &j)
{
    if (j.is_number_float()) {
        if (!std::isfinite(j.get<double>()))
            throw ModelError({}, "is not a finite number");
    } else if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            try {
                checkFinite(*it);
            } catch (const ModelError &e) {
                throw e.prefixed(it.key());
            }
        }
    } else if (j.is_array()) {
        for (std::size_t i = 0; i < j.size(); ++i) {
            try {
                checkFinite(j[i]);
            } catch (const ModelError &e) {
                throw e.prefixed(std::to_string(i));
            }
        }
    }
}

Json parseJson(std::string_view text)
{
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error &e) {
        std::string what = e.what();
        // Keep nlohmann's explanation but drop its "[json.exception...] parse error at ..." prefix.
        const auto colon = what.find(": ", what.find("parse error"));
        const std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
        throw ModelError({}, "malformed JSON at " + positionOf(text, e.byte) + ": " + reason);
    }
}

Json parseJson(const QByteArray &text)
{
    return parseJson(std::string_view(text.constData(), std::size_t(text.size())));
}

QString toQString(const Json &j, int indent)
{
    return QString::fromStdString(j.dump(indent, ' ', false, Json::error_handler_t::replace));
}

} // namespace Callwright
