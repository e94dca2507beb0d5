#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace Callwright {

/// Colours JSON text line by line: object keys, string values, numbers, true/false/null and
/// punctuation. JSON strings cannot span lines, so no state is carried between blocks.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Token { Key, String, Number, Keyword, Punctuation, Count };

    explicit JsonHighlighter(QTextDocument *document);

    /// Picks colours readable on a dark (or light) base and re-highlights.
    void setDarkBackground(bool dark);
    QTextCharFormat tokenFormat(Token token) const { return m_formats[std::size_t(token)]; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void mark(int start, int length, Token token);

    std::array<QTextCharFormat, std::size_t(Token::Count)> m_formats;
};

} // namespace Callwright
