#pragma once

#include <QStringList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace Callwright {

/// Marks the {{placeholders}} of a prompt template: those its agent needs, those it may use,
/// and those nothing fills in (which reach the model as written), with a warning underline.
class PlaceholderHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Kind { Required, Known, Unknown, Count };

    explicit PlaceholderHighlighter(QTextDocument *document);

    /// required: what the agent needs; known: what it is given besides. Re-highlights.
    void setPlaceholders(const QStringList &required, const QStringList &known);
    /// Picks colours readable on a dark (or light) base and re-highlights.
    void setDarkBackground(bool dark);
    QTextCharFormat kindFormat(Kind kind) const { return m_formats[std::size_t(kind)]; }
    Kind kindOf(const QString &placeholder) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QStringList m_required;
    QStringList m_known;
    std::array<QTextCharFormat, std::size_t(Kind::Count)> m_formats;
};

} // namespace Callwright
