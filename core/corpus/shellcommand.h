#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Callwright::ShellCommand {

/// One word of a command line as the shell would see it, quotes removed. tldr's
/// "{{placeholders}}" stay one word even with spaces inside.
struct Word
{
    QString text;
    bool placeholder = false; ///< holds a {{...}} or <...> placeholder
};

/// The words of the first command of a line: it stops at a pipe, ";", "&&", "||", a
/// redirection or a comment, which start another command or post-process its output.
std::vector<Word> words(const QString &line);

/// One option of a command: "--namespace x", "-n x", "-xvf" (three options), "--all".
struct Option
{
    QString flag;  ///< as written, dashes included: "-n", "--namespace"
    QString name;  ///< what it means, as an identifier: "namespace"
    QString value; ///< empty for a switch
    bool hasValue = false;
    bool placeholder = false; ///< the value is a placeholder
    QString alias;            ///< the other spelling tldr gives: "-C" for "--directory"
};

/// A command read as a tool call: a program, the subcommands that name one capability, its
/// options and its positional arguments.
struct Parsed
{
    QString program;         ///< "kubectl", "tar"
    QStringList subcommands; ///< "get", or "s3", "cp"
    /// tldr's "{{start|stop}}" in place of a subcommand: each names a capability of its
    /// own; subcommands holds the first.
    QStringList subcommandChoices;
    std::vector<Option> options;
    std::vector<Word> positionals;
    bool valid = false;
};

/// Parses a command line (one line, continuations already joined). Wrappers such as sudo,
/// env and time, and leading VAR=value assignments, are skipped; "X=$(cmd)" parses cmd.
/// description, when the text gives one, names bundled short options after the word tldr
/// marks ("[x]tract" names -x "extract").
Parsed parse(const QString &line, const QString &description = {});

/// Whether a line of a code block reads as a command rather than output, YAML or a query.
bool looksLikeCommand(const QString &line);
/// Whether word is a program this module knows by name (for `code` inside prose).
bool isKnownProgram(const QString &word);
/// Shell built-ins and set-up lines (cd, export, echo) that are not tools.
bool isShellBuiltin(const QString &program);

/// A placeholder's text as an identifier: "{{path/to/target.tar.gz}}" gives "target",
/// "{{https://example.com}}" gives "url", "<pod_name>" gives "pod_name".
QString placeholderName(const QString &placeholder);
/// The example a placeholder stands for, without its braces: "path/to/file".
QString placeholderValue(const QString &placeholder);
/// Whether a placeholder stands for several values ("{{file1 file2 ...}}").
bool placeholderIsList(const QString &placeholder);
/// The alternatives of "{{pem|der}}"; empty when it offers none.
QStringList placeholderChoices(const QString &placeholder);
/// Whether the alternatives go on ("{{service|socket|...}}"), so they are examples only.
bool placeholderIsOpenChoice(const QString &placeholder);

/// text as an identifier: lower case, runs of other characters as one '_'.
QString identifier(const QString &text);

} // namespace Callwright::ShellCommand
