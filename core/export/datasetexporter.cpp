#include "datasetexporter.h"

#include "datasetcard.h"
#include "datasetsplit.h"

#include "catalog/catalogexporter.h"
#include "scoring/nearduplicates.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>

#include <map>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatasetExporter)
};

constexpr int kMaxProblems = 20;
constexpr qint64 kProgressEvery = 256;

struct CatalogEntry
{
    const Catalog *catalog = nullptr;
    Json tools;
    Json prepared; ///< the tools as the format writes them, made once
    QString systemPrompt;
};

/// An output file being written beside its final name; nothing replaces the final name
/// before commit().
struct OutFile
{
    QString name;
    std::unique_ptr<QSaveFile> file;
};

QByteArray recordLine(const Json &record)
{
    QByteArray line = QByteArray::fromStdString(
            record.dump(-1, ' ', false, Json::error_handler_t::replace));
    line += '\n';
    return line;
}

Json datasetInfo(const ExportOptions &options, const QStringList &files)
{
    const Json columns{{"messages", "conversations"}, {"system", "system"}, {"tools", "tools"}};
    const Json tags{{"role_tag", "from"},
                    {"content_tag", "value"},
                    {"user_tag", "human"},
                    {"assistant_tag", "gpt"},
                    {"observation_tag", "observation"},
                    {"function_tag", "function_call"},
                    {"system_tag", "system"}};
    Json info = Json::object();
    for (const QString &file : files) {
        const QString split = file.section(QLatin1Char('.'), 0, 0);
        const std::string key
                = options.datasetName.toStdString()
                  + (split == QLatin1String("train") ? "" : "_" + split.toStdString());
        info[key] = Json{{"file_name", file},
                         {"formatting", "sharegpt"},
                         {"columns", columns},
                         {"tags", tags}};
    }
    return info;
}

} // namespace

DatasetExporter::DatasetExporter(const ProjectStore &store)
    : m_store(store)
{}

QStringList DatasetExporter::dataFiles(const ExportOptions &options)
{
    const QStringList suffixes = DatasetFormat::create(options.format)->partSuffixes();
    QStringList files;
    QStringList splits{QStringLiteral("train")};
    if (options.validationShare > 0)
        splits << QStringLiteral("validation");
    for (const QString &split : splits) {
        for (const QString &suffix : suffixes)
            files << split + suffix;
    }
    return files;
}

QString DatasetExporter::expandSystemPrompt(const QString &prompt, const Catalog *catalog)
{
    if (prompt.isEmpty())
        return prompt;
    QString out = prompt;
    QStringList names;
    if (catalog) {
        for (const Tool &t : catalog->tools)
            names << t.name;
    }
    out.replace(QStringLiteral("{catalog}"), catalog ? catalog->name : QString());
    out.replace(QStringLiteral("{tools}"), names.join(QStringLiteral(", ")));
    return out;
}

ExportResult DatasetExporter::run(const ExportOptions &requested, const QString &directory,
                                  const std::atomic_bool *cancel, const ProgressFn &progress)
{
    ExportOptions options = requested;
    QElapsedTimer clock;
    clock.start();
    ExportResult result;
    const QDir dir(directory);
    result.directory = dir.absolutePath();
    const auto failed = [&](const QString &error) {
        result.status = ExportResult::Status::Failed;
        result.error = error;
        result.seconds = double(clock.elapsed()) / 1000.0;
        return result;
    };
    if (!QDir().mkpath(result.directory))
        return failed(Tr::tr("cannot create the folder %1").arg(result.directory));

    if (options.dropNearDuplicates)
        options.dropUids.unite(NearDuplicateFinder::find(m_store, {}, cancel).redundantUids());
    if (options.reviewFilter) {
        const std::optional<ReviewCounts> counts = m_store.reviewCounts(*options.reviewFilter);
        if (!counts)
            return failed(m_store.lastError().message);
        QSet<qint64> ids;
        for (const DialogueListItem &item : m_store.dialogueListItems(
                     *options.reviewFilter, DialogueSort{}, 0, int(counts->total)))
            ids.insert(item.id);
        const auto previous = std::move(options.filter);
        options.filter = [ids, previous](const Dialogue &d) {
            return ids.contains(d.id) && (!previous || previous(d));
        };
    }

    const std::unique_ptr<DatasetFormat> format = DatasetFormat::create(options.format);
    const int parts = int(format->partSuffixes().size());
    const std::vector<Catalog> catalogs = m_store.catalogs();
    if (StoreError e = m_store.lastError())
        return failed(e.message);
    std::map<qint64, CatalogEntry> byCatalog;
    for (const Catalog &c : catalogs) {
        Json tools = CatalogExporter::toOpenAiTools(c);
        Json prepared = format->prepareTools(tools);
        byCatalog[c.id] = {&c, std::move(tools), std::move(prepared),
                           expandSystemPrompt(options.systemPrompt, &c)};
    }

    // Train parts first, then validation parts.
    const QStringList dataNames = dataFiles(options);
    std::vector<OutFile> data;
    const auto open = [&](const QString &name) -> std::unique_ptr<QSaveFile> {
        auto file = std::make_unique<QSaveFile>(dir.filePath(name));
        if (!file->open(QIODevice::WriteOnly))
            return nullptr;
        return file;
    };
    for (const QString &name : dataNames) {
        auto file = open(name);
        if (!file)
            return failed(
                    Tr::tr("cannot write %1: %2")
                            .arg(dir.filePath(name), QSaveFile(dir.filePath(name)).errorString()));
        data.push_back({name, std::move(file)});
    }
    OutFile metadata;
    if (options.metadataSidecar) {
        metadata.name = QStringLiteral("metadata.jsonl");
        metadata.file = open(metadata.name);
        if (!metadata.file)
            return failed(Tr::tr("cannot write %1").arg(dir.filePath(metadata.name)));
    }

    StratifiedSplit split(options.validationShare, options.seed);
    ExportStats stats;
    ExportProgress state;
    state.total = m_store.dialogueCount();
    qint64 lines[2] = {0, 0};
    QString writeError;
    bool cancelled = false;
    const Catalog emptyCatalog;
    const Json noTools = Json::array();

    const bool complete = m_store.forEachDialogue([&](const Dialogue &d) {
        if (cancel && cancel->load()) {
            cancelled = true;
            return false;
        }
        ++state.done;
        if (progress && state.done % kProgressEvery == 0)
            progress(state);
        if (!options.accepts(d))
            return true;
        const auto entry = byCatalog.find(d.catalogId);
        RecordContext context;
        context.catalog = entry != byCatalog.end() ? entry->second.catalog : &emptyCatalog;
        context.tools = entry != byCatalog.end() ? &entry->second.tools : &noTools;
        context.prepared = entry != byCatalog.end() ? &entry->second.prepared : nullptr;
        context.systemPrompt = entry != byCatalog.end()
                                       ? entry->second.systemPrompt
                                       : expandSystemPrompt(options.systemPrompt, nullptr);
        context.weights = options.weights;
        const std::vector<Json> records = format->write(d, context);
        try {
            format->validate(records);
        } catch (const ModelError &e) {
            ++result.skipped;
            if (int(result.problems.size()) < kMaxProblems) {
                result.problems.push_back({Tr::tr("dialogue %1").arg(d.uid), 0,
                                           QString::fromStdString(e.path()),
                                           QString::fromStdString(e.message())});
            }
            return true;
        }
        const bool validation
                = split.toValidation(StratifiedSplit::keyOf(d.catalogId, d.toolsUsed()));
        const int set = validation ? 1 : 0;
        for (int p = 0; p < parts; ++p) {
            const QByteArray line = recordLine(records[std::size_t(p)]);
            QSaveFile &file = *data[std::size_t(set * parts + p)].file;
            if (file.write(line) != line.size()) {
                writeError = file.errorString();
                return false;
            }
            state.bytes += line.size();
        }
        ++lines[set];
        if (metadata.file) {
            Json scores = Json::array();
            for (const Score &s : d.scores)
                scores.push_back(
                        Json{{"metric", s.metric}, {"value", s.value}, {"source", s.source}});
            const Json meta{{"uid", d.uid},
                            {"split", validation ? "validation" : "train"},
                            {"line", lines[set]},
                            {"catalog", context.catalog->name},
                            {"job", d.jobId},
                            {"seed", d.seed},
                            {"engine", d.engine},
                            {"status", reviewStatusName(d.status)},
                            {"created_at_ms", d.createdAtMs},
                            {"tools_used", d.toolsUsed()},
                            {"scores", std::move(scores)}};
            const QByteArray line = recordLine(meta);
            if (metadata.file->write(line) != line.size()) {
                writeError = metadata.file->errorString();
                return false;
            }
        }
        stats.add(d, validation);
        ++state.written;
        return true;
    });
    if (progress)
        progress(state);

    result.train = stats.train();
    result.validation = stats.validation();
    result.bytes = state.bytes;
    // Returning without commit discards every temporary file (QSaveFile's destructor).
    if (cancelled) {
        result.status = ExportResult::Status::Cancelled;
        result.seconds = double(clock.elapsed()) / 1000.0;
        return result;
    }
    if (!writeError.isEmpty())
        return failed(Tr::tr("cannot write to %1: %2").arg(result.directory, writeError));
    if (!complete) {
        const StoreError e = m_store.lastError();
        return failed(e ? e.message : Tr::tr("the project could not be read to the end"));
    }

    QStringList written = dataNames;
    std::vector<OutFile> extra;
    if (metadata.file) {
        written << metadata.name;
        extra.push_back(std::move(metadata));
    }
    const auto addSmall = [&](const QString &name, const QByteArray &bytes) {
        auto file = open(name);
        if (!file || file->write(bytes) != bytes.size())
            return false;
        written << name;
        extra.push_back({name, std::move(file)});
        return true;
    };
    if (options.format == ExportFormat::ShareGpt) {
        const QStringList trainAndValidation = dataNames;
        if (!addSmall(QStringLiteral("dataset_info.json"),
                      QByteArray::fromStdString(datasetInfo(options, trainAndValidation).dump(2))
                              + '\n'))
            return failed(Tr::tr("cannot write %1")
                                  .arg(dir.filePath(QStringLiteral("dataset_info.json"))));
    }
    std::vector<Job> jobs = m_store.jobs();
    QStringList cardFiles = written;
    cardFiles << QStringLiteral("README.md");
    const QString card = stats.card(options, catalogs, jobs, cardFiles, result.skipped);
    if (!addSmall(QStringLiteral("README.md"), card.toUtf8()))
        return failed(Tr::tr("cannot write %1").arg(dir.filePath(QStringLiteral("README.md"))));

    // Everything is complete: rename into place, data first and the card last.
    for (std::vector<OutFile> *group : {&data, &extra}) {
        for (OutFile &f : *group) {
            if (!f.file->commit())
                return failed(Tr::tr("cannot write %1: %2")
                                      .arg(dir.filePath(f.name), f.file->errorString()));
        }
    }
    result.files = written;
    result.status = ExportResult::Status::Completed;
    result.seconds = double(clock.elapsed()) / 1000.0;
    return result;
}

} // namespace Callwright
