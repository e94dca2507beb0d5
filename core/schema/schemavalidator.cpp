// The public face of the validator and the small value helpers the walker and synthesiser share.
#include "compiledschema.h"

#include <cmath>

namespace Callwright {

namespace SchemaInternal {

int compareNumbers(const Json &a, const Json &b)
{
    // long double holds every int64, uint64 and double exactly on the platforms we build for.
    const auto wide = [](const Json &j) -> long double {
        if (j.is_number_unsigned())
            return static_cast<long double>(j.get<quint64>());
        if (j.is_number_integer())
            return static_cast<long double>(j.get<qint64>());
        return static_cast<long double>(j.get<double>());
    };
    const long double x = wide(a);
    const long double y = wide(b);
    return x < y ? -1 : (x > y ? 1 : 0);
}

bool isIntegral(const Json &value)
{
    if (value.is_number_integer() || value.is_number_unsigned())
        return true;
    if (!value.is_number_float())
        return false;
    const double d = value.get<double>();
    return std::isfinite(d) && std::floor(d) == d;
}

bool isMultipleOf(const Json &value, const Json &divisor)
{
    if (!value.is_number_float() && !divisor.is_number_float()) {
        if (value.is_number_unsigned() || divisor.is_number_unsigned())
            return value.get<quint64>() % divisor.get<quint64>() == 0;
        return value.get<qint64>() % divisor.get<qint64>() == 0;
    }
    // In double on purpose: a quotient that overflows is no multiple.
    const double q = value.get<double>() / divisor.get<double>();
    if (!std::isfinite(q))
        return false;
    const double r = std::nearbyint(q);
    return std::fabs(q - r) <= 1e-9 * std::max(1.0, std::fabs(q));
}

qint64 codePointCount(const std::string &utf8)
{
    qint64 n = 0;
    for (const char c : utf8)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

std::string describeValue(const Json &value)
{
    if (value.is_object())
        return "an object";
    if (value.is_array())
        return "an array";
    std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (value.is_string() && codePointCount(text) > 62) {
        // The opening quote and 60 characters, cut on a code point boundary.
        std::size_t cut = 0;
        for (int points = 0; cut < text.size() && points < 61; ++points) {
            ++cut;
            while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
                ++cut;
        }
        text = text.substr(0, cut) + "…\"";
    }
    return text;
}

std::string typeMaskName(unsigned mask)
{
    static const std::pair<unsigned, const char *> names[]
            = {{ObjectType, "object"}, {ArrayType, "array"},     {StringType, "string"},
               {NumberType, "number"}, {IntegerType, "integer"}, {BooleanType, "boolean"},
               {NullType, "null"}};
    std::vector<std::string> parts;
    for (const auto &[bit, name] : names) {
        if ((mask & bit) && !(bit == IntegerType && (mask & NumberType)))
            parts.push_back(name);
    }
    if (parts.empty())
        return "a known type";
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i == 0 ? "" : (i + 1 == parts.size() ? " or " : ", ")) + parts[i];
    return out;
}

} // namespace SchemaInternal

QString SchemaError::toString() const
{
    return (instanceLocation.isEmpty() ? QStringLiteral("(root)") : instanceLocation)
           + QStringLiteral(": ") + message;
}

SchemaValidator::SchemaValidator(const Json &schema, SchemaDraft defaultDraft)
    : m_compiled(
            SchemaInternal::CompiledSchema::compile(schema, detectDraft(schema, defaultDraft)))
{}

SchemaValidator::~SchemaValidator() = default;
SchemaValidator::SchemaValidator(const SchemaValidator &) = default;
SchemaValidator &SchemaValidator::operator=(const SchemaValidator &) = default;

SchemaDraft SchemaValidator::draft() const
{
    return m_compiled->draft;
}

std::vector<SchemaError> SchemaValidator::validate(const Json &instance) const
{
    return SchemaInternal::nodeErrors(*m_compiled->root, instance);
}

bool SchemaValidator::isValid(const Json &instance) const
{
    return SchemaInternal::nodeAccepts(*m_compiled->root, instance);
}

const std::vector<SchemaError> &SchemaValidator::schemaIssues() const
{
    return m_compiled->issues;
}

std::vector<SchemaError> SchemaValidator::checkSchema(const Json &schema, SchemaDraft defaultDraft)
{
    return SchemaValidator(schema, defaultDraft).schemaIssues();
}

SchemaDraft SchemaValidator::detectDraft(const Json &schema, SchemaDraft fallback)
{
    if (!schema.is_object())
        return fallback;
    const auto it = schema.find("$schema");
    if (it == schema.end() || !it->is_string())
        return fallback;
    const std::string &uri = it->get_ref<const std::string &>();
    for (const char *old : {"draft-07", "draft-06", "draft-04", "draft-03"}) {
        if (uri.find(old) != std::string::npos)
            return SchemaDraft::Draft7;
    }
    if (uri.find("2020-12") != std::string::npos || uri.find("2019-09") != std::string::npos)
        return SchemaDraft::Draft2020_12;
    return fallback;
}

} // namespace Callwright
