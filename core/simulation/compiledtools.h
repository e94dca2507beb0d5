#pragma once

#include "model/tool.h"
#include "schema/schemavalidator.h"
#include "schema/valuesynthesizer.h"

#include <QHash>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace Callwright {

/// Everything the embedded engine compiles from one tool's schemas: validators of the
/// parameters (whole and per property), of the declared returns and of the returns the tool
/// agent answers with, and the synthesisers of arguments and results.
struct CompiledTool
{
    explicit CompiledTool(const Tool &tool);

    Json parameters; ///< as compiled, to tell a changed tool from this one
    Json returns;    ///< the declared returns, as compiled
    SchemaValidator parameterValidator;
    std::map<std::string, SchemaValidator> parameterProperties;
    ValueSynthesizer arguments; ///< what users ask for: the options that matter, not every one
    std::optional<SchemaValidator> declaredReturns; ///< when the tool declares an object
    Json effectiveReturns;                          ///< ToolText::effectiveReturns
    SchemaValidator effectiveReturnsValidator;
    ValueSynthesizer results; ///< every field present, so "$1.user_id" finds one
    std::map<std::string, SchemaValidator> resultFields;
};

/// The compiled tools of one catalog, each made the first time a thread asks for it and then
/// shared by every thread of a job: a catalog of thousands of tools is compiled once rather
/// than once per thread and per component. Thread-safe.
class CompiledTools final
{
public:
    explicit CompiledTools(std::vector<Tool> tools);
    ~CompiledTools();
    CompiledTools(const CompiledTools &) = delete;
    CompiledTools &operator=(const CompiledTools &) = delete;

    const CompiledTool &at(int index) const;
    /// The tool of that name when its schemas are still the ones given; nullptr otherwise (a
    /// tool edited since, or one from elsewhere), and the caller compiles its own.
    const CompiledTool *find(const Tool &tool) const;

private:
    struct Slot;
    std::vector<Tool> m_tools;
    std::vector<std::unique_ptr<Slot>> m_slots;
    QHash<QString, int> m_index;
};

} // namespace Callwright
