#include "toolfields.h"

namespace Callwright {

QString ToolField::text() const
{
    return description.isEmpty() ? name : name + QStringLiteral(": ") + description;
}

namespace ToolFields {

namespace {

const Json *properties(const Json &schema)
{
    if (!schema.is_object())
        return nullptr;
    const auto it = schema.find("properties");
    if (it == schema.end() || !it->is_object() || it->empty())
        return nullptr;
    return &*it;
}

QString stringOf(const Json &schema, const char *key)
{
    if (!schema.is_object())
        return {};
    const auto it = schema.find(key);
    return it != schema.end() && it->is_string() ? it->get<QString>() : QString();
}

FieldType typeNamed(const std::string &name)
{
    if (name == "string")
        return FieldType::String;
    if (name == "integer" || name == "int")
        return FieldType::Integer;
    if (name == "number" || name == "float" || name == "double")
        return FieldType::Number;
    if (name == "boolean" || name == "bool")
        return FieldType::Boolean;
    if (name == "array" || name == "list" || name == "tuple")
        return FieldType::Array;
    if (name == "object" || name == "dict")
        return FieldType::Object;
    return FieldType::Any;
}

double scalarCompatibility(FieldType a, FieldType b)
{
    if (a == FieldType::Any || b == FieldType::Any || a == b)
        return 1.0;
    const auto numeric = [](FieldType t) {
        return t == FieldType::Integer || t == FieldType::Number;
    };
    if (numeric(a) && numeric(b))
        return 0.95;
    // Identifiers are written as strings in one API and as integers in the next.
    if ((a == FieldType::String && numeric(b)) || (b == FieldType::String && numeric(a)))
        return 0.8;
    // A record carries the value a parameter wants.
    if (a == FieldType::Object || b == FieldType::Object)
        return 0.7;
    if (a == FieldType::Boolean || b == FieldType::Boolean)
        return 0.3;
    return 0.5;
}

} // namespace

QStringList inputPorts(const Tool &tool)
{
    QStringList ports;
    if (const Json *props = properties(tool.parameters)) {
        for (auto it = props->begin(); it != props->end(); ++it)
            ports << QString::fromStdString(it.key());
    }
    return ports;
}

QStringList outputPorts(const Tool &tool)
{
    QStringList ports;
    if (const Json *props = properties(tool.returns)) {
        for (auto it = props->begin(); it != props->end(); ++it)
            ports << QString::fromStdString(it.key());
    } else {
        ports << resultPort();
    }
    return ports;
}

bool hasNamedOutputs(const Tool &tool)
{
    return properties(tool.returns) != nullptr;
}

FieldType typeOf(const Json &schema, FieldType *itemType)
{
    if (itemType)
        *itemType = FieldType::Any;
    if (!schema.is_object())
        return FieldType::Any;
    FieldType type = FieldType::Any;
    const auto it = schema.find("type");
    if (it != schema.end() && it->is_string()) {
        type = typeNamed(it->get<std::string>());
    } else if (it != schema.end() && it->is_array()) {
        // ["string", "null"]: the one type that is not null.
        for (const Json &t : *it) {
            if (t.is_string() && t.get<std::string>() != "null") {
                if (type != FieldType::Any)
                    return FieldType::Any;
                type = typeNamed(t.get<std::string>());
            }
        }
    } else if (schema.contains("properties")) {
        type = FieldType::Object;
    } else if (schema.contains("items")) {
        type = FieldType::Array;
    }
    if (type == FieldType::Array && itemType) {
        const auto items = schema.find("items");
        if (items != schema.end())
            *itemType = typeOf(*items);
    }
    return type;
}

std::vector<ToolField> collect(const std::vector<Tool> &tools)
{
    std::vector<ToolField> fields;
    fields.reserve(tools.size() * 6);
    for (std::size_t t = 0; t < tools.size(); ++t) {
        const Tool &tool = tools[t];
        if (const Json *props = properties(tool.parameters)) {
            for (auto it = props->begin(); it != props->end(); ++it) {
                ToolField f;
                f.tool = int(t);
                f.side = ToolField::Side::Input;
                f.name = QString::fromStdString(it.key());
                f.description = stringOf(*it, "description");
                f.type = typeOf(*it, &f.itemType);
                fields.push_back(std::move(f));
            }
        }
        if (const Json *props = properties(tool.returns)) {
            for (auto it = props->begin(); it != props->end(); ++it) {
                ToolField f;
                f.tool = int(t);
                f.side = ToolField::Side::Output;
                f.name = QString::fromStdString(it.key());
                f.description = stringOf(*it, "description");
                f.type = typeOf(*it, &f.itemType);
                fields.push_back(std::move(f));
            }
        } else {
            ToolField f;
            f.tool = int(t);
            f.side = ToolField::Side::Output;
            f.name = resultPort();
            f.description = tool.description;
            f.type = typeOf(tool.returns, &f.itemType);
            f.wholeResult = true;
            fields.push_back(std::move(f));
        }
    }
    return fields;
}

double typeCompatibility(const ToolField &from, const ToolField &to)
{
    // An unknown type (a whole result without a schema) fits anything.
    if (from.type == FieldType::Any || to.type == FieldType::Any)
        return 1.0;
    const bool fromArray = from.type == FieldType::Array;
    const bool toArray = to.type == FieldType::Array;
    if (fromArray && toArray)
        return scalarCompatibility(from.itemType, to.itemType);
    // One value of a list feeds a parameter, or a parameter takes a list of one value.
    if (fromArray)
        return 0.85 * scalarCompatibility(from.itemType, to.type);
    if (toArray)
        return 0.85 * scalarCompatibility(from.type, to.itemType);
    return scalarCompatibility(from.type, to.type);
}

} // namespace ToolFields

} // namespace Callwright
