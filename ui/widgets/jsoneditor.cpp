#include "jsoneditor.h"

#include "jsonhighlighter.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>

#include <algorithm>

namespace Callwright {

namespace {

constexpr int kIndent = 2;

// nlohmann's text reads "[json.exception.parse_error.101] parse error at line 1, column 2:
// syntax error while parsing object - unexpected '}'; expected string literal"; the position
// is shown by us (in characters, not bytes) and the jargon before " - " helps nobody.
QString reasonOf(const char *what)
{
    QString text = QString::fromUtf8(what);
    const int parseError = int(text.indexOf(QLatin1String("parse error")));
    if (parseError >= 0) {
        const int colon = int(text.indexOf(QLatin1String(": "), parseError));
        if (colon >= 0)
            text = text.mid(colon + 2);
    }
    if (text.startsWith(QLatin1String("syntax error while parsing "))) {
        const int dash = int(text.indexOf(QLatin1String(" - ")));
        if (dash >= 0)
            text = text.mid(dash + 3);
    }
    return text;
}

} // namespace

/// The gutter left of the text; it only forwards painting to the editor.
class JsonEditor::LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(JsonEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {}

    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    JsonEditor *m_editor;
};

JsonEditor::JsonEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new JsonHighlighter(document()))
    , m_lineNumbers(new LineNumberArea(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Schemas carry long description strings; wrapping beats scrolling sideways.
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * kIndent);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &JsonEditor::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    updateMargins();
    applyPalette();
}

JsonEditor::~JsonEditor() = default;

JsonParseResult JsonEditor::parse(const QString &text)
{
    JsonParseResult result;
    const QByteArray utf8 = text.toUtf8();
    try {
        result.value = Json::parse(utf8.constBegin(), utf8.constEnd());
        result.ok = true;
    } catch (const Json::parse_error &e) {
        // e.byte counts from 1 and names the byte that broke the parse.
        const qsizetype before = qBound<qsizetype>(0, qsizetype(e.byte) - 1, utf8.size());
        const QString prefix = QString::fromUtf8(utf8.constData(), before);
        result.line = int(prefix.count(QLatin1Char('\n'))) + 1;
        result.column = int(prefix.size() - prefix.lastIndexOf(QLatin1Char('\n')));
        result.message = reasonOf(e.what());
    }
    return result;
}

void JsonEditor::setErrorPosition(int line, int column)
{
    if (m_errorLine == line && m_errorColumn == column)
        return;
    m_errorLine = line;
    m_errorColumn = column;
    updateErrorSelection();
    m_lineNumbers->update();
}

void JsonEditor::updateErrorSelection()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = document()->findBlockByNumber(m_errorLine - 1);
    if (m_errorLine > 0 && block.isValid()) {
        QTextEdit::ExtraSelection line;
        line.format.setBackground(QColor(220, 50, 47, 40));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(block);
        selections << line;

        // Underline the offending character, or the last one when the error is past the end.
        const int length = int(block.text().size());
        if (length > 0) {
            const int at = std::min(std::max(m_errorColumn - 1, 0), length - 1);
            QTextEdit::ExtraSelection character;
            character.cursor = QTextCursor(block);
            character.cursor.setPosition(block.position() + at);
            character.cursor.setPosition(block.position() + at + 1, QTextCursor::KeepAnchor);
            character.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            character.format.setUnderlineColor(QColor(220, 50, 47));
            selections << character;
        }
    }
    setExtraSelections(selections);
}

int JsonEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int most = std::max(1, blockCount()); most >= 10; most /= 10)
        ++digits;
    digits = std::max(digits, 2);
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void JsonEditor::updateMargins()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void JsonEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(area.left(), area.top(), lineNumberAreaWidth(), area.height());
}

void JsonEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    const QColor normal = palette().color(QPalette::PlaceholderText);
    const int right = m_lineNumbers->width() - 4;
    const int height = fontMetrics().height();

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int number = block.blockNumber() + 1;
            const bool error = number == m_errorLine;
            QFont font = painter.font();
            font.setBold(error);
            painter.setFont(font);
            painter.setPen(error ? QColor(220, 50, 47) : normal);
            painter.drawText(0, top, right, height, Qt::AlignRight, QString::number(number));
        }
        block = block.next();
        top = bottom;
    }
}

void JsonEditor::applyPalette()
{
    m_highlighter->setDarkBackground(palette().color(QPalette::Base).lightness() < 128);
}

void JsonEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::FontChange)
        updateMargins();
}

void JsonEditor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    Q_EMIT focusLost();
}

void JsonEditor::keyPressEvent(QKeyEvent *event)
{
    if (isReadOnly()) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    // Indent with spaces, and keep the indentation of the line on Enter (one step deeper after
    // an opening brace): the text is saved as typed, so it should stay tidy.
    QTextCursor cursor = textCursor();
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier
        && !cursor.hasSelection()) {
        cursor.insertText(QString(kIndent, QLatin1Char(' ')));
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & ~Qt::KeypadModifier)) {
        const QString line = cursor.block().text();
        const QString before = line.left(cursor.positionInBlock()).trimmed();
        int indent = 0;
        while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
            ++indent;
        if (before.endsWith(QLatin1Char('{')) || before.endsWith(QLatin1Char('[')))
            indent += kIndent;
        cursor.insertText(QLatin1Char('\n') + QString(indent, QLatin1Char(' ')));
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace Callwright
