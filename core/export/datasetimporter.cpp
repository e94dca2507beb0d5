#include "datasetimporter.h"

#include "store/projectstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <map>
#include <set>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatasetImporter)
};

constexpr int kBatch = 256;

bool startsWithArray(QFile &file)
{
    const QByteArray head = file.peek(4096).trimmed();
    return head.startsWith('[');
}

} // namespace

std::vector<FormatProblem> DatasetImporter::read(const QString &path, ExportFormat format,
                                                 const Visit &visit, int maxProblems,
                                                 QCryptographicHash *hash)
{
    std::vector<FormatProblem> problems;
    const QString shown = QFileInfo(path).fileName();
    if (!exportFormatImportable(format)) {
        problems.push_back({shown, 0, QString(),
                            Tr::tr("%1 files cannot be imported").arg(exportFormatName(format))});
        return problems;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.push_back(
                {shown, 0, QString(), Tr::tr("cannot be read: %1").arg(file.errorString())});
        return problems;
    }
    const std::unique_ptr<DatasetFormat> fmt = DatasetFormat::create(format);
    bool stop = false;
    const auto handle = [&](const Json &record, qint64 line) {
        try {
            ImportedRecord imported = fmt->read(record);
            if (!stop && visit && !visit(std::move(imported), line))
                stop = true;
        } catch (const ModelError &e) {
            problems.push_back({shown, line, QString::fromStdString(e.path()),
                                QString::fromStdString(e.message())});
        }
    };
    if (startsWithArray(file)) {
        // A JSON array holds its records on no particular line: problems name the record.
        Json all;
        try {
            const QByteArray bytes = file.readAll();
            if (hash)
                hash->addData(bytes);
            all = parseJson(bytes);
        } catch (const ModelError &e) {
            problems.push_back(
                    {shown, 0, QString(), Tr::tr("not JSON: %1").arg(QString::fromUtf8(e.what()))});
            return problems;
        }
        for (std::size_t i = 0; i < all.size() && !stop && int(problems.size()) < maxProblems; ++i)
            handle(all[i], qint64(i) + 1);
        for (FormatProblem &p : problems)
            p.field = QStringLiteral("[%1]").arg(p.line - 1) + p.field;
        return problems;
    }
    qint64 line = 0;
    while (!file.atEnd() && !stop && int(problems.size()) < maxProblems) {
        const QByteArray text = file.readLine();
        if (hash)
            hash->addData(text);
        ++line;
        if (text.trimmed().isEmpty())
            continue;
        Json record;
        try {
            record = parseJson(text);
        } catch (const ModelError &e) {
            problems.push_back({shown, line, QString(),
                                Tr::tr("not JSON: %1").arg(QString::fromUtf8(e.what()))});
            continue;
        }
        handle(record, line);
    }
    if (line == 0 && problems.empty())
        problems.push_back({shown, 0, QString(), Tr::tr("the file holds no records")});
    return problems;
}

DatasetImportResult DatasetImporter::importFile(ProjectStore &store, const QString &path,
                                                ExportFormat format)
{
    DatasetImportResult result;
    // Pass 1: every record must be readable; the tools of all records make the catalog.
    // The file's content keys the dialogues' uids, so a second import of it adds nothing.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Catalog catalog;
    std::set<QString> toolNames;
    qint64 records = 0;
    const auto collect = [&](const Tool &t) {
        if (toolNames.insert(t.name).second) {
            Tool copy = t;
            copy.id = 0;
            copy.origin.kind = ToolOrigin::Kind::Manual;
            copy.origin.source = QFileInfo(path).absoluteFilePath();
            catalog.tools.push_back(std::move(copy));
        }
    };
    result.problems = read(
            path, format,
            [&](ImportedRecord &&r, qint64) {
                ++records;
                for (const Tool &t : r.tools)
                    collect(t);
                for (const QString &name : r.dialogue.toolsUsed()) {
                    Tool stub;
                    stub.name = name;
                    collect(stub); // a call to a tool the record does not describe
                }
                return true;
            },
            20, &hash);
    if (!result.problems.empty()) {
        result.error = result.problems.front().toString();
        return result;
    }
    if (records == 0) {
        result.error = Tr::tr("%1 holds no records").arg(QFileInfo(path).fileName());
        return result;
    }
    const std::vector<Catalog> existing = store.catalogs();
    const QString base = QStringLiteral("import: ") + QFileInfo(path).fileName();
    catalog.name = base;
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(existing.begin(), existing.end(),
                                       [&](const Catalog &c) { return c.name == catalog.name; });
        if (!taken)
            break;
        catalog.name = base + QStringLiteral(" (%1)").arg(n);
    }
    catalog.description
            = Tr::tr("Tools of the %1 file %2")
                      .arg(exportFormatName(format), QFileInfo(path).absoluteFilePath());
    if (!store.insertCatalog(catalog)) {
        result.error = store.lastError().message;
        return result;
    }
    result.catalogId = catalog.id;
    result.catalogName = catalog.name;

    // Pass 2: the dialogues, in batches of one transaction each; the uid is the file's hash
    // and the line.
    const QString fileKey = QString::fromLatin1(hash.result().toHex().left(12));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<Dialogue> batch;
    QString storeError;
    const auto flush = [&] {
        if (batch.empty())
            return true;
        const qint64 size = qint64(batch.size());
        const std::optional<int> written = store.insertDialogues(batch);
        batch.clear();
        if (!written) {
            storeError = store.lastError().message;
            return false;
        }
        result.dialogues += *written;
        result.duplicates += size - *written;
        return true;
    };
    read(path, format, [&](ImportedRecord &&r, qint64 line) {
        Dialogue d = std::move(r.dialogue);
        d.uid = QStringLiteral("%1:%2:%3").arg(importEngineName(format), fileKey).arg(line);
        d.catalogId = catalog.id;
        d.createdAtMs = now;
        batch.push_back(std::move(d));
        return batch.size() < std::size_t(kBatch) || flush();
    });
    if (storeError.isEmpty())
        flush();
    if (!storeError.isEmpty()) {
        result.error = storeError;
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Callwright
