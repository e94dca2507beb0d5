// export: the project's chosen dialogues as a training dataset; dialogues import: dataset
// files back into a project for review.

#include "clisupport.h"
#include "commands.h"

#include "export/datasetexporter.h"
#include "export/datasetimporter.h"
#include "store/dialoguequery.h"
#include "store/projectstore.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Callwright::Cli {

namespace {

QString formatList()
{
    return exportFormatNames().join(QLatin1Char('|'));
}

} // namespace

int exportDataset(const QStringList &args)
{
    const QString kProject = QStringLiteral("project");
    const QString kFormat = QStringLiteral("format");
    const QString kOut = QStringLiteral("out");
    const QString kSplit = QStringLiteral("split");
    const QString kSeed = QStringLiteral("seed");
    const QString kStatus = QStringLiteral("status");
    const QString kPrompt = QStringLiteral("system-prompt");
    const QString kName = QStringLiteral("name");
    const QString kLicence = QStringLiteral("licence");
    const QString kWeights = QStringLiteral("weights");
    const QString kNoMetadata = QStringLiteral("no-metadata");
    const QString kDropNear = QStringLiteral("drop-near-duplicates");
    const QString kFilter = QStringLiteral("filter");
    QCommandLineParser parser;
    parser.addOption({kProject, Tr::tr("The project."), Tr::tr("file")});
    parser.addOption({kFormat, Tr::tr("The dataset format: %1.").arg(formatList()),
                      Tr::tr("format"), QStringLiteral("openai")});
    parser.addOption(
            {kOut, Tr::tr("The folder to write the dataset and its card into."), Tr::tr("folder")});
    parser.addOption({kSplit, Tr::tr("Share of dialogues for validation, 0 to 0.9 (default 0)."),
                      Tr::tr("share"), QStringLiteral("0")});
    parser.addOption({kSeed, Tr::tr("Seed of the split."), Tr::tr("seed"), QStringLiteral("1")});
    parser.addOption({kStatus,
                      Tr::tr("Dialogues of this review status: accepted (default), open, "
                             "rejected, needs_fix or any."),
                      Tr::tr("status"), QStringLiteral("accepted")});
    parser.addOption({kPrompt,
                      Tr::tr("A system message for every dialogue; {catalog} and {tools} are "
                             "filled in."),
                      Tr::tr("text")});
    parser.addOption({kName, Tr::tr("The dataset's name in its card and dataset_info.json."),
                      Tr::tr("name")});
    parser.addOption({kLicence, Tr::tr("The licence named in the dataset card."), Tr::tr("licence"),
                      QStringLiteral("other")});
    parser.addOption({kWeights, Tr::tr("OpenAI: weight 0 on assistant turns whose calls failed "
                                       "validation.")});
    parser.addOption({kNoMetadata, Tr::tr("Do not write metadata.jsonl.")});
    parser.addOption({kFilter,
                      Tr::tr("Only the dialogues of this saved review filter (with --status "
                             "any unless --status is given)."),
                      Tr::tr("name")});
    parser.addOption({kDropNear, Tr::tr("Keep one dialogue of each cluster of near duplicates "
                                        "(MinHash over word shingles).")});
    int code = Ok;
    if (!parse(parser, args,
               Tr::tr("Export dialogues as a fine-tuning dataset with a dataset card. Files are "
                      "replaced only once the whole export succeeded."),
               0, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.isSet(kProject))
        return fail(json, Usage, Tr::tr("--project is required"));
    if (!parser.isSet(kOut) || parser.value(kOut).isEmpty())
        return fail(json, Usage, Tr::tr("--out is required"));
    ExportOptions options;
    const std::optional<ExportFormat> format = exportFormatFromName(parser.value(kFormat));
    if (!format)
        return fail(json, Usage, Tr::tr("--format takes one of %1").arg(formatList()));
    options.format = *format;
    bool ok = false;
    options.validationShare = parser.value(kSplit).toDouble(&ok);
    if (!ok || options.validationShare < 0 || options.validationShare > 0.9)
        return fail(json, Usage, Tr::tr("--split takes a share from 0 to 0.9, e.g. 0.1"));
    options.seed = parser.value(kSeed).toULongLong(&ok);
    if (!ok)
        return fail(json, Usage, Tr::tr("--seed takes a whole number"));
    const auto statuses = statusSetFromName(parser.value(kStatus));
    if (!statuses)
        return fail(json, Usage,
                    Tr::tr("--status takes accepted, open, rejected, needs_fix or any"));
    options.statuses = *statuses;
    options.systemPrompt = parser.value(kPrompt);
    options.licence = parser.value(kLicence);
    options.weights = parser.isSet(kWeights);
    options.metadataSidecar = !parser.isSet(kNoMetadata);

    ProjectStore store;
    if (StoreError e = store.open(parser.value(kProject), ProjectStore::OpenMode::ReadOnly))
        return storeFailure(json, e);
    options.datasetName = parser.isSet(kName)
                                  ? parser.value(kName)
                                  : QFileInfo(store.path())
                                            .completeBaseName()
                                            .replace(QLatin1Char('-'), QLatin1Char('_'));
    if (parser.isSet(kFilter)) {
        const QString name = parser.value(kFilter);
        const std::vector<SavedFilter> saved = store.savedFilters();
        const auto it = std::find_if(saved.begin(), saved.end(),
                                     [&](const SavedFilter &f) { return f.name == name; });
        if (it == saved.end()) {
            QStringList names;
            for (const SavedFilter &f : saved)
                names << f.name;
            return fail(json, Usage,
                        Tr::tr("no saved filter is named \"%1\"; saved filters: %2")
                                .arg(name, names.isEmpty() ? Tr::tr("none")
                                                           : names.join(QStringLiteral(", "))));
        }
        options.reviewFilter = it->filter;
        if (!parser.isSet(kStatus))
            options.statuses = {ReviewStatus::Open, ReviewStatus::Accepted, ReviewStatus::Rejected,
                                ReviewStatus::NeedsFix};
    }
    options.dropNearDuplicates = parser.isSet(kDropNear);
    qint64 lastShown = -1;
    const ExportResult r = DatasetExporter(store).run(
            options, parser.value(kOut), nullptr, [&](const ExportProgress &p) {
                const qint64 tenth = p.total > 0 ? p.done * 10 / p.total : 10;
                if (tenth != lastShown) {
                    lastShown = tenth;
                    err() << Tr::tr("export: %1/%2 dialogues read, %3 written")
                                     .arg(p.done)
                                     .arg(p.total)
                                     .arg(p.written)
                          << Qt::endl;
                }
            });
    for (const FormatProblem &p : r.problems)
        err() << Tr::tr("callwright-cli: left out: %1").arg(p.toString()) << Qt::endl;
    if (!r.ok())
        return fail(json, Failed, r.error);
    const double seconds = std::max(r.seconds, 1e-6);
    report(json, Json{{"format", exportFormatName(options.format)},
                      {"directory", r.directory},
                      {"files", r.files},
                      {"train", r.train},
                      {"validation", r.validation},
                      {"skipped", r.skipped},
                      {"bytes", r.bytes},
                      {"seconds", r.seconds},
                      {"dialogues_per_second", double(r.train + r.validation) / seconds},
                      {"megabytes_per_second", double(r.bytes) / 1e6 / seconds}});
    return Ok;
}

int dialoguesImport(const QStringList &args)
{
    const QString kProject = QStringLiteral("project");
    const QString kFormat = QStringLiteral("format");
    const QString kFile = QStringLiteral("file");
    QStringList importable;
    for (ExportFormat f : kExportFormats) {
        if (exportFormatImportable(f))
            importable << exportFormatName(f);
    }
    QCommandLineParser parser;
    parser.addOption({kProject, Tr::tr("The project."), Tr::tr("file")});
    parser.addOption({kFormat,
                      Tr::tr("The file's format: %1.").arg(importable.join(QLatin1Char('|'))),
                      Tr::tr("format")});
    parser.addOption(
            {kFile, Tr::tr("The dataset file (JSON Lines, or a JSON array)."), Tr::tr("path")});
    int code = Ok;
    if (!parse(parser, args,
               Tr::tr("Import dialogues from a dataset file for review. A file with any bad "
                      "record imports nothing."),
               0, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.isSet(kProject))
        return fail(json, Usage, Tr::tr("--project is required"));
    if (!parser.isSet(kFile))
        return fail(json, Usage, Tr::tr("--file is required"));
    const std::optional<ExportFormat> format = exportFormatFromName(parser.value(kFormat));
    if (!format || !exportFormatImportable(*format))
        return fail(json, Usage,
                    Tr::tr("--format takes one of %1").arg(importable.join(QLatin1Char('|'))));
    if (!QFileInfo::exists(parser.value(kFile)))
        return fail(json, FileRefused, Tr::tr("%1: no such file").arg(parser.value(kFile)));
    ProjectStore store;
    if (StoreError e = store.open(parser.value(kProject)))
        return storeFailure(json, e);
    const DatasetImportResult r = DatasetImporter::importFile(store, parser.value(kFile), *format);
    if (!r.ok) {
        for (std::size_t i = 1; i < r.problems.size(); ++i)
            err() << QStringLiteral("callwright-cli: ") << r.problems[i].toString() << Qt::endl;
        return fail(json, Failed, r.error);
    }
    report(json, Json{{"file", QFileInfo(parser.value(kFile)).absoluteFilePath()},
                      {"format", exportFormatName(*format)},
                      {"catalog", r.catalogName},
                      {"dialogues", r.dialogues},
                      {"already_present", r.duplicates}});
    return Ok;
}

} // namespace Callwright::Cli
