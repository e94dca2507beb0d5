#include "jsonhighlighter.h"

#include <QColor>

#include <algorithm>

namespace Callwright {

namespace {

bool isNumberChar(QChar c)
{
    return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.')
           || c == QLatin1Char('e') || c == QLatin1Char('E');
}

bool isPunctuation(QChar c)
{
    switch (c.unicode()) {
    case '{':
    case '}':
    case '[':
    case ']':
    case ':':
    case ',':
        return true;
    default:
        return false;
    }
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setDarkBackground(false);
}

void JsonHighlighter::setDarkBackground(bool dark)
{
    // The light set follows common editor themes; the dark one keeps the same hues readable.
    auto colour = [dark](const char *light, const char *onDark) {
        return QColor(QString::fromLatin1(dark ? onDark : light));
    };
    auto &f = m_formats;
    f[std::size_t(Token::Key)].setForeground(colour("#0451a5", "#9cdcfe"));
    f[std::size_t(Token::String)].setForeground(colour("#a31515", "#ce9178"));
    f[std::size_t(Token::Number)].setForeground(colour("#098658", "#b5cea8"));
    f[std::size_t(Token::Keyword)].setForeground(colour("#0000ff", "#569cd6"));
    f[std::size_t(Token::Keyword)].setFontWeight(QFont::Bold);
    f[std::size_t(Token::Punctuation)].setForeground(colour("#5f6368", "#a0a0a0"));
    rehighlight();
}

void JsonHighlighter::mark(int start, int length, Token token)
{
    setFormat(start, length, m_formats[std::size_t(token)]);
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const int size = int(text.size());
    int i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            int end = i + 1;
            while (end < size && text.at(end) != QLatin1Char('"'))
                end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
            end = std::min(end + 1, size);
            // A string is a key when the next thing on the line is a colon.
            int next = end;
            while (next < size && text.at(next).isSpace())
                ++next;
            const bool key = next < size && text.at(next) == QLatin1Char(':');
            mark(i, end - i, key ? Token::Key : Token::String);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            int end = i + 1;
            while (end < size && isNumberChar(text.at(end)))
                ++end;
            mark(i, end - i, Token::Number);
            i = end;
        } else if (c.isLetter()) {
            int end = i + 1;
            while (end < size && text.at(end).isLetterOrNumber())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                mark(i, end - i, Token::Keyword);
            i = end;
        } else {
            if (isPunctuation(c))
                mark(i, 1, Token::Punctuation);
            ++i;
        }
    }
}

} // namespace Callwright
