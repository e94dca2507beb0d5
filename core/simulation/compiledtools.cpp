#include "compiledtools.h"

#include "tooltext.h"

#include <mutex>

namespace Callwright {

namespace {

SynthesisOptions argumentOptions()
{
    SynthesisOptions options;
    options.optionalProbability = 0.25; // people state what matters, not every option
    options.nullProbability = 0;
    options.maxArrayItems = 2;
    return options;
}

SynthesisOptions resultOptions()
{
    SynthesisOptions options;
    options.optionalProbability = 1.0;
    options.nullProbability = 0;
    return options;
}

std::map<std::string, SchemaValidator> propertyValidators(const Json &schema)
{
    std::map<std::string, SchemaValidator> out;
    if (!schema.is_object())
        return out;
    const auto properties = schema.find("properties");
    if (properties == schema.end() || !properties->is_object())
        return out;
    for (auto it = properties->begin(); it != properties->end(); ++it)
        out.emplace(it.key(), SchemaValidator(*it));
    return out;
}

} // namespace

CompiledTool::CompiledTool(const Tool &tool)
    : parameters(tool.parameters)
    , returns(tool.returns)
    , parameterValidator(tool.parameters)
    , parameterProperties(propertyValidators(tool.parameters))
    , arguments(parameterValidator, argumentOptions())
    , effectiveReturns(ToolText::effectiveReturns(tool))
    , effectiveReturnsValidator(effectiveReturns)
    , results(effectiveReturnsValidator, resultOptions())
    , resultFields(propertyValidators(effectiveReturns))
{
    if (tool.returns.is_object()) {
        declaredReturns.emplace(tool.returns == effectiveReturns ? effectiveReturnsValidator
                                                                 : SchemaValidator(tool.returns));
    }
}

struct CompiledTools::Slot
{
    std::once_flag once;
    std::unique_ptr<const CompiledTool> tool;
};

CompiledTools::CompiledTools(std::vector<Tool> tools)
    : m_tools(std::move(tools))
{
    m_slots.reserve(m_tools.size());
    for (std::size_t i = 0; i < m_tools.size(); ++i) {
        m_slots.push_back(std::make_unique<Slot>());
        m_index.insert(m_tools[i].name, int(i));
    }
}

CompiledTools::~CompiledTools() = default;

const CompiledTool &CompiledTools::at(int index) const
{
    Slot &slot = *m_slots.at(std::size_t(index));
    std::call_once(slot.once, [&] {
        slot.tool = std::make_unique<const CompiledTool>(m_tools[std::size_t(index)]);
    });
    return *slot.tool;
}

const CompiledTool *CompiledTools::find(const Tool &tool) const
{
    const int index = m_index.value(tool.name, -1);
    if (index < 0)
        return nullptr;
    const Tool &known = m_tools[std::size_t(index)];
    const bool same = (&known.parameters == &tool.parameters || known.parameters == tool.parameters)
                      && (&known.returns == &tool.returns || known.returns == tool.returns);
    return same ? &at(index) : nullptr;
}

} // namespace Callwright
