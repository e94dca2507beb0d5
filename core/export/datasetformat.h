#pragma once

#include "exportformat.h"

#include "model/catalog.h"
#include "model/dialogue.h"

#include <memory>
#include <vector>

namespace Callwright {

/// A problem found in a dataset file: which file, which line (1-based) and which field (a JSON
/// pointer into that line's record).
struct FormatProblem
{
    QString file;
    qint64 line = 0;
    QString field;
    QString message;

    /// "file:line: field: message", the shape compilers use, so editors can jump to it.
    QString toString() const;
};

/// What a record needs besides the dialogue: the tools the assistant is offered and the
/// options that change the rows.
struct RecordContext
{
    const Catalog *catalog = nullptr;
    /// The catalog's tools as OpenAI lists them ({"type": "function", "function": {...}}),
    /// built once per catalog by the caller; null for none.
    const Json *tools = nullptr;
    /// The tools as this format writes them (DatasetFormat::prepareTools()), when the caller
    /// made them once for many records; null to have each record make them.
    const Json *prepared = nullptr;
    QString systemPrompt; ///< already expanded; empty for none
    bool weights = false;
};

/// One dialogue and the tools read from one record of an imported file.
struct ImportedRecord
{
    Dialogue dialogue;
    std::vector<Tool> tools;
};

/// One dataset shape: how a dialogue becomes a record, what a valid record looks like, and
/// how a record becomes a dialogue again. A record has one part per file of the format (BFCL
/// keeps questions and answers apart; the others have one part). Validation and reading
/// throw ModelError whose path is the offending field.
class DatasetFormat
{
public:
    virtual ~DatasetFormat();

    virtual ExportFormat format() const = 0;
    /// The file name endings of the parts, e.g. {".jsonl"} or {".jsonl", ".answers.jsonl"}.
    virtual QStringList partSuffixes() const { return {QStringLiteral(".jsonl")}; }
    /// The tool list (OpenAI's shape) as this format writes it, made once per catalog.
    virtual Json prepareTools(const Json &openAiTools) const { return openAiTools; }
    virtual std::vector<Json> write(const Dialogue &dialogue,
                                    const RecordContext &context) const = 0;
    virtual void validate(const std::vector<Json> &parts) const = 0;
    /// The dialogue (engine "import:<format>") and tools of a record that validate() accepts.
    virtual ImportedRecord read(const Json &record) const;

    static std::unique_ptr<DatasetFormat> create(ExportFormat format);
};

/// Validates the files of one export written in format, line by line in step, without
/// holding them in memory. Returns every problem found, at most maxProblems of them.
std::vector<FormatProblem> validateDatasetFiles(ExportFormat format, const QStringList &paths,
                                                int maxProblems = 100);

namespace ExportSupport {

/// The context's tool list, or an empty list.
const Json &toolsOf(const RecordContext &context);
/// The context's prepared tools, or format.prepareTools() of its tool list.
Json preparedTools(const DatasetFormat &format, const RecordContext &context);
/// The tool a call names, as a Tool read from an OpenAI-style list; nullptr when absent.
std::vector<Tool> toolsFromOpenAi(const Json &list, const char *field);
/// The content of a tool message from a value: strings stay, the rest is dumped.
QString contentText(const Json &value);
/// A call as Hermes and ShareGPT write it: {"name": …, "arguments": {…}}, name first.
std::string callText(const ToolCall &call);
/// Rebuilds the call records of a dialogue from its assistant calls and tool messages.
void rebuildCalls(Dialogue &dialogue);
/// Throws ModelError at path when cond is false.
void require(bool cond, const std::string &path, const std::string &message);
const Json &member(const Json &object, const char *key, const std::string &path);
QString stringMember(const Json &object, const char *key, const std::string &path);

} // namespace ExportSupport

} // namespace Callwright
