#pragma once

// The compiled form of a schema, shared by the validator and the value synthesiser. Internal:
// include it only from core/schema.

#include "model/json.h"
#include "schemaerror.h"
#include "schemavalidator.h"

#include <QRegularExpression>

#include <deque>
#include <string>
#include <utility>
#include <vector>

namespace Callwright::SchemaInternal {

/// Bits of the "type" keyword. Integer is a subset of Number, so a mask holding Number admits
/// every number.
enum TypeBit : unsigned {
    NullType = 1u << 0,
    BooleanType = 1u << 1,
    ObjectType = 1u << 2,
    ArrayType = 1u << 3,
    NumberType = 1u << 4,
    StringType = 1u << 5,
    IntegerType = 1u << 6,
    AllTypes = (1u << 7) - 1,
    UnknownType = 1u << 7, ///< what a "type" naming only unknown types leaves: nothing matches
};

enum class Format { None, Date, DateTime, Time, Email, Uri, Uuid, Ipv4, Ipv6, Hostname, Other };

/// A pattern translated from ECMA-262 to PCRE2 and compiled once.
struct Pattern
{
    std::string source; ///< as written in the schema
    QRegularExpression regex;
    QString error; ///< why it does not compile; empty when it does
    bool valid() const { return error.isEmpty(); }
};

struct Node;

/// One subschema with its keywords parsed. Pointers into the schema document stay valid as long
/// as the CompiledSchema lives; a null pointer means the keyword is absent.
struct Node
{
    const Json *raw = nullptr;
    std::string location; ///< JSON pointer of this subschema in the document

    bool isBoolean = false; ///< true and false schemas (and unreadable ones, read as true)
    bool booleanValue = true;

    unsigned types = 0;    ///< 0 when "type" does not constrain
    bool nullable = false; ///< OpenAPI's nullable: true admits null besides "type" and "enum"

    const Json *minimum = nullptr;
    const Json *maximum = nullptr;
    const Json *exclusiveMinimum = nullptr; ///< numeric form only
    const Json *exclusiveMaximum = nullptr;
    bool minimumExclusive = false; ///< draft 4 / OpenAPI 3.0 boolean form turns minimum strict
    bool maximumExclusive = false;
    const Json *multipleOf = nullptr;

    qint64 minLength = -1; ///< -1 when absent; lengths count Unicode code points
    qint64 maxLength = -1;
    const Pattern *pattern = nullptr;
    Format format = Format::None;
    std::string formatName;

    const Node *items = nullptr;           ///< every item past prefixItems (2020-12) or all items
    std::vector<const Node *> prefixItems; ///< 2020-12 prefixItems, or draft-7 array "items"
    const Node *additionalItems = nullptr; ///< draft-7 items past the tuple
    qint64 minItems = -1;
    qint64 maxItems = -1;
    bool uniqueItems = false;
    const Node *contains = nullptr;
    qint64 minContains = -1;
    qint64 maxContains = -1;

    std::vector<std::pair<std::string, const Node *>> properties; ///< sorted by name
    std::vector<std::pair<const Pattern *, const Node *>> patternProperties;
    const Node *additionalProperties = nullptr;
    std::vector<std::string> required;
    qint64 minProperties = -1;
    qint64 maxProperties = -1;
    std::vector<std::pair<std::string, std::vector<std::string>>> dependentRequired;
    std::vector<std::pair<std::string, const Node *>> dependentSchemas;
    const Node *propertyNames = nullptr;

    const Json *enumValues = nullptr;
    const Json *constValue = nullptr;
    std::vector<const Node *> allOf;
    std::vector<const Node *> anyOf;
    std::vector<const Node *> oneOf;
    const Node *notSchema = nullptr;
    const Node *ifSchema = nullptr;
    const Node *thenSchema = nullptr;
    const Node *elseSchema = nullptr;

    std::string ref; ///< as written
    const Node *refTarget = nullptr;
    bool refOnly = false; ///< draft 7: $ref makes every sibling keyword ignored
    std::string refError; ///< why the $ref does not resolve; such a node fails every value

    const Node *property(const std::string &name) const;
    /// The "description" text, or empty.
    std::string description() const;
};

/// A compiled schema document: the nodes, the patterns, and what was wrong with the schema.
struct CompiledSchema
{
    Json document;
    SchemaDraft draft = SchemaDraft::Draft2020_12;
    std::deque<Node> nodes; ///< a deque so that pointers to nodes stay valid while compiling
    std::deque<Pattern> patterns;
    const Node *root = nullptr;
    std::vector<SchemaError> issues;

    static std::shared_ptr<const CompiledSchema> compile(const Json &schema, SchemaDraft draft);
};

/// Fast check of one value against one node (no messages), for the synthesiser.
bool nodeAccepts(const Node &node, const Json &value);
/// Violations of one value against one node, located relative to that value.
std::vector<SchemaError> nodeErrors(const Node &node, const Json &value);

/// Translates an ECMA-262 pattern to PCRE2 syntax for QRegularExpression: "$" means end of input
/// only, \uXXXX and \u{X} become \x{…}, \d and \w stay ASCII.
QString ecmaToPcre(const std::string &pattern);
/// Unicode code points in UTF-8 text.
qint64 codePointCount(const std::string &utf8);
/// -1, 0 or 1; integers compare exactly, mixed kinds through long double.
int compareNumbers(const Json &a, const Json &b);
/// Whether value is a multiple of divisor, tolerant of binary floating-point noise.
bool isMultipleOf(const Json &value, const Json &divisor);
bool isIntegral(const Json &value);
/// Whether text has the given format; Format::Other and None accept everything.
bool checkFormat(Format format, const std::string &text);
Format formatFromName(const std::string &name);
/// A value as it reads in a message: strings quoted and cut at 60 characters.
std::string describeValue(const Json &value);
std::string typeMaskName(unsigned mask);

} // namespace Callwright::SchemaInternal
