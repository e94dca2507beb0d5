#include "callresults.h"

#include <QRegularExpression>

namespace Callwright::CallResults {

Json parse(const Message &toolMessage)
{
    return parse(toolMessage.content);
}

Json parse(const QString &content)
{
    try {
        return parseJson(content.toUtf8());
    } catch (const ModelError &) {
        return content;
    }
}

bool isError(const Json &result)
{
    return result.is_object() && result.contains("error");
}

bool containsScalar(const Json &doc, const Json &value)
{
    if (doc.is_object() || doc.is_array()) {
        for (const Json &v : doc) {
            if (containsScalar(v, value))
                return true;
        }
        return false;
    }
    return doc == value;
}

bool isReference(const Json &value)
{
    return value.is_string() && value.get_ref<const std::string &>().size() > 1
           && value.get_ref<const std::string &>()[0] == '$';
}

Json resolveReference(const QString &reference, const std::vector<std::pair<int, Json>> &results)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\$(\d+)(?:\.(.+))?$)"));
    const QRegularExpressionMatch m = pattern.match(reference);
    if (!m.hasMatch())
        return Json();
    const int ref = m.captured(1).toInt();
    for (const auto &[r, result] : results) {
        if (r != ref)
            continue;
        const Json *value = &result;
        if (m.hasCaptured(2)) {
            for (const QString &key : m.captured(2).split(QLatin1Char('.'))) {
                if (!value->is_object() || !value->contains(key.toStdString()))
                    return Json();
                value = &value->at(key.toStdString());
            }
        }
        return *value;
    }
    return Json();
}

} // namespace Callwright::CallResults
