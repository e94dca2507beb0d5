// Where subschemas sit in a schema document, and how $id and $ref URIs resolve.
#include "schemadocument.h"
#include "jsonpointer.h"

#include <QUrl>

namespace Callwright::SchemaInternal {

namespace {

const char *const kSingleSchemaKeywords[] = {"additionalProperties",
                                             "additionalItems",
                                             "not",
                                             "if",
                                             "then",
                                             "else",
                                             "contains",
                                             "propertyNames",
                                             "unevaluatedProperties",
                                             "unevaluatedItems",
                                             "contentSchema"};
const char *const kSchemaMapKeywords[]
        = {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"};
const char *const kSchemaArrayKeywords[] = {"allOf", "anyOf", "oneOf", "prefixItems"};

} // namespace

bool isSchemaValue(const Json &j)
{
    return j.is_object() || j.is_boolean();
}

std::string withToken(const std::string &loc, std::string_view token)
{
    return loc + "/" + JsonPointer::escape(token);
}

void forEachSubschema(const Json &s, const std::string &loc, const SubschemaVisitor &f)
{
    for (const char *kw : kSingleSchemaKeywords) {
        const auto it = s.find(kw);
        if (it != s.end())
            f(*it, withToken(loc, kw));
    }
    for (const char *kw : kSchemaMapKeywords) {
        const auto it = s.find(kw);
        if (it != s.end() && it->is_object()) {
            for (auto e = it->begin(); e != it->end(); ++e)
                f(e.value(), withToken(withToken(loc, kw), e.key()));
        }
    }
    for (const char *kw : kSchemaArrayKeywords) {
        const auto it = s.find(kw);
        if (it != s.end() && it->is_array()) {
            for (std::size_t i = 0; i < it->size(); ++i)
                f((*it)[i], withToken(withToken(loc, kw), std::to_string(i)));
        }
    }
    const auto items = s.find("items");
    if (items != s.end()) {
        if (items->is_array()) {
            for (std::size_t i = 0; i < items->size(); ++i)
                f((*items)[i], withToken(loc + "/items", std::to_string(i)));
        } else {
            f(*items, loc + "/items");
        }
    }
    const auto deps = s.find("dependencies");
    if (deps != s.end() && deps->is_object()) {
        for (auto e = deps->begin(); e != deps->end(); ++e) {
            if (isSchemaValue(e.value()))
                f(e.value(), withToken(loc + "/dependencies", e.key()));
        }
    }
}

std::string stripFragment(const std::string &uri)
{
    return uri.substr(0, uri.find('#'));
}

namespace {

std::string normalizedUri(const QUrl &url, const std::string &fallback)
{
    return url.isValid() ? url.toString(QUrl::FullyEncoded).toStdString() : fallback;
}

} // namespace

// RFC 3986 resolution through QUrl; a document without a base keeps relative ids as written.
std::string resolveUri(const std::string &base, const std::string &ref)
{
    if (ref.empty())
        return stripFragment(base);
    const QUrl r(QString::fromStdString(ref));
    if (base.empty())
        return normalizedUri(r, ref);
    const QUrl b(QString::fromStdString(base));
    return normalizedUri(b.resolved(r), ref);
}

std::string jsonQuoted(const std::string &s)
{
    return Json(s).dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace Callwright::SchemaInternal
