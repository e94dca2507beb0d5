#include "regexgenerator.h"

#include <QList>
#include <QString>

#include <vector>

namespace Callwright {

struct RegexGenerator::Node
{
    enum class Kind { Empty, Sequence, Alternation, Repeat, Chars };
    Kind kind = Kind::Empty;
    std::vector<Node> children;
    int min = 0;
    int max = 0;                                       ///< -1 for unbounded
    std::vector<std::pair<char32_t, char32_t>> ranges; ///< inclusive
    bool negated = false;
};

namespace {

using Node = RegexGenerator::Node;
using Ranges = std::vector<std::pair<char32_t, char32_t>>;

const Ranges kDigits = {{'0', '9'}};
const Ranges kWord = {{'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {'_', '_'}};
const Ranges kSpace = {{' ', ' '}};
// What '.' and negated classes draw from: readable characters, not the whole of Unicode.
const Ranges kPrintable = {{'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {' ', ' '}, {'-', '.'}, {'_', '_'}};
const Ranges kPunctuationAndLetters
        = {{'a', 'z'}, {'A', 'Z'}, {'-', '-'}, {'.', '.'}, {'_', '_'}, {'!', '!'}, {' ', ' '}};

class Parser final
{
public:
    explicit Parser(const std::string &pattern)
        : m_text(QString::fromStdString(pattern).toUcs4())
    {}

    std::optional<Node> run(std::string *error)
    {
        Node root = alternation();
        if (m_error.empty() && m_pos < m_text.size())
            m_error = "unbalanced ')'";
        if (!m_error.empty()) {
            *error = m_error;
            return std::nullopt;
        }
        return root;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char32_t peek(int ahead = 0) const
    {
        const qsizetype at = m_pos + ahead;
        return at < m_text.size() ? char32_t(m_text[at]) : 0;
    }

    Node alternation()
    {
        Node alt;
        alt.kind = Node::Kind::Alternation;
        alt.children.push_back(sequence());
        while (m_error.empty() && !atEnd() && peek() == '|') {
            ++m_pos;
            alt.children.push_back(sequence());
        }
        return alt.children.size() == 1 ? alt.children.front() : alt;
    }

    Node sequence()
    {
        Node seq;
        seq.kind = Node::Kind::Sequence;
        while (m_error.empty() && !atEnd() && peek() != '|' && peek() != ')') {
            Node a = atom();
            quantify(a);
            seq.children.push_back(std::move(a));
        }
        return seq;
    }

    static Node chars(Ranges ranges, bool negated = false)
    {
        Node n;
        n.kind = Node::Kind::Chars;
        n.ranges = std::move(ranges);
        n.negated = negated;
        return n;
    }

    Node atom()
    {
        const char32_t c = peek();
        ++m_pos;
        switch (c) {
        case '^':
        case '$':
            return Node();
        case '.':
            return chars(kPrintable);
        case '[':
            return charClass();
        case '(':
            return group();
        case '\\':
            return escape(false);
        case '*':
        case '+':
        case '?':
            m_error = "nothing to repeat";
            return Node();
        default:
            return chars({{c, c}});
        }
    }

    Node group()
    {
        if (peek() == '?') {
            if (peek(1) == ':') {
                m_pos += 2;
            } else if (peek(1) == '<' && peek(2) != '=' && peek(2) != '!') {
                while (!atEnd() && peek() != '>')
                    ++m_pos;
                ++m_pos;
            } else {
                m_error = "lookaround assertions";
                return Node();
            }
        }
        Node inner = alternation();
        if (peek() != ')') {
            m_error = "unclosed group";
            return Node();
        }
        ++m_pos;
        return inner;
    }

    static int hexDigit(char32_t c)
    {
        if (c >= '0' && c <= '9')
            return int(c - '0');
        if (c >= 'a' && c <= 'f')
            return int(c - 'a' + 10);
        if (c >= 'A' && c <= 'F')
            return int(c - 'A' + 10);
        return -1;
    }

    // Negated shorthands become small positive sets: readable stand-ins, not the complement.
    static std::optional<Ranges> shorthand(char32_t e)
    {
        switch (e) {
        case 'd':
            return kDigits;
        case 'w':
            return kWord;
        case 's':
            return kSpace;
        case 'D':
            return Ranges{{'a', 'z'}, {'A', 'Z'}};
        case 'W':
            return Ranges{{'-', '-'}, {' ', ' '}, {'.', '.'}};
        case 'S':
            return Ranges{{'a', 'z'}, {'A', 'Z'}, {'0', '9'}};
        default:
            return std::nullopt;
        }
    }

    char32_t escapedChar(char32_t e)
    {
        switch (e) {
        case 'n':
            return '\n';
        case 't':
            return '\t';
        case 'r':
            return '\r';
        case 'f':
            return '\f';
        case 'v':
            return '\v';
        case '0':
            return 0;
        case 'x':
        case 'u': {
            int digits = e == 'x' ? 2 : 4;
            bool braced = false;
            if (e == 'u' && peek() == '{') {
                braced = true;
                ++m_pos;
                digits = 6;
            }
            char32_t value = 0;
            int read = 0;
            while (read < digits && hexDigit(peek()) >= 0) {
                value = value * 16 + char32_t(hexDigit(peek()));
                ++m_pos;
                ++read;
            }
            if (braced && peek() == '}')
                ++m_pos;
            if (read == 0)
                return e;
            return value;
        }
        default:
            return e;
        }
    }

    Node escape(bool inClass)
    {
        if (atEnd()) {
            m_error = "trailing backslash";
            return Node();
        }
        const char32_t e = peek();
        ++m_pos;
        if (auto ranges = shorthand(e))
            return chars(*ranges);
        if (e == 'b' || e == 'B') {
            if (inClass)
                return chars({{'\b', '\b'}});
            return Node(); // word boundaries hold in most generated strings; validation checks
        }
        if (e >= '1' && e <= '9') {
            m_error = "back-references";
            return Node();
        }
        if (e == 'p' || e == 'P') {
            m_error = "Unicode property classes";
            return Node();
        }
        if (e == 'c' && !atEnd()) {
            const char32_t letter = peek();
            ++m_pos;
            return chars({{letter % 32, letter % 32}});
        }
        const char32_t c = escapedChar(e);
        return chars({{c, c}});
    }

    Node charClass()
    {
        Node n = chars({});
        if (peek() == '^') {
            n.negated = true;
            ++m_pos;
        }
        while (!atEnd() && peek() != ']') {
            char32_t lo = peek();
            ++m_pos;
            if (lo == '\\') {
                Node e = escape(true);
                if (!m_error.empty())
                    return n;
                if (e.ranges.size() != 1 || e.ranges[0].first != e.ranges[0].second) {
                    n.ranges.insert(n.ranges.end(), e.ranges.begin(), e.ranges.end());
                    continue;
                }
                lo = e.ranges[0].first;
            }
            char32_t hi = lo;
            if (peek() == '-' && peek(1) != ']' && m_pos + 1 < m_text.size()) {
                ++m_pos;
                hi = peek();
                ++m_pos;
                if (hi == '\\') {
                    Node e = escape(true);
                    if (e.ranges.size() != 1) {
                        m_error = "a class shorthand as a range end";
                        return n;
                    }
                    hi = e.ranges[0].first;
                }
                if (hi < lo) {
                    m_error = "a range out of order";
                    return n;
                }
            }
            n.ranges.emplace_back(lo, hi);
        }
        if (atEnd()) {
            m_error = "unclosed character class";
            return n;
        }
        ++m_pos;
        return n;
    }

    bool number(int *out)
    {
        const qsizetype start = m_pos;
        int value = 0;
        while (!atEnd() && peek() >= '0' && peek() <= '9' && value < 100000) {
            value = value * 10 + int(peek() - '0');
            ++m_pos;
        }
        *out = value;
        return m_pos > start;
    }

    void quantify(Node &a)
    {
        if (!m_error.empty() || atEnd())
            return;
        int min = 1;
        int max = 1;
        const char32_t q = peek();
        if (q == '*' || q == '+' || q == '?') {
            ++m_pos;
            min = q == '+' ? 1 : 0;
            max = q == '?' ? 1 : -1;
        } else if (q == '{') {
            const qsizetype save = m_pos;
            ++m_pos;
            if (!number(&min)) {
                m_pos = save; // a '{' that starts no quantifier is a literal in ECMA-262
                return;
            }
            max = min;
            if (peek() == ',') {
                ++m_pos;
                if (!number(&max))
                    max = -1;
            }
            if (peek() != '}') {
                m_pos = save;
                return;
            }
            ++m_pos;
            if (max >= 0 && max < min) {
                m_error = "a quantifier out of order";
                return;
            }
        } else {
            return;
        }
        if (peek() == '?')
            ++m_pos; // laziness changes nothing about what matches
        Node r;
        r.kind = Node::Kind::Repeat;
        r.min = min;
        r.max = max;
        r.children.push_back(std::move(a));
        a = std::move(r);
    }

    QList<uint> m_text;
    qsizetype m_pos = 0;
    std::string m_error;
};

void appendUtf8(std::string &out, char32_t c)
{
    out += QString::fromUcs4(&c, 1).toStdString();
}

char32_t pickFrom(const Ranges &ranges, Rng &rng)
{
    quint64 total = 0;
    for (const auto &[lo, hi] : ranges)
        total += quint64(hi - lo) + 1;
    quint64 at = rng.below(total);
    for (const auto &[lo, hi] : ranges) {
        const quint64 size = quint64(hi - lo) + 1;
        if (at < size)
            return char32_t(lo + at);
        at -= size;
    }
    return 'a';
}

bool inRanges(const Ranges &ranges, char32_t c)
{
    for (const auto &[lo, hi] : ranges) {
        if (c >= lo && c <= hi)
            return true;
    }
    return false;
}

void emit(const Node &n, Rng &rng, int stretch, std::string &out)
{
    switch (n.kind) {
    case Node::Kind::Empty:
        return;
    case Node::Kind::Sequence:
        for (const Node &c : n.children)
            emit(c, rng, stretch, out);
        return;
    case Node::Kind::Alternation:
        emit(rng.pick(n.children), rng, stretch, out);
        return;
    case Node::Kind::Repeat: {
        const int max = n.max < 0 ? n.min + stretch : n.max;
        const int count = int(rng.between(n.min, max));
        for (int i = 0; i < count; ++i)
            emit(n.children.front(), rng, stretch, out);
        return;
    }
    case Node::Kind::Chars:
        if (!n.negated) {
            if (!n.ranges.empty())
                appendUtf8(out, pickFrom(n.ranges, rng));
            return;
        }
        for (int tries = 0; tries < 64; ++tries) {
            const char32_t c = pickFrom(kPunctuationAndLetters, rng);
            if (!inRanges(n.ranges, c)) {
                appendUtf8(out, c);
                return;
            }
        }
        for (char32_t c = 0x21; c < 0x7f; ++c) {
            if (!inRanges(n.ranges, c)) {
                appendUtf8(out, c);
                return;
            }
        }
        return;
    }
}

} // namespace

std::optional<RegexGenerator> RegexGenerator::parse(const std::string &pattern, std::string *error)
{
    std::string why;
    auto root = Parser(pattern).run(&why);
    if (!root) {
        if (error)
            *error = "the pattern uses " + why;
        return std::nullopt;
    }
    RegexGenerator g;
    g.m_root = std::make_shared<const Node>(std::move(*root));
    return g;
}

std::string RegexGenerator::generate(Rng &rng, int stretch) const
{
    std::string out;
    emit(*m_root, rng, stretch, out);
    return out;
}

} // namespace Callwright
