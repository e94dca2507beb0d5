#include "placeholderhighlighter.h"

#include "backends/prompttemplates.h"

#include <QRegularExpression>

namespace Callwright {

PlaceholderHighlighter::PlaceholderHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setDarkBackground(false);
}

void PlaceholderHighlighter::setPlaceholders(const QStringList &required, const QStringList &known)
{
    m_required = required;
    m_known = known;
    rehighlight();
}

void PlaceholderHighlighter::setDarkBackground(bool dark)
{
    QTextCharFormat required;
    required.setForeground(dark ? QColor(0x8c, 0xc4, 0xff) : QColor(0x0b, 0x4f, 0xa8));
    required.setBackground(dark ? QColor(0x1d, 0x33, 0x4f) : QColor(0xe1, 0xec, 0xfb));
    required.setFontWeight(QFont::Bold);
    QTextCharFormat known;
    known.setForeground(dark ? QColor(0x7f, 0xd1, 0xb9) : QColor(0x10, 0x6b, 0x55));
    known.setBackground(dark ? QColor(0x1b, 0x3a, 0x33) : QColor(0xe3, 0xf4, 0xee));
    QTextCharFormat unknown;
    unknown.setForeground(dark ? QColor(0xff, 0xb8, 0x6c) : QColor(0xa0, 0x5a, 0x00));
    unknown.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    unknown.setUnderlineColor(dark ? QColor(0xff, 0x8a, 0x3d) : QColor(0xd0, 0x6a, 0x00));
    m_formats = {required, known, unknown};
    rehighlight();
}

PlaceholderHighlighter::Kind PlaceholderHighlighter::kindOf(const QString &placeholder) const
{
    if (m_required.contains(placeholder))
        return Kind::Required;
    return m_known.contains(placeholder) ? Kind::Known : Kind::Unknown;
}

void PlaceholderHighlighter::highlightBlock(const QString &text)
{
    for (auto it = PromptTemplates::placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()),
                  m_formats[std::size_t(kindOf(m.captured(1)))]);
    }
}

} // namespace Callwright
