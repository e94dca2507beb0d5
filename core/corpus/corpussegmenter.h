#pragma once

#include "corpusdocument.h"

namespace Callwright {

/// Cuts documents into passages: one per section under a Markdown heading, long sections cut
/// again between blocks (never inside one, and never just before a code block, which stays
/// with the text that introduces it). Front matter and headings with no text of their own
/// give no passage; each passage knows the headings above it.
class CorpusSegmenter final
{
public:
    /// A section longer than this is cut once a part reaches targetLength characters.
    int targetLength = 1200;
    int maxLength = 2000;

    std::vector<Passage> segment(const CorpusDocument &document) const;
};

} // namespace Callwright
