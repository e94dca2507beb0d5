#pragma once

#include "model/tool.h"

#include <vector>

namespace Callwright {

/// The JSON type of a field, as far as type compatibility needs it.
enum class FieldType { Any, String, Integer, Number, Boolean, Array, Object };

/// One port of one tool as edge inference reads it: a parameter (input) or a return field
/// (output). A tool whose returns schema names no properties has one output, "result",
/// that stands for its whole result and is described by the tool's own name and description.
struct ToolField
{
    enum class Side { Input, Output };

    int tool = 0; ///< index of the tool in the list the fields were collected from
    Side side = Side::Input;
    QString name;
    QString description;
    FieldType type = FieldType::Any;
    FieldType itemType = FieldType::Any; ///< for arrays
    bool wholeResult = false;

    /// "name: description", the text ToolFlow compares.
    QString text() const;
};

namespace ToolFields {

/// The name of the single output port of a tool without named return fields.
inline QString resultPort()
{
    return QStringLiteral("result");
}

/// Top-level properties of the parameters schema, by name.
QStringList inputPorts(const Tool &tool);
/// Top-level properties of the returns schema, or the single port "result".
QStringList outputPorts(const Tool &tool);
/// True when the returns schema names its fields (else the output is the whole result).
bool hasNamedOutputs(const Tool &tool);
/// Every input and output field of every tool, tools in order, inputs first.
std::vector<ToolField> collect(const std::vector<Tool> &tools);

FieldType typeOf(const Json &schema, FieldType *itemType = nullptr);
/// How well a value of from's type fits to's type, 0..1 (1 when either is unknown).
double typeCompatibility(const ToolField &from, const ToolField &to);

} // namespace ToolFields

} // namespace Callwright
