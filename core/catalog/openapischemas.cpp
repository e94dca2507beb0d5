#include "openapischemas.h"

#include "importsupport.h"
#include "schema/jsonpointer.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenApiImporter)
};

// Values one tool's schema may expand to; shared definitions copied into every place that
// uses them can otherwise multiply a small document.
constexpr qint64 kMaxSchemaValues = 250'000;

// Keywords whose values are data, not schemas: nothing in them is a reference.
bool holdsData(const std::string &key)
{
    return key == "enum" || key == "const" || key == "default" || key == "example"
           || key == "examples" || key.rfind("x-", 0) == 0;
}

// Keywords whose values map names to schemas: the names are not keywords.
bool mapsNames(const std::string &key)
{
    return key == "properties" || key == "patternProperties" || key == "$defs"
           || key == "definitions" || key == "dependentSchemas";
}

QString refText(const std::string &ref)
{
    return QString::fromStdString(ref);
}

void addNullType(Json &schema)
{
    const auto type = schema.find("type");
    if (type == schema.end())
        return; // no type: null is allowed already
    if (type->is_string() && *type != "null")
        *type = Json::array({*type, "null"});
    else if (type->is_array() && std::find(type->begin(), type->end(), Json("null")) == type->end())
        type->push_back("null");
    if (const auto e = schema.find("enum");
        e != schema.end() && e->is_array() && std::find(e->begin(), e->end(), Json()) == e->end())
        e->push_back(nullptr);
}

// draft 4's exclusiveMinimum: true beside minimum is 2020-12's exclusiveMinimum: <minimum>.
void numericBound(Json &schema, const char *exclusive, const char *bound)
{
    const auto flag = schema.find(exclusive);
    if (flag == schema.end() || !flag->is_boolean())
        return;
    const bool on = flag->get<bool>();
    schema.erase(exclusive);
    const auto value = schema.find(bound);
    if (on && value != schema.end()) {
        schema[exclusive] = *value;
        schema.erase(bound);
    }
}

} // namespace

OpenApiSchemas::OpenApiSchemas(const Json &document, OpenApiVersion version)
    : m_document(document)
    , m_version(version)
{}

const Json *OpenApiSchemas::target(const std::string &ref) const
{
    if (ref == "#")
        return &m_document;
    if (ref.rfind("#/", 0) != 0)
        return nullptr;
    // A fragment may be percent-encoded ("#/paths/~1pets~1%7Bid%7D").
    const std::optional<std::string> pointer
            = JsonPointer::percentDecode(std::string_view(ref).substr(1));
    return pointer ? JsonPointer::resolve(m_document, *pointer) : nullptr;
}

const Json *OpenApiSchemas::follow(const Json &value, QString *error) const
{
    const Json *current = &value;
    std::set<std::string> seen;
    while (current->is_object()) {
        const auto ref = current->find("$ref");
        if (ref == current->end() || !ref->is_string())
            return current;
        const std::string text = ref->get<std::string>();
        if (!seen.insert(text).second) {
            *error = Tr::tr("the reference %1 leads back to itself").arg(refText(text));
            return nullptr;
        }
        const Json *next = target(text);
        if (!next) {
            *error = text.rfind("#", 0) == 0
                             ? Tr::tr("the reference %1 leads nowhere").arg(refText(text))
                             : Tr::tr("the reference %1 is outside this file; only references "
                                      "within it "
                                      "are read")
                                       .arg(refText(text));
            return nullptr;
        }
        current = next;
    }
    return current;
}

Json OpenApiSchemas::resolved(const Json &schema, const QString &pointer, int depth,
                              const Notice &notice)
{
    m_values = 0;
    m_expanding.clear();
    return expand(schema, pointer, depth, notice);
}

Json OpenApiSchemas::expand(const Json &schema, const QString &pointer, int depth,
                            const Notice &notice)
{
    if (depth > ImportLimits::kMaxSchemaDepth) {
        throw Error(Tr::tr("%1 is nested deeper than %2 levels")
                            .arg(pointer)
                            .arg(ImportLimits::kMaxSchemaDepth));
    }
    if (++m_values > kMaxSchemaValues) {
        throw Error(Tr::tr("%1 expands to more than %2 values").arg(pointer).arg(kMaxSchemaValues));
    }
    if (schema.is_array()) {
        Json out = Json::array();
        for (std::size_t i = 0; i < schema.size(); ++i)
            out.push_back(
                    expand(schema[i], pointer + QStringLiteral("/%1").arg(i), depth + 1, notice));
        return out;
    }
    if (!schema.is_object())
        return schema;

    const auto ref = schema.find("$ref");
    if (ref != schema.end() && ref->is_string()) {
        const std::string text = ref->get<std::string>();
        Json base;
        if (text.rfind("#", 0) != 0) {
            notice(pointer, Tr::tr("the reference %1 is outside this file: not resolved")
                                    .arg(refText(text)));
            base = Json{{"description", "(external reference " + text + " not resolved)"}};
        } else if (std::find(m_expanding.begin(), m_expanding.end(), text) != m_expanding.end()) {
            notice(pointer, Tr::tr("circular reference to %1 cut").arg(refText(text)));
            base = Json{{"type", "object"},
                        {"description", "(circular reference to " + text + " cut)"}};
        } else if (const Json *t = target(text)) {
            m_expanding.push_back(text);
            base = expand(*t, pointer, depth, notice);
            m_expanding.pop_back();
        } else {
            notice(pointer, Tr::tr("the reference %1 leads nowhere").arg(refText(text)));
            base = Json{{"description", "(unresolved reference " + text + ")"}};
        }
        if (schema.size() == 1)
            return base;
        if (!base.is_object()) // a boolean schema (3.1) with siblings
            base = Json{{"allOf", Json::array({base})}};
        for (auto it = schema.begin(); it != schema.end(); ++it) {
            if (it.key() != "$ref")
                base[it.key()] = member(it.key(), *it, pointer, depth, notice);
        }
        translate(base);
        return base;
    }

    Json out = Json::object();
    for (auto it = schema.begin(); it != schema.end(); ++it)
        out[it.key()] = member(it.key(), *it, pointer, depth, notice);
    translate(out);
    applyDiscriminator(schema, out);
    return out;
}

// OpenAPI picks a oneOf/anyOf branch by the discriminator property; JSON Schema knows nothing
// of it, so branches that differ only in their mapped value would all match (and oneOf could
// never hold). Each branch reached through a $ref is told its values as an enum on that
// property, which states in JSON Schema what the discriminator means.
void OpenApiSchemas::applyDiscriminator(const Json &raw, Json &out) const
{
    const auto d = raw.find("discriminator");
    if (d == raw.end() || !d->is_object())
        return;
    const auto name = d->find("propertyName");
    if (name == d->end() || !name->is_string())
        return;
    const auto mappingIt = d->find("mapping");
    const Json mapping
            = mappingIt != d->end() && mappingIt->is_object() ? *mappingIt : Json::object();
    for (const char *combinator : {"oneOf", "anyOf"}) {
        const auto branches = raw.find(combinator);
        if (branches == raw.end() || !branches->is_array() || !out.contains(combinator))
            continue;
        Json &outBranches = out[combinator];
        for (std::size_t i = 0; i < branches->size() && i < outBranches.size(); ++i) {
            const Json &branch = (*branches)[i];
            const auto ref = branch.find("$ref");
            if (ref == branch.end() || !ref->is_string() || !outBranches[i].is_object())
                continue;
            const std::string target = ref->get<std::string>();
            const std::string component = target.substr(target.rfind('/') + 1);
            Json values = Json::array();
            for (auto it = mapping.begin(); it != mapping.end(); ++it) {
                if (*it == target || *it == component)
                    values.push_back(it.key());
            }
            if (values.empty()) // no mapping entry: the implicit value is the schema's name
                values.push_back(component);
            Json constraint{{"type", "object"},
                            {"properties", {{name->get<std::string>(), {{"enum", values}}}}},
                            {"required", {name->get<std::string>()}}};
            Json &allOf = outBranches[i]["allOf"];
            if (!allOf.is_array())
                allOf = Json::array();
            allOf.push_back(std::move(constraint));
        }
    }
}

Json OpenApiSchemas::member(const std::string &key, const Json &value, const QString &pointer,
                            int depth, const Notice &notice)
{
    if (holdsData(key))
        return value;
    const QString at = pointer + QLatin1Char('/') + pointerToken(QString::fromStdString(key));
    if (!mapsNames(key) || !value.is_object())
        return expand(value, at, depth + 1, notice);
    Json out = Json::object();
    for (auto it = value.begin(); it != value.end(); ++it) {
        out[it.key()] = expand(
                *it, at + QLatin1Char('/') + pointerToken(QString::fromStdString(it.key())),
                depth + 2, notice);
    }
    return out;
}

void OpenApiSchemas::translate(Json &schema) const
{
    if (m_version == OpenApiVersion::V31)
        return;
    if (const auto n = schema.find("nullable"); n != schema.end() && n->is_boolean()) {
        const bool nullable = n->get<bool>();
        schema.erase(n);
        if (nullable)
            addNullType(schema);
    }
    numericBound(schema, "exclusiveMinimum", "minimum");
    numericBound(schema, "exclusiveMaximum", "maximum");
    if (const auto t = schema.find("type"); t != schema.end() && *t == "file") {
        *t = "string";
        schema["format"] = "binary";
    }
}

} // namespace Callwright
