// Compiles a schema document into Nodes: parses keywords once, resolves $ref, builds patterns,
// and collects what is wrong with the schema for checkSchema.
#include "compiledschema.h"
#include "jsonpointer.h"
#include "schemadocument.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace Callwright::SchemaInternal {

namespace {

// Deeper documents are certainly generated or hostile; stop before the stack does.
constexpr int kMaxSchemaDepth = 400;

// Accepted but not enforced: they need annotation collection, which tool schemas never justify.
const char *const kUnsupportedKeywords[] = {"unevaluatedProperties", "unevaluatedItems"};

class Compiler final
{
public:
    explicit Compiler(CompiledSchema &cs)
        : m_cs(cs)
    {}

    void run()
    {
        const Json &doc = m_cs.document;
        std::string rootBase;
        scan(doc, std::string(), rootBase, 0);
        m_cs.root = compile(std::string(), 0);
        for (std::size_t i = 0; i < m_pendingRefs.size(); ++i)
            resolveRef(*m_pendingRefs[i]);
        findRefCycles();
    }

private:
    void issue(const std::string &loc, std::string_view keyword, const std::string &message,
               SchemaError::Severity severity = SchemaError::Severity::Error)
    {
        SchemaError e;
        e.keyword = QString::fromUtf8(keyword.data(), int(keyword.size()));
        e.schemaLocation
                = QString::fromStdString("#" + (keyword.empty() ? loc : withToken(loc, keyword)));
        e.message = QString::fromStdString(message);
        e.severity = severity;
        m_cs.issues.push_back(std::move(e));
    }

    void scan(const Json &s, const std::string &loc, std::string base, int depth)
    {
        if (!s.is_object() || depth > kMaxSchemaDepth)
            return;
        const bool draft7 = m_cs.draft == SchemaDraft::Draft7;
        const auto id = s.find("$id");
        // Draft 7 ignores every sibling of $ref, $id included.
        const bool idIgnored = draft7 && s.contains("$ref");
        if (id != s.end() && id->is_string() && !idIgnored) {
            const std::string &text = id->get_ref<const std::string &>();
            if (draft7 && !text.empty() && text[0] == '#') {
                m_anchors[stripFragment(base) + text] = loc;
            } else {
                base = resolveUri(base, stripFragment(text));
                m_resources.emplace(base, loc);
            }
        }
        for (const char *anchorKeyword : {"$anchor", "$dynamicAnchor"}) {
            const auto anchor = s.find(anchorKeyword);
            if (!draft7 && anchor != s.end() && anchor->is_string())
                m_anchors[stripFragment(base) + "#" + anchor->get<std::string>()] = loc;
        }
        m_bases[loc] = base;
        forEachSubschema(s, loc, [&](const Json &sub, const std::string &subLoc) {
            scan(sub, subLoc, base, depth + 1);
        });
    }

    std::string baseFor(std::string loc) const
    {
        for (;;) {
            const auto it = m_bases.find(loc);
            if (it != m_bases.end())
                return it->second;
            if (loc.empty())
                return {};
            loc.erase(loc.rfind('/'));
        }
    }

    Node *compile(const std::string &loc, int depth)
    {
        const auto known = m_nodes.find(loc);
        if (known != m_nodes.end())
            return known->second;
        Node &n = m_cs.nodes.emplace_back();
        m_nodes.emplace(loc, &n);
        n.location = loc;
        n.raw = JsonPointer::resolve(m_cs.document, loc);
        if (n.raw == nullptr || n.raw->is_boolean()) {
            n.isBoolean = true;
            n.booleanValue = n.raw == nullptr || n.raw->get<bool>();
            return &n;
        }
        if (!n.raw->is_object()) {
            issue(loc, {},
                  "a schema must be an object or a boolean, found " + JsonRead::typeName(*n.raw));
            n.isBoolean = true;
            return &n;
        }
        if (depth > kMaxSchemaDepth) {
            issue(loc, {},
                  "schema nesting is deeper than " + std::to_string(kMaxSchemaDepth)
                          + " levels; the rest is ignored");
            n.isBoolean = true;
            return &n;
        }
        parseKeywords(n, *n.raw, depth);
        return &n;
    }

    const Json *member(const Json &s, const char *keyword) const
    {
        const auto it = s.find(keyword);
        return it == s.end() ? nullptr : &*it;
    }

    const Node *subschema(const Node &n, const char *keyword, int depth)
    {
        const Json *v = member(*n.raw, keyword);
        if (v == nullptr)
            return nullptr;
        return compile(withToken(n.location, keyword), depth + 1);
    }

    std::vector<const Node *> schemaList(const Node &n, const char *keyword, int depth)
    {
        std::vector<const Node *> out;
        const Json *v = member(*n.raw, keyword);
        if (v == nullptr)
            return out;
        if (!v->is_array() || v->empty()) {
            issue(n.location, keyword, "must be a non-empty array of schemas");
            return out;
        }
        for (std::size_t i = 0; i < v->size(); ++i)
            out.push_back(compile(withToken(withToken(n.location, keyword), std::to_string(i)),
                                  depth + 1));
        return out;
    }

    qint64 count(const Node &n, const char *keyword)
    {
        const Json *v = member(*n.raw, keyword);
        if (v == nullptr)
            return -1;
        if (v->is_number() && isIntegral(*v) && compareNumbers(*v, Json(0)) >= 0)
            return v->is_number_float() ? qint64(v->get<double>()) : v->get<qint64>();
        issue(n.location, keyword, "must be a non-negative integer, found " + describeValue(*v));
        return -1;
    }

    const Json *number(const Node &n, const char *keyword)
    {
        const Json *v = member(*n.raw, keyword);
        if (v != nullptr && !v->is_number()) {
            issue(n.location, keyword, "must be a number, found " + describeValue(*v));
            return nullptr;
        }
        return v;
    }

    const Pattern *pattern(const std::string &loc, const char *keyword, const std::string &source)
    {
        Pattern &p = m_cs.patterns.emplace_back();
        p.source = source;
        p.regex.setPattern(ecmaToPcre(source));
        if (p.regex.isValid()) {
            p.regex.optimize();
        } else {
            p.error = p.regex.errorString();
            issue(loc, keyword,
                  "invalid regular expression " + jsonQuoted(source) + ": "
                          + p.error.toStdString());
        }
        return &p;
    }

    unsigned typeBit(const Node &n, const Json &name)
    {
        static const std::pair<const char *, unsigned> table[]
                = {{"null", NullType},      {"boolean", BooleanType}, {"object", ObjectType},
                   {"array", ArrayType},    {"number", NumberType},   {"string", StringType},
                   {"integer", IntegerType}};
        if (name.is_string()) {
            for (const auto &[text, bit] : table) {
                if (name == text)
                    return bit;
            }
        }
        issue(n.location, "type",
              "unknown type " + describeValue(name)
                      + "; expected null, boolean, object, array, number, "
                        "string or integer");
        return 0;
    }

    void parseType(Node &n)
    {
        const Json *type = member(*n.raw, "type");
        if (type == nullptr)
            return;
        // A type naming nothing we know admits nothing rather than everything.
        n.types = 0;
        bool any = false;
        if (type->is_array()) {
            for (const Json &t : *type) {
                n.types |= typeBit(n, t);
                any = true;
            }
            if (!any)
                issue(n.location, "type", "must name at least one type");
        } else {
            n.types = typeBit(n, *type);
        }
        if (n.types == 0)
            n.types = UnknownType; // no value has this bit, so every value fails "type"
        if (const Json *nullable = member(*n.raw, "nullable")) {
            if (nullable->is_boolean())
                n.nullable = nullable->get<bool>();
            else
                issue(n.location, "nullable", "must be a boolean");
        }
    }

    void parseNumeric(Node &n)
    {
        n.minimum = number(n, "minimum");
        n.maximum = number(n, "maximum");
        n.multipleOf = number(n, "multipleOf");
        if (n.multipleOf && compareNumbers(*n.multipleOf, Json(0)) <= 0) {
            issue(n.location, "multipleOf", "must be greater than 0");
            n.multipleOf = nullptr;
        }
        for (const char *kw : {"exclusiveMinimum", "exclusiveMaximum"}) {
            const Json *v = member(*n.raw, kw);
            if (v == nullptr)
                continue;
            const bool isMin = kw[9] == 'M' && kw[10] == 'i';
            if (v->is_boolean()) {
                // Draft 4 and OpenAPI 3.0 spell a strict bound this way; tools still do.
                (isMin ? n.minimumExclusive : n.maximumExclusive) = v->get<bool>();
                issue(n.location, kw,
                      "the boolean form belongs to draft 4 / OpenAPI 3.0; read as "
                      "making the bound strict",
                      SchemaError::Severity::Warning);
            } else if (v->is_number()) {
                (isMin ? n.exclusiveMinimum : n.exclusiveMaximum) = v;
            } else {
                issue(n.location, kw, "must be a number, found " + describeValue(*v));
            }
        }
        const Json *lo = n.exclusiveMinimum ? n.exclusiveMinimum : n.minimum;
        const Json *hi = n.exclusiveMaximum ? n.exclusiveMaximum : n.maximum;
        const bool strict = n.exclusiveMinimum || n.exclusiveMaximum || n.minimumExclusive
                            || n.maximumExclusive;
        if (lo && hi && (compareNumbers(*lo, *hi) > 0 || (strict && *lo == *hi))) {
            issue(n.location, n.exclusiveMinimum ? "exclusiveMinimum" : "minimum",
                  "the lower bound " + lo->dump() + " is not below the upper bound " + hi->dump()
                          + ": no number can match");
        }
    }

    void parseString(Node &n)
    {
        n.minLength = count(n, "minLength");
        n.maxLength = count(n, "maxLength");
        if (n.minLength >= 0 && n.maxLength >= 0 && n.minLength > n.maxLength)
            issue(n.location, "minLength",
                  "minLength is greater than maxLength: no string can "
                  "match");
        if (const Json *p = member(*n.raw, "pattern")) {
            if (p->is_string())
                n.pattern = pattern(n.location, "pattern", p->get<std::string>());
            else
                issue(n.location, "pattern", "must be a string");
        }
        if (const Json *f = member(*n.raw, "format")) {
            if (f->is_string()) {
                n.formatName = f->get<std::string>();
                n.format = formatFromName(n.formatName);
            } else {
                issue(n.location, "format", "must be a string");
            }
        }
    }

    void parseArray(Node &n, int depth)
    {
        const bool draft7 = m_cs.draft == SchemaDraft::Draft7;
        const Json *items = member(*n.raw, "items");
        if (items && items->is_array()) {
            if (!draft7)
                issue(n.location, "items",
                      "in draft 2020-12 \"items\" takes one schema; the "
                      "array is read as draft 7's tuple form (use "
                      "\"prefixItems\")",
                      SchemaError::Severity::Warning);
            for (std::size_t i = 0; i < items->size(); ++i)
                n.prefixItems.push_back(
                        compile(withToken(n.location + "/items", std::to_string(i)), depth + 1));
            n.additionalItems = subschema(n, "additionalItems", depth);
        } else {
            n.items = subschema(n, "items", depth);
            n.prefixItems = schemaList(n, "prefixItems", depth);
        }
        n.minItems = count(n, "minItems");
        n.maxItems = count(n, "maxItems");
        if (n.minItems >= 0 && n.maxItems >= 0 && n.minItems > n.maxItems)
            issue(n.location, "minItems", "minItems is greater than maxItems: no array can match");
        if (const Json *u = member(*n.raw, "uniqueItems")) {
            if (u->is_boolean())
                n.uniqueItems = u->get<bool>();
            else
                issue(n.location, "uniqueItems", "must be a boolean");
        }
        n.contains = subschema(n, "contains", depth);
        if (!draft7) {
            n.minContains = count(n, "minContains");
            n.maxContains = count(n, "maxContains");
        }
    }

    void parseObject(Node &n, int depth)
    {
        if (const Json *props = member(*n.raw, "properties")) {
            if (!props->is_object())
                issue(n.location, "properties", "must be an object of schemas");
            else
                for (auto it = props->begin(); it != props->end(); ++it)
                    n.properties.emplace_back(
                            it.key(),
                            compile(withToken(n.location + "/properties", it.key()), depth + 1));
        }
        if (const Json *pp = member(*n.raw, "patternProperties")) {
            if (!pp->is_object())
                issue(n.location, "patternProperties", "must be an object of schemas");
            else
                for (auto it = pp->begin(); it != pp->end(); ++it) {
                    const std::string loc = withToken(n.location + "/patternProperties", it.key());
                    n.patternProperties.emplace_back(
                            pattern(n.location, "patternProperties", it.key()),
                            compile(loc, depth + 1));
                }
        }
        n.additionalProperties = subschema(n, "additionalProperties", depth);
        if (const Json *req = member(*n.raw, "required")) {
            const bool ok = req->is_array()
                            && std::all_of(req->begin(), req->end(),
                                           [](const Json &j) { return j.is_string(); });
            if (ok)
                for (const Json &name : *req)
                    n.required.push_back(name.get<std::string>());
            else
                issue(n.location, "required", "must be an array of property names");
        }
        n.minProperties = count(n, "minProperties");
        n.maxProperties = count(n, "maxProperties");
        if (n.minProperties >= 0 && n.maxProperties >= 0 && n.minProperties > n.maxProperties)
            issue(n.location, "minProperties",
                  "minProperties is greater than maxProperties: no "
                  "object can match");
        if (n.maxProperties >= 0 && qint64(n.required.size()) > n.maxProperties)
            issue(n.location, "maxProperties",
                  "more properties are required than maxProperties "
                  "allows: no object can match");
        parseDependencies(n, "dependentRequired", depth);
        parseDependencies(n, "dependentSchemas", depth);
        parseDependencies(n, "dependencies", depth);
        n.propertyNames = subschema(n, "propertyNames", depth);
    }

    // dependentRequired takes name lists, dependentSchemas schemas, draft 7's dependencies both.
    void parseDependencies(Node &n, const char *keyword, int depth)
    {
        const Json *deps = member(*n.raw, keyword);
        if (deps == nullptr)
            return;
        const std::string kw = keyword;
        if (!deps->is_object()) {
            issue(n.location, keyword, "must be an object");
            return;
        }
        for (auto it = deps->begin(); it != deps->end(); ++it) {
            const Json &v = it.value();
            if (v.is_array() && kw != "dependentSchemas") {
                std::vector<std::string> names;
                for (const Json &name : v) {
                    if (name.is_string())
                        names.push_back(name.get<std::string>());
                    else
                        issue(withToken(n.location, keyword), it.key(),
                              "must list property names");
                }
                n.dependentRequired.emplace_back(it.key(), std::move(names));
            } else if (isSchemaValue(v) && kw != "dependentRequired") {
                n.dependentSchemas.emplace_back(
                        it.key(),
                        compile(withToken(withToken(n.location, keyword), it.key()), depth + 1));
            } else {
                issue(withToken(n.location, keyword), it.key(),
                      kw == "dependentRequired" ? "must be an array of property names"
                                                : "must be a schema or an array of names");
            }
        }
    }

    void parseKeywords(Node &n, const Json &s, int depth)
    {
        const bool draft7 = m_cs.draft == SchemaDraft::Draft7;
        for (const char *kw : {"$ref", "$dynamicRef", "$recursiveRef"}) {
            const Json *ref = member(s, kw);
            if (ref == nullptr || !n.ref.empty())
                continue;
            if (!ref->is_string()) {
                issue(n.location, kw, "must be a string");
                continue;
            }
            n.ref = ref->get<std::string>();
            n.refOnly = draft7;
            m_pendingRefs.push_back(&n);
            if (kw[1] != 'r')
                issue(n.location, kw, "dynamic references are resolved like $ref",
                      SchemaError::Severity::Warning);
        }
        // Subschemas under definitions are compiled even when nothing refers to them, so that
        // checkSchema reports their faults.
        for (const char *kw : {"$defs", "definitions"}) {
            const Json *defs = member(s, kw);
            if (defs && defs->is_object()) {
                for (auto it = defs->begin(); it != defs->end(); ++it)
                    compile(withToken(withToken(n.location, kw), it.key()), depth + 1);
            } else if (defs) {
                issue(n.location, kw, "must be an object of schemas");
            }
        }
        if (n.refOnly)
            return;
        for (const char *kw : kUnsupportedKeywords) {
            if (s.contains(kw))
                issue(n.location, kw, "is not supported and is ignored",
                      SchemaError::Severity::Warning);
        }
        parseType(n);
        parseNumeric(n);
        parseString(n);
        parseArray(n, depth);
        parseObject(n, depth);
        if (const Json *e = member(s, "enum")) {
            if (!e->is_array())
                issue(n.location, "enum", "must be an array");
            else
                n.enumValues = e;
            if (e->is_array() && e->empty())
                issue(n.location, "enum", "is empty: no value can match");
        }
        n.constValue = member(s, "const");
        n.allOf = schemaList(n, "allOf", depth);
        n.anyOf = schemaList(n, "anyOf", depth);
        n.oneOf = schemaList(n, "oneOf", depth);
        n.notSchema = subschema(n, "not", depth);
        n.ifSchema = subschema(n, "if", depth);
        n.thenSchema = subschema(n, "then", depth);
        n.elseSchema = subschema(n, "else", depth);
    }

    void resolveRef(Node &n)
    {
        const std::string base = baseFor(n.location);
        const std::size_t hash = n.ref.find('#');
        const std::string uriPart = n.ref.substr(0, hash);
        const std::string fragment
                = hash == std::string::npos ? std::string() : n.ref.substr(hash + 1);
        const std::string target
                = uriPart.empty() ? stripFragment(base) : resolveUri(base, uriPart);
        const char *keyword = n.raw->contains("$ref") ? "$ref" : "$dynamicRef";
        auto fail = [&](const std::string &why) {
            n.refError = why;
            issue(n.location, keyword, why);
        };
        const auto resource = m_resources.find(target);
        if (resource == m_resources.end() && !target.empty()) {
            fail("remote $ref " + jsonQuoted(n.ref) + " (" + target
                 + ") is not supported: only references within this schema resolve");
            return;
        }
        const std::string resourceLoc = target.empty() ? std::string() : resource->second;
        const auto decoded = JsonPointer::percentDecode(fragment);
        if (!decoded) {
            fail("$ref " + jsonQuoted(n.ref) + " has a broken %-escape");
            return;
        }
        std::string loc;
        if (decoded->empty() || decoded->front() == '/') {
            loc = resourceLoc + *decoded;
            if (!JsonPointer::split(*decoded)) {
                fail("$ref " + jsonQuoted(n.ref) + " is not a valid JSON pointer");
                return;
            }
        } else {
            const auto anchor = m_anchors.find(target + "#" + *decoded);
            if (anchor == m_anchors.end()) {
                fail("$ref " + jsonQuoted(n.ref) + " names an anchor this schema does not define");
                return;
            }
            loc = anchor->second;
        }
        const Json *value = JsonPointer::resolve(m_cs.document, loc);
        if (value == nullptr) {
            fail("$ref " + jsonQuoted(n.ref) + " points at nothing in this schema");
            return;
        }
        if (!isSchemaValue(*value)) {
            fail("$ref " + jsonQuoted(n.ref) + " points at " + JsonRead::typeName(*value)
                 + ", not a schema");
            return;
        }
        n.refTarget = compile(loc, 0);
    }

    // A chain of $refs that comes back to itself recurses forever on every value.
    void findRefCycles()
    {
        for (const Node &start : m_cs.nodes) {
            const Node *at = start.refTarget;
            for (std::size_t steps = 0; at && steps <= m_cs.nodes.size(); ++steps) {
                if (at == &start) {
                    issue(start.location, "$ref",
                          "$ref " + jsonQuoted(start.ref)
                                  + " leads back to itself through $refs "
                                    "alone: no value can be checked");
                    break;
                }
                at = at->refTarget;
            }
        }
    }

    CompiledSchema &m_cs;
    std::unordered_map<std::string, Node *> m_nodes;
    std::map<std::string, std::string> m_resources; ///< absolute URI → location
    std::map<std::string, std::string> m_anchors;   ///< URI#name → location
    std::map<std::string, std::string> m_bases;     ///< location → base URI
    std::vector<Node *> m_pendingRefs;
};

} // namespace

const Node *Node::property(const std::string &name) const
{
    const auto it
            = std::lower_bound(properties.begin(), properties.end(), name,
                               [](const auto &p, const std::string &n) { return p.first < n; });
    return it != properties.end() && it->first == name ? it->second : nullptr;
}

std::string Node::description() const
{
    if (raw == nullptr || !raw->is_object())
        return {};
    const auto it = raw->find("description");
    return it != raw->end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::shared_ptr<const CompiledSchema> CompiledSchema::compile(const Json &schema,
                                                              SchemaDraft draft)
{
    auto cs = std::make_shared<CompiledSchema>();
    cs->document = schema;
    cs->draft = draft;
    Compiler(*cs).run();
    return cs;
}

} // namespace Callwright::SchemaInternal
