#pragma once

#include "corpusdocument.h"
#include "markdownblocks.h"

namespace Callwright {

/// A command found in a passage: in a code block (one per line, continuations joined,
/// prompts removed) or as a `code` span naming a known program inside prose.
struct FoundCommand
{
    QString text;
    int start = 0; ///< in the document's text
    int end = 0;
    QString output; ///< the lines a code block shows after it, up to the next command
    bool inProse = false;
    QString comment; ///< a comment line right above it in its code block, which says what it does
};

/// A step of a procedure as the text writes it: a list item, a numbered heading, an
/// imperative sentence, or a command with the prose that introduces it.
struct TextStep
{
    QString description; ///< plain text, Markdown and tldr's [x] marks removed
    int start = 0;       ///< in the document's text
    int end = 0;
    bool imperative = false;   ///< starts with a verb of action
    bool numbered = false;     ///< a numbered list item or heading
    std::vector<int> commands; ///< indices into PassageAnalysis::commands
};

/// What the embedded stages read from a passage, computed once and shared by them.
struct PassageAnalysis
{
    std::vector<MarkdownBlock> blocks; ///< positions in the document's text
    std::vector<FoundCommand> commands;
    std::vector<TextStep> steps;
    int orderedItems = 0;
    int bulletItems = 0;
    int imperativeItems = 0;     ///< list items and numbered headings that start with a verb
    int imperativeSentences = 0; ///< in paragraphs
    int sequenceWords = 0;       ///< first, then, next, finally, once, after
    int codeBlocks = 0;
    int proseCharacters = 0;
    QStringList programs; ///< of the commands, in order of first use
    /// Alternatives of one program, each item one command (a tldr page): a reference of
    /// separate tasks rather than one workflow.
    bool commandReference = false;
};

PassageAnalysis analyzePassage(const CorpusDocument &document, const Passage &passage);

namespace CorpusText {

/// Markdown inline syntax removed: `code` keeps its text, **bold**, [link](url) and tldr's
/// [x]tract marks lose their marks; lines joined with spaces.
QString plain(const QString &markdown);
/// Whether the text starts with a verb of action, after "First," "Then" and "If ..., ".
bool isImperative(const QString &sentence);
/// The first word of an imperative text, lower case ("extract"), or empty.
QString leadingVerb(const QString &sentence);
/// Sentences of plain text.
QStringList sentences(const QString &text);
/// The sentences that state a rule: must, never, always, only, do not, should not.
QStringList ruleSentences(const QString &markdown);

} // namespace CorpusText

} // namespace Callwright
