#pragma once

#include <QString>

#include <vector>

namespace Callwright {

/// One block of a Markdown (or plain) text, with its place in the text. Enough of Markdown for
/// segmenting and for the embedded stages: headings, paragraphs, list items, quotes, fenced
/// code, and a paragraph that is one code span alone (as tldr pages write commands).
struct MarkdownBlock
{
    enum class Kind { FrontMatter, Heading, Paragraph, ListItem, Quote, Code };

    Kind kind = Kind::Paragraph;
    int start = 0; ///< first character in the text
    int end = 0;   ///< one past the last character, trailing line break excluded
    /// Heading: the title; list item and quote: the text without its markers; code: the lines
    /// inside the fences (or inside the backticks).
    QString content;
    int contentStart = 0;    ///< where content begins in the text (code lines map back from it)
    int level = 0;           ///< heading level (1..6); list item: its indentation
    bool ordered = false;    ///< a numbered list item
    bool inlineCode = false; ///< code written as one `span` on its own
    QString language;        ///< a fence's info string ("console", "yaml"), lower case
};

/// Splits text into blocks. Plain text has no headings, so a line starting with '#' stays
/// text there.
std::vector<MarkdownBlock> markdownBlocks(const QString &text, bool markdown = true);

} // namespace Callwright
