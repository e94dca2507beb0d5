#include "corpussegmenter.h"

#include "markdownblocks.h"

namespace Callwright {

namespace {

using Kind = MarkdownBlock::Kind;

struct Section
{
    int headingStart = -1; ///< the section's heading, which opens its first passage
    QStringList headingPath;
    std::vector<const MarkdownBlock *> body;
};

} // namespace

std::vector<Passage> CorpusSegmenter::segment(const CorpusDocument &document) const
{
    const QString &text = document.text;
    const std::vector<MarkdownBlock> blocks
            = markdownBlocks(text, document.format == CorpusDocument::Format::Markdown);
    std::vector<Passage> passages;

    const auto addPassage = [&](int start, int end, const QStringList &headings) {
        // Trailing white space is not part of a passage.
        while (end > start && text.at(end - 1).isSpace())
            --end;
        if (end <= start)
            return;
        Passage p;
        p.documentId = document.id;
        p.index = int(passages.size());
        p.start = start;
        p.end = end;
        p.text = text.mid(start, end - start);
        p.headingPath = headings;
        passages.push_back(std::move(p));
    };

    const auto flush = [&](const Section &section) {
        if (section.body.empty())
            return;
        const int sectionEnd = section.body.back()->end;
        int start = section.headingStart >= 0 ? section.headingStart : section.body.front()->start;
        int end = start;
        for (std::size_t i = 0; i < section.body.size(); ++i) {
            const MarkdownBlock &b = *section.body[i];
            const bool longEnough = end - start >= targetLength;
            const bool wouldBeTooLong = b.end - start > maxLength;
            // A code block belongs with what introduces it; a short rest is not cut off.
            const bool cutHere = i > 0 && b.kind != Kind::Code && (longEnough || wouldBeTooLong)
                                 && sectionEnd - b.start >= targetLength / 4;
            if (cutHere) {
                addPassage(start, end, section.headingPath);
                start = b.start;
            }
            end = b.end;
        }
        addPassage(start, end, section.headingPath);
    };

    std::vector<std::pair<int, QString>> headings; // level, title
    Section section;
    for (const MarkdownBlock &b : blocks) {
        if (b.kind == Kind::FrontMatter)
            continue;
        if (b.kind == Kind::Heading) {
            flush(section);
            while (!headings.empty() && headings.back().first >= b.level)
                headings.pop_back();
            headings.emplace_back(b.level, b.content);
            section = Section();
            section.headingStart = b.start;
            for (const auto &h : headings)
                section.headingPath << h.second;
            continue;
        }
        section.body.push_back(&b);
    }
    flush(section);
    return passages;
}

} // namespace Callwright
