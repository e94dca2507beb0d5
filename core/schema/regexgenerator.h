#pragma once

#include "random.h"

#include <memory>
#include <optional>
#include <string>

namespace Callwright {

/// Produces strings that an ECMA-262 pattern matches, for the subset schema patterns use:
/// literals, classes and ranges, \d \w \s and their negations, '.', groups with alternation,
/// the quantifiers * + ? {n} {n,} {n,m}, and anchors. Lookarounds, back-references and
/// Unicode property classes are refused at parse time so the caller can fall back.
class RegexGenerator final
{
public:
    /// Nothing, with *error saying why, when the pattern uses what we cannot generate for.
    static std::optional<RegexGenerator> parse(const std::string &pattern, std::string *error);

    /// One match. Unbounded quantifiers repeat at most `stretch` times past their minimum, so a
    /// caller that needs longer strings raises it.
    std::string generate(Rng &rng, int stretch = 3) const;

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
};

} // namespace Callwright
