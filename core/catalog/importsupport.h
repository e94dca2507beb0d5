#pragma once

#include "importreport.h"
#include "model/json.h"
#include "model/tool.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <optional>
#include <string>

namespace Callwright {

/// Limits every importer enforces, so that a hostile or mistaken file fails with a message
/// instead of exhausting memory or the stack.
namespace ImportLimits {
/// Larger files are refused: the largest real catalog we know (BFCL's 3,108 functions) is
/// 2.3 MB, and a parsed JSON document takes about ten times its size in memory.
inline constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;
/// JSON nesting levels (objects and arrays) of one tool's parameters or returns schema.
inline constexpr int kMaxSchemaDepth = 64;
/// Nesting levels of a whole source document (an OpenAPI file holds schemas deep inside).
inline constexpr int kMaxDocumentDepth = 256;
/// Values a YAML document may expand to; aliases can otherwise multiply a small file.
inline constexpr qint64 kMaxDocumentValues = 1'000'000;
} // namespace ImportLimits

/// The whole of a file, or nothing with *error naming it (unreadable, or over the size limit).
std::optional<QByteArray> readImportFile(const QString &path, QString *error);

/// The JSON pointer (relative to value) of the first container nested deeper than maxDepth
/// levels, the value itself being level 1; nothing when value is shallow enough.
/// Iterative, so it is safe on input that would overflow the stack of a recursive walk.
std::optional<std::string> tooDeep(const Json &value, int maxDepth);

/// One reference token of a JSON pointer, escaped ('~' to "~0", '/' to "~1").
std::string pointerToken(std::string_view token);
QString pointerToken(const QString &token);

/// Hands out tool names valid for OpenAI (as sanitizedToolName() does), unique
/// among the names it handed out, in constant time per name, which large catalogs need.
class ToolNamer final
{
public:
    QString take(const QString &name);
    /// Counts name, exactly as given, as handed out already.
    void reserve(const QString &name) { m_taken.insert(name); }

private:
    QSet<QString> m_taken;
};

/// Names tool after original through namer, keeping original in the tool's origin when the
/// name had to change; true then, for the importer to report the renaming.
bool takeToolName(Tool &tool, ToolNamer &namer, const QString &original);

/// Where an importer writes its report and error: the caller's, or stand-ins when the caller
/// passed none, so the importer never has to ask.
class ImportOutputs final
{
    ImportReport m_ownReport;
    QString m_ownError;

public:
    ImportOutputs(ImportReport *report, QString *error, const QString &source)
        : report(report ? *report : m_ownReport)
        , error(error ? *error : m_ownError)
    {
        this->report.source = source;
    }
    ImportOutputs(const ImportOutputs &) = delete;
    ImportOutputs &operator=(const ImportOutputs &) = delete;

    ImportReport &report;
    QString &error;
};

/// The text of a JSON scalar for messages: strings unquoted, anything else as JSON.
QString scalarText(const Json &value);

} // namespace Callwright
