// Walks an instance against compiled Nodes. One Validation either collects every error with its
// message or, quiet, stops at the first failure and builds no string at all.
#include "compiledschema.h"
#include "jsonpointer.h"

#include <algorithm>

namespace Callwright {

namespace SchemaInternal {

namespace {

// Recursion only runs away through $ref; the deepest honest instance is far shallower.
constexpr std::size_t kMaxRefDepth = 200;
// Enough alternatives' reasons to help, few enough to read.
constexpr std::size_t kMaxBranchReasons = 4;

struct PathSegment
{
    const std::string *key = nullptr; ///< null for an array index
    std::size_t index = 0;
};

class Validation final
{
public:
    explicit Validation(std::vector<SchemaError> *errors)
        : m_errors(errors)
    {}

    bool check(const Node &n, const Json &v);

private:
    bool collecting() const { return m_errors != nullptr && m_quiet == 0; }

    // Folds one check into ok; whether to go on: a quiet validation stops at the first failure,
    // a collecting one looks for every failure.
    bool goOn(bool &ok, bool passed) const
    {
        ok = ok && passed;
        return passed || collecting();
    }

    bool accepts(const Node &n, const Json &v)
    {
        ++m_quiet;
        const bool ok = check(n, v);
        --m_quiet;
        return ok;
    }

    template<typename MessageFn>
    bool fail(const Node &n, std::string_view keyword, MessageFn &&message)
    {
        if (!collecting())
            return false;
        SchemaError e;
        e.instanceLocation = QString::fromStdString(pointer());
        e.keyword = QString::fromUtf8(keyword.data(), int(keyword.size()));
        e.schemaLocation = QString::fromStdString(
                "#" + n.location + (keyword.empty() ? std::string() : "/" + std::string(keyword)));
        e.message = QString::fromStdString(message());
        m_errors->push_back(std::move(e));
        return false;
    }

    std::string pointer() const
    {
        std::string out;
        for (const PathSegment &s : m_path)
            out += "/" + (s.key ? JsonPointer::escape(*s.key) : std::to_string(s.index));
        return out;
    }

    bool checkAt(const Node &n, const Json &v, const std::string &key)
    {
        m_path.push_back({&key, 0});
        const bool ok = check(n, v);
        m_path.pop_back();
        return ok;
    }

    bool checkAt(const Node &n, const Json &v, std::size_t index)
    {
        m_path.push_back({nullptr, index});
        const bool ok = check(n, v);
        m_path.pop_back();
        return ok;
    }

    bool checkRef(const Node &n, const Json &v);
    bool checkType(const Node &n, const Json &v);
    bool checkNumber(const Node &n, const Json &v);
    bool checkString(const Node &n, const Json &v);
    bool checkArray(const Node &n, const Json &v);
    bool checkObject(const Node &n, const Json &v);
    bool checkValues(const Node &n, const Json &v);
    bool checkCombinators(const Node &n, const Json &v);
    std::string branchReasons(const std::vector<const Node *> &branches, const Json &v);

    std::vector<SchemaError> *m_errors;
    int m_quiet = 0;
    std::vector<PathSegment> m_path;
    std::vector<std::pair<const Node *, const Json *>> m_refStack;
};

unsigned valueTypeBits(const Json &v)
{
    switch (v.type()) {
    case Json::value_t::null:
        return NullType;
    case Json::value_t::boolean:
        return BooleanType;
    case Json::value_t::object:
        return ObjectType;
    case Json::value_t::array:
        return ArrayType;
    case Json::value_t::string:
        return StringType;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return NumberType | IntegerType;
    case Json::value_t::number_float:
        return NumberType | (isIntegral(v) ? IntegerType : 0u);
    default:
        return 0;
    }
}

bool Validation::check(const Node &n, const Json &v)
{
    if (n.isBoolean) {
        return n.booleanValue
               || fail(n, {}, [] { return std::string("no value is allowed here"); });
    }
    bool ok = true;
    if (!n.ref.empty() && !goOn(ok, checkRef(n, v)))
        return false;
    if (n.refOnly)
        return ok;
    if (n.types != 0 && !goOn(ok, checkType(n, v)))
        return false;
    if (v.is_number() && !goOn(ok, checkNumber(n, v)))
        return false;
    if (v.is_string() && !goOn(ok, checkString(n, v)))
        return false;
    if (v.is_array() && !goOn(ok, checkArray(n, v)))
        return false;
    if (v.is_object() && !goOn(ok, checkObject(n, v)))
        return false;
    if (!goOn(ok, checkValues(n, v)))
        return false;
    if (!goOn(ok, checkCombinators(n, v)))
        return false;
    return ok;
}

bool Validation::checkRef(const Node &n, const Json &v)
{
    if (!n.refError.empty())
        return fail(n, "$ref", [&] { return n.refError; });
    if (n.refTarget == nullptr)
        return true;
    for (const auto &[node, instance] : m_refStack) {
        if (node == n.refTarget && instance == &v) {
            return fail(n, "$ref", [&] {
                return "$ref \"" + n.ref
                       + "\" comes back to the same value without descending "
                         "into it: the schema recurses forever";
            });
        }
    }
    if (m_refStack.size() >= kMaxRefDepth) {
        return fail(n, "$ref", [] {
            return "schema recursion is deeper than " + std::to_string(kMaxRefDepth) + " levels";
        });
    }
    m_refStack.emplace_back(n.refTarget, &v);
    const bool ok = check(*n.refTarget, v);
    m_refStack.pop_back();
    return ok;
}

bool Validation::checkType(const Node &n, const Json &v)
{
    if ((n.types & valueTypeBits(v)) != 0 || (n.nullable && v.is_null()))
        return true;
    return fail(n, "type", [&] {
        const std::string found = JsonRead::typeName(v);
        const bool scalar = !v.is_object() && !v.is_array() && !v.is_null();
        return "expected " + typeMaskName(n.types | (n.nullable ? NullType : 0u)) + ", found "
               + found + (scalar ? " " + describeValue(v) : std::string());
    });
}

bool Validation::checkNumber(const Node &n, const Json &v)
{
    bool ok = true;
    const auto bound = [&](const Json *limit, const char *keyword, bool below, bool strict,
                           const char *phrase) {
        if (limit == nullptr)
            return true;
        const int c = compareNumbers(v, *limit);
        const bool bad = below ? (strict ? c <= 0 : c < 0) : (strict ? c >= 0 : c > 0);
        if (!bad)
            return true;
        ok = false;
        fail(n, keyword, [&] { return v.dump() + " is " + phrase + " " + limit->dump(); });
        return collecting();
    };
    if (!bound(n.minimum, "minimum", true, n.minimumExclusive,
               n.minimumExclusive ? "less than or equal to the exclusive minimum"
                                  : "less than the minimum")
        || !bound(n.maximum, "maximum", false, n.maximumExclusive,
                  n.maximumExclusive ? "greater than or equal to the exclusive maximum"
                                     : "greater than the maximum")
        || !bound(n.exclusiveMinimum, "exclusiveMinimum", true, true,
                  "less than or equal to the exclusive minimum")
        || !bound(n.exclusiveMaximum, "exclusiveMaximum", false, true,
                  "greater than or equal to the exclusive maximum")) {
        return false;
    }
    if (n.multipleOf && !isMultipleOf(v, *n.multipleOf)) {
        ok = false;
        fail(n, "multipleOf",
             [&] { return v.dump() + " is not a multiple of " + n.multipleOf->dump(); });
    }
    return ok;
}

bool Validation::checkString(const Node &n, const Json &v)
{
    const std::string &s = v.get_ref<const std::string &>();
    bool ok = true;
    const auto characters = [](qint64 k) {
        return std::to_string(k) + (k == 1 ? " character" : " characters");
    };
    const qint64 length = n.minLength >= 0 || n.maxLength >= 0 ? codePointCount(s) : 0;
    if (n.minLength >= 0 && length < n.minLength
        && !goOn(ok, fail(n, "minLength", [&] {
                     return describeValue(v) + " is shorter than " + characters(n.minLength);
                 }))) {
        return false;
    }
    if (n.maxLength >= 0 && length > n.maxLength
        && !goOn(ok, fail(n, "maxLength", [&] {
                     return describeValue(v) + " is longer than " + characters(n.maxLength);
                 }))) {
        return false;
    }
    if (n.pattern) {
        const bool matches = n.pattern->valid()
                             && n.pattern->regex.match(QString::fromStdString(s)).hasMatch();
        if (!matches && !goOn(ok, fail(n, "pattern", [&] {
                                  if (!n.pattern->valid())
                                      return "the schema's pattern "
                                             + Json(n.pattern->source).dump()
                                             + " is not a valid regular expression";
                                  return describeValue(v) + " does not match the pattern "
                                         + n.pattern->source;
                              }))) {
            return false;
        }
    }
    if (n.format != Format::None && !checkFormat(n.format, s))
        goOn(ok, fail(n, "format",
                      [&] { return describeValue(v) + " is not a valid " + n.formatName; }));
    return ok;
}

bool Validation::checkArray(const Node &n, const Json &v)
{
    bool ok = true;
    const std::size_t size = v.size();
    for (std::size_t i = 0; i < size; ++i) {
        const Node *itemSchema = i < n.prefixItems.size() ? n.prefixItems[i]
                                 : n.items                ? n.items
                                                          : n.additionalItems;
        if (itemSchema && !goOn(ok, checkAt(*itemSchema, v[i], i)))
            return false;
    }
    if (n.minItems >= 0 && qint64(size) < n.minItems
        && !goOn(ok, fail(n, "minItems", [&] {
                     return "the array has " + std::to_string(size) + " item"
                            + (size == 1 ? "" : "s") + ", fewer than the minimum "
                            + std::to_string(n.minItems);
                 }))) {
        return false;
    }
    if (n.maxItems >= 0 && qint64(size) > n.maxItems
        && !goOn(ok, fail(n, "maxItems", [&] {
                     return "the array has " + std::to_string(size)
                            + " items, more than the maximum " + std::to_string(n.maxItems);
                 }))) {
        return false;
    }
    if (n.uniqueItems) {
        for (std::size_t i = 0; i < size; ++i) {
            for (std::size_t j = i + 1; j < size; ++j) {
                if (v[i] == v[j]) {
                    if (!goOn(ok, fail(n, "uniqueItems", [&] {
                                  return "items " + std::to_string(i) + " and " + std::to_string(j)
                                         + " are equal, but items must be unique";
                              }))) {
                        return false;
                    }
                    i = j = size; // one report is enough
                }
            }
        }
    }
    if (n.contains) {
        qint64 matches = 0;
        for (std::size_t i = 0; i < size; ++i)
            matches += accepts(*n.contains, v[i]) ? 1 : 0;
        const qint64 least = n.minContains >= 0 ? n.minContains : 1;
        if (matches < least
            && !goOn(ok, fail(n, "contains", [&] {
                         return least == 1 ? std::string("no item matches the \"contains\" schema")
                                           : "only " + std::to_string(matches)
                                                     + " items match the "
                                                       "\"contains\" schema, fewer than "
                                                     + std::to_string(least);
                     }))) {
            return false;
        }
        if (n.maxContains >= 0 && matches > n.maxContains
            && !goOn(ok, fail(n, "maxContains", [&] {
                         return std::to_string(matches)
                                + " items match the \"contains\" schema, more "
                                  "than "
                                + std::to_string(n.maxContains);
                     }))) {
            return false;
        }
    }
    return ok;
}

bool Validation::checkObject(const Node &n, const Json &v)
{
    bool ok = true;
    for (const std::string &name : n.required) {
        if (!v.contains(name) && !goOn(ok, fail(n, "required", [&] {
                                           return "missing required property " + Json(name).dump();
                                       }))) {
            return false;
        }
    }
    for (const auto &[name, schema] : n.properties) {
        const auto it = v.find(name);
        if (it != v.end() && !goOn(ok, checkAt(*schema, *it, it.key())))
            return false;
    }
    const bool scanMembers
            = !n.patternProperties.empty() || n.additionalProperties || n.propertyNames;
    for (auto it = scanMembers ? v.begin() : v.end(); it != v.end(); ++it) {
        const std::string &key = it.key();
        bool matched = n.property(key) != nullptr;
        if (!n.patternProperties.empty()) {
            const QString qkey = QString::fromStdString(key);
            for (const auto &[pattern, schema] : n.patternProperties) {
                if (!pattern->valid() || !pattern->regex.match(qkey).hasMatch())
                    continue;
                matched = true;
                if (!goOn(ok, checkAt(*schema, *it, key)))
                    return false;
            }
        }
        if (!matched && n.additionalProperties) {
            const Node &extra = *n.additionalProperties;
            if (extra.isBoolean && !extra.booleanValue) {
                m_path.push_back({&key, 0});
                const bool passed = fail(n, "additionalProperties", [&] {
                    return "property " + Json(key).dump() + " is not allowed";
                });
                m_path.pop_back();
                if (!goOn(ok, passed))
                    return false;
            } else if (!goOn(ok, checkAt(extra, *it, key))) {
                return false;
            }
        }
        if (n.propertyNames && !accepts(*n.propertyNames, Json(key))
            && !goOn(ok, fail(n, "propertyNames", [&] {
                         return "property name " + Json(key).dump()
                                + " does not match the propertyNames schema";
                     }))) {
            return false;
        }
    }
    const std::size_t size = v.size();
    const auto plural = [](std::size_t k) {
        return k == 1 ? " property" : " properties";
    };
    if (n.minProperties >= 0 && qint64(size) < n.minProperties
        && !goOn(ok, fail(n, "minProperties", [&] {
                     return "the object has " + std::to_string(size) + plural(size)
                            + ", fewer than the minimum " + std::to_string(n.minProperties);
                 }))) {
        return false;
    }
    if (n.maxProperties >= 0 && qint64(size) > n.maxProperties
        && !goOn(ok, fail(n, "maxProperties", [&] {
                     return "the object has " + std::to_string(size) + plural(size)
                            + ", more than the maximum " + std::to_string(n.maxProperties);
                 }))) {
        return false;
    }
    for (const auto &[name, needed] : n.dependentRequired) {
        if (!v.contains(name))
            continue;
        for (const std::string &other : needed) {
            if (!v.contains(other) && !goOn(ok, fail(n, "dependentRequired", [&] {
                                                return "property " + Json(name).dump()
                                                       + " requires property " + Json(other).dump();
                                            }))) {
                return false;
            }
        }
    }
    for (const auto &[name, schema] : n.dependentSchemas) {
        if (v.contains(name) && !goOn(ok, check(*schema, v)))
            return false;
    }
    return ok;
}

bool Validation::checkValues(const Node &n, const Json &v)
{
    bool ok = true;
    if (n.enumValues && !(n.nullable && v.is_null())
        && std::find(n.enumValues->begin(), n.enumValues->end(), v) == n.enumValues->end()) {
        ok = false;
        fail(n, "enum", [&] {
            std::string list;
            std::size_t shown = 0;
            for (const Json &e : *n.enumValues) {
                if (shown++ == 10) {
                    list += ", …";
                    break;
                }
                list += (list.empty() ? "" : ", ") + describeValue(e);
            }
            return describeValue(v) + " is not one of " + list;
        });
        if (!collecting())
            return false;
    }
    if (n.constValue && *n.constValue != v) {
        ok = false;
        fail(n, "const", [&] {
            return describeValue(v) + " is not the constant " + describeValue(*n.constValue);
        });
    }
    return ok;
}

std::string Validation::branchReasons(const std::vector<const Node *> &branches, const Json &v)
{
    std::string reasons;
    std::vector<SchemaError> *saved = m_errors;
    const std::string here = pointer();
    for (std::size_t i = 0; i < branches.size() && i < kMaxBranchReasons; ++i) {
        std::vector<SchemaError> branchErrors;
        m_errors = &branchErrors;
        check(*branches[i], v);
        if (branchErrors.empty())
            continue;
        const SchemaError &first = branchErrors.front();
        std::string where = first.instanceLocation.toStdString().substr(here.size());
        reasons += (reasons.empty() ? "" : "; ") + std::to_string(i) + ": "
                   + (where.empty() ? "" : where + " ") + first.message.toStdString();
    }
    m_errors = saved;
    if (branches.size() > kMaxBranchReasons)
        reasons += "; …";
    return reasons;
}

bool Validation::checkCombinators(const Node &n, const Json &v)
{
    bool ok = true;
    for (const Node *sub : n.allOf) {
        if (!check(*sub, v)) {
            ok = false;
            if (!collecting())
                return false;
        }
    }
    if (!n.anyOf.empty()) {
        bool any = false;
        for (const Node *sub : n.anyOf)
            any = any || accepts(*sub, v);
        if (!any) {
            ok = false;
            fail(n, "anyOf", [&] {
                return "matches none of the anyOf alternatives (" + branchReasons(n.anyOf, v)
                       + ")";
            });
            if (!collecting())
                return false;
        }
    }
    if (!n.oneOf.empty()) {
        std::vector<std::size_t> matching;
        for (std::size_t i = 0; i < n.oneOf.size() && matching.size() < 2; ++i) {
            if (accepts(*n.oneOf[i], v))
                matching.push_back(i);
        }
        if (matching.size() != 1) {
            ok = false;
            fail(n, "oneOf", [&] {
                if (matching.empty())
                    return "matches none of the oneOf alternatives (" + branchReasons(n.oneOf, v)
                           + ")";
                return "matches oneOf alternatives " + std::to_string(matching[0]) + " and "
                       + std::to_string(matching[1]) + ", but must match exactly one";
            });
            if (!collecting())
                return false;
        }
    }
    if (n.notSchema && accepts(*n.notSchema, v)) {
        ok = false;
        fail(n, "not", [] { return std::string("must not match the \"not\" schema"); });
        if (!collecting())
            return false;
    }
    if (n.ifSchema && (n.thenSchema || n.elseSchema)) {
        const Node *branch = accepts(*n.ifSchema, v) ? n.thenSchema : n.elseSchema;
        if (branch && !check(*branch, v))
            ok = false;
    }
    return ok;
}

} // namespace

bool nodeAccepts(const Node &node, const Json &value)
{
    return Validation(nullptr).check(node, value);
}

std::vector<SchemaError> nodeErrors(const Node &node, const Json &value)
{
    std::vector<SchemaError> errors;
    Validation(&errors).check(node, value);
    return errors;
}

} // namespace SchemaInternal

} // namespace Callwright
