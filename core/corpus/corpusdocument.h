#pragma once

#include "model/json.h"

#include <vector>

namespace Callwright {

/// One text of a corpus as imported: a runbook, a help page, an article. The text is kept
/// whole so that every passage can point back into it.
struct CorpusDocument
{
    enum class Format { PlainText, Markdown };

    qint64 id = 0; ///< row id in the project; 0 until stored
    QString uid;   ///< the source's own id (a JSON Lines "id", a file's relative path)
    QString title;
    QString sourcePath; ///< the file it was read from
    int sourceLine = 0; ///< the line of a JSON Lines file (1-based); 0 for whole files
    QString origin;     ///< where the source says it came from (a JSON Lines "source")
    QString text;
    Format format = Format::Markdown;

    bool operator==(const CorpusDocument &o) const
    {
        return id == o.id && uid == o.uid && title == o.title && sourcePath == o.sourcePath
               && sourceLine == o.sourceLine && origin == o.origin && text == o.text
               && format == o.format;
    }
};

/// A piece of a document that the stages judge on its own: a section under its headings, or
/// a part of a long one. Its text is exactly the document's text between start and end, in
/// QString (UTF-16) positions, so a view can highlight it in the document.
struct Passage
{
    qint64 id = 0;         ///< row id in the project; 0 until stored
    qint64 documentId = 0; ///< CorpusDocument::id
    int index = 0;         ///< 0-based position in the document
    QString text;
    int start = 0;           ///< first character in the document's text
    int end = 0;             ///< one past the last character
    QStringList headingPath; ///< the headings above it, outermost first

    bool operator==(const Passage &o) const
    {
        return id == o.id && documentId == o.documentId && index == o.index && text == o.text
               && start == o.start && end == o.end && headingPath == o.headingPath;
    }
};

/// A document with the passages it was cut into, as import hands them to the store.
struct SegmentedDocument
{
    CorpusDocument document;
    std::vector<Passage> passages;
};

const char *corpusFormatName(CorpusDocument::Format format);

void to_json(Json &j, const CorpusDocument &d);
void from_json(const Json &j, CorpusDocument &d);
void to_json(Json &j, const Passage &p);
void from_json(const Json &j, Passage &p);

} // namespace Callwright
