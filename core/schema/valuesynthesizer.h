#pragma once

#include "schemavalidator.h"

#include <QString>

#include <memory>
#include <stdexcept>

namespace Callwright {

/// How adventurous synthesised values are where the schema leaves a choice.
struct SynthesisOptions
{
    double optionalProbability = 0.6; ///< chance that each optional property is present
    double nullProbability = 0.1;     ///< chance that a value which may be null is null
    int maxArrayItems = 3; ///< arrays get 1 to this many items unless the schema asks otherwise
    int maxDepth = 6; ///< deeper than this, objects and arrays get only what the schema requires
};

/// No value could be made: the schema admits none, or none that we can construct.
class SynthesisError final : public std::runtime_error
{
public:
    SynthesisError(const std::string &instanceLocation, const std::string &schemaLocation,
                   const std::string &reason);

    QString instanceLocation() const { return m_instanceLocation; } ///< JSON pointer; "" is root
    QString schemaLocation() const { return m_schemaLocation; }     ///< "#/properties/…"
    QString reason() const { return m_reason; }

private:
    QString m_instanceLocation;
    QString m_schemaLocation;
    QString m_reason;
};

/// Makes realistic JSON values that are valid for a schema: names, emails, dates, addresses,
/// ids shaped like the description's examples, amounts with cents, all within the schema's
/// bounds, enums and patterns. Output depends only on the schema, the options and the seed, the
/// same on every platform. Every value returned has passed the validator; when no valid value
/// can be made, generate() throws SynthesisError instead.
class ValueSynthesizer final
{
public:
    explicit ValueSynthesizer(const Json &schema, SynthesisOptions options = {},
                              SchemaDraft defaultDraft = SchemaDraft::Draft2020_12);
    /// Shares the validator's compiled schema instead of compiling it again.
    ValueSynthesizer(const SchemaValidator &validator, SynthesisOptions options = {});
    ~ValueSynthesizer();
    ValueSynthesizer(const ValueSynthesizer &);
    ValueSynthesizer &operator=(const ValueSynthesizer &);

    /// One value for the seed; fieldName, when the schema is a single field's, guides realism.
    Json generate(quint64 seed, const QString &fieldName = {}) const;

    /// The next value of a sequence started by reseed() (seed 0 until then).
    Json next(const QString &fieldName = {});
    void reseed(quint64 seed) { m_sequence = seed; }

    const SchemaValidator &validator() const;

    static Json synthesize(const Json &schema, quint64 seed, const QString &fieldName = {});

    struct Private;

private:
    std::shared_ptr<const Private> d;
    quint64 m_sequence = 0;
};

} // namespace Callwright
