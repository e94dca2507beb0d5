// Structure of synthesised values: choices among alternatives, objects and arrays, retries.
// Strings and numbers are in synthesizerscalars.cpp.
#include "jsonpointer.h"
#include "synthesis.h"

#include <algorithm>
#include <set>

namespace Callwright {

namespace SchemaInternal {

namespace {

// Retries at one level of the value; a level without random choices does not retry failures
// from below, so an impossible leaf costs a handful of tries, not one per level multiplied.
constexpr int kAttempts = 16;
// A schema that still demands structure this deep never lets a value end.
constexpr int kHardDepth = 48;

std::string enumText(const Json &values)
{
    std::string text = values.dump(-1, ' ', false, Json::error_handler_t::replace);
    return text.size() > 80 ? text.substr(0, 77) + "...]" : text;
}

unsigned widened(unsigned types)
{
    return types | ((types & NumberType) ? IntegerType : 0u);
}

} // namespace

std::string describe(const Conjunction &conj)
{
    std::string text;
    for (const Node *n : conj) {
        for (const Node *m = n; m && text.empty(); m = m->refTarget)
            text = m->description();
        if (!text.empty())
            break;
    }
    for (const Node *n : conj) {
        const Json *examples = n->raw && n->raw->is_object() && n->raw->contains("examples")
                                       ? &n->raw->at("examples")
                                       : nullptr;
        if (examples == nullptr || !examples->is_array())
            continue;
        std::string list;
        for (const Json &e : *examples) {
            if (e.is_string() && e.get_ref<const std::string &>().find('\'') == std::string::npos)
                list += (list.empty() ? "'" : ", '") + e.get<std::string>() + "'";
        }
        if (!list.empty())
            text += " Examples: such as " + list + ".";
    }
    return text;
}

void Synthesis::fail(const std::string &path, const Node *n, const std::string &reason,
                     bool definite) const
{
    throw SynthesisFailure{path, n ? "#" + n->location : std::string("#"), reason, definite};
}

bool Synthesis::acceptsAll(const Conjunction &conj, const Json &v) const
{
    return std::all_of(conj.begin(), conj.end(), [&](const Node *n) { return nodeAccepts(*n, v); });
}

const Node *Synthesis::pickBranch(const std::vector<const Node *> &branches)
{
    // A branch that only admits null is the "optional" idiom; take it as rarely as null.
    std::vector<const Node *> preferred;
    for (const Node *b : branches) {
        if (!(b->types == NullType || (b->constValue && b->constValue->is_null())))
            preferred.push_back(b);
    }
    if (m_branchCursor >= 0)
        return branches[std::size_t(m_branchCursor) % branches.size()];
    if (preferred.empty() || m_rng.chance(m_d.options.nullProbability))
        return m_rng.pick(branches);
    return m_rng.pick(preferred);
}

void Synthesis::add(const Node *n, Conjunction &out, bool &chose, const std::string &path,
                    int guard)
{
    if (guard > kHardDepth)
        fail(path, n,
             "$ref and allOf nest deeper than " + std::to_string(kHardDepth)
                     + " levels without reaching a value",
             true);
    if (n->isBoolean) {
        if (!n->booleanValue)
            fail(path, n, "the schema here is false: no value is allowed", true);
        return;
    }
    if (std::find(out.begin(), out.end(), n) != out.end())
        return;
    out.push_back(n);
    if (!n->refError.empty())
        fail(path, n, n->refError, true);
    if (n->refTarget)
        add(n->refTarget, out, chose, path, guard + 1);
    if (n->refOnly)
        return;
    for (const Node *sub : n->allOf)
        add(sub, out, chose, path, guard + 1);
    for (const auto *branches : {&n->anyOf, &n->oneOf}) {
        if (!branches->empty()) {
            chose = true;
            add(pickBranch(*branches), out, chose, path, guard + 1);
        }
    }
    if (n->ifSchema && (n->thenSchema || n->elseSchema)) {
        chose = true;
        if (n->thenSchema && (!n->elseSchema || m_rng.chance(0.5))) {
            add(n->ifSchema, out, chose, path, guard + 1);
            add(n->thenSchema, out, chose, path, guard + 1);
        } else if (n->elseSchema) {
            add(n->elseSchema, out, chose, path, guard + 1);
        }
    }
}

void Synthesis::flatten(const Conjunction &in, Conjunction &out, bool &chose,
                        const std::string &path)
{
    for (const Node *n : in)
        add(n, out, chose, path, 0);
}

std::optional<Json> Synthesis::attempt(const Conjunction &conj, const FieldValues::FieldHint &hint,
                                       const std::string &path, int depth, bool &chose,
                                       std::optional<SynthesisFailure> &last)
{
    try {
        Conjunction flat;
        flatten(conj, flat, chose, path);
        Json v = generate(flat, hint, path, depth);
        const auto broken = std::find_if(conj.begin(), conj.end(),
                                         [&](const Node *n) { return !nodeAccepts(*n, v); });
        if (broken == conj.end())
            return v;
        const SchemaError e = nodeErrors(**broken, v).front();
        last = SynthesisFailure{path + e.instanceLocation.toStdString(),
                                e.schemaLocation.toStdString(), e.message.toStdString(), false};
    } catch (const SynthesisFailure &f) {
        if (!chose)
            throw;
        last = f;
    }
    return std::nullopt;
}

Json Synthesis::value(const Conjunction &conj, const FieldValues::FieldHint &hint,
                      const std::string &path, int depth)
{
    if (depth > kHardDepth)
        fail(path, firstOf(conj),
             "the schema requires nesting deeper than " + std::to_string(kHardDepth)
                     + " levels: no finite value satisfies it",
             true);
    std::optional<SynthesisFailure> last;
    // Nested levels choose their own branches; the optional-property mode carries down.
    const int cursorBefore = m_branchCursor;
    const Optional optionalBefore = m_optional;
    struct Restore
    {
        Synthesis &s;
        int cursor;
        Optional optional;
        ~Restore()
        {
            s.m_branchCursor = cursor;
            s.m_optional = optional;
        }
    } restore{*this, cursorBefore, optionalBefore};
    m_branchCursor = -1;
    bool anyChoice = false;
    for (int i = 0; i < kAttempts; ++i) {
        bool chose = false;
        if (std::optional<Json> v = attempt(conj, hint, path, depth, chose, last))
            return std::move(*v);
        anyChoice = anyChoice || chose;
    }
    if (anyChoice) {
        for (const Optional mode : {Optional::None, Optional::All}) {
            m_optional = mode;
            for (m_branchCursor = 0; m_branchCursor < kAttempts; ++m_branchCursor) {
                bool chose = false;
                if (std::optional<Json> v = attempt(conj, hint, path, depth, chose, last))
                    return std::move(*v);
            }
        }
    }
    SynthesisFailure f = *last;
    if (!f.definite && f.reason.rfind("no generated", 0) != 0)
        f.reason = "no generated value satisfied the schema in " + std::to_string(kAttempts)
                   + " tries; the last broke it as follows: " + f.reason;
    throw f;
}

Json Synthesis::generate(const Conjunction &flat, const FieldValues::FieldHint &hint,
                         const std::string &path, int depth)
{
    for (const Node *n : flat) {
        if (n->constValue)
            return *n->constValue;
    }
    for (const Node *n : flat) {
        if (!n->enumValues)
            continue;
        std::vector<const Json *> fitting;
        std::vector<const Json *> nonNull;
        for (const Json &e : *n->enumValues) {
            if (!acceptsAll(flat, e))
                continue;
            fitting.push_back(&e);
            if (!e.is_null())
                nonNull.push_back(&e);
        }
        if (fitting.empty())
            fail(path, n,
                 "none of the enum values " + enumText(*n->enumValues)
                         + " satisfies the rest of the schema",
                 true);
        const bool allowNull = nonNull.empty() || m_rng.chance(m_d.options.nullProbability);
        return *m_rng.pick(allowNull ? fitting : nonNull);
    }

    unsigned mask = AllTypes;
    bool constrained = false;
    for (const Node *n : flat) {
        if (n->types != 0) {
            mask &= widened(n->types) | (n->nullable ? NullType : 0u);
            constrained = true;
        }
    }
    if (constrained && (mask & AllTypes) == 0)
        fail(path, firstOf(flat), "the \"type\" keywords here admit no common type", true);
    // Keywords that only make sense for one type say what an untyped schema is about.
    unsigned implied = 0;
    for (const Node *n : flat) {
        if (!n->properties.empty() || !n->required.empty() || n->additionalProperties
            || n->minProperties >= 0 || !n->patternProperties.empty())
            implied |= ObjectType;
        if (n->items || !n->prefixItems.empty() || n->minItems >= 0 || n->contains)
            implied |= ArrayType;
        if (n->minLength >= 0 || n->maxLength >= 0 || n->pattern || n->format != Format::None)
            implied |= StringType;
        if (n->minimum || n->maximum || n->exclusiveMinimum || n->exclusiveMaximum || n->multipleOf)
            implied |= NumberType;
    }
    if (!constrained) {
        if (implied == 0) {
            switch (FieldValues::kindFor(hint)) {
            case FieldValues::Kind::Boolean:
                implied = BooleanType;
                break;
            case FieldValues::Kind::Number:
                implied = NumberType;
                break;
            case FieldValues::Kind::Integer:
                implied = IntegerType;
                break;
            case FieldValues::Kind::Text:
                implied = StringType;
                break;
            }
        }
        mask = widened(implied);
    }
    const unsigned nonNull = mask & AllTypes & ~NullType;
    if ((mask & NullType) && (nonNull == 0 || m_rng.chance(m_d.options.nullProbability)))
        return nullptr;
    unsigned choice = nonNull & widened(implied);
    if (choice == 0)
        choice = nonNull;
    std::vector<unsigned> bits;
    for (unsigned bit : {ObjectType, ArrayType, StringType, NumberType, BooleanType}) {
        if (choice & bit)
            bits.push_back(bit);
    }
    if (bits.empty() && (choice & IntegerType))
        bits.push_back(IntegerType);
    switch (m_rng.pick(bits)) {
    case ObjectType:
        return object(flat, hint, path, depth);
    case ArrayType:
        return array(flat, hint, path, depth);
    case StringType:
        return string(flat, hint, path);
    case NumberType:
        return number(flat, hint, path, (mask & NumberType) == 0);
    case IntegerType:
        return number(flat, hint, path, true);
    case BooleanType:
        return m_rng.chance(0.5);
    default:
        return nullptr;
    }
}

Json Synthesis::object(const Conjunction &objectConj, const FieldValues::FieldHint &hint,
                       const std::string &path, int depth)
{
    Conjunction flat = objectConj;
    const bool shallow = depth >= m_d.options.maxDepth;
    std::set<std::string> chosen;
    std::set<std::string> declared;
    qint64 minProps = -1;
    qint64 maxProps = -1;
    for (const Node *n : flat) {
        chosen.insert(n->required.begin(), n->required.end());
        for (const auto &[name, schema] : n->properties)
            declared.insert(name);
        minProps = std::max(minProps, n->minProperties);
        if (n->maxProperties >= 0)
            maxProps = maxProps < 0 ? n->maxProperties : std::min(maxProps, n->maxProperties);
    }
    std::set<std::string> required = chosen;
    for (const std::string &name : declared) {
        if (!chosen.count(name) && !shallow && m_optional != Optional::None
            && (m_optional == Optional::All || m_rng.chance(m_d.options.optionalProbability))
            && (maxProps < 0 || qint64(chosen.size()) < maxProps)) {
            chosen.insert(name);
        }
    }
    // Presence of one property may require others, or bring a schema of its own.
    for (int round = 0; round < 4; ++round) {
        const std::size_t before = chosen.size() + flat.size();
        for (std::size_t i = 0; i < flat.size(); ++i) {
            const Node *n = flat[i];
            for (const auto &[name, needed] : n->dependentRequired) {
                if (chosen.count(name))
                    chosen.insert(needed.begin(), needed.end());
            }
            for (const auto &[name, schema] : n->dependentSchemas) {
                if (chosen.count(name)
                    && std::find(flat.begin(), flat.end(), schema) == flat.end()) {
                    bool chose = false;
                    add(schema, flat, chose, path, 0);
                    for (const Node *added : flat)
                        chosen.insert(added->required.begin(), added->required.end());
                }
            }
        }
        if (chosen.size() + flat.size() == before)
            break;
    }
    for (const std::string &name : chosen) {
        for (const Node *n : flat) {
            if (std::find(n->required.begin(), n->required.end(), name) != n->required.end())
                required.insert(name);
        }
    }
    if (maxProps >= 0 && qint64(chosen.size()) > maxProps)
        fail(path, firstOf(flat),
             "the object needs " + std::to_string(chosen.size())
                     + " properties but maxProperties allows " + std::to_string(maxProps),
             true);
    for (const std::string &name : declared) {
        if (qint64(chosen.size()) >= minProps)
            break;
        chosen.insert(name);
    }
    // Still short: invent names the schema accepts for extra properties.
    const bool closed = std::any_of(flat.begin(), flat.end(), [](const Node *n) {
        return n->patternProperties.empty() && n->additionalProperties
               && n->additionalProperties->isBoolean && !n->additionalProperties->booleanValue;
    });
    if (qint64(chosen.size()) < minProps && closed)
        fail(path, firstOf(flat),
             "minProperties is " + std::to_string(minProps) + " but only "
                     + std::to_string(chosen.size()) + " properties are allowed",
             true);
    for (int extra = 1; qint64(chosen.size()) < minProps && extra < 64; ++extra) {
        std::string name = "extra_" + std::to_string(extra);
        for (const Node *n : flat) {
            if (!n->patternProperties.empty()) {
                const auto &gen = m_d.generators.at(n->patternProperties.front().first);
                if (gen)
                    name = gen->generate(m_rng);
                break;
            }
        }
        chosen.insert(name);
    }

    FieldValues::Persona persona;
    Json out = Json::object();
    for (const std::string &name : chosen) {
        Conjunction child;
        for (const Node *n : flat) {
            const Node *declaredSchema = n->property(name);
            if (declaredSchema)
                child.push_back(declaredSchema);
            bool matched = declaredSchema != nullptr;
            const QString qname = QString::fromStdString(name);
            for (const auto &[pattern, schema] : n->patternProperties) {
                if (pattern->valid() && pattern->regex.match(qname).hasMatch()) {
                    child.push_back(schema);
                    matched = true;
                }
            }
            if (!matched && n->additionalProperties)
                child.push_back(n->additionalProperties);
        }
        FieldValues::FieldHint childHint{name, describe(child), &persona};
        const std::string childPath = path + "/" + JsonPointer::escape(name);
        if (required.count(name)) {
            out[name] = value(child, childHint, childPath, depth + 1);
            continue;
        }
        // An optional property that admits no value is simply left out.
        try {
            out[name] = value(child, childHint, childPath, depth + 1);
        } catch (const SynthesisFailure &) {
        }
    }
    return out;
}

Json Synthesis::array(const Conjunction &flat, const FieldValues::FieldHint &hint,
                      const std::string &path, int depth)
{
    qint64 lo = 0;
    qint64 hi = -1;
    bool unique = false;
    std::vector<const Node *> contains;
    std::size_t tuple = 0;
    for (const Node *n : flat) {
        lo = std::max(lo, n->minItems);
        if (n->maxItems >= 0)
            hi = hi < 0 ? n->maxItems : std::min(hi, n->maxItems);
        unique = unique || n->uniqueItems;
        if (n->contains)
            contains.push_back(n->contains);
        tuple = std::max(tuple, n->prefixItems.size());
        // Items past a closed tuple are not allowed at all.
        const Node *rest = n->prefixItems.empty() ? nullptr
                           : n->items             ? n->items
                                                  : n->additionalItems;
        if (rest && rest->isBoolean && !rest->booleanValue) {
            const auto closed = qint64(n->prefixItems.size());
            hi = hi < 0 ? closed : std::min(hi, closed);
        }
        if (n->items && n->items->isBoolean && !n->items->booleanValue && n->prefixItems.empty())
            hi = 0;
        for (std::size_t i = 0; i < n->prefixItems.size(); ++i) {
            const Node *p = n->prefixItems[i];
            if (p->isBoolean && !p->booleanValue) {
                hi = hi < 0 ? qint64(i) : std::min(hi, qint64(i));
                break;
            }
        }
    }
    if (hi >= 0 && lo > hi)
        fail(path, firstOf(flat),
             "the array needs at least " + std::to_string(lo) + " items but at most "
                     + std::to_string(hi) + " are allowed",
             true);
    qint64 count = lo;
    if (depth < m_d.options.maxDepth) {
        qint64 realisticLo = std::max<qint64>({lo, 1, qint64(tuple)});
        if (hi >= 0)
            realisticLo = std::min(realisticLo, hi);
        qint64 realisticHi = std::max<qint64>(realisticLo, m_d.options.maxArrayItems);
        if (hi >= 0)
            realisticHi = std::min(realisticHi, hi);
        count = m_rng.between(realisticLo, realisticHi);
    }
    const FieldValues::FieldHint base{FieldValues::singular(hint.name), hint.description,
                                      hint.persona};
    Json out = Json::array();
    for (qint64 i = 0; i < count; ++i) {
        Conjunction item;
        for (const Node *n : flat) {
            const std::size_t at = std::size_t(i);
            const Node *schema = at < n->prefixItems.size() ? n->prefixItems[at]
                                 : n->items                 ? n->items
                                 : n->prefixItems.empty()   ? nullptr
                                                            : n->additionalItems;
            if (schema)
                item.push_back(schema);
        }
        // With contains and nothing else to hold to, the last item is the one that matches.
        if (!contains.empty() && i + 1 == count)
            item.insert(item.end(), contains.begin(), contains.end());
        FieldValues::FieldHint itemHint = base;
        const std::string own = describe(item);
        if (!own.empty())
            itemHint.description = own;
        const std::string itemPath = path + "/" + std::to_string(i);
        Json v = value(item, itemHint, itemPath, depth + 1);
        for (int retry = 0;
             unique && retry < 24 && std::find(out.begin(), out.end(), v) != out.end(); ++retry) {
            v = value(item, itemHint, itemPath, depth + 1);
        }
        if (unique && std::find(out.begin(), out.end(), v) != out.end())
            fail(itemPath, firstOf(flat),
                 "could not make " + std::to_string(count) + " distinct items for uniqueItems",
                 false);
        out.push_back(std::move(v));
    }
    return out;
}

} // namespace SchemaInternal

SynthesisError::SynthesisError(const std::string &instanceLocation,
                               const std::string &schemaLocation, const std::string &reason)
    : std::runtime_error("cannot synthesise a value at "
                         + (instanceLocation.empty() ? std::string("(root)") : instanceLocation)
                         + " (schema " + schemaLocation + "): " + reason)
    , m_instanceLocation(QString::fromStdString(instanceLocation))
    , m_schemaLocation(QString::fromStdString(schemaLocation))
    , m_reason(QString::fromStdString(reason))
{}

ValueSynthesizer::Private::Private(const Json &schema, SynthesisOptions o, SchemaDraft draft)
    : Private(SchemaValidator(schema, draft), o)
{}

ValueSynthesizer::Private::Private(const SchemaValidator &v, SynthesisOptions o)
    : validator(v)
    , options(o)
{
    for (const SchemaInternal::Pattern &p : validator.compiled().patterns) {
        std::string error;
        generators[&p] = p.valid() ? RegexGenerator::parse(p.source, &error) : std::nullopt;
        if (!generators[&p])
            generatorErrors[&p] = p.valid() ? error : "the pattern does not compile";
    }
}

ValueSynthesizer::ValueSynthesizer(const Json &schema, SynthesisOptions options,
                                   SchemaDraft defaultDraft)
    : d(std::make_shared<const Private>(schema, options, defaultDraft))
{}

ValueSynthesizer::ValueSynthesizer(const SchemaValidator &validator, SynthesisOptions options)
    : d(std::make_shared<const Private>(validator, options))
{}

ValueSynthesizer::~ValueSynthesizer() = default;
ValueSynthesizer::ValueSynthesizer(const ValueSynthesizer &) = default;
ValueSynthesizer &ValueSynthesizer::operator=(const ValueSynthesizer &) = default;

const SchemaValidator &ValueSynthesizer::validator() const
{
    return d->validator;
}

Json ValueSynthesizer::generate(quint64 seed, const QString &fieldName) const
{
    using namespace SchemaInternal;
    Rng rng(seed);
    FieldValues::Persona persona;
    const Node *root = d->validator.compiled().root;
    const FieldValues::FieldHint hint{fieldName.toStdString(), describe({root}), &persona};
    try {
        Json v = Synthesis(*d, rng).value({root}, hint, std::string(), 0);
        // value() checked it already; this guards the promise against a bug in between.
        const auto errors = d->validator.validate(v);
        if (!errors.empty()) {
            throw SynthesisError(errors.front().instanceLocation.toStdString(),
                                 errors.front().schemaLocation.toStdString(),
                                 "internal error, the value made is invalid: "
                                         + errors.front().message.toStdString());
        }
        return v;
    } catch (const SynthesisFailure &f) {
        throw SynthesisError(f.path, f.location, f.reason);
    }
}

Json ValueSynthesizer::next(const QString &fieldName)
{
    return generate(Rng::splitmix64(m_sequence), fieldName);
}

Json ValueSynthesizer::synthesize(const Json &schema, quint64 seed, const QString &fieldName)
{
    return ValueSynthesizer(schema).generate(seed, fieldName);
}

} // namespace Callwright
