#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QMimeData;

namespace Callwright {

/// Tools dragged out of the catalog tree, for views that accept them (the Graph panel).
///
/// The payload of kMimeType is UTF-8 JSON, the tools in the order the tree shows them:
///
///     {"project": "/home/ann/shop.callwright",
///      "tools": [{"catalog_id": 1, "tool_id": 3}, {"catalog_id": 1, "tool_id": 5}]}
///
/// Ids are row ids of one project file, so a drop target must check "project" against its
/// own document before it trusts them. The drag also carries text/plain: the tools' names,
/// one a line, for dropping into editors.
struct ToolMimeData
{
    static constexpr char kMimeType[] = "application/x-callwright-tool-ids";

    struct Entry
    {
        qint64 catalogId = 0;
        qint64 toolId = 0;
    };

    QString projectPath;
    std::vector<Entry> tools;

    std::vector<qint64> toolIds() const;

    QByteArray encode() const;
    /// Nothing when the bytes are not such a payload.
    static std::optional<ToolMimeData> decode(const QByteArray &data);

    /// New mime data with both formats; names are the tools' names for text/plain.
    QMimeData *toMimeData(const QStringList &names) const;
    static std::optional<ToolMimeData> fromMimeData(const QMimeData *mime);
};

} // namespace Callwright
