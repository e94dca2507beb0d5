#pragma once

// Internals of ValueSynthesizer, shared by synthesizer.cpp (structure) and
// synthesizerscalars.cpp (strings and numbers). Include only from core/schema.

#include "compiledschema.h"
#include "fieldvalues.h"
#include "regexgenerator.h"
#include "valuesynthesizer.h"

#include <map>
#include <optional>

namespace Callwright {

struct ValueSynthesizer::Private
{
    SchemaValidator validator;
    SynthesisOptions options;
    /// A generator per pattern of the schema, built once; nothing for patterns beyond us.
    std::map<const SchemaInternal::Pattern *, std::optional<RegexGenerator>> generators;
    std::map<const SchemaInternal::Pattern *, std::string> generatorErrors;

    Private(const Json &schema, SynthesisOptions o, SchemaDraft draft);
    Private(const SchemaValidator &validator, SynthesisOptions o);
};

namespace SchemaInternal {

using Conjunction = std::vector<const Node *>;

/// Why a value could not be made. Definite failures hold whatever random choice is made below
/// the schema that raised them (bounds that contradict); others may pass on another try.
struct SynthesisFailure
{
    std::string path;
    std::string location;
    std::string reason;
    bool definite = false;
};

/// One generate() call: walks conjunctions of nodes (everything a value must satisfy at once)
/// and draws every random choice from one Rng.
class Synthesis final
{
public:
    Synthesis(const ValueSynthesizer::Private &d, Rng &rng)
        : m_d(d)
        , m_rng(rng)
    {}

    Json value(const Conjunction &conj, const FieldValues::FieldHint &hint, const std::string &path,
               int depth);

private:
    void flatten(const Conjunction &in, Conjunction &out, bool &chose, const std::string &path);
    void add(const Node *n, Conjunction &out, bool &chose, const std::string &path, int guard);
    const Node *pickBranch(const std::vector<const Node *> &branches);
    Json generate(const Conjunction &flat, const FieldValues::FieldHint &hint,
                  const std::string &path, int depth);
    Json object(const Conjunction &flat, const FieldValues::FieldHint &hint,
                const std::string &path, int depth);
    Json array(const Conjunction &flat, const FieldValues::FieldHint &hint, const std::string &path,
               int depth);
    Json string(const Conjunction &flat, const FieldValues::FieldHint &hint,
                const std::string &path);
    Json number(const Conjunction &flat, const FieldValues::FieldHint &hint,
                const std::string &path, bool integer);
    std::string formatted(Format format, const FieldValues::FieldHint &hint);

    bool acceptsAll(const Conjunction &conj, const Json &v) const;
    [[noreturn]] void fail(const std::string &path, const Node *n, const std::string &reason,
                           bool definite) const;

    std::optional<Json> attempt(const Conjunction &conj, const FieldValues::FieldHint &hint,
                                const std::string &path, int depth, bool &chose,
                                std::optional<SynthesisFailure> &last);

    // How optional properties are chosen. After the random tries at a level with choices
    // fail, a sweep tries each branch with none and with all of them: overlapping oneOf
    // branches (objects that allow extra properties) are told apart by one or the other.
    enum class Optional { Random, None, All };
    Optional m_optional = Optional::Random;
    int m_branchCursor = -1; ///< during the sweep: the branch every choice at this level takes

    const ValueSynthesizer::Private &m_d;
    Rng &m_rng;
};

/// The node to blame in a message, if any.
inline const Node *firstOf(const Conjunction &conj)
{
    return conj.empty() ? nullptr : conj.front();
}

/// The description to guide a value: the nodes' own, or their $ref targets', with any
/// "examples" appended as quoted samples.
std::string describe(const Conjunction &conj);

} // namespace SchemaInternal

} // namespace Callwright
