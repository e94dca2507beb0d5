#pragma once

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace nlohmann {
template<>
struct adl_serializer<QString>
{
    static void to_json(json &j, const QString &s) { j = s.toStdString(); }
    static void from_json(const json &j, QString &s)
    {
        s = QString::fromStdString(j.get_ref<const std::string &>());
    }
};
} // namespace nlohmann

namespace Callwright {

using Json = nlohmann::json;

/// Version of the JSON shape of every model type; bumped when a shape changes incompatibly.
inline constexpr int kModelSchemaVersion = 1;

/// A model value that cannot be read; path is a JSON pointer to the offending field.
class ModelError : public std::runtime_error
{
public:
    ModelError(std::string path, const std::string &message)
        : std::runtime_error(path.empty() ? message : path + ": " + message)
        , m_path(std::move(path))
        , m_message(message)
    {}

    const std::string &path() const { return m_path; }
    const std::string &message() const { return m_message; }
    ModelError prefixed(std::string_view segment) const
    {
        return ModelError("/" + std::string(segment) + m_path, m_message);
    }

private:
    std::string m_path;
    std::string m_message;
};

namespace JsonRead {

std::string typeName(const Json &j);

template<typename T>
T as(const Json &j)
{
    try {
        return j.get<T>();
    } catch (const ModelError &) {
        throw;
    } catch (const Json::exception &) {
        throw ModelError({}, "unexpected " + typeName(j));
    }
}

/// A required member of an object, its errors prefixed with the member's name.
template<typename T>
T field(const Json &j, std::string_view key)
{
    if (!j.is_object())
        throw ModelError({}, "expected an object, found " + typeName(j));
    const auto it = j.find(key);
    if (it == j.end())
        throw ModelError("/" + std::string(key), "is missing");
    try {
        return as<T>(*it);
    } catch (const ModelError &e) {
        throw e.prefixed(key);
    }
}

/// An optional member; absent or null gives the fallback, a wrong type is still an error.
template<typename T>
T optional(const Json &j, std::string_view key, T fallback = T())
{
    if (!j.is_object())
        throw ModelError({}, "expected an object, found " + typeName(j));
    const auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return fallback;
    try {
        return as<T>(*it);
    } catch (const ModelError &e) {
        throw e.prefixed(key);
    }
}

/// An optional array member whose elements are read one by one, errors naming the index.
template<typename T>
std::vector<T> list(const Json &j, std::string_view key)
{
    std::vector<T> out;
    const auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return out;
    if (!it->is_array())
        throw ModelError("/" + std::string(key), "expected an array, found " + typeName(*it));
    out.reserve(it->size());
    for (std::size_t i = 0; i < it->size(); ++i) {
        try {
            out.push_back(as<T>((*it)[i]));
        } catch (const ModelError &e) {
            throw e.prefixed(std::to_string(i)).prefixed(key);
        }
    }
    return out;
}

/// Checks schema_version: missing means 1, newer than this build is refused.
void checkSchemaVersion(const Json &j, const char *typeLabel);

} // namespace JsonRead

/// Reads an enum from its name through a table; unknown names are errors, never silent defaults.
template<typename E, std::size_t N>
E enumFromName(const std::pair<E, const char *> (&table)[N], const Json &j, const char *what)
{
    if (j.is_string()) {
        const auto &s = j.get_ref<const std::string &>();
        for (const auto &[value, name] : table) {
            if (s == name)
                return value;
        }
        throw ModelError({}, "unknown " + std::string(what) + " '" + s + "'");
    }
    throw ModelError({}, std::string(what) + " must be a string, found " + JsonRead::typeName(j));
}

template<typename E, std::size_t N>
const char *enumName(const std::pair<E, const char *> (&table)[N], E value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return name;
    }
    return table[0].second;
}

/// A required enum member read by name; errors carry the member's path.
template<typename E, std::size_t N>
E enumField(const std::pair<E, const char *> (&table)[N], const Json &j, std::string_view key,
            const char *what)
{
    const Json value = JsonRead::field<Json>(j, key);
    try {
        return enumFromName(table, value, what);
    } catch (const ModelError &e) {
        throw e.prefixed(key);
    }
}

/// Throws ModelError (with the path) for what JSON text cannot hold: NaN and infinities, which
/// nlohmann would silently write as null and which would then fail to read back.
void checkFinite(const Json &j);

/// Parses text as JSON, throwing ModelError with line and column on malformed input.
Json parseJson(std::string_view text);
Json parseJson(const QByteArray &text);

QString toQString(const Json &j, int indent = -1);

} // namespace Callwright
