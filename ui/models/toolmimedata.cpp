#include "toolmimedata.h"

#include "model/json.h"

#include <QMimeData>

namespace Callwright {

std::vector<qint64> ToolMimeData::toolIds() const
{
    std::vector<qint64> ids;
    ids.reserve(tools.size());
    for (const Entry &entry : tools)
        ids.push_back(entry.toolId);
    return ids;
}

QByteArray ToolMimeData::encode() const
{
    Json list = Json::array();
    for (const Entry &entry : tools)
        list.push_back({{"catalog_id", entry.catalogId}, {"tool_id", entry.toolId}});
    const Json payload{{"project", projectPath}, {"tools", list}};
    return QByteArray::fromStdString(payload.dump());
}

std::optional<ToolMimeData> ToolMimeData::decode(const QByteArray &data)
{
    const Json payload = Json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    if (!payload.is_object())
        return std::nullopt;
    const auto project = payload.find("project");
    const auto list = payload.find("tools");
    if (project == payload.end() || !project->is_string() || list == payload.end()
        || !list->is_array())
        return std::nullopt;
    ToolMimeData result;
    result.projectPath = project->get<QString>();
    for (const Json &item : *list) {
        if (!item.is_object() || !item.contains("catalog_id") || !item.contains("tool_id")
            || !item["catalog_id"].is_number_integer() || !item["tool_id"].is_number_integer())
            return std::nullopt;
        result.tools.push_back({item["catalog_id"].get<qint64>(), item["tool_id"].get<qint64>()});
    }
    return result;
}

QMimeData *ToolMimeData::toMimeData(const QStringList &names) const
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), encode());
    mime->setText(names.join(QLatin1Char('\n')));
    return mime;
}

std::optional<ToolMimeData> ToolMimeData::fromMimeData(const QMimeData *mime)
{
    const QString type = QString::fromLatin1(kMimeType);
    if (!mime || !mime->hasFormat(type))
        return std::nullopt;
    return decode(mime->data(type));
}

} // namespace Callwright
