#pragma once

#include "model/json.h"

#include <QPlainTextEdit>

namespace Callwright {

class JsonHighlighter;

/// The outcome of reading JSON text: the value, or where (1-based line and column, in
/// characters) and why it is malformed.
struct JsonParseResult
{
    bool ok = false;
    Json value;
    int line = 0;
    int column = 0;
    QString message; ///< without the position
};

/// A monospace plain-text editor for JSON with line numbers and syntax colours. It can mark
/// one position as erroneous (the line tinted, the character underlined); what counts as an
/// error is decided by whoever owns it.
class JsonEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit JsonEditor(QWidget *parent = nullptr);
    ~JsonEditor() override;

    static JsonParseResult parse(const QString &text);
    JsonParseResult parse() const { return parse(toPlainText()); }

    /// Marks a 1-based position; a line of 0 clears the mark.
    void setErrorPosition(int line, int column);
    int errorLine() const { return m_errorLine; }

    JsonHighlighter *highlighter() const { return m_highlighter; }
    int lineNumberAreaWidth() const;

Q_SIGNALS:
    void focusLost();

protected:
    void changeEvent(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    class LineNumberArea;
    friend class LineNumberArea;

    void paintLineNumbers(QPaintEvent *event);
    void updateMargins();
    void updateErrorSelection();
    void applyPalette();

    JsonHighlighter *m_highlighter;
    LineNumberArea *m_lineNumbers;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};

} // namespace Callwright
