#pragma once

#include "model/json.h"
#include "schemaerror.h"

#include <memory>
#include <vector>

namespace Callwright {

namespace SchemaInternal {
struct CompiledSchema;
}

/// The JSON Schema drafts we read. Draft 4 and 6 documents are read as draft 7, 2019-09 as
/// 2020-12: tool schemas rarely depend on what changed between them.
enum class SchemaDraft { Draft7, Draft2020_12 };

/// Validates JSON values against one JSON Schema, compiled once (references resolved, regular
/// expressions built) so that validating many values is cheap. Copies share the compiled form;
/// const methods may be called from several threads at once.
class SchemaValidator final
{
public:
    /// $schema, when present and known, decides the draft; otherwise defaultDraft does.
    explicit SchemaValidator(const Json &schema,
                             SchemaDraft defaultDraft = SchemaDraft::Draft2020_12);
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator &);
    SchemaValidator &operator=(const SchemaValidator &);

    SchemaDraft draft() const;

    /// Every violation, in schema order; empty when the instance is valid.
    std::vector<SchemaError> validate(const Json &instance) const;
    /// Stops at the first violation and builds no message: the fast path for bulk checks.
    bool isValid(const Json &instance) const;

    /// What compiling found wrong with the schema itself (see checkSchema). Parts of the schema
    /// that could not be compiled fail every value they apply to rather than pass them silently.
    const std::vector<SchemaError> &schemaIssues() const;

    /// Checks that schema is a well-formed schema of what we support: known types, keyword values
    /// of the right shape, compilable patterns, resolvable local $refs, bounds that some value can
    /// meet. Errors make validation unreliable; warnings name keywords that are ignored.
    static std::vector<SchemaError> checkSchema(const Json &schema, SchemaDraft defaultDraft
                                                                    = SchemaDraft::Draft2020_12);

    static SchemaDraft detectDraft(const Json &schema, SchemaDraft fallback);

    /// The compiled form, for the value synthesiser; not a stable interface.
    const SchemaInternal::CompiledSchema &compiled() const { return *m_compiled; }

private:
    std::shared_ptr<const SchemaInternal::CompiledSchema> m_compiled;
};

} // namespace Callwright
