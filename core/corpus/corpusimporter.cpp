#include "corpusimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CorpusImporter)
};

bool isJsonLines(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson");
}

bool isText(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("md")
           || suffix == QLatin1String("markdown");
}

bool isMarkdown(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
}

// Files that describe a corpus (where it came from, its licence) rather than belong to it.
bool describesTheCorpus(const QString &path)
{
    const QString base = QFileInfo(path).completeBaseName().toUpper();
    for (const char *name : {"README", "LICENSE", "LICENCE", "SOURCE", "COPYING", "NOTICE"}) {
        if (base == QLatin1String(name))
            return true;
    }
    return false;
}

std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return text;
}

std::optional<QByteArray> readAll(const QString &path, std::vector<CorpusImportIssue> *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->push_back({path, 0, Tr::tr("cannot be read: %1").arg(file.errorString())});
        return std::nullopt;
    }
    return file.readAll();
}

// The first heading of Markdown text, for documents that give no title.
QString firstHeading(const QString &text)
{
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QStringView t = line.trimmed();
        if (t.startsWith(QLatin1Char('#'))) {
            int n = 0;
            while (n < t.size() && t[n] == QLatin1Char('#'))
                ++n;
            const QStringView title = t.mid(n).trimmed();
            if (n <= 6 && !title.isEmpty())
                return title.toString();
        }
    }
    return {};
}

} // namespace

QString CorpusImportIssue::toString() const
{
    const QString where = QDir::toNativeSeparators(file);
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(where).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(where, message);
}

int CorpusImport::passageCount() const
{
    int n = 0;
    for (const SegmentedDocument &d : documents)
        n += int(d.passages.size());
    return n;
}

std::vector<CorpusDocument> CorpusImporter::parseJsonLines(const QByteArray &data,
                                                           const QString &file,
                                                           std::vector<CorpusImportIssue> *errors)
{
    std::vector<CorpusDocument> documents;
    QHash<QString, int> lineOfId;
    int lineNumber = 0;
    qsizetype from = 0;
    while (from < data.size()) {
        qsizetype to = data.indexOf('\n', from);
        if (to < 0)
            to = data.size();
        const QByteArray line = data.mid(from, to - from).trimmed();
        from = to + 1;
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const auto bad = [&](const QString &message) {
            errors->push_back({file, lineNumber, message});
        };
        Json j;
        try {
            j = parseJson(line);
        } catch (const ModelError &e) {
            bad(Tr::tr("not valid JSON (%1)").arg(QString::fromUtf8(e.what())));
            continue;
        }
        if (!j.is_object()) {
            bad(Tr::tr("expected an object with \"id\" and \"text\", found %1")
                        .arg(QString::fromStdString(JsonRead::typeName(j))));
            continue;
        }
        CorpusDocument doc;
        const auto id = j.find("id");
        if (id == j.end() || id->is_null()) {
            bad(Tr::tr("the document has no \"id\""));
            continue;
        }
        if (id->is_string())
            doc.uid = id->get<QString>().trimmed();
        else if (id->is_number_integer())
            doc.uid = QString::number(id->get<qint64>());
        if (doc.uid.isEmpty()) {
            bad(Tr::tr("\"id\" must be a non-empty string or a whole number"));
            continue;
        }
        const auto text = j.find("text");
        if (text == j.end() || !text->is_string()) {
            bad(Tr::tr("the document '%1' has no \"text\" string").arg(doc.uid));
            continue;
        }
        doc.text = text->get<QString>();
        if (doc.text.trimmed().isEmpty()) {
            bad(Tr::tr("the document '%1' has an empty \"text\"").arg(doc.uid));
            continue;
        }
        const auto readString = [&](const char *key, QString *out) {
            const auto it = j.find(key);
            if (it == j.end() || it->is_null())
                return true;
            if (!it->is_string()) {
                bad(Tr::tr("\"%1\" of the document '%2' must be a string")
                            .arg(QLatin1String(key), doc.uid));
                return false;
            }
            *out = it->get<QString>();
            return true;
        };
        QString format;
        if (!readString("title", &doc.title) || !readString("source", &doc.origin)
            || !readString("format", &format)) {
            continue;
        }
        if (format.isEmpty() || format == QLatin1String("markdown")) {
            doc.format = CorpusDocument::Format::Markdown;
        } else if (format == QLatin1String("text")) {
            doc.format = CorpusDocument::Format::PlainText;
        } else {
            bad(Tr::tr("unknown \"format\" '%1'; use \"markdown\" or \"text\"").arg(format));
            continue;
        }
        if (doc.title.trimmed().isEmpty()) {
            doc.title = doc.format == CorpusDocument::Format::Markdown ? firstHeading(doc.text)
                                                                       : QString();
            if (doc.title.isEmpty())
                doc.title = doc.uid;
        }
        if (const auto seen = lineOfId.constFind(doc.uid); seen != lineOfId.constEnd()) {
            bad(Tr::tr("the id '%1' is already used on line %2").arg(doc.uid).arg(*seen));
            continue;
        }
        lineOfId.insert(doc.uid, lineNumber);
        doc.sourcePath = file;
        doc.sourceLine = lineNumber;
        documents.push_back(std::move(doc));
    }
    return documents;
}

std::vector<CorpusDocument> CorpusImporter::readJsonLines(const QString &path,
                                                          std::vector<CorpusImportIssue> *errors)
{
    const std::optional<QByteArray> data = readAll(path, errors);
    if (!data)
        return {};
    return parseJsonLines(*data, path, errors);
}

std::optional<CorpusDocument> CorpusImporter::readTextFile(const QString &path, const QString &uid,
                                                           std::vector<CorpusImportIssue> *errors)
{
    const std::optional<QByteArray> data = readAll(path, errors);
    if (!data)
        return std::nullopt;
    std::optional<QString> text = decodeUtf8(*data);
    if (!text) {
        errors->push_back({path, 0, Tr::tr("is not UTF-8 text")});
        return std::nullopt;
    }
    if (text->trimmed().isEmpty()) {
        errors->push_back({path, 0, Tr::tr("is empty")});
        return std::nullopt;
    }
    CorpusDocument doc;
    doc.uid = uid;
    doc.sourcePath = path;
    doc.text = std::move(*text);
    doc.format = isMarkdown(path) ? CorpusDocument::Format::Markdown
                                  : CorpusDocument::Format::PlainText;
    if (doc.format == CorpusDocument::Format::Markdown)
        doc.title = firstHeading(doc.text);
    if (doc.title.isEmpty())
        doc.title = QFileInfo(path).completeBaseName();
    return doc;
}

CorpusImport CorpusImporter::read(const QString &path) const
{
    CorpusImport result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.errors.push_back({path, 0, Tr::tr("no such file or folder")});
        return result;
    }
    std::vector<CorpusDocument> documents;
    QHash<QString, QString> fileOfUid; // ids must be unique across the files of a folder
    const auto readFile = [&](const QString &file, const QString &relative) {
        std::vector<CorpusDocument> read;
        if (isJsonLines(file)) {
            read = readJsonLines(file, &result.errors);
        } else if (std::optional<CorpusDocument> doc
                   = readTextFile(file, relative, &result.errors)) {
            read.push_back(std::move(*doc));
        }
        ++result.files;
        for (CorpusDocument &doc : read) {
            if (const auto other = fileOfUid.constFind(doc.uid); other != fileOfUid.constEnd()) {
                result.errors.push_back({file, doc.sourceLine,
                                         Tr::tr("the id '%1' is already used in %2")
                                                 .arg(doc.uid, QDir::toNativeSeparators(*other))});
                continue;
            }
            fileOfUid.insert(doc.uid, file);
            documents.push_back(std::move(doc));
        }
    };
    if (info.isDir()) {
        const QDir root(info.absoluteFilePath());
        QStringList files;
        QDirIterator it(root.path(), QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort(); // the same folder always gives the same order
        for (const QString &file : qAsConst(files)) {
            if (!isJsonLines(file) && !isText(file))
                continue;
            if (describesTheCorpus(file)) {
                result.skippedFiles << file;
                continue;
            }
            readFile(file, root.relativeFilePath(file));
        }
        if (result.files == 0 && result.errors.empty()) {
            result.errors.push_back(
                    {path, 0, Tr::tr("holds no .txt, .md or .jsonl files to import")});
        }
    } else if (isJsonLines(path) || isText(path)) {
        readFile(info.filePath(), info.fileName());
    } else {
        result.errors.push_back(
                {path, 0, Tr::tr("is neither a .txt, .md nor a .jsonl file, nor a folder")});
    }
    result.documents.reserve(documents.size());
    for (CorpusDocument &doc : documents) {
        SegmentedDocument s;
        s.passages = segmenter.segment(doc);
        s.document = std::move(doc);
        result.documents.push_back(std::move(s));
    }
    return result;
}

} // namespace Callwright
