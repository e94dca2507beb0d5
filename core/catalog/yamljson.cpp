#include "yamljson.h"

#include "importsupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)
};

struct Failure
{
    YAML::Mark mark;
    QString message;
};

// A plain scalar resolved by the YAML 1.2 core schema.
Json plainScalar(const std::string &text)
{
    if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL")
        return nullptr;
    if (text == "true" || text == "True" || text == "TRUE")
        return true;
    if (text == "false" || text == "False" || text == "FALSE")
        return false;
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression octal(QStringLiteral("^0o[0-7]+$"));
    static const QRegularExpression hex(QStringLiteral("^0x[0-9a-fA-F]+$"));
    static const QRegularExpression real(
            QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    const QString s = QString::fromStdString(text);
    bool ok = false;
    if (integer.match(s).hasMatch()) {
        const qlonglong n = s.toLongLong(&ok);
        if (ok)
            return n;
        const qulonglong u = s.toULongLong(&ok);
        if (ok)
            return u;
        return s.toDouble(); // too large for 64 bits: JSON readers would do the same
    }
    if (octal.match(s).hasMatch()) {
        const qlonglong n = s.mid(2).toLongLong(&ok, 8);
        if (ok)
            return n;
    }
    if (hex.match(s).hasMatch()) {
        const qlonglong n = s.mid(2).toLongLong(&ok, 16);
        if (ok)
            return n;
    }
    if (real.match(s).hasMatch()) {
        const double d = s.toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    // .inf and .nan have no JSON form; they stay text like every other plain scalar.
    return text;
}

Json taggedScalar(const YAML::Node &node)
{
    const std::string &tag = node.Tag();
    const std::string &text = node.Scalar();
    if (tag == "?" || tag.empty())
        return plainScalar(text);
    const std::string core = "tag:yaml.org,2002:";
    if (tag.rfind(core, 0) == 0 && tag != core + "str") {
        Json value = plainScalar(text);
        const std::string kind = tag.substr(core.size());
        const bool fits = (kind == "null" && value.is_null())
                          || (kind == "bool" && value.is_boolean())
                          || (kind == "int" && value.is_number_integer())
                          || (kind == "float" && value.is_number());
        if (!fits) {
            throw Failure{node.Mark(),
                          Tr::tr("\"%1\" is not a valid !!%2")
                                  .arg(QString::fromStdString(text), QString::fromStdString(kind))};
        }
        return value;
    }
    return text; // quoted, block, !!str, or an application tag: text
}

class Converter final
{
public:
    Json convert(const YAML::Node &node, int depth)
    {
        if (depth > ImportLimits::kMaxDocumentDepth) {
            throw Failure{
                    node.Mark(),
                    Tr::tr("nested deeper than %1 levels").arg(ImportLimits::kMaxDocumentDepth)};
        }
        if (++m_values > ImportLimits::kMaxDocumentValues) {
            throw Failure{node.Mark(), Tr::tr("the document expands to more than %1 values "
                                              "(through aliases?)")
                                               .arg(ImportLimits::kMaxDocumentValues)};
        }
        switch (node.Type()) {
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            return nullptr;
        case YAML::NodeType::Scalar:
            return taggedScalar(node);
        case YAML::NodeType::Sequence: {
            Json out = Json::array();
            for (const YAML::Node &item : node)
                out.push_back(convert(item, depth + 1));
            return out;
        }
        case YAML::NodeType::Map: {
            Json out = Json::object();
            for (const auto &entry : node) {
                const YAML::Node &key = entry.first;
                if (!key.IsScalar() && !key.IsNull())
                    throw Failure{key.Mark(), Tr::tr("a key that is not a single value")};
                const std::string name = key.IsNull() ? std::string() : key.Scalar();
                if (out.contains(name)) {
                    throw Failure{key.Mark(),
                                  Tr::tr("duplicate key \"%1\"").arg(QString::fromStdString(name))};
                }
                out[name] = convert(entry.second, depth + 1);
            }
            return out;
        }
        }
        return nullptr;
    }

private:
    qint64 m_values = 0;
};

QString position(const YAML::Mark &mark)
{
    if (mark.is_null())
        return {};
    return Tr::tr(" at line %1, column %2").arg(mark.line + 1).arg(mark.column + 1);
}

} // namespace

std::optional<Json> parseYaml(const QByteArray &text, QString *error)
{
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        return Converter().convert(root, 1);
    } catch (const YAML::Exception &e) {
        if (error) {
            *error = Tr::tr("malformed YAML%1: %2")
                             .arg(position(e.mark), QString::fromStdString(e.msg));
        }
    } catch (const Failure &f) {
        if (error)
            *error = Tr::tr("YAML%1: %2").arg(position(f.mark), f.message);
    }
    return std::nullopt;
}

std::optional<Json> parseJsonOrYaml(const QByteArray &text, QString *error)
{
    const QByteArray start = text.left(64).trimmed();
    if (start.startsWith('{') || start.startsWith('[') || start.startsWith("\xEF\xBB\xBF{")) {
        try {
            Json root = parseJson(text);
            if (const auto deep = tooDeep(root, ImportLimits::kMaxDocumentDepth)) {
                if (error) {
                    *error = Tr::tr("%1 is nested deeper than %2 levels")
                                     .arg(QString::fromStdString(*deep))
                                     .arg(ImportLimits::kMaxDocumentDepth);
                }
                return std::nullopt;
            }
            return root;
        } catch (const ModelError &e) {
            if (error)
                *error = QString::fromUtf8(e.what());
            return std::nullopt;
        }
    }
    return parseYaml(text, error);
}

} // namespace Callwright
