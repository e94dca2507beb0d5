#include "markdownblocks.h"

#include <QRegularExpression>

namespace Callwright {

namespace {

struct Line
{
    int start = 0;
    int end = 0; ///< before the line break
    QStringView text;
};

std::vector<Line> splitLines(const QString &text)
{
    std::vector<Line> lines;
    int from = 0;
    while (from <= text.size()) {
        int to = text.indexOf(QLatin1Char('\n'), from);
        if (to < 0)
            to = text.size();
        int end = to;
        if (end > from && text.at(end - 1) == QLatin1Char('\r'))
            --end;
        lines.push_back({from, end, QStringView(text).mid(from, end - from)});
        if (to == text.size())
            break;
        from = to + 1;
    }
    return lines;
}

int indentOf(QStringView line)
{
    int n = 0;
    while (n < line.size() && (line[n] == QLatin1Char(' ') || line[n] == QLatin1Char('\t')))
        ++n;
    return n;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// "```lang" or "~~~": the fence character, its length and the info string.
bool openingFence(QStringView line, QChar *fenceChar, int *fenceLength, QString *info)
{
    const int indent = indentOf(line);
    const QStringView rest = line.mid(indent);
    if (rest.size() < 3 || (rest[0] != QLatin1Char('`') && rest[0] != QLatin1Char('~')))
        return false;
    int n = 0;
    while (n < rest.size() && rest[n] == rest[0])
        ++n;
    if (n < 3)
        return false;
    const QStringView tail = rest.mid(n).trimmed();
    if (rest[0] == QLatin1Char('`') && tail.contains(QLatin1Char('`')))
        return false;
    *fenceChar = rest[0];
    *fenceLength = n;
    *info = tail.split(QLatin1Char(' ')).value(0).toString().toLower();
    return true;
}

bool closingFence(QStringView line, QChar fenceChar, int fenceLength)
{
    const QStringView rest = line.trimmed();
    if (rest.size() < fenceLength)
        return false;
    for (const QChar c : rest) {
        if (c != fenceChar)
            return false;
    }
    return true;
}

const QRegularExpression &headingPattern()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?[ \\t#]*$"));
    return re;
}

const QRegularExpression &listPattern()
{
    static const QRegularExpression re(QStringLiteral("^([ \\t]*)([-*+]|\\d{1,3}[.)])[ \\t]+"));
    return re;
}

} // namespace

std::vector<MarkdownBlock> markdownBlocks(const QString &text, bool markdown)
{
    std::vector<MarkdownBlock> blocks;
    const std::vector<Line> lines = splitLines(text);
    std::size_t i = 0;

    // YAML front matter: "---" on the first line, closed by "---" or "...".
    if (markdown && !lines.empty() && lines[0].text.trimmed() == QLatin1String("---")) {
        for (std::size_t k = 1; k < lines.size(); ++k) {
            const QStringView t = lines[k].text.trimmed();
            if (t == QLatin1String("---") || t == QLatin1String("...")) {
                MarkdownBlock b;
                b.kind = MarkdownBlock::Kind::FrontMatter;
                b.start = 0;
                b.end = lines[k].end;
                b.contentStart = lines[0].end;
                b.content = text.mid(b.contentStart, lines[k].start - b.contentStart);
                blocks.push_back(b);
                i = k + 1;
                break;
            }
        }
    }

    // The paragraph, list item or quote that the next line may continue; -1 when none.
    int open = -1;
    const auto closeOpen = [&] {
        open = -1;
    };
    const auto extend = [&](const Line &line, QStringView content) {
        MarkdownBlock &b = blocks[std::size_t(open)];
        b.end = line.end;
        b.content += QLatin1Char('\n') + content.toString();
    };
    const auto openLast = [&] {
        open = int(blocks.size()) - 1;
    };

    for (; i < lines.size(); ++i) {
        const Line &line = lines[i];
        if (isBlank(line.text)) {
            closeOpen();
            continue;
        }
        QChar fenceChar;
        int fenceLength = 0;
        QString info;
        if (openingFence(line.text, &fenceChar, &fenceLength, &info)) {
            closeOpen();
            MarkdownBlock b;
            b.kind = MarkdownBlock::Kind::Code;
            b.start = line.start + indentOf(line.text);
            b.language = info;
            b.level = indentOf(line.text);
            const int innerStart = line.end < text.size() ? line.end + 1 : line.end;
            b.contentStart = innerStart;
            std::size_t k = i + 1;
            int innerEnd = innerStart;
            b.end = text.size();
            for (; k < lines.size(); ++k) {
                if (closingFence(lines[k].text, fenceChar, fenceLength)) {
                    b.end = lines[k].end;
                    break;
                }
                innerEnd = lines[k].end;
            }
            if (k == lines.size()) // unclosed: runs to the end of the text
                innerEnd = text.size();
            b.content = text.mid(innerStart, std::max(0, innerEnd - innerStart));
            blocks.push_back(b);
            i = k;
            continue;
        }
        if (markdown) {
            const QRegularExpressionMatch h = headingPattern().match(line.text);
            if (h.hasMatch()) {
                closeOpen();
                MarkdownBlock b;
                b.kind = MarkdownBlock::Kind::Heading;
                b.start = line.start + indentOf(line.text);
                b.end = line.end;
                b.level = int(h.capturedLength(1));
                b.content = h.captured(2).trimmed();
                b.contentStart
                        = h.capturedStart(2) >= 0 ? line.start + int(h.capturedStart(2)) : line.end;
                blocks.push_back(b);
                continue;
            }
        }
        const QRegularExpressionMatch li = listPattern().match(line.text);
        if (li.hasMatch()) {
            MarkdownBlock b;
            b.kind = MarkdownBlock::Kind::ListItem;
            b.start = line.start + int(li.capturedLength(1));
            b.end = line.end;
            b.level = int(li.capturedLength(1));
            b.ordered = li.captured(2).front().isDigit();
            b.contentStart = line.start + int(li.capturedEnd(0));
            b.content = text.mid(b.contentStart, line.end - b.contentStart);
            blocks.push_back(b);
            openLast();
            continue;
        }
        const QStringView trimmed = line.text.trimmed();
        if (trimmed.startsWith(QLatin1Char('>'))) {
            QStringView inner = trimmed.mid(1);
            if (inner.startsWith(QLatin1Char(' ')))
                inner = inner.mid(1);
            if (open >= 0 && blocks[std::size_t(open)].kind == MarkdownBlock::Kind::Quote) {
                extend(line, inner);
                continue;
            }
            closeOpen();
            MarkdownBlock b;
            b.kind = MarkdownBlock::Kind::Quote;
            b.start = line.start + indentOf(line.text);
            b.end = line.end;
            b.contentStart = b.start;
            b.content = inner.toString();
            blocks.push_back(b);
            openLast();
            continue;
        }
        if (open >= 0) {
            extend(line, trimmed);
            continue;
        }
        MarkdownBlock b;
        b.kind = MarkdownBlock::Kind::Paragraph;
        b.start = line.start + indentOf(line.text);
        b.end = line.end;
        b.contentStart = b.start;
        b.content = trimmed.toString();
        blocks.push_back(b);
        openLast();
    }

    // A paragraph that is one code span and nothing else is code (tldr's commands).
    for (MarkdownBlock &b : blocks) {
        if (b.kind != MarkdownBlock::Kind::Paragraph)
            continue;
        const QString &c = b.content;
        if (c.size() >= 2 && c.startsWith(QLatin1Char('`')) && c.endsWith(QLatin1Char('`'))
            && c.count(QLatin1Char('`')) == 2 && !c.contains(QLatin1Char('\n'))) {
            b.kind = MarkdownBlock::Kind::Code;
            b.inlineCode = true;
            b.contentStart = b.start + 1;
            b.content = c.mid(1, c.size() - 2);
        }
    }
    return blocks;
}

} // namespace Callwright
