#include "widgets/jsoneditor.h"
#include "widgets/jsonhighlighter.h"
#include "widgets/schemaeditor.h"

#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Callwright;

namespace {

/// The colour the highlighter gave the character at column (0-based) of line (0-based).
QColor colourAt(const JsonEditor &editor, int line, int column)
{
    const QTextBlock block = editor.document()->findBlockByNumber(line);
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (column >= range.start && column < range.start + range.length)
            return range.format.foreground().color();
    }
    return {};
}

int columnOf(const QString &line, const char *needle)
{
    return int(line.indexOf(QString::fromUtf8(needle)));
}

} // namespace

/// The JSON editor of the tool editor: colours, and where it says the text is broken.
class tst_JsonEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coloursKeysStringsNumbersAndLiterals();
    void keyWithEscapedQuoteIsStillAKey();
    void syntaxErrorNamesLineAndColumn_data();
    void syntaxErrorNamesLineAndColumn();
    void schemaEditorMarksErrorLine();
    void schemaEditorListsSchemaProblemsByPointer();
    void emptyReturnsMeansNoSchema();
};

void tst_JsonEditor::coloursKeysStringsNumbersAndLiterals()
{
    JsonEditor editor;
    const QString line = QStringLiteral(
            R"({"name": "get_order", "limit": -12.5e3, "strict": true, "x": null})");
    editor.setPlainText(line);
    const JsonHighlighter *h = editor.highlighter();
    auto colour = [h](JsonHighlighter::Token token) {
        return h->tokenFormat(token).foreground().color();
    };
    const QColor key = colour(JsonHighlighter::Token::Key);
    const QColor string = colour(JsonHighlighter::Token::String);
    QVERIFY(key != string);

    QCOMPARE(colourAt(editor, 0, columnOf(line, "\"name\"")), key);
    QCOMPARE(colourAt(editor, 0, columnOf(line, "\"name\"") + 3), key);
    QCOMPARE(colourAt(editor, 0, columnOf(line, "\"get_order\"") + 1), string);
    QCOMPARE(colourAt(editor, 0, columnOf(line, "\"limit\"")), key);
    QCOMPARE(colourAt(editor, 0, columnOf(line, "-12.5e3")),
             colour(JsonHighlighter::Token::Number));
    QCOMPARE(colourAt(editor, 0, columnOf(line, "e3")), colour(JsonHighlighter::Token::Number));
    QCOMPARE(colourAt(editor, 0, columnOf(line, "true") + 2),
             colour(JsonHighlighter::Token::Keyword));
    QCOMPARE(colourAt(editor, 0, columnOf(line, "null")), colour(JsonHighlighter::Token::Keyword));
    QCOMPARE(colourAt(editor, 0, 0), colour(JsonHighlighter::Token::Punctuation));
    const QColor punctuation = colour(JsonHighlighter::Token::Punctuation);
    QCOMPARE(colourAt(editor, 0, columnOf(line, ":")), punctuation);
}

void tst_JsonEditor::keyWithEscapedQuoteIsStillAKey()
{
    JsonEditor editor;
    const QString line = QStringLiteral(R"(  "say \"hi\"" : "a \"quoted\" value",)");
    editor.setPlainText(QStringLiteral("{\n") + line + QStringLiteral("\n}"));
    const JsonHighlighter *h = editor.highlighter();
    QCOMPARE(colourAt(editor, 1, columnOf(line, "hi")),
             h->tokenFormat(JsonHighlighter::Token::Key).foreground().color());
    QCOMPARE(colourAt(editor, 1, columnOf(line, "value")),
             h->tokenFormat(JsonHighlighter::Token::String).foreground().color());
}

void tst_JsonEditor::syntaxErrorNamesLineAndColumn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("missing colon") << QStringLiteral("{\n  \"a\": 1,\n  \"b\" 2\n}") << 3 << 7;
    QTest::newRow("trailing comma") << QStringLiteral(R"({"a": [1, 2,]})") << 1 << 13;
    // Columns count characters, not UTF-8 bytes.
    QTest::newRow("after non-ASCII") << QStringLiteral("{\"é\": tru}") << 1 << 10;
    QTest::newRow("unclosed object") << QStringLiteral("{\n  \"a\": 1") << 2 << 9;
}

void tst_JsonEditor::syntaxErrorNamesLineAndColumn()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    const JsonParseResult result = JsonEditor::parse(text);
    QVERIFY(!result.ok);
    QCOMPARE(result.line, line);
    QCOMPARE(result.column, column);
    QVERIFY(!result.message.isEmpty());
    // The library's jargon stays out of the message.
    const bool jargon = result.message.contains(QLatin1String("json.exception"));
    QVERIFY2(!jargon, qPrintable(result.message));

    QVERIFY(JsonEditor::parse(QStringLiteral(R"({"type": "object"})")).ok);
}

void tst_JsonEditor::schemaEditorMarksErrorLine()
{
    SchemaEditor schema(SchemaEditor::Kind::Parameters);
    schema.editor()->setPlainText(QStringLiteral("{\n  \"type\": \"object\",\n  \"b\" 2\n}"));
    QVERIFY(!schema.isApplicable());
    QCOMPARE(schema.editor()->errorLine(), 3);
    QVERIFY2(schema.statusText().contains(QLatin1String("Line 3, column 7")),
             qPrintable(schema.statusText()));
    // The line is tinted and the character underlined.
    QCOMPARE(schema.editor()->extraSelections().size(), 2);

    schema.editor()->setPlainText(QStringLiteral(R"({"type": "object"})"));
    QVERIFY(schema.isApplicable());
    QCOMPARE(schema.editor()->errorLine(), 0);
    QVERIFY(schema.editor()->extraSelections().isEmpty());
}

void tst_JsonEditor::schemaEditorListsSchemaProblemsByPointer()
{
    SchemaEditor schema(SchemaEditor::Kind::Parameters);
    schema.editor()->setPlainText(QStringLiteral(
            R"({"type": "object", "properties": {"qty": {"type": "integr", "minimum": 1}}})"));
    QVERIFY(!schema.isApplicable());
    const QStringList issues = schema.issueTexts();
    QVERIFY2(!issues.isEmpty(), qPrintable(schema.statusText()));
    QVERIFY2(issues.constFirst().startsWith(QLatin1String("error /properties/qty/type")),
             qPrintable(issues.join(QLatin1Char('\n'))));
    QVERIFY(schema.statusText().contains(QLatin1String("error")));

    // Warnings are listed but do not block.
    schema.editor()->setPlainText(QStringLiteral(R"({"type": "array"})"));
    QVERIFY(schema.isApplicable());
    QVERIFY(schema.issueTexts().constFirst().startsWith(QLatin1String("warning /type")));

    schema.editor()->setPlainText(QStringLiteral("[1, 2]"));
    QVERIFY(!schema.isApplicable());
}

void tst_JsonEditor::emptyReturnsMeansNoSchema()
{
    SchemaEditor returns(SchemaEditor::Kind::Returns);
    returns.setSchema(Json{{"type", "string"}});
    QVERIFY(returns.text().contains(QLatin1String("\"string\"")));
    returns.editor()->clear();
    Json schema = Json::object();
    QVERIFY(returns.applicableSchema(&schema));
    QVERIFY(schema.is_null());

    SchemaEditor parameters(SchemaEditor::Kind::Parameters);
    parameters.editor()->setPlainText(QStringLiteral("  \n"));
    QVERIFY(!parameters.isApplicable());
}

QTEST_MAIN(tst_JsonEditor)
#include "tst_jsoneditor.moc"
