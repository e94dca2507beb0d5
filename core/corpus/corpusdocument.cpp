#include "corpusdocument.h"

namespace Callwright {

namespace {
const std::pair<CorpusDocument::Format, const char *> kFormats[] = {
        {CorpusDocument::Format::PlainText, "text"},
        {CorpusDocument::Format::Markdown, "markdown"},
};
} // namespace

const char *corpusFormatName(CorpusDocument::Format format)
{
    return enumName(kFormats, format);
}

void to_json(Json &j, const CorpusDocument &d)
{
    j = Json::object();
    j["schema_version"] = kModelSchemaVersion;
    if (d.id != 0)
        j["id"] = d.id;
    j["uid"] = d.uid;
    j["title"] = d.title;
    j["source_path"] = d.sourcePath;
    if (d.sourceLine > 0)
        j["source_line"] = d.sourceLine;
    if (!d.origin.isEmpty())
        j["origin"] = d.origin;
    j["format"] = corpusFormatName(d.format);
    j["text"] = d.text;
}

void from_json(const Json &j, CorpusDocument &d)
{
    JsonRead::checkSchemaVersion(j, "corpus document");
    d.id = JsonRead::optional<qint64>(j, "id", 0);
    d.uid = JsonRead::field<QString>(j, "uid");
    if (d.uid.isEmpty())
        throw ModelError("/uid", "must not be empty");
    d.title = JsonRead::optional<QString>(j, "title");
    d.sourcePath = JsonRead::optional<QString>(j, "source_path");
    d.sourceLine = JsonRead::optional<int>(j, "source_line", 0);
    d.origin = JsonRead::optional<QString>(j, "origin");
    d.format = j.contains("format") ? enumField(kFormats, j, "format", "document format")
                                    : CorpusDocument::Format::Markdown;
    d.text = JsonRead::field<QString>(j, "text");
}

void to_json(Json &j, const Passage &p)
{
    j = Json::object();
    if (p.id != 0)
        j["id"] = p.id;
    j["document_id"] = p.documentId;
    j["index"] = p.index;
    j["start"] = p.start;
    j["end"] = p.end;
    if (!p.headingPath.isEmpty())
        j["heading_path"] = p.headingPath;
    j["text"] = p.text;
}

void from_json(const Json &j, Passage &p)
{
    p.id = JsonRead::optional<qint64>(j, "id", 0);
    p.documentId = JsonRead::optional<qint64>(j, "document_id", 0);
    p.index = JsonRead::field<int>(j, "index");
    p.start = JsonRead::field<int>(j, "start");
    p.end = JsonRead::field<int>(j, "end");
    if (p.start < 0 || p.end < p.start)
        throw ModelError("/end", "a passage must end at or after its start");
    const auto headings = JsonRead::list<QString>(j, "heading_path");
    p.headingPath = QStringList(headings.begin(), headings.end());
    p.text = JsonRead::field<QString>(j, "text");
}

} // namespace Callwright
