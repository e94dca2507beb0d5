#include "datasetformat.h"

#include "simulation/callresults.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Callwright {

std::unique_ptr<DatasetFormat> makeOpenAiFormat();
std::unique_ptr<DatasetFormat> makeTrlFormat();
std::unique_ptr<DatasetFormat> makeShareGptFormat();
std::unique_ptr<DatasetFormat> makeHermesFormat();
std::unique_ptr<DatasetFormat> makeBfclFormat();

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatasetFormat)
};

} // namespace

QString FormatProblem::toString() const
{
    QString where = file.isEmpty() ? QString() : file;
    if (line > 0)
        where += (where.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(line);
    QString text = where.isEmpty() ? QString() : where + QStringLiteral(": ");
    if (!field.isEmpty())
        text += field + QStringLiteral(": ");
    return text + message;
}

DatasetFormat::~DatasetFormat() = default;

ImportedRecord DatasetFormat::read(const Json &) const
{
    throw ModelError({}, "this format cannot be imported");
}

std::unique_ptr<DatasetFormat> DatasetFormat::create(ExportFormat format)
{
    switch (format) {
    case ExportFormat::OpenAi:
        return makeOpenAiFormat();
    case ExportFormat::Trl:
        return makeTrlFormat();
    case ExportFormat::ShareGpt:
        return makeShareGptFormat();
    case ExportFormat::Hermes:
        return makeHermesFormat();
    case ExportFormat::Bfcl:
        return makeBfclFormat();
    }
    return nullptr;
}

std::vector<FormatProblem> validateDatasetFiles(ExportFormat format, const QStringList &paths,
                                                int maxProblems)
{
    std::vector<FormatProblem> problems;
    const std::unique_ptr<DatasetFormat> fmt = DatasetFormat::create(format);
    const int parts = int(fmt->partSuffixes().size());
    if (paths.size() != parts) {
        problems.push_back({QString(), 0, QString(),
                            Tr::tr("%1 needs %2 file(s), %3 given")
                                    .arg(exportFormatName(format))
                                    .arg(parts)
                                    .arg(paths.size())});
        return problems;
    }
    std::vector<std::unique_ptr<QFile>> files;
    for (const QString &path : paths) {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly)) {
            problems.push_back(
                    {path, 0, QString(), Tr::tr("cannot be read: %1").arg(file->errorString())});
            return problems;
        }
        files.push_back(std::move(file));
    }
    qint64 line = 0;
    while (int(problems.size()) < maxProblems) {
        ++line;
        std::vector<Json> record;
        int ended = 0;
        bool broken = false;
        for (int i = 0; i < parts; ++i) {
            QFile &file = *files[std::size_t(i)];
            if (file.atEnd()) {
                ++ended;
                continue;
            }
            const QByteArray text = file.readLine();
            try {
                record.push_back(parseJson(text));
            } catch (const ModelError &e) {
                problems.push_back({paths[i], line, QString(),
                                    Tr::tr("not JSON: %1").arg(QString::fromStdString(e.what()))});
                broken = true;
            }
        }
        if (ended == parts)
            break;
        if (ended != 0) {
            problems.push_back({paths.constLast(), line, QString(),
                                Tr::tr("the files of the export have different line counts")});
            break;
        }
        if (broken)
            continue;
        try {
            fmt->validate(record);
        } catch (const ModelError &e) {
            // The pointer says which part only when there are several.
            QString field = QString::fromStdString(e.path());
            QString file = paths.constFirst();
            if (parts > 1 && field.startsWith(QLatin1Char('#'))) {
                const int slash = field.indexOf(QLatin1Char('/'));
                file = paths.value(field.mid(1, slash - 1).toInt(), file);
                field = slash < 0 ? QString() : field.mid(slash);
            }
            problems.push_back({file, line, field, QString::fromStdString(e.message())});
        }
    }
    return problems;
}

namespace ExportSupport {

const Json &toolsOf(const RecordContext &context)
{
    static const Json empty = Json::array();
    return context.tools ? *context.tools : empty;
}

Json preparedTools(const DatasetFormat &format, const RecordContext &context)
{
    return context.prepared ? *context.prepared : format.prepareTools(toolsOf(context));
}

std::vector<Tool> toolsFromOpenAi(const Json &list, const char *field)
{
    std::vector<Tool> tools;
    if (list.is_null())
        return tools;
    require(list.is_array(), std::string("/") + field, "expected an array of tools");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = std::string("/") + field + "/" + std::to_string(i);
        const Json &entry = list[i];
        require(entry.is_object(), at, "expected a tool object");
        const Json &fn = entry.contains("function") ? entry.at("function") : entry;
        const std::string fnAt = entry.contains("function") ? at + "/function" : at;
        require(fn.is_object(), fnAt, "expected an object");
        Tool t;
        t.name = stringMember(fn, "name", fnAt);
        require(!t.name.isEmpty(), fnAt + "/name", "is empty");
        if (fn.contains("description") && fn.at("description").is_string())
            t.description = fn.at("description").get<QString>();
        if (fn.contains("parameters")) {
            require(fn.at("parameters").is_object(), fnAt + "/parameters",
                    "expected a JSON Schema object");
            t.parameters = fn.at("parameters");
        }
        tools.push_back(std::move(t));
    }
    return tools;
}

QString contentText(const Json &value)
{
    return value.is_string() ? value.get<QString>() : QString::fromStdString(value.dump());
}

std::string callText(const ToolCall &call)
{
    // Name first, as every published example has it; nlohmann would sort it last.
    return "{\"name\": " + Json(call.toolName).dump() + ", \"arguments\": " + call.arguments.dump()
           + "}";
}

void rebuildCalls(Dialogue &dialogue)
{
    dialogue.calls.clear();
    for (const Message &m : dialogue.messages) {
        for (const ToolCall &c : m.toolCalls) {
            CallRecord r;
            r.callId = c.id;
            r.toolName = c.toolName;
            r.request = c.arguments;
            r.requestHash = requestHashOf(c.toolName, c.arguments, Json());
            dialogue.calls.push_back(std::move(r));
        }
    }
    for (const Message &m : dialogue.messages) {
        if (m.role != Message::Role::Tool)
            continue;
        for (CallRecord &r : dialogue.calls) {
            if (r.callId == m.toolCallId) {
                r.response = CallResults::parse(m.content);
                r.isError = CallResults::isError(r.response);
                break;
            }
        }
    }
}

void require(bool cond, const std::string &path, const std::string &message)
{
    if (!cond)
        throw ModelError(path, message);
}

const Json &member(const Json &object, const char *key, const std::string &path)
{
    require(object.is_object(), path, "expected an object, found " + JsonRead::typeName(object));
    const auto it = object.find(key);
    require(it != object.end(), path + "/" + key, "is missing");
    return *it;
}

QString stringMember(const Json &object, const char *key, const std::string &path)
{
    const Json &value = member(object, key, path);
    require(value.is_string(), path + "/" + key,
            "expected a string, found " + JsonRead::typeName(value));
    return value.get<QString>();
}

} // namespace ExportSupport

} // namespace Callwright
