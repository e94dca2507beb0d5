#include "exportformat.h"

namespace Callwright {

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::OpenAi:
        return QStringLiteral("openai");
    case ExportFormat::Trl:
        return QStringLiteral("trl");
    case ExportFormat::ShareGpt:
        return QStringLiteral("sharegpt");
    case ExportFormat::Hermes:
        return QStringLiteral("hermes");
    case ExportFormat::Bfcl:
        return QStringLiteral("bfcl");
    }
    return QString();
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    for (ExportFormat f : kExportFormats) {
        if (exportFormatName(f).compare(name, Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QStringList exportFormatNames()
{
    QStringList names;
    for (ExportFormat f : kExportFormats)
        names << exportFormatName(f);
    return names;
}

bool exportFormatImportable(ExportFormat format)
{
    return format != ExportFormat::Bfcl;
}

QString importEngineName(ExportFormat format)
{
    return QStringLiteral("import:") + exportFormatName(format);
}

} // namespace Callwright
