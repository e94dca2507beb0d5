#include "passageanalysis.h"

#include "shellcommand.h"

#include <QRegularExpression>
#include <QSet>

#include <utility>

namespace Callwright {

namespace {

using Kind = MarkdownBlock::Kind;

const QSet<QString> &actionVerbs()
{
    static const QSet<QString> verbs = [] {
        QSet<QString> set;
        for (const char *v :
             {"access",    "add",        "adjust",       "allow",    "analyze",   "annotate",
              "append",    "apply",      "approve",      "archive",  "assign",    "attach",
              "back",      "backup",     "build",        "change",   "check",     "choose",
              "clean",     "clear",      "click",        "clone",    "close",     "collect",
              "commit",    "compare",    "compile",      "compress", "configure", "confirm",
              "connect",   "contact",    "convert",      "copy",     "cordon",    "create",
              "decode",    "decompress", "decrease",     "delete",   "deploy",    "describe",
              "detach",    "determine",  "disable",      "display",  "download",  "drain",
              "drop",      "dump",       "edit",         "enable",   "encrypt",   "ensure",
              "enter",     "escalate",   "evict",        "examine",  "execute",   "expand",
              "export",    "expose",     "extract",      "fetch",    "filter",    "find",
              "fix",       "follow",     "force",        "format",   "forward",   "free",
              "gather",    "generate",   "get",          "go",       "grant",     "identify",
              "import",    "increase",   "initialize",   "inspect",  "install",   "investigate",
              "isolate",   "kill",       "label",        "launch",   "list",      "load",
              "locate",    "log",        "login",        "look",     "make",      "mark",
              "merge",     "migrate",    "modify",       "monitor",  "mount",     "move",
              "navigate",  "obtain",     "open",         "patch",    "pause",     "perform",
              "print",     "prune",      "pull",         "push",     "query",     "read",
              "rebase",    "reboot",     "rebuild",      "recreate", "redeploy",  "refresh",
              "reinstall", "reload",     "remove",       "rename",   "renew",     "repair",
              "replace",   "reset",      "resize",       "resolve",  "restart",   "restore",
              "resume",    "retrieve",   "retry",        "return",   "review",    "revert",
              "rollback",  "rotate",     "run",          "save",     "scale",     "scan",
              "schedule",  "search",     "select",       "send",     "set",       "show",
              "shut",      "sign",       "sort",         "ssh",      "stage",     "start",
              "stash",     "stop",       "submit",       "switch",   "sync",      "tag",
              "test",      "trigger",    "troubleshoot", "uncordon", "uninstall", "unlock",
              "unmount",   "update",     "upgrade",      "upload",   "use",       "validate",
              "verify",    "view",       "wait",         "watch",    "write",     "display",
              "tail",      "count",      "replicate",    "skip",     "specify",   "transfer",
              "unpack",    "unzip",      "zip",          "encode",   "calculate", "recover",
              "reconcile", "redirect",   "register",     "release",  "request",   "rerun",
              "increase",  "reduce",     "raise",        "lower",    "limit",     "prevent",
              "wipe",      "purge",      "flush",        "evaluate", "consult",   "silence"})
            set.insert(QLatin1String(v));
        return set;
    }();
    return verbs;
}

const QRegularExpression &numberedHeading()
{
    static const QRegularExpression re(QStringLiteral("^(?:step\\s*)?\\d{1,2}[.):]?\\s+(.*)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool codeHoldsNoCommands(const QString &language)
{
    static const QSet<QString> languages{
            QStringLiteral("yaml"),   QStringLiteral("yml"),        QStringLiteral("json"),
            QStringLiteral("promql"), QStringLiteral("text"),       QStringLiteral("txt"),
            QStringLiteral("log"),    QStringLiteral("plaintext"),  QStringLiteral("output"),
            QStringLiteral("xml"),    QStringLiteral("ini"),        QStringLiteral("toml"),
            QStringLiteral("sql"),    QStringLiteral("python"),     QStringLiteral("go"),
            QStringLiteral("diff"),   QStringLiteral("javascript"), QStringLiteral("js"),
            QStringLiteral("java"),   QStringLiteral("c"),          QStringLiteral("cpp"),
            QStringLiteral("logql"),  QStringLiteral("html"),       QStringLiteral("css")};
    return languages.contains(language);
}

struct CodeLine
{
    QString text;
    int start = 0;
    int end = 0;
};

// The lines of a code block's content, with their places in the document.
std::vector<CodeLine> codeLines(const MarkdownBlock &b)
{
    std::vector<CodeLine> lines;
    int from = 0;
    const QString &c = b.content;
    while (from <= c.size()) {
        int to = c.indexOf(QLatin1Char('\n'), from);
        if (to < 0)
            to = c.size();
        lines.push_back({c.mid(from, to - from), b.contentStart + from, b.contentStart + to});
        if (to == c.size())
            break;
        from = to + 1;
    }
    return lines;
}

const QRegularExpression &promptPattern()
{
    // "$ cmd", "sh-5.1# cmd", "[root@host ~]# cmd", "user@host:~$ cmd".
    static const QRegularExpression re(
            QStringLiteral("^\\s*(?:\\$|(?:[\\w.@~:\\[\\]/-]+\\s?[\\]]?)?[$#]|>)\\s+(?=\\S)"));
    return re;
}

bool hasDollarPrompt(const std::vector<CodeLine> &lines)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(?:\\$|[\\w.@-]+[$#])\\s+\\S"));
    for (const CodeLine &l : lines) {
        if (re.match(l.text).hasMatch())
            return true;
    }
    return false;
}

void commandsOfCode(const MarkdownBlock &b, PassageAnalysis &a)
{
    if (b.inlineCode) {
        const QString line = b.content.trimmed();
        const std::vector<ShellCommand::Word> ws = ShellCommand::words(line);
        if (!ws.empty()
            && (ShellCommand::looksLikeCommand(line)
                || ShellCommand::isKnownProgram(ws.front().text))) {
            a.commands.push_back(
                    {line, b.contentStart, b.contentStart + int(b.content.size()), {}, false, {}});
        }
        return;
    }
    if (codeHoldsNoCommands(b.language))
        return;
    const std::vector<CodeLine> lines = codeLines(b);
    const bool prompts = hasDollarPrompt(lines);
    int current = -1; // the command whose output the next lines are
    // Once a block shows output, only a known program starts a command again: a table row
    // such as "ovn-kubernetes-master  ovnkube-...  32m" reads like a command otherwise.
    bool showedOutput = false;
    QString pendingComment; // the comment line just above the next command
    QString heredocEnd;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        CodeLine line = lines[i];
        if (!heredocEnd.isEmpty()) {
            if (line.text.trimmed() == heredocEnd)
                heredocEnd.clear();
            continue;
        }
        const QString trimmed = line.text.trimmed();
        if (trimmed.isEmpty())
            continue;
        bool isCommand = false;
        QString text = trimmed;
        int offset = int(line.text.indexOf(trimmed.at(0)));
        if (prompts) {
            const QRegularExpressionMatch m = promptPattern().match(line.text);
            if (m.hasMatch() && !trimmed.startsWith(QLatin1String("# "))) {
                isCommand = true;
                offset = int(m.capturedEnd(0));
                text = line.text.mid(offset).trimmed();
            }
        } else if (trimmed.startsWith(QLatin1Char('#'))) {
            QString comment = trimmed;
            while (comment.startsWith(QLatin1Char('#')))
                comment.remove(0, 1);
            pendingComment = comment.trimmed();
            continue;
        } else {
            isCommand = ShellCommand::looksLikeCommand(trimmed);
            if (isCommand && showedOutput) {
                const std::vector<ShellCommand::Word> ws = ShellCommand::words(trimmed);
                isCommand = !ws.empty()
                            && (ShellCommand::isKnownProgram(ws.front().text)
                                || ShellCommand::isShellBuiltin(ws.front().text)
                                || ws.front().text.contains(QLatin1Char('=')));
            }
        }
        if (!isCommand) {
            pendingComment.clear();
            showedOutput = showedOutput || current >= 0;
            if (current >= 0) {
                FoundCommand &c = a.commands[std::size_t(current)];
                if (c.output.size() < 2000)
                    c.output += (c.output.isEmpty() ? QString() : QStringLiteral("\n")) + line.text;
            }
            continue;
        }
        int end = line.end;
        // Continuation lines ending in a backslash.
        while (text.endsWith(QLatin1Char('\\')) && i + 1 < lines.size()) {
            text.chop(1);
            ++i;
            text += QLatin1Char(' ') + lines[i].text.trimmed();
            end = lines[i].end;
        }
        static const QRegularExpression heredoc(QStringLiteral("<<-?\\s*['\"]?(\\w+)['\"]?"));
        const QRegularExpressionMatch h = heredoc.match(text);
        if (h.hasMatch())
            heredocEnd = h.captured(1);
        const ShellCommand::Parsed parsed = ShellCommand::parse(text);
        if (!parsed.valid) {
            current = -1;
            continue;
        }
        a.commands.push_back({text.simplified(),
                              line.start + offset,
                              end,
                              {},
                              false,
                              std::exchange(pendingComment, QString())});
        current = int(a.commands.size()) - 1;
    }
}

// `code` spans in prose that run a known program.
std::vector<int> commandsInProse(const QString &docText, const MarkdownBlock &b, PassageAnalysis &a)
{
    std::vector<int> found;
    static const QRegularExpression span(QStringLiteral("`([^`\\n]+)`"));
    const QString region = docText.mid(b.start, b.end - b.start);
    auto it = span.globalMatch(region);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString code = m.captured(1).trimmed();
        const std::vector<ShellCommand::Word> ws = ShellCommand::words(code);
        if (ws.size() < 2 || !ShellCommand::isKnownProgram(ws.front().text)
            || ShellCommand::isShellBuiltin(ws.front().text))
            continue;
        if (!ShellCommand::parse(code).valid)
            continue;
        const int start = b.start + int(m.capturedStart(1));
        a.commands.push_back({code, start, start + int(m.capturedLength(1)), {}, true, {}});
        found.push_back(int(a.commands.size()) - 1);
    }
    return found;
}

QString firstWordOf(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z'-]*"));
    const QRegularExpressionMatch m = word.match(text);
    return m.hasMatch() && m.capturedStart(0) <= 2 ? m.captured(0).toLower() : QString();
}

} // namespace

namespace CorpusText {

QString plain(const QString &markdown)
{
    QString t = markdown;
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression autolink(QStringLiteral("<(https?://[^>]+)>"));
    static const QRegularExpression emphasis(
            QStringLiteral("(\\*\\*|__|\\*|_)(\\S(?:.*?\\S)?)\\1"));
    static const QRegularExpression mark(QStringLiteral("\\[([A-Za-z0-9])\\]"));
    t.replace(link, QStringLiteral("\\1"));
    t.replace(autolink, QStringLiteral("\\1"));
    t.replace(mark, QStringLiteral("\\1"));
    t.replace(emphasis, QStringLiteral("\\2"));
    t.remove(QLatin1Char('`'));
    return t.simplified();
}

QString leadingVerb(const QString &sentence)
{
    QString s = sentence.trimmed();
    // Openers that come before the verb.
    static const QRegularExpression opener(
            QStringLiteral("^(?:first|then|next|now|finally|also|optionally|afterwards|"
                           "alternatively|lastly|second|third|to do so|to fix this|"
                           "if needed|if necessary|once [^,]{1,80}|if [^,]{1,120}|"
                           "when [^,]{1,120}|in [^,]{1,60}|on [^,]{1,60}|from [^,]{1,60}|"
                           "after [^,]{1,80}|using [^,]{1,80})\\s*,?\\s+"),
            QRegularExpression::CaseInsensitiveOption);
    for (int guard = 0; guard < 2; ++guard) {
        const QRegularExpressionMatch m = opener.match(s);
        if (!m.hasMatch())
            break;
        s = s.mid(m.capturedEnd(0));
    }
    QString verb = firstWordOf(s);
    if (verb == QLatin1String("please"))
        verb = firstWordOf(s.mid(s.indexOf(QLatin1Char(' ')) + 1));
    if (verb == QLatin1String("make")
        && !s.contains(QLatin1String("make sure"), Qt::CaseInsensitive)
        && !s.contains(QLatin1String("make a"), Qt::CaseInsensitive))
        return QStringLiteral("make");
    if (!actionVerbs().contains(verb))
        return {};
    // "Check" starts an imperative; "Checks" or "Checking" would not pass the set.
    return verb;
}

bool isImperative(const QString &sentence)
{
    return !leadingVerb(sentence).isEmpty();
}

QStringList sentences(const QString &text)
{
    static const QRegularExpression boundary(QStringLiteral("(?<=[.!?:])\\s+(?=[A-Z(\"'])"));
    QStringList out;
    for (const QString &s : text.split(boundary, Qt::SkipEmptyParts)) {
        const QString t = s.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QStringList ruleSentences(const QString &markdown)
{
    QStringList rules;
    static const QRegularExpression rule(
            QStringLiteral("\\b(must|never|always|only|do not|don't|should not|shouldn't|"
                           "is required|are required|cannot|avoid)\\b"),
            QRegularExpression::CaseInsensitiveOption);
    for (const MarkdownBlock &b : markdownBlocks(markdown)) {
        if (b.kind != Kind::Paragraph && b.kind != Kind::ListItem && b.kind != Kind::Quote)
            continue;
        for (const QString &s : sentences(plain(b.content))) {
            if (s.size() < 20 || s.size() > 300 || !rule.match(s).hasMatch())
                continue;
            if (!rules.contains(s))
                rules << s;
        }
    }
    return rules;
}

} // namespace CorpusText

PassageAnalysis analyzePassage(const CorpusDocument &document, const Passage &passage)
{
    PassageAnalysis a;
    a.blocks = markdownBlocks(passage.text, document.format == CorpusDocument::Format::Markdown);
    for (MarkdownBlock &b : a.blocks) {
        b.start += passage.start;
        b.end += passage.start;
        b.contentStart += passage.start;
    }
    const QString &docText = document.text;
    int openStep = -1; // a step that the next code block's first command belongs to
    const auto addStep = [&](TextStep s) {
        a.steps.push_back(std::move(s));
        openStep = int(a.steps.size()) - 1;
        return openStep;
    };
    // Words that order steps, where they open a sentence ("Then restart it", "Once it is
    // up, ..."); inside one they rarely do ("copy them at once", "oldest first").
    static const QRegularExpression sequence(
            QStringLiteral("(?:^|[.!?:]\\s+)(first|then|next|finally|afterwards|once|after that|"
                           "subsequently|lastly)\\b"),
            QRegularExpression::CaseInsensitiveOption);

    for (std::size_t bi = 0; bi < a.blocks.size(); ++bi) {
        const MarkdownBlock &b = a.blocks[bi];
        switch (b.kind) {
        case Kind::FrontMatter:
            break;
        case Kind::Heading: {
            const QRegularExpressionMatch m = numberedHeading().match(b.content);
            const QString title = m.hasMatch() ? m.captured(1) : b.content;
            const bool imperative = CorpusText::isImperative(CorpusText::plain(title));
            if (m.hasMatch() || imperative) {
                a.imperativeItems += imperative ? 1 : 0;
                addStep({CorpusText::plain(title), b.start, b.end, imperative, m.hasMatch(), {}});
            }
            break;
        }
        case Kind::ListItem: {
            // An item that is only a link points elsewhere; it is no step.
            static const QRegularExpression linkOnly(
                    QStringLiteral("^\\s*\\[[^\\]]*\\]\\([^)]*\\)\\s*\\.?\\s*$"));
            if (linkOnly.match(b.content).hasMatch())
                break;
            const QString text = CorpusText::plain(b.content);
            b.ordered ? ++a.orderedItems : ++a.bulletItems;
            a.proseCharacters += int(text.size());
            a.sequenceWords += int(text.count(sequence));
            const bool imperative = CorpusText::isImperative(text);
            const std::vector<int> inProse = commandsInProse(docText, b, a);
            if (imperative)
                ++a.imperativeItems;
            if (imperative || b.ordered || !inProse.empty()) {
                addStep({text, b.start, b.end, imperative, b.ordered, inProse});
                if (!inProse.empty())
                    openStep = -1; // its command is in the item itself
            }
            break;
        }
        case Kind::Paragraph:
        case Kind::Quote: {
            const QString text = CorpusText::plain(b.content);
            a.proseCharacters += int(text.size());
            a.sequenceWords += int(text.count(sequence));
            if (b.kind == Kind::Quote)
                break; // tldr's summary of the program, or a quoted message
            const std::vector<int> inProse = commandsInProse(docText, b, a);
            for (const QString &sentence : CorpusText::sentences(text)) {
                if (!CorpusText::isImperative(sentence))
                    continue;
                ++a.imperativeSentences;
                addStep({sentence, b.start, b.end, true, false, {}});
            }
            if (!inProse.empty()) {
                if (openStep >= 0 && a.steps[std::size_t(openStep)].start >= b.start) {
                    auto &cmds = a.steps[std::size_t(openStep)].commands;
                    cmds.insert(cmds.end(), inProse.begin(), inProse.end());
                } else {
                    addStep({text, b.start, b.end, false, false, inProse});
                }
                openStep = -1;
            }
            break;
        }
        case Kind::Code: {
            ++a.codeBlocks;
            const std::size_t before = a.commands.size();
            commandsOfCode(b, a);
            for (std::size_t c = before; c < a.commands.size(); ++c) {
                if (openStep >= 0 && a.steps[std::size_t(openStep)].commands.empty()) {
                    a.steps[std::size_t(openStep)].commands.push_back(int(c));
                    continue;
                }
                const FoundCommand &cmd = a.commands[c];
                TextStep s;
                s.description = cmd.comment.isEmpty()
                                        ? QStringLiteral("Run `%1`").arg(cmd.text.left(120))
                                        : CorpusText::plain(cmd.comment);
                s.start = cmd.start;
                s.end = cmd.end;
                s.commands.push_back(int(c));
                a.steps.push_back(std::move(s));
            }
            openStep = -1;
            break;
        }
        }
    }
    for (const FoundCommand &c : a.commands) {
        const ShellCommand::Parsed p = ShellCommand::parse(c.text);
        if (p.valid && !a.programs.contains(p.program))
            a.programs << p.program;
    }

    // A page about one program that lists its separate uses, one command each.
    int withCommand = 0;
    bool oneEach = true;
    for (const TextStep &s : a.steps) {
        if (!s.commands.empty())
            ++withCommand;
        if (s.commands.size() > 1)
            oneEach = false;
    }
    const QString subject
            = (passage.headingPath.isEmpty() ? document.title : passage.headingPath.constFirst())
                      .trimmed()
                      .toLower();
    a.commandReference = a.programs.size() == 1 && a.steps.size() >= 3 && oneEach
                         && withCommand * 5 >= int(a.steps.size()) * 4 && a.orderedItems == 0
                         && a.sequenceWords == 0
                         && (subject == a.programs.constFirst()
                             || subject.startsWith(a.programs.constFirst() + QLatin1Char(' ')));
    return a;
}

} // namespace Callwright
