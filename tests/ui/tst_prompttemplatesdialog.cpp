// Project ▸ Agent Prompts: the agents' prompt templates edited per project. A saved edit is in
// the project file when it is opened again, a required placeholder cannot be saved away,
// Reset goes back to the built-in text, and a read-only project can be read but not changed.
#include "uitestsupport.h"

#include "actions.h"
#include "backends/prompttemplates.h"
#include "dialogs/prompttemplatesdialog.h"
#include "widgets/placeholderhighlighter.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Callwright;
using namespace Callwright::UiTestSupport;

class tst_PromptTemplatesDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("prompts-%1.callwright").arg(++m_counter));
        QVERIFY(writeProject(m_path, QStringLiteral("Prompts")));
        StoreError error;
        m_document = ProjectDocument::open(m_path, &error);
        QVERIFY2(m_document, qPrintable(error.message));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_document.reset();
    }

    void listsEveryTemplateWithWhatItsAgentSees()
    {
        openDialog();
        QTreeWidget *list = m_dialog->templateList();
        const QStringList names = PromptTemplates::names();
        QCOMPARE(list->topLevelItemCount(), names.size());
        for (int i = 0; i < names.size(); ++i) {
            QCOMPARE(list->topLevelItem(i)->text(0), names[i]);
            QCOMPARE(list->topLevelItem(i)->text(1), QStringLiteral("built-in"));
        }
        QVERIFY(m_dialog->selectTemplate(QStringLiteral("tool")));
        QCOMPARE(m_dialog->editor()->toPlainText(),
                 PromptTemplates::builtIn(QStringLiteral("tool")));
        QVERIFY(m_dialog->descriptionLabel()->text().startsWith(
                QStringLiteral("The tool agent sees only the tool definition ({{tool}}) and the "
                               "request")));
        QVERIFY(m_dialog->descriptionLabel()->text().contains(
                QStringLiteral("nothing of the dialogue")));
        QCOMPARE(label("stateLabel")->text(), QStringLiteral("Built-in"));
        QVERIFY(!m_dialog->saveButton()->isEnabled());
        QVERIFY(!m_dialog->resetButton()->isEnabled());
        QVERIFY(!m_dialog->validationLabel()->isVisible());
        QCOMPARE(m_dialog->editor()->font().family(),
                 QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        QVERIFY(!m_dialog->selectTemplate(QStringLiteral("no_such_prompt")));
    }

    void savedEditIsInTheProjectFileWhenReopened()
    {
        openDialog();
        QVERIFY(m_dialog->selectTemplate(QStringLiteral("assistant")));
        const QString added = QStringLiteral("Always answer in French.");
        QPlainTextEdit *editor = m_dialog->editor();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QLatin1Char(' ') + added);
        QVERIFY(m_dialog->isModified());
        QCOMPARE(row(QStringLiteral("assistant"))->text(0), QStringLiteral("assistant *"));
        QCOMPARE(label("stateLabel")->text(), QStringLiteral("Unsaved changes"));
        QVERIFY(m_dialog->saveButton()->isEnabled());
        QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);

        QVERIFY(!m_dialog->isModified());
        QVERIFY(!m_dialog->saveButton()->isEnabled());
        QCOMPARE(row(QStringLiteral("assistant"))->text(0), QStringLiteral("assistant"));
        QCOMPARE(row(QStringLiteral("assistant"))->text(1),
                 QStringLiteral("edited for this project"));
        QCOMPARE(label("stateLabel")->text(), QStringLiteral("Edited for this project"));
        // One undo step, named after the prompt.
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Edit Prompt assistant"));
        m_dialog.reset();

        // Opened again from the file, as a generation job reads it.
        m_document.reset();
        StoreError error;
        auto reopened = ProjectDocument::open(m_path, &error);
        QVERIFY2(reopened, qPrintable(error.message));
        const PromptTemplates prompts = PromptTemplates::fromProject(&reopened->store());
        QVERIFY(prompts.isOverridden(QStringLiteral("assistant")));
        const QString expected
                = PromptTemplates::builtIn(QStringLiteral("assistant")) + QLatin1Char(' ') + added;
        QCOMPARE(prompts.text(QStringLiteral("assistant")), expected);
        QVERIFY(!prompts.isOverridden(QStringLiteral("tool")));

        // The dialog shows the project's text, marked as its own.
        PromptTemplatesDialog again(reopened.get());
        QVERIFY(again.selectTemplate(QStringLiteral("assistant")));
        QCOMPARE(again.editor()->toPlainText(), expected);
        QVERIFY(!again.isModified());
    }

    void saveIsUndoable()
    {
        openDialog();
        QVERIFY(m_dialog->selectTemplate(QStringLiteral("planner")));
        m_dialog->editor()->setPlainText(QStringLiteral("Plan with {{tools}} and {{plan}}."));
        QVERIFY(m_dialog->save());
        QCOMPARE(m_document->promptOverride(QStringLiteral("planner")),
                 QStringLiteral("Plan with {{tools}} and {{plan}}."));

        // Undone while the dialog is open: it follows the file.
        m_document->undoStack()->undo();
        QVERIFY(m_document->promptOverride(QStringLiteral("planner")).isEmpty());
        QCOMPARE(m_dialog->editor()->toPlainText(),
                 PromptTemplates::builtIn(QStringLiteral("planner")));
        QCOMPARE(row(QStringLiteral("planner"))->text(1), QStringLiteral("built-in"));
        m_document->undoStack()->redo();
        QCOMPARE(m_dialog->editor()->toPlainText(),
                 QStringLiteral("Plan with {{tools}} and {{plan}}."));
    }

    void missingRequiredPlaceholderBlocksSave()
    {
        openDialog();
        QVERIFY(m_dialog->selectTemplate(QStringLiteral("tool")));
        QPlainTextEdit *editor = m_dialog->editor();
        QString text = editor->toPlainText();
        QVERIFY(text.contains(QStringLiteral("{{tool}}")));
        editor->setPlainText(text.replace(QStringLiteral("{{tool}}"), QStringLiteral("the tool")));

        QVERIFY(m_dialog->isModified());
        QCOMPARE(m_dialog->missingPlaceholders(), QStringList{QStringLiteral("tool")});
        QVERIFY(!m_dialog->saveButton()->isEnabled());
        QVERIFY(m_dialog->validationLabel()->isVisible());
        QCOMPARE(m_dialog->validationLabel()->text(),
                 QStringLiteral("Missing required placeholder {{tool}}: put it back to save."));
        QCOMPARE(m_dialog->validationLabel()->palette().color(QPalette::WindowText).name(),
                 QStringLiteral("#c02020"));
        QVERIFY(!m_dialog->save());
        QVERIFY(m_document->promptOverride(QStringLiteral("tool")).isEmpty());

        // Back in, with a spelling render() also reads; Save is offered again.
        editor->moveCursor(QTextCursor::End);
        editor->insertPlainText(QStringLiteral("\n{{ tool }}"));
        QVERIFY(m_dialog->missingPlaceholders().isEmpty());
        QVERIFY(!m_dialog->validationLabel()->isVisible());
        QVERIFY(m_dialog->saveButton()->isEnabled());
    }

    void placeholdersAreMarked()
    {
        openDialog();
        QVERIFY(m_dialog->selectTemplate(QStringLiteral("user")));
        m_dialog->editor()->setPlainText(
                QStringLiteral("You are {{persona}}; it rains in {{weather}}."));
        const QStringList unknown{QStringLiteral("weather")};
        QCOMPARE(m_dialog->unknownPlaceholders(), unknown);
        QVERIFY(m_dialog->warningLabel()->isVisible());
        QVERIFY2(m_dialog->warningLabel()->text().startsWith(
                         QStringLiteral("{{weather}} is not filled in for this agent")),
                 qPrintable(m_dialog->warningLabel()->text()));
        // Unknown placeholders warn; they do not block.
        QVERIFY(m_dialog->validationLabel()->text().contains(QStringLiteral("{{goal}}")));

        const QTextBlock block = m_dialog->editor()->document()->firstBlock();
        const auto formatAt = [&block](int position) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (position >= range.start && position < range.start + range.length)
                    return range.format;
            }
            return QTextCharFormat();
        };
        PlaceholderHighlighter *highlighter = m_dialog->highlighter();
        const int persona = int(block.text().indexOf(QStringLiteral("{{persona}}")));
        const int weather = int(block.text().indexOf(QStringLiteral("{{weather}}")));
        QCOMPARE(formatAt(persona).foreground().color(),
                 highlighter->kindFormat(PlaceholderHighlighter::Kind::Required)
                         .foreground()
                         .color());
        QCOMPARE(formatAt(persona + 10).foreground().color(),
                 highlighter->kindFormat(PlaceholderHighlighter::Kind::Required)
                         .foreground()
                         .color());
        QCOMPARE(formatAt(weather).underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(formatAt(weather).foreground().color(),
                 highlighter->kindFormat(PlaceholderHighlighter::Kind::Unknown)
                         .foreground()
                         .color());
        QCOMPARE(formatAt(0).underlineStyle(), QTextCharFormat::NoUnderline);
    }

    void resetGoesBackToTheBuiltInText()
    {
        QVERIFY(m_document->setPromptTemplate(QStringLiteral("user"),
                                              QStringLiteral("{{persona}} {{goal}} {{transcript}} "
                                                             "{{step}} {{values}} Be terse.")));
        openDialog();
        QVERIFY(m_dialog->selectTemplate(QStringLiteral("user")));
        QCOMPARE(row(QStringLiteral("user"))->text(1), QStringLiteral("edited for this project"));
        QVERIFY(m_dialog->editor()->toPlainText().endsWith(QStringLiteral("Be terse.")));
        QVERIFY(m_dialog->resetButton()->isEnabled());

        QTest::mouseClick(m_dialog->resetButton(), Qt::LeftButton);
        const QString builtIn = PromptTemplates::builtIn(QStringLiteral("user"));
        QCOMPARE(m_dialog->editor()->toPlainText(), builtIn);
        QCOMPARE(label("stateLabel")->text(), QStringLiteral("Unsaved: back to the built-in text"));
        QVERIFY(!m_dialog->resetButton()->isEnabled());
        QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);

        QVERIFY(!m_dialog->isModified());
        QVERIFY(m_document->promptOverride(QStringLiteral("user")).isEmpty());
        QVERIFY(!PromptTemplates::fromProject(&m_document->store())
                         .isOverridden(QStringLiteral("user")));
        QCOMPARE(row(QStringLiteral("user"))->text(1), QStringLiteral("built-in"));
        QCOMPARE(label("stateLabel")->text(), QStringLiteral("Built-in"));
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Reset Prompt user"));
    }

    void readOnlyProjectCannotSave()
    {
        QVERIFY(m_document->setPromptTemplate(QStringLiteral("tool"),
                                              QStringLiteral("Be {{tool}}, nothing more.")));
        m_document.reset();
        StoreError error;
        m_document = ProjectDocument::openReadOnly(m_path, &error);
        QVERIFY2(m_document, qPrintable(error.message));
        QVERIFY(m_document->isReadOnly());

        openDialog();
        QVERIFY(label("readOnlyLabel")->isVisible());
        QVERIFY(m_dialog->selectTemplate(QStringLiteral("tool")));
        QCOMPARE(m_dialog->editor()->toPlainText(), QStringLiteral("Be {{tool}}, nothing more."));
        QVERIFY(m_dialog->editor()->isReadOnly());
        QVERIFY(!m_dialog->resetButton()->isEnabled());
        m_dialog->editor()->setPlainText(QStringLiteral("Changed {{tool}}"));
        QVERIFY(!m_dialog->saveButton()->isEnabled());
        QVERIFY(!m_dialog->save());
        m_dialog->resetToBuiltIn();
        QCOMPARE(m_dialog->editor()->toPlainText(), QStringLiteral("Changed {{tool}}"));
        QCOMPARE(m_document->promptOverride(QStringLiteral("tool")),
                 QStringLiteral("Be {{tool}}, nothing more."));
        QVERIFY(!m_document->setPromptTemplate(QStringLiteral("tool"), QString()));
        // Closing does not ask about edits that could never be saved.
        m_dialog->reject();
        QVERIFY(!m_dialog->isVisible());

        // The menu command is off for such a project.
        ActionRegistry actions;
        QAction *prompts = actions.action(ActionRegistry::Id::EditAgentPrompts);
        QVERIFY(!prompts->isEnabled());
        actions.setProjectOpen(true, false);
        QVERIFY(!prompts->isEnabled());
        QVERIFY(actions.action(ActionRegistry::Id::RenameProject)->isEnabled());
        actions.setProjectOpen(true, true);
        QVERIFY(prompts->isEnabled());
        QCOMPARE(prompts->text(), QStringLiteral("Agent &Prompts…"));
    }

    void unsavedEditsAreAskedAbout()
    {
        openDialog();
        QVERIFY(m_dialog->selectTemplate(QStringLiteral("backtranslation")));
        m_dialog->editor()->setPlainText(QStringLiteral("Tools: {{tools}}. Answer in JSON."));

        // Close, then stay.
        answerNextQuestion(QMessageBox::Cancel);
        QTest::mouseClick(m_dialog->closeButton(), Qt::LeftButton);
        QVERIFY(m_answered);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(m_dialog->isModified());

        // Another prompt, saving on the way.
        answerNextQuestion(QMessageBox::Save);
        QVERIFY(m_dialog->selectTemplate(QStringLiteral("planner")));
        QVERIFY(m_answered);
        QCOMPARE(m_dialog->currentTemplate(), QStringLiteral("planner"));
        QCOMPARE(m_document->promptOverride(QStringLiteral("backtranslation")),
                 QStringLiteral("Tools: {{tools}}. Answer in JSON."));

        // A clicked row that the user declines to leave stays selected.
        m_dialog->editor()->setPlainText(QStringLiteral("{{tools}} {{plan}} Short goals."));
        answerNextQuestion(QMessageBox::Cancel);
        m_dialog->templateList()->setCurrentItem(row(QStringLiteral("tool")));
        QVERIFY(m_answered);
        QCOMPARE(m_dialog->currentTemplate(), QStringLiteral("planner"));
        QCOMPARE(m_dialog->templateList()->currentItem(), row(QStringLiteral("planner")));

        // Close, discarding.
        answerNextQuestion(QMessageBox::Discard);
        QTest::mouseClick(m_dialog->closeButton(), Qt::LeftButton);
        QVERIFY(m_answered);
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(m_document->promptOverride(QStringLiteral("planner")).isEmpty());
    }

private:
    void openDialog()
    {
        m_dialog = std::make_unique<PromptTemplatesDialog>(m_document.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    QTreeWidgetItem *row(const QString &name) const
    {
        const QList<QTreeWidgetItem *> found
                = m_dialog->templateList()->findItems(name, Qt::MatchStartsWith, 0);
        for (QTreeWidgetItem *item : found) {
            if (item->data(0, Qt::UserRole).toString() == name)
                return item;
        }
        return nullptr;
    }

    QLabel *label(const char *name) const
    {
        return m_dialog->findChild<QLabel *>(QLatin1String(name));
    }

    /// Presses button in the next message box that comes up.
    void answerNextQuestion(QMessageBox::StandardButton button)
    {
        m_answered = false;
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [this, timer, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            timer->deleteLater();
            timer->stop();
            m_answered = true;
            box->button(button)->click();
        });
        timer->start();
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    bool m_answered = false;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<PromptTemplatesDialog> m_dialog;
};

QTEST_MAIN(tst_PromptTemplatesDialog)
#include "tst_prompttemplatesdialog.moc"
