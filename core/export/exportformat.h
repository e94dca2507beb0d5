#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Callwright {

/// The dataset shapes Callwright writes (and, all but BFCL, reads back).
enum class ExportFormat { OpenAi, Trl, ShareGpt, Hermes, Bfcl };

/// Every format, in the order menus list them.
inline constexpr ExportFormat kExportFormats[]
        = {ExportFormat::OpenAi, ExportFormat::Trl, ExportFormat::ShareGpt, ExportFormat::Hermes,
           ExportFormat::Bfcl};

/// The name used on the command line and in files: "openai", "trl", "sharegpt", ...
QString exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QStringList exportFormatNames();
/// Whether files of the format can be imported back into a project.
bool exportFormatImportable(ExportFormat format);
/// The engine recorded on dialogues imported from the format: "import:openai", ...
QString importEngineName(ExportFormat format);

} // namespace Callwright
