#include "bfclimporter.h"

#include "importsupport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>
#include <map>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BfclImporter)
};

// BFCL's own type names (Python's, mostly) and the JSON Schema types they stand for.
const std::pair<const char *, const char *> kTypeNames[] = {
        {"dict", "object"}, {"float", "number"}, {"tuple", "array"}, {"list", "array"},
        {"set", "array"},   {"str", "string"},   {"int", "integer"}, {"bool", "boolean"},
};

bool isJsonSchemaType(const std::string &type)
{
    return type == "object" || type == "array" || type == "string" || type == "integer"
           || type == "number" || type == "boolean" || type == "null";
}

bool matchesType(const Json &value, const std::string &type)
{
    if (type == "object")
        return value.is_object();
    if (type == "array")
        return value.is_array();
    if (type == "string")
        return value.is_string();
    if (type == "integer")
        return value.is_number_integer()
               || (value.is_number_float()
                   && std::floor(value.get<double>()) == value.get<double>());
    if (type == "number")
        return value.is_number();
    if (type == "boolean")
        return value.is_boolean();
    if (type == "null")
        return value.is_null();
    return true;
}

// A string standing for a boolean or a number ("false", "3", "1.5") as that value.
std::optional<Json> convertedFromString(const Json &value, const std::string &type)
{
    if (!value.is_string())
        return std::nullopt;
    const QString text = value.get<QString>().trimmed();
    bool ok = false;
    if (type == "boolean") {
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return Json(true);
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return Json(false);
    } else if (type == "integer") {
        const qlonglong n = text.toLongLong(&ok);
        if (ok)
            return Json(n);
    } else if (type == "number") {
        const double d = text.toDouble(&ok);
        if (ok && std::isfinite(d))
            return Json(d);
    }
    return std::nullopt;
}

// Walks one schema of one function, rewriting it in place and reporting each change.
class Normaliser final
{
public:
    Normaliser(const QString &tool, ImportReport &report)
        : m_tool(tool)
        , m_report(report)
    {}

    void schema(Json &s, const QString &at)
    {
        if (!s.is_object())
            return;
        type(s, at);
        if (const auto it = s.find("optional"); it != s.end()) {
            warn(at + QStringLiteral("/optional"),
                 Tr::tr("non-standard \"optional\": %1 removed; \"required\" alone says which "
                        "parameters are required")
                         .arg(scalarText(*it)));
            s.erase(it);
        }
        if (s.contains("default"))
            defaultValue(s, at);
        if (s.contains("enum"))
            enumValues(s, at);
        required(s, at);
        if (const auto it = s.find("properties"); it != s.end() && it->is_object()) {
            for (auto p = it->begin(); p != it->end(); ++p)
                schema(*p, at + QStringLiteral("/properties/")
                                   + QString::fromStdString(pointerToken(p.key())));
        }
        if (const auto it = s.find("items"); it != s.end()) {
            if (it->is_array()) {
                // A list of schemas is a tuple: draft 7's array "items", 2020-12's prefixItems.
                Json tuple = std::move(*it);
                s.erase("items");
                for (std::size_t i = 0; i < tuple.size(); ++i)
                    schema(tuple[i], at + QStringLiteral("/items/%1").arg(i));
                s["prefixItems"] = std::move(tuple);
                warn(at + QStringLiteral("/items"),
                     Tr::tr("a list of item schemas became \"prefixItems\""));
            } else {
                schema(*it, at + QStringLiteral("/items"));
            }
        }
        if (const auto it = s.find("additionalProperties"); it != s.end())
            schema(*it, at + QStringLiteral("/additionalProperties"));
        for (const char *key : {"anyOf", "oneOf", "allOf"}) {
            const auto it = s.find(key);
            if (it == s.end() || !it->is_array())
                continue;
            for (std::size_t i = 0; i < it->size(); ++i)
                schema((*it)[i], at + QStringLiteral("/%1/%2").arg(QLatin1String(key)).arg(i));
        }
    }

private:
    void warn(const QString &field, const QString &message)
    {
        m_report.warn(m_tool, field, message);
    }

    std::string renamedType(const std::string &type, const QString &at)
    {
        for (const auto &[bfcl, json] : kTypeNames) {
            if (type == bfcl) {
                warn(at, Tr::tr("type \"%1\" became \"%2\"")
                                 .arg(QLatin1String(bfcl), QLatin1String(json)));
                return json;
            }
        }
        return type;
    }

    void type(Json &s, const QString &at)
    {
        const auto it = s.find("type");
        if (it == s.end())
            return;
        const QString field = at + QStringLiteral("/type");
        if (it->is_string()) {
            const std::string type = it->get<std::string>();
            if (type == "any") {
                s.erase(it);
                warn(field, Tr::tr("type \"any\" removed: any value is accepted"));
                return;
            }
            *it = renamedType(type, field);
            if (!isJsonSchemaType(it->get<std::string>()))
                warn(field, Tr::tr("unknown type \"%1\" kept as is").arg(scalarText(*it)));
        } else if (it->is_array()) {
            for (Json &t : *it) {
                if (t.is_string())
                    t = renamedType(t.get<std::string>(), field);
            }
        }
    }

    // The schema's types when it names them; empty when it accepts anything.
    static std::vector<std::string> typesOf(const Json &s)
    {
        std::vector<std::string> types;
        const auto it = s.find("type");
        if (it == s.end())
            return types;
        if (it->is_string())
            types.push_back(it->get<std::string>());
        else if (it->is_array()) {
            for (const Json &t : *it) {
                if (t.is_string())
                    types.push_back(t.get<std::string>());
            }
        }
        return types;
    }

    // value as a value of one of types: itself, converted from a string, or nothing.
    static std::optional<Json> fitted(const Json &value, const std::vector<std::string> &types)
    {
        if (types.empty())
            return value;
        for (const std::string &t : types) {
            if (matchesType(value, t))
                return value;
        }
        for (const std::string &t : types) {
            if (auto converted = convertedFromString(value, t))
                return converted;
        }
        return std::nullopt;
    }

    void defaultValue(Json &s, const QString &at)
    {
        const QString field = at + QStringLiteral("/default");
        const Json value = s.at("default");
        const std::vector<std::string> types = typesOf(s);
        if (value == "None" || (value.is_null() && !types.empty() && !fitted(value, types))) {
            s.erase("default");
            warn(field, Tr::tr("default None removed: BFCL's way of saying \"no value\", which "
                               "the type does not allow"));
            return;
        }
        const std::optional<Json> fit = fitted(value, types);
        if (!fit) {
            s.erase("default");
            warn(field,
                 Tr::tr("default %1 removed: not a value of the type").arg(toQString(value)));
        } else if (*fit != value) {
            warn(field, Tr::tr("default %1 became %2").arg(toQString(value), toQString(*fit)));
            s["default"] = *fit;
        }
    }

    void enumValues(Json &s, const QString &at)
    {
        const QString field = at + QStringLiteral("/enum");
        Json &values = s["enum"];
        if (!values.is_array())
            return;
        const std::vector<std::string> types = typesOf(s);
        Json kept = Json::array();
        QStringList converted;
        QStringList removed;
        for (const Json &v : values) {
            if (const std::optional<Json> fit = fitted(v, types)) {
                if (*fit != v)
                    converted << toQString(v);
                kept.push_back(*fit);
            } else {
                removed << toQString(v);
            }
        }
        if (!converted.isEmpty())
            warn(field, Tr::tr("enum values %1 converted to the type")
                                .arg(converted.join(QStringLiteral(", "))));
        if (!removed.isEmpty())
            warn(field, Tr::tr("enum values %1 removed: not values of the type")
                                .arg(removed.join(QStringLiteral(", "))));
        if (kept.empty()) {
            s.erase("enum");
            warn(field, Tr::tr("enum removed: no value was left"));
        } else {
            values = std::move(kept);
        }
    }

    void required(Json &s, const QString &at)
    {
        const auto it = s.find("required");
        if (it == s.end() || it->is_boolean())
            return;
        const QString field = at + QStringLiteral("/required");
        if (!it->is_array()) {
            warn(field, Tr::tr("\"required\" is not a list: removed"));
            s.erase(it);
            return;
        }
        const auto properties = s.find("properties");
        for (const Json &name : *it) {
            if (!name.is_string()) {
                warn(field,
                     Tr::tr("\"required\" lists %1, which is not a name").arg(toQString(name)));
            } else if (properties == s.end() || !properties->is_object()
                       || !properties->contains(name.get<std::string>())) {
                warn(field, Tr::tr("\"%1\" is required but has no schema under \"properties\"")
                                    .arg(scalarText(name)));
            }
        }
    }

    const QString m_tool;
    ImportReport &m_report;
};

struct Line
{
    int number = 0;
    QString source;
};

QString atLine(const Line &line, const QString &what)
{
    return Tr::tr("%1, line %2: %3").arg(line.source).arg(line.number).arg(what);
}

std::optional<Tool> readFunction(const Json &fn, const Line &line, ToolNamer &namer,
                                 ImportReport &report, std::map<std::string, int> &ignored,
                                 QString *error)
{
    if (!fn.is_object()) {
        *error = atLine(line, Tr::tr("expected a function object, found %1")
                                      .arg(QString::fromStdString(JsonRead::typeName(fn))));
        return std::nullopt;
    }
    const auto name = fn.find("name");
    if (name == fn.end() || !name->is_string() || name->get<std::string>().empty()) {
        *error = atLine(line, Tr::tr("/name is missing or not a string"));
        return std::nullopt;
    }
    for (const char *key : {"parameters", "response"}) {
        const auto it = fn.find(key);
        if (it == fn.end())
            continue;
        if (!it->is_object()) {
            *error = atLine(line, Tr::tr("/%1 must be a schema object").arg(QLatin1String(key)));
            return std::nullopt;
        }
        if (const auto deep = tooDeep(*it, ImportLimits::kMaxSchemaDepth)) {
            *error = atLine(line, Tr::tr("/%1%2 is nested deeper than %3 levels")
                                          .arg(QLatin1String(key), QString::fromStdString(*deep))
                                          .arg(ImportLimits::kMaxSchemaDepth));
            return std::nullopt;
        }
    }

    Tool tool;
    tool.origin.kind = ToolOrigin::Kind::Bfcl;
    tool.origin.source = line.source;
    const QString original = name->get<QString>();
    if (takeToolName(tool, namer, original)) {
        report.warn(tool.name, QStringLiteral("/name"),
                    Tr::tr("renamed from \"%1\"").arg(original));
    }
    if (const auto d = fn.find("description"); d != fn.end() && d->is_string())
        tool.description = d->get<QString>();
    if (tool.description.trimmed().isEmpty())
        report.warn(tool.name, QStringLiteral("/description"), Tr::tr("missing description"));

    Normaliser normaliser(tool.name, report);
    if (const auto p = fn.find("parameters"); p != fn.end()) {
        tool.parameters = *p;
        normaliser.schema(tool.parameters, QStringLiteral("/parameters"));
    } else {
        tool.parameters = Json{{"type", "object"}, {"properties", Json::object()}};
        report.warn(tool.name, QStringLiteral("/parameters"),
                    Tr::tr("no parameters schema; the tool takes no arguments"));
    }
    if (!tool.parameters.contains("type")) {
        tool.parameters["type"] = "object";
        report.warn(tool.name, QStringLiteral("/parameters/type"),
                    Tr::tr("type set to \"object\""));
    }
    if (const auto r = fn.find("response"); r != fn.end()) {
        tool.returns = *r;
        normaliser.schema(tool.returns, QStringLiteral("/response"));
    }
    if (const auto c = fn.find("_bfcl_category"); c != fn.end() && c->is_string())
        tool.tags.append(QStringLiteral("bfcl:") + c->get<QString>());

    for (auto it = fn.begin(); it != fn.end(); ++it) {
        const std::string &key = it.key();
        if (key != "name" && key != "description" && key != "parameters" && key != "response"
            && key != "_bfcl_category") {
            ++ignored[key];
        }
    }
    return tool;
}

} // namespace

std::optional<Catalog> BfclImporter::read(const QByteArray &data, const QString &sourceName,
                                          ImportReport *report, QString *error)
{
    ImportOutputs out(report, error, sourceName);
    ImportReport &r = out.report;
    QString &err = out.error;

    Catalog catalog;
    catalog.name = QFileInfo(sourceName).completeBaseName();
    ToolNamer namer;
    std::map<std::string, int> ignored;
    Line line{0, sourceName};
    qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a byte order mark
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        ++line.number;
        const std::string_view text(data.constData() + start, std::size_t(end - start));
        start = end + 1;
        if (text.find_first_not_of(" \t\r") == std::string_view::npos)
            continue;
        Json fn;
        try {
            fn = Json::parse(text.begin(), text.end());
        } catch (const Json::parse_error &e) {
            std::string what = e.what();
            const auto colon = what.find(": ", what.find("parse error"));
            err = Tr::tr("%1, line %2, column %3: malformed JSON: %4")
                          .arg(sourceName)
                          .arg(line.number)
                          .arg(e.byte)
                          .arg(QString::fromStdString(
                                  colon == std::string::npos ? what : what.substr(colon + 2)));
            if (e.byte >= text.size())
                err += Tr::tr(" (BFCL files hold one whole function per line)");
            return std::nullopt;
        }
        QString fnError;
        std::optional<Tool> tool = readFunction(fn, line, namer, r, ignored, &fnError);
        if (!tool) {
            err = fnError;
            return std::nullopt;
        }
        catalog.tools.push_back(std::move(*tool));
    }
    for (const auto &[key, count] : ignored) {
        r.warn({}, QStringLiteral("/") + QString::fromStdString(pointerToken(key)),
               Tr::tr("\"%1\" (on %n function(s)) is not kept", nullptr, count)
                       .arg(QString::fromStdString(key)));
    }
    if (catalog.tools.empty())
        r.warn({}, {}, Tr::tr("the file holds no functions"));
    r.toolsImported = int(catalog.tools.size());
    return catalog;
}

std::optional<Catalog> BfclImporter::readFile(const QString &path, ImportReport *report,
                                              QString *error)
{
    std::optional<QByteArray> data = readImportFile(path, error);
    if (!data)
        return std::nullopt;
    return read(*data, path, report, error);
}

} // namespace Callwright
