#include "shellcommand.h"

#include "shellcommandtables.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Callwright::ShellCommand {

using namespace Tables;

namespace {

bool isFlag(const QString &word)
{
    return word.size() > 1 && word.startsWith(QLatin1Char('-')) && word != QLatin1String("--")
           && !word.at(1).isDigit();
}

const QRegularExpression &bareWord()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9-]*$"));
    return re;
}

const QRegularExpression &programWord()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9._+-]*$"));
    return re;
}

// "{{[-A|--all]}}" and "{{[rm|remove]}}": tldr's alternative spellings of one word.
QStringList aliasesOf(const QString &word)
{
    static const QRegularExpression re(QStringLiteral("^\\{\\{\\[([^\\]{}]+)\\]\\}\\}$"));
    const QRegularExpressionMatch m = re.match(word);
    if (!m.hasMatch())
        return {};
    const QStringList parts = m.captured(1).split(QLatin1Char('|'));
    return parts.size() >= 2 ? parts : QStringList();
}

// The words tldr marks in a description: "E[x]tract ... [v]erbosely" gives x -> extract,
// v -> verbosely.
QHash<QChar, QString> mnemonics(const QString &description)
{
    QHash<QChar, QString> out;
    static const QRegularExpression re(QStringLiteral("([A-Za-z]*)\\[([A-Za-z0-9])\\]([A-Za-z]*)"));
    auto it = re.globalMatch(description);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QChar letter = m.captured(2).at(0);
        const QString word = m.captured(1) + m.captured(2) + m.captured(3);
        if (word.size() > 1) {
            // The mark is case-insensitive in tldr ("[c]reate" for -c, "E[x]tract" for -x).
            out.insert(letter.toLower(), word.toLower());
            out.insert(letter.toUpper(), word.toLower());
        }
    }
    return out;
}

struct ShortSpec
{
    QString name;
    bool takesValue = false;
    bool known = false;
};

ShortSpec shortSpec(const QString &program, QChar letter, const QHash<QChar, QString> &marks)
{
    const auto table = shortOptionTable().constFind(program);
    if (table != shortOptionTable().constEnd()) {
        for (const QString &entry : *table) {
            if (entry.at(0) == letter)
                return {entry.mid(2), entry.at(1) == QLatin1Char('='), true};
        }
    }
    if (const auto mark = marks.constFind(letter); mark != marks.constEnd())
        return {identifier(*mark), false, false};
    QString name = QStringLiteral("option_") + letter.toLower();
    if (letter.isUpper())
        name += QStringLiteral("_upper");
    return {name, false, false};
}

} // namespace

QString identifier(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSeparator = false;
    for (const QChar c : text) {
        if ((c.isLetterOrNumber() && c.unicode() < 128)) {
            if (pendingSeparator && !out.isEmpty())
                out += QLatin1Char('_');
            pendingSeparator = false;
            out += c.toLower();
        } else {
            pendingSeparator = true;
        }
    }
    return out;
}

std::vector<Word> words(const QString &line)
{
    std::vector<Word> out;
    const int n = int(line.size());
    int i = 0;
    while (i < n) {
        while (i < n && line.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const QChar c = line.at(i);
        // Another command, a redirection or a comment: the first command ends here.
        if (c == QLatin1Char('|') || c == QLatin1Char(';') || c == QLatin1Char('&')
            || c == QLatin1Char('>') || c == QLatin1Char('#')
            || (c.isDigit() && i + 1 < n && line.at(i + 1) == QLatin1Char('>'))) {
            break;
        }
        if (c == QLatin1Char('<')) {
            const int close = line.indexOf(QLatin1Char('>'), i);
            if (close < 0 || line.mid(i, close - i).contains(QLatin1Char(' ')))
                break; // an input redirection
        }
        Word w;
        bool done = false;
        while (i < n && !done) {
            const QChar ch = line.at(i);
            if (ch.isSpace()) {
                break;
            } else if (ch == QLatin1Char('{') && line.mid(i, 2) == QLatin1String("{{")) {
                const int close = line.indexOf(QLatin1String("}}"), i + 2);
                const int end = close < 0 ? n : close + 2;
                w.text += line.mid(i, end - i);
                w.placeholder = true;
                i = end;
            } else if (ch == QLatin1Char('\'')) {
                const int close = line.indexOf(QLatin1Char('\''), i + 1);
                const int end = close < 0 ? n : close;
                w.text += line.mid(i + 1, end - i - 1);
                i = end + 1;
            } else if (ch == QLatin1Char('"')) {
                ++i;
                while (i < n && line.at(i) != QLatin1Char('"')) {
                    if (line.at(i) == QLatin1Char('\\') && i + 1 < n)
                        ++i;
                    w.text += line.at(i);
                    ++i;
                }
                ++i;
            } else if (ch == QLatin1Char('\\') && i + 1 < n) {
                w.text += line.at(i + 1);
                i += 2;
            } else if (ch == QLatin1Char('$') && line.mid(i, 2) == QLatin1String("$(")) {
                int depth = 0;
                int j = i;
                for (; j < n; ++j) {
                    if (line.at(j) == QLatin1Char('('))
                        ++depth;
                    else if (line.at(j) == QLatin1Char(')') && --depth == 0)
                        break;
                }
                const int end = std::min(n, j + 1);
                w.text += line.mid(i, end - i);
                i = end;
            } else if (ch == QLatin1Char('|') || ch == QLatin1Char(';')
                       || (ch == QLatin1Char('&') && line.mid(i, 2) == QLatin1String("&&"))) {
                done = true;
            } else {
                w.text += ch;
                ++i;
            }
        }
        static const QRegularExpression angle(QStringLiteral("<[A-Za-z_][A-Za-z0-9_ .-]*>"));
        if (!w.placeholder && angle.match(w.text).hasMatch())
            w.placeholder = true;
        if (!w.text.isEmpty() || w.placeholder)
            out.push_back(w);
        if (done)
            break;
    }
    return out;
}

bool isKnownProgram(const QString &word)
{
    return knownPrograms().contains(word);
}

bool isShellBuiltin(const QString &program)
{
    static const QSet<QString> builtins{
            QStringLiteral("cd"),       QStringLiteral("export"), QStringLiteral("echo"),
            QStringLiteral("exit"),     QStringLiteral("source"), QStringLiteral("set"),
            QStringLiteral("unset"),    QStringLiteral("alias"),  QStringLiteral("read"),
            QStringLiteral("sleep"),    QStringLiteral("true"),   QStringLiteral("false"),
            QStringLiteral("local"),    QStringLiteral("eval"),   QStringLiteral("for"),
            QStringLiteral("do"),       QStringLiteral("done"),   QStringLiteral("if"),
            QStringLiteral("then"),     QStringLiteral("else"),   QStringLiteral("fi"),
            QStringLiteral("while"),    QStringLiteral("case"),   QStringLiteral("esac"),
            QStringLiteral("printf"),   QStringLiteral("return"), QStringLiteral("shift"),
            QStringLiteral("function"), QStringLiteral("test"),   QStringLiteral("wait"),
            QStringLiteral("trap"),     QStringLiteral("pwd"),    QStringLiteral("clear"),
            QStringLiteral("history")};
    return builtins.contains(program);
}

bool looksLikeCommand(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty())
        return false;
    const std::vector<Word> ws = words(t);
    if (ws.empty())
        return false;
    QString first = ws.front().text;
    if (first.contains(QLatin1Char('=')) && !first.startsWith(QLatin1Char('-'))) {
        // VAR=value: a command if a command follows, or the value runs one.
        static const QRegularExpression assignment(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*="));
        if (!assignment.match(first).hasMatch())
            return false;
        if (ws.size() == 1)
            return first.contains(QLatin1String("$("));
        first = ws[1].text;
    }
    if (ws.front().placeholder && !first.startsWith(QLatin1Char('<')))
        return false;
    if (!programWord().match(first).hasMatch())
        return false;
    static const QSet<QString> notPrograms{
            QStringLiteral("and"),      QStringLiteral("or"),       QStringLiteral("the"),
            QStringLiteral("a"),        QStringLiteral("to"),       QStringLiteral("default"),
            QStringLiteral("none"),     QStringLiteral("null"),     QStringLiteral("yes"),
            QStringLiteral("no"),       QStringLiteral("sum"),      QStringLiteral("rate"),
            QStringLiteral("max"),      QStringLiteral("min"),      QStringLiteral("avg"),
            QStringLiteral("by"),       QStringLiteral("on"),       QStringLiteral("without"),
            QStringLiteral("ignoring"), QStringLiteral("irate"),    QStringLiteral("topk"),
            QStringLiteral("bottomk"),  QStringLiteral("increase"), QStringLiteral("standard"),
            QStringLiteral("warning"),  QStringLiteral("error"),    QStringLiteral("info"),
            QStringLiteral("name"),     QStringLiteral("type"),     QStringLiteral("status")};
    if (notPrograms.contains(first))
        return false;
    // YAML keys, log lines and tables: "key: value", "level=warn", a column of names.
    if (first.endsWith(QLatin1Char(':'))
        || (t.contains(QLatin1String(": ")) && !isKnownProgram(first)))
        return false;
    if (isKnownProgram(first) || isShellBuiltin(first))
        return true;
    // An unknown word: a command if what follows reads as options or arguments.
    return ws.size() >= 2
           && (isFlag(ws[1].text) || ws[1].placeholder || bareWord().match(ws[1].text).hasMatch());
}

QString placeholderValue(const QString &placeholder)
{
    QString v = placeholder;
    if (v.startsWith(QLatin1String("{{")) && v.endsWith(QLatin1String("}}")))
        v = v.mid(2, v.size() - 4);
    else if (v.startsWith(QLatin1Char('<')) && v.endsWith(QLatin1Char('>')))
        v = v.mid(1, v.size() - 2);
    return v.trimmed();
}

bool placeholderIsList(const QString &placeholder)
{
    const QString v = placeholderValue(placeholder);
    if (!placeholderChoices(placeholder).isEmpty())
        return false; // alternatives, one of which is given
    return v.contains(QLatin1String("...")) || v.contains(QLatin1Char(' '));
}

QStringList placeholderChoices(const QString &placeholder)
{
    if (!placeholder.startsWith(QLatin1String("{{")) || !placeholder.endsWith(QLatin1String("}}"))
        || placeholder.count(QLatin1String("{{")) != 1)
        return {};
    const QString v = placeholderValue(placeholder);
    // "source.tar[.gz|.bz2]" offers suffixes, not values; "[-a|--all]" is an option.
    if (v.contains(QLatin1Char('[')) || !v.contains(QLatin1Char('|'))
        || v.contains(QLatin1Char(' ')))
        return {};
    QStringList choices;
    for (const QString &c : v.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        if (c != QLatin1String("..."))
            choices << c;
    }
    return choices.size() >= 2 ? choices : QStringList();
}

bool placeholderIsOpenChoice(const QString &placeholder)
{
    return placeholderValue(placeholder).endsWith(QLatin1String("|..."));
}

QString placeholderName(const QString &placeholder)
{
    QString v = placeholderValue(placeholder);
    if (const QStringList choices = placeholderChoices(placeholder); !choices.isEmpty())
        v = choices.front();
    // "path/to/source.tar[.gz|.bz2]": alternatives are not part of the name.
    const int bracket = v.indexOf(QLatin1Char('['));
    if (bracket > 0)
        v = v.left(bracket);
    if (v.startsWith(QLatin1String("http://")) || v.startsWith(QLatin1String("https://"))
        || v.startsWith(QLatin1String("ftp://")))
        return QStringLiteral("url");
    if (placeholderIsList(v)) {
        v = v.split(QLatin1Char(' ')).value(0);
        while (!v.isEmpty() && v.back().isDigit())
            v.chop(1);
    }
    if (v.contains(QLatin1Char('/'))) {
        v = v.section(QLatin1Char('/'), -1);
        // "target.tar.gz" names a "target".
        if (v.contains(QLatin1Char('.')) && !v.startsWith(QLatin1Char('.')))
            v = v.section(QLatin1Char('.'), 0, 0);
    }
    if (v.startsWith(QLatin1Char('*')))
        return QStringLiteral("pattern");
    QString name = identifier(v);
    if (name.isEmpty())
        return QStringLiteral("value");
    if (name.at(0).isDigit())
        return QStringLiteral("number");
    const QStringList parts = name.split(QLatin1Char('_'));
    if (parts.size() > 4)
        name = parts.mid(0, 4).join(QLatin1Char('_'));
    return name;
}

Parsed parse(const QString &line, const QString &description)
{
    Parsed p;
    std::vector<Word> ws = words(line.trimmed());
    std::size_t i = 0;
    // Prompts left in ("$", "sh-5.1#").
    while (i < ws.size()
           && (ws[i].text == QLatin1String("$") || ws[i].text == QLatin1String("#")
               || ws[i].text.endsWith(QLatin1String("$"))
               || ws[i].text.endsWith(QLatin1String("#")))) {
        ++i;
    }
    // "export X=$(cmd)" sets X from cmd.
    if (i + 1 < ws.size()
        && (ws[i].text == QLatin1String("export") || ws[i].text == QLatin1String("local")
            || ws[i].text == QLatin1String("declare"))
        && ws[i + 1].text.contains(QLatin1Char('='))) {
        ++i;
    }
    // Assignments before the command; "X=$(cmd)" alone is cmd.
    static const QRegularExpression assignment(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*=(.*)$"));
    while (i < ws.size()) {
        const QRegularExpressionMatch m = assignment.match(ws[i].text);
        if (!m.hasMatch())
            break;
        if (i + 1 == ws.size()) {
            const QString value = m.captured(1);
            if (value.startsWith(QLatin1String("$(")) && value.endsWith(QLatin1Char(')')))
                return parse(value.mid(2, value.size() - 3), description);
            return p;
        }
        ++i;
    }
    // Wrappers that run the real command.
    static const QSet<QString> wrappers{QStringLiteral("sudo"), QStringLiteral("env"),
                                        QStringLiteral("time"), QStringLiteral("nohup"),
                                        QStringLiteral("exec"), QStringLiteral("command")};
    while (i < ws.size() && wrappers.contains(ws[i].text)) {
        ++i;
        while (i < ws.size() && isFlag(ws[i].text))
            ++i;
    }
    if (i < ws.size() && ws[i].text == QLatin1String("watch")) {
        ++i;
        while (i < ws.size() && isFlag(ws[i].text)) {
            // watch -n 5: the interval.
            if (ws[i].text == QLatin1String("-n") && i + 1 < ws.size())
                ++i;
            ++i;
        }
    }
    if (i >= ws.size() || ws[i].placeholder)
        return p;
    p.program = ws[i].text;
    if (!programWord().match(p.program).hasMatch() || isShellBuiltin(p.program))
        return p;
    ++i;

    const QHash<QChar, QString> marks = mnemonics(description);
    const int depth = subcommandDepths().value(p.program, 0);
    // Subcommands are the first bare words, options may come before them ("oc -n x get").
    std::vector<Word> rest(ws.begin() + std::ptrdiff_t(i), ws.end());
    std::size_t r = 0;
    int wanted = depth;
    if (bundlesFirstWord(p.program) && r < rest.size() && !rest[r].placeholder
        && QRegularExpression(QStringLiteral("^[A-Za-z]{1,6}$")).match(rest[r].text).hasMatch()) {
        rest[r].text.prepend(QLatin1Char('-')); // "tar xvf" is "tar -xvf"
    }
    // The subcommand a word names, or nothing: "get", or "remove" for "{{[rm|remove]}}".
    const auto subcommandOf = [&](const Word &w) -> QString {
        const QStringList aliases = aliasesOf(w.text);
        QString word = w.text;
        if (!aliases.isEmpty() && !aliases.front().startsWith(QLatin1Char('-'))) {
            word = aliases.back();
        } else if (w.placeholder) {
            // "{{start|stop|restart}}": one of several subcommands.
            const QStringList choices = placeholderChoices(w.text);
            for (const QString &c : choices) {
                if (!bareWord().match(c).hasMatch())
                    return {};
            }
            if (choices.isEmpty())
                return {};
            p.subcommandChoices = choices;
            return choices.front();
        }
        return bareWord().match(word).hasMatch() ? word : QString();
    };

    const auto addOption = [&](Option o) {
        for (const Option &existing : p.options) {
            if (existing.name == o.name && !o.hasValue && !existing.hasValue)
                return;
        }
        p.options.push_back(std::move(o));
    };
    const auto nextIsValue = [&](std::size_t k) {
        return k + 1 < rest.size() && !isFlag(rest[k + 1].text)
               && aliasesOf(rest[k + 1].text).isEmpty() && rest[k + 1].text != QLatin1String("--");
    };
    for (; r < rest.size(); ++r) {
        const Word &w = rest[r];
        if (w.text == QLatin1String("--")) {
            // What follows runs inside (oc exec ... -- dig ...): one argument, the command.
            QStringList command;
            for (std::size_t k = r + 1; k < rest.size(); ++k)
                command << rest[k].text;
            if (!command.isEmpty())
                p.positionals.push_back({command.join(QLatin1Char(' ')), false});
            break;
        }
        const QStringList aliases = aliasesOf(w.text);
        const bool flag = isFlag(w.text)
                          || (!aliases.isEmpty() && aliases.front().startsWith(QLatin1Char('-')));
        if (wanted > 0 && !flag) {
            const QString sub = subcommandOf(w);
            if (!sub.isEmpty()) {
                p.subcommands << sub;
                --wanted;
                if (wanted == 0 && p.subcommands.size() == 1 && takesSecondWord(p.program, sub))
                    wanted = 1;
                continue;
            }
            // "aws s3 {{any_command}}" leaves its capability open: no tool to make of it.
            if (w.placeholder && placeholderName(w.text).contains(QLatin1String("command")))
                return p;
            wanted = 0; // an argument: no (further) subcommand
        }
        if (!aliases.isEmpty() && aliases.front().startsWith(QLatin1Char('-'))) {
            // "{{[-C|--directory]}}": the long spelling names it. "{{[-vr|--verbose
            // --recursive]}}" and "{{[-la|-l --all]}}" spell several options at once.
            const QString shortForm = aliases.front();
            const QStringList parts = aliases.back().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (int k = 0; k < parts.size(); ++k) {
                const QString &part = parts[k];
                const bool last = k == parts.size() - 1;
                if (!part.startsWith(QLatin1String("--")) && part.size() >= 2
                    && !singleDashWords(p.program)) {
                    // Short letters inside the long spelling ("-l" of "-l --all").
                    for (int c = 1; c < part.size(); ++c) {
                        const ShortSpec spec = shortSpec(p.program, part.at(c), marks);
                        Option o;
                        o.flag = QStringLiteral("-") + part.at(c);
                        o.name = spec.name;
                        if (spec.takesValue && last && c == part.size() - 1 && nextIsValue(r)) {
                            o.hasValue = true;
                            o.value = rest[r + 1].text;
                            o.placeholder = rest[r + 1].placeholder;
                            ++r;
                        }
                        addOption(o);
                    }
                    continue;
                }
                Option o;
                o.flag = part;
                if (parts.size() == 1)
                    o.alias = shortForm;
                const QString bare = part.mid(part.startsWith(QLatin1String("--")) ? 2 : 1);
                o.name = identifier(bare);
                if (o.name.isEmpty())
                    continue;
                bool takesValue = false;
                if (last) {
                    // tldr writes the value as a placeholder right after the option; a bare
                    // value follows only options that take one.
                    takesValue = !isKnownSwitch(bare) && nextIsValue(r)
                                 && (rest[r + 1].placeholder || parts.size() > 1);
                }
                if (takesValue) {
                    o.hasValue = true;
                    o.value = rest[r + 1].text;
                    o.placeholder = rest[r + 1].placeholder;
                    ++r;
                }
                addOption(o);
            }
            continue;
        }
        // "--all-containers={{true}}" is an option whose value is a placeholder.
        const bool optionWithPlaceholder
                = isFlag(w.text) && !w.text.startsWith(QLatin1String("{{"));
        if ((w.placeholder && !optionWithPlaceholder) || !isFlag(w.text)) {
            p.positionals.push_back(w);
            continue;
        }
        if (w.text.startsWith(QLatin1String("--")) || singleDashWords(p.program)) {
            const int dashes = w.text.startsWith(QLatin1String("--")) ? 2 : 1;
            QString body = w.text.mid(dashes);
            Option o;
            const int eq = body.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                o.value = body.mid(eq + 1);
                o.hasValue = true;
                o.placeholder = o.value.contains(QLatin1String("{{"));
                body = body.left(eq);
            }
            o.flag = w.text.left(dashes) + body;
            o.name = identifier(body);
            if (dashes == 1 && body.size() == 1) {
                const ShortSpec spec = shortSpec(p.program, body.at(0), marks);
                o.name = spec.name;
                if (!o.hasValue && spec.takesValue && nextIsValue(r)) {
                    o.hasValue = true;
                    o.value = rest[r + 1].text;
                    o.placeholder = rest[r + 1].placeholder;
                    ++r;
                }
            } else if (!o.hasValue && !isKnownSwitch(body) && nextIsValue(r)) {
                o.hasValue = true;
                o.value = rest[r + 1].text;
                o.placeholder = rest[r + 1].placeholder;
                ++r;
            }
            if (o.name.isEmpty())
                continue;
            addOption(o);
            continue;
        }
        // Short options, alone or bundled: "-n x", "-xvf file" (the last may take a value).
        const QString letters = w.text.mid(1);
        for (int k = 0; k < letters.size(); ++k) {
            const QChar letter = letters.at(k);
            if (!letter.isLetterOrNumber())
                break;
            const ShortSpec spec = shortSpec(p.program, letter, marks);
            Option o;
            o.flag = QStringLiteral("-") + letter;
            o.name = spec.name;
            const bool last = k == letters.size() - 1;
            if (spec.takesValue && !last) {
                // "-n5": the rest of the word is the value.
                o.hasValue = true;
                o.value = letters.mid(k + 1);
                addOption(o);
                break;
            }
            // A lone unknown letter followed by a placeholder takes it as its value.
            const bool valueFollows
                    = nextIsValue(r)
                      && (spec.takesValue
                          || (!spec.known && letters.size() == 1 && rest[r + 1].placeholder
                              && !marks.contains(letter)));
            if (last && valueFollows) {
                o.hasValue = true;
                o.value = rest[r + 1].text;
                o.placeholder = rest[r + 1].placeholder;
                ++r;
            }
            addOption(o);
        }
    }
    // Asking for help is not a task.
    if (p.subcommands.value(0) == QLatin1String("help"))
        return p;
    p.valid = true;
    return p;
}

} // namespace Callwright::ShellCommand
