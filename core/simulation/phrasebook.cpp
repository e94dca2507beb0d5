#include "phrasebook.h"

#include "schema/random.h"
#include "schema/wordlists.h"

#include <QHash>
#include <QRegularExpression>

#include <array>
#include <initializer_list>

namespace Callwright::Phrasebook {

namespace {

using Frames = std::initializer_list<const char *>;

// Expands "[a|b|c]" alternatives (not nested) with the generator: one frame stands for
// many sentences, which is where the variety of embedded text comes from.
QString expand(Rng &rng, const QString &frame)
{
    if (!frame.contains(QLatin1Char('[')))
        return frame;
    QString out;
    out.reserve(frame.size());
    qsizetype i = 0;
    while (i < frame.size()) {
        const qsizetype open = frame.indexOf(QLatin1Char('['), i);
        if (open < 0) {
            out += QStringView(frame).mid(i);
            break;
        }
        const qsizetype close = frame.indexOf(QLatin1Char(']'), open);
        if (close < 0) {
            out += QStringView(frame).mid(i);
            break;
        }
        out += QStringView(frame).mid(i, open - i);
        const QList<QStringView> options
                = QStringView(frame).mid(open + 1, close - open - 1).split(QLatin1Char('|'));
        out += options.at(qsizetype(rng.below(quint64(options.size()))));
        i = close + 1;
    }
    return out;
}

QString pickFrom(Rng &rng, Frames frames)
{
    const auto index = rng.below(quint64(frames.size()));
    return expand(rng, QString::fromUtf8(*(frames.begin() + index)));
}

// Fills "{a}", "{b}", … in order of the arguments.
QString fill(QString frame, std::initializer_list<std::pair<const char *, QString>> values)
{
    for (const auto &[key, value] : values)
        frame.replace(QLatin1Char('{') + QLatin1String(key) + QLatin1Char('}'), value);
    return frame;
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

QString joinedList(const QStringList &items, const QString &conjunction = QStringLiteral("and"))
{
    if (items.size() <= 1)
        return items.value(0);
    if (items.size() == 2)
        return items[0] + QLatin1Char(' ') + conjunction + QLatin1Char(' ') + items[1];
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", "))
           + QStringLiteral(", ") + conjunction + QLatin1Char(' ') + items.last();
}

QString sentence(QString s)
{
    s = capitalised(s.trimmed());
    if (!s.isEmpty() && !s.endsWith(QLatin1Char('.')) && !s.endsWith(QLatin1Char('?'))
        && !s.endsWith(QLatin1Char('!')))
        s += QLatin1Char('.');
    return s;
}

// Other ways to say a request phrase's opening verb; each keeps the phrase's object.
const QHash<QString, QStringList> &verbSynonyms()
{
    static const QHash<QString, QStringList> table = [] {
        const std::pair<const char *, const char *> rows[] = {
                {"get", "get|look up|pull up|check|find|fetch|see"},
                {"retrieve", "retrieve|look up|pull up|fetch|get"},
                {"fetch", "fetch|get|pull up|look up"},
                {"find", "find|look up|track down|locate|search for"},
                {"list", "list|show|show me|go through|give me"},
                {"show", "show|display|show me|bring up"},
                {"display", "display|show|bring up"},
                {"modify", "modify|change|update|edit|adjust|amend"},
                {"update", "update|change|modify|edit|refresh"},
                {"change", "change|update|modify|switch"},
                {"edit", "edit|change|update"},
                {"cancel", "cancel|call off|scrap|drop"},
                {"create", "create|set up|make|open|start"},
                {"add", "add|put in|include|insert"},
                {"delete", "delete|remove|get rid of|erase"},
                {"remove", "remove|delete|take out|get rid of"},
                {"book", "book|reserve|arrange|lock in"},
                {"send", "send|forward|shoot off|deliver"},
                {"calculate", "calculate|work out|compute|figure out"},
                {"compute", "compute|calculate|work out"},
                {"return", "return|send back"},
                {"exchange", "exchange|swap|trade"},
                {"check", "check|verify|look at|confirm"},
                {"search", "search|look"},
                {"transfer", "transfer|move|hand over"},
                {"convert", "convert|turn|change"},
                {"set", "set|configure|put"},
                {"post", "post|publish|put up"},
                {"move", "move|relocate|shift"},
                {"copy", "copy|duplicate"},
                {"estimate", "estimate|gauge|approximate"},
                {"register", "register|sign up|enrol"},
                {"open", "open|start"},
                {"close", "close|shut"},
                {"sort", "sort|order|arrange"},
                {"count", "count|tally"},
        };
        QHash<QString, QStringList> out;
        for (const auto &[verb, options] : rows)
            out.insert(QString::fromUtf8(verb), QString::fromUtf8(options).split(QLatin1Char('|')));
        return out;
    }();
    return table;
}

// Nouns a user owns: "cancel a pending order" may be "cancel my pending order".
bool ownable(QStringView word)
{
    static const QStringList nouns{
            QStringLiteral("order"),        QStringLiteral("pending"),
            QStringLiteral("delivered"),    QStringLiteral("reservation"),
            QStringLiteral("account"),      QStringLiteral("booking"),
            QStringLiteral("flight"),       QStringLiteral("trip"),
            QStringLiteral("subscription"), QStringLiteral("profile"),
            QStringLiteral("file"),         QStringLiteral("car"),
            QStringLiteral("vehicle"),      QStringLiteral("ticket"),
            QStringLiteral("message"),      QStringLiteral("portfolio"),
            QStringLiteral("payment"),      QStringLiteral("card"),
            QStringLiteral("directory"),    QStringLiteral("folder"),
            QStringLiteral("budget"),       QStringLiteral("watchlist"),
            QStringLiteral("note"),         QStringLiteral("list"),
    };
    return nouns.contains(word.toString());
}

// The same request in other words: the opening verb, the article of an owned thing, and a
// few stock phrases vary; the tool's own nouns stay, so the request still names the tool.
QString varied(Rng &rng, const QString &phrase)
{
    QStringList words = phrase.split(QLatin1Char(' '));
    if (words.isEmpty())
        return phrase;
    const auto verb = verbSynonyms().constFind(words.front().toLower());
    if (verb != verbSynonyms().cend() && rng.chance(0.7)) {
        QString chosen = verb->at(qsizetype(rng.below(quint64(verb->size()))));
        // "search for X" after "look": "look for X".
        words.front() = chosen;
    }
    for (qsizetype i = 1; i + 1 < words.size(); ++i) {
        if ((words[i] == QLatin1String("a") || words[i] == QLatin1String("an"))
            && ownable(words[i + 1]) && rng.chance(0.6)) {
            words[i] = rng.chance(0.7) ? QStringLiteral("my") : QStringLiteral("the");
            break;
        }
    }
    QString out = words.join(QLatin1Char(' '));
    static const std::pair<const char *, const char *> stock[] = {
            {"the details of ", "[the details of|details on|the info on|information about|"
                                "everything about|the particulars of]"},
            {"the status and details of ", "[the status and details of|the status of|where "
                                           "things stand with|an update on]"},
            {"information of ", "[information of|info on|the details of|details about]"},
            {"information about ", "[information about|info on|details about|what you have on]"},
            {"a list of ", "[a list of|all the|the]"},
            {" of the same product type", "[ of the same product type| of the same kind| of "
                                          "the same type| in the same product line]"},
            {"new items", "[new items|other items|replacement items|different items]"},
            {"the number of ", "[the number of|how many|the count of]"},
    };
    for (const auto &[from, to] : stock) {
        const QString key = QString::fromUtf8(from);
        if (out.contains(key) && rng.chance(0.6)) {
            QString replacement = expand(rng, QString::fromUtf8(to));
            if (key.endsWith(QLatin1Char(' ')) && !replacement.endsWith(QLatin1Char(' ')))
                replacement += QLatin1Char(' ');
            out.replace(key, replacement);
        }
    }
    return out;
}

// Everyday names for common fields; identifiers keep their names so the user is understood.
QString fieldSynonym(Rng &rng, const QString &name)
{
    static const QHash<QString, QString> table{
            {QStringLiteral("last name"), QStringLiteral("[last name|surname|family name]")},
            {QStringLiteral("first name"), QStringLiteral("[first name|given name|first name]")},
            {QStringLiteral("zip"), QStringLiteral("[zip|zip code|postcode|ZIP]")},
            {QStringLiteral("zip code"), QStringLiteral("[zip code|postcode|ZIP]")},
            {QStringLiteral("address1"),
             QStringLiteral("[address line 1|street address|first address line|street]")},
            {QStringLiteral("address2"),
             QStringLiteral("[address line 2|second address line|apartment or suite|unit]")},
            {QStringLiteral("email"), QStringLiteral("[email|email address|e-mail|mail]")},
            {QStringLiteral("phone"), QStringLiteral("[phone|phone number|number]")},
            {QStringLiteral("dob"), QStringLiteral("[date of birth|birthday|dob]")},
            {QStringLiteral("state"), QStringLiteral("[state|state code]")},
            {QStringLiteral("country"), QStringLiteral("[country|nation]")},
            {QStringLiteral("reason"), QStringLiteral("[reason|grounds|reason given]")},
            {QStringLiteral("cabin"), QStringLiteral("[cabin|class|cabin class]")},
            {QStringLiteral("origin"), QStringLiteral("[origin|departure airport|starting point]")},
            {QStringLiteral("destination"), QStringLiteral("[destination|arrival airport]")},
            {QStringLiteral("date"), QStringLiteral("[date|day]")},
            {QStringLiteral("amount"), QStringLiteral("[amount|sum|total]")},
            {QStringLiteral("quantity"), QStringLiteral("[quantity|count|number]")},
            {QStringLiteral("query"), QStringLiteral("[query|search terms|search]")},
            {QStringLiteral("file name"), QStringLiteral("[file name|filename|file]")},
            {QStringLiteral("dir name"), QStringLiteral("[dir name|directory|folder]")},
            {QStringLiteral("k"), QStringLiteral("[k|number of results|top k]")},
    };
    const auto it = table.constFind(name);
    return it == table.cend() ? name : expand(rng, *it);
}

QString slotName(Rng &rng, const QString &name)
{
    const QString common = fieldSynonym(rng, name);
    if (common != name)
        return common;
    if (name.endsWith(QLatin1String(" id")))
        return name.chopped(3) + expand(rng, QStringLiteral(" [id|ID|id|number|reference]"));
    if (name.endsWith(QLatin1String(" ids")))
        return name.chopped(4) + expand(rng, QStringLiteral(" [ids|IDs|numbers]"));
    return name;
}

QString statedSlot(Rng &rng, Style style, const Slot &slot)
{
    const QString name = slotName(rng, slot.name);
    if (slot.flag) {
        return fill(pickFrom(rng, {"{n}: {v}", "{n} set to {v}", "{n} - {v}",
                                   "[as for|regarding] {n}, {v}"}),
                    {{"n", slot.name}, {"v", slot.value}});
    }
    if (slot.personal && rng.chance(0.7)) {
        return fill(pickFrom(rng, {"my {n} is {v}", "my {n} [is|would be|should be on file as] {v}",
                                   "my {n}'s {v}",
                                   "[you can find me|I'm registered|I'm listed] under {v} ({n})",
                                   "[use|try] {v}, that's my {n}",
                                   "the {n} [on my account|on file|I use] is {v}"}),
                    {{"n", name}, {"v", slot.value}});
    }
    // People list details tersely in chat ("order #W2584782, zip 77890"), whatever their style.
    if (style == Style::Terse || rng.chance(0.7))
        return fill(pickFrom(rng, {"{n} {v}", "{n}: {v}", "{n} = {v}", "{n} - {v}", "{v} ({n})",
                                   "{n} is {v}"}),
                    {{"n", name}, {"v", slot.value}});
    const bool plural
            = slot.name.endsWith(QLatin1Char('s')) && !slot.name.endsWith(QLatin1String("ss"));
    if (plural) {
        return fill(
                pickFrom(rng, {"the {n} [are|should be|would be|will be] {v}",
                               "[use|go with|take] {v} [as|for] the {n}", "{n}: {v}",
                               "{v} [for|as] the {n}", "the {n} I [have in mind|need|want] are {v}",
                               "[for|as for|regarding] the {n}, [use|it's|go with] {v}"}),
                {{"n", name}, {"v", slot.value}});
    }
    return fill(
            pickFrom(rng, {"the {n} [is|should be|would be|will be|needs to be|has to be] {v}",
                           "[use|go with|take|put down|pick] {v} [as|for] the {n}",
                           "{v} [for|as] the {n}", "set the {n} to {v}", "{n}[:| -] {v}",
                           "[for|as for|regarding|about] the {n}, [it's|use|go with|that's] {v}",
                           "the {n} I [have|need|want|have in mind] is {v}",
                           "[it's|this is] for {n} {v}"}),
            {{"n", name}, {"v", slot.value}});
}

} // namespace

const std::vector<Persona> &personas()
{
    static const std::vector<Persona> all = [] {
        struct Row
        {
            const char *name;
            const char *background;
            std::initializer_list<const char *> traits;
            const char *style;
        };
        const Row rows[] = {
                {"Margaret Hale",
                 "a retired schoolteacher who likes things done properly",
                 {"patient", "precise"},
                 "formal"},
                {"Daniel Okafor",
                 "an operations manager juggling several vendors",
                 {"organised", "direct"},
                 "formal"},
                {"Priya Raman",
                 "a data analyst who wants answers quickly",
                 {"efficient", "numerate"},
                 "terse"},
                {"Tom Becker",
                 "a student who is new to the service",
                 {"curious", "informal"},
                 "casual"},
                {"Lucía Fernández", "a small-business owner", {"friendly", "practical"}, "warm"},
                {"Kenji Watanabe",
                 "a software engineer on a tight deadline",
                 {"impatient", "technical"},
                 "hurried"},
                {"Amara Nwosu", "a nurse working night shifts", {"tired", "polite"}, "warm"},
                {"Oliver Grant",
                 "a freelance photographer who travels a lot",
                 {"talkative", "easy-going"},
                 "chatty"},
                {"Sofia Rossi",
                 "a lawyer who reads the fine print",
                 {"careful", "exacting"},
                 "formal"},
                {"Jamal Carter", "a high-school coach", {"upbeat", "casual"}, "casual"},
                {"Mei Lin", "a graduate researcher", {"methodical", "brief"}, "terse"},
                {"Henrik Larsen", "a logistics coordinator", {"busy", "to the point"}, "hurried"},
                {"Grace Adeyemi", "a community organiser", {"warm", "chatty"}, "chatty"},
                {"Rahul Mehta",
                 "an accountant closing the quarter",
                 {"precise", "formal"},
                 "formal"},
                {"Chloe Dubois",
                 "a designer who hates long forms",
                 {"playful", "casual"},
                 "casual"},
                {"Ivan Petrov",
                 "a pensioner managing his own accounts",
                 {"cautious", "courteous"},
                 "warm"},
        };
        std::vector<Persona> out;
        qint64 id = 1;
        for (const Row &r : rows) {
            Persona p;
            p.id = id++;
            p.name = QString::fromUtf8(r.name);
            p.background = QString::fromUtf8(r.background);
            for (const char *t : r.traits)
                p.traits.append(QString::fromUtf8(t));
            p.speakingStyle = QString::fromUtf8(r.style);
            out.push_back(std::move(p));
        }
        return out;
    }();
    return all;
}

Style styleOf(const Persona &persona)
{
    const QString &s = persona.speakingStyle;
    if (s == QLatin1String("casual"))
        return Style::Casual;
    if (s == QLatin1String("terse"))
        return Style::Terse;
    if (s == QLatin1String("chatty"))
        return Style::Chatty;
    if (s == QLatin1String("warm"))
        return Style::Warm;
    if (s == QLatin1String("hurried"))
        return Style::Hurried;
    return Style::Formal;
}

QString greeting(Rng &rng, Style style)
{
    switch (style) {
    case Style::Formal:
        return pickFrom(
                rng, {"Good morning.", "Good afternoon.", "Hello.", "Hello there.", "Good day."});
    case Style::Casual:
        return pickFrom(rng, {"Hey!", "Hi there!", "Yo,", "Hey there,", "Heya."});
    case Style::Terse:
        return pickFrom(rng, {"Hi.", "", "", "Hello."});
    case Style::Chatty:
        return pickFrom(rng, {"Hi! Hope your day is going well.",
                              "Hello hello! Okay, so here's the thing.",
                              "Hi there, thanks for being here.", "Oh good, someone to help. Hi!"});
    case Style::Warm:
        return pickFrom(
                rng, {"Hi, I hope you're doing well.", "Hello, and thank you for your time.",
                      "Hi there, I could use a little help.", "Good evening, hope all is well."});
    case Style::Hurried:
        return pickFrom(rng, {"Quick one.", "Hi, short on time.", "", "Hey, need this fast."});
    }
    return {};
}

QString closing(Rng &rng, Style style)
{
    switch (style) {
    case Style::Formal:
        return pickFrom(rng, {"Thank you.", "Thank you in advance.", "Much appreciated.", "",
                              "I appreciate your help."});
    case Style::Casual:
        return pickFrom(rng, {"Thanks!", "Cheers!", "Thx!", "", "You're a lifesaver."});
    case Style::Terse:
        return pickFrom(rng, {"", "", "Thanks."});
    case Style::Chatty:
        return pickFrom(rng, {"Thanks so much, really!", "You're the best, honestly.",
                              "Thanks a bunch, I owe you one.",
                              "Let me know if you need anything else from me!"});
    case Style::Warm:
        return pickFrom(rng, {"Thank you kindly.", "Thanks so much for your patience.",
                              "I really appreciate it.", ""});
    case Style::Hurried:
        return pickFrom(rng, {"Thanks.", "", "ASAP please.", "Need it now."});
    }
    return {};
}

QString introduction(Rng &rng, Style style, const QString &name)
{
    const QString first = name.section(QLatin1Char(' '), 0, 0);
    switch (style) {
    case Style::Terse:
    case Style::Hurried:
        return fill(pickFrom(rng, {"{n} here.", "It's {f}.", "{f} {l} here."}),
                    {{"n", name}, {"f", first}, {"l", name.section(QLatin1Char(' '), 1)}});
    case Style::Formal:
        return fill(pickFrom(rng, {"My name is {n}.", "This is {n} speaking.", "I am {n}."}),
                    {{"n", name}});
    default:
        return fill(pickFrom(rng, {"[I'm|This is|It's] {f}[| {l}].", "{f} here[|, {f} {l}].",
                                   "My name's {f}."}),
                    {{"f", first}, {"l", name.section(QLatin1Char(' '), 1)}});
    }
}

QString request(Rng &rng, Style style, const QString &toolPhrase)
{
    const QString phrase = varied(rng, toolPhrase);
    switch (style) {
    case Style::Formal:
        return fill(
                pickFrom(rng,
                         {"[Could|Would|Can] you [please |kindly |]{p}[| for me| on my behalf]?",
                          "I would [like|like you|want you] to {p}[| today| now|, please].",
                          "I would [appreciate it|be grateful] if you could {p}.",
                          "Would you be [able|so kind as] to {p}?",
                          "I [need|have] to {p}[, please|| today].",
                          "[Kindly|Please] {p}[| for me| at your earliest convenience].",
                          "May I ask you to {p}?",
                          "I am [writing|contacting you|here] [to|because I need to] {p}."}),
                {{"p", phrase}});
    case Style::Casual:
        return fill(pickFrom(rng, {"[can|could] you {p}[| for me| real quick]?",
                                   "I [wanna|want to|gotta|need to] {p}.",
                                   "mind [helping me|if we] {p}?",
                                   "need to {p} [real quick|asap|today|if that's cool].",
                                   "any chance you [can|could] {p}?",
                                   "so, I'm trying to {p}[| and got stuck].",
                                   "[ok|okay|alright] so I [need|want] to {p}.",
                                   "help me {p}[?| pls?| real quick?]"}),
                    {{"p", phrase}});
    case Style::Terse:
        return fill(pickFrom(rng, {"{P}.", "{P}, please.", "[Need|Want] to {p}.", "Please {p}.",
                                   "Task: {p}.", "Request: {p}."}),
                    {{"p", phrase}, {"P", capitalised(phrase)}});
    case Style::Chatty:
        return fill(pickFrom(rng, {"So I've been meaning to {p} for [a while now|ages|weeks], "
                                   "could you help me with that?",
                                   "I was hoping you could help me {p}, it's been on my "
                                   "[list|mind|to-do list] all [week|month|day].",
                                   "Okay, this might be [simple|a silly one|easy for you], but I "
                                   "need to {p}.",
                                   "My [friend|sister|colleague|neighbour] said you could help me "
                                   "{p}, is that right?",
                                   "Here's what I'm after: I'd [like|love] to {p}.",
                                   "[Long story short|To make a long story short|Anyway], I "
                                   "[need|have] to {p}."}),
                    {{"p", phrase}});
    case Style::Warm:
        return fill(
                pickFrom(rng, {"Would you mind helping me {p}?",
                               "I'd [love|really appreciate] some help to {p}.",
                               "Could you help me {p}, please?", "I'm hoping you can {p} for me.",
                               "If it's not too much trouble, could you {p}?",
                               "[When you have a moment|Whenever you can], could you {p}?"}),
                {{"p", phrase}});
    case Style::Hurried:
        return fill(pickFrom(rng, {"Need you to {p}, [fast|now|quickly].",
                                   "{P} [now|right now|asap], please.", "Can you {p} right away?",
                                   "Just {p}, [quickly|fast|please]."}),
                    {{"p", phrase}, {"P", capitalised(phrase)}});
    }
    return phrase;
}

QString naming(Rng &rng, const Slot &about)
{
    const bool identifier = about.name.endsWith(QLatin1String(" id"));
    const QString thing = identifier ? about.name.chopped(3) : about.name;
    const QString named = identifier ? fill(pickFrom(rng, {" for {t} {v}", " ({t} {v})", " {v}"}),
                                            {{"t", thing}, {"v", about.value}})
                                     : fill(pickFrom(rng, {" ({n} {v})", " with {n} {v}"}),
                                            {{"n", about.name}, {"v", about.value}});
    return named;
}

QString requestMany(Rng &rng, Style style, const QStringList &phrases)
{
    QStringList own;
    for (const QString &p : phrases)
        own.append(varied(rng, p));
    QString list = joinedList(own);
    switch (style) {
    case Style::Terse:
    case Style::Hurried:
        return fill(pickFrom(rng, {"Two things: {l}.", "Please {l}.", "Need to {l}."}),
                    {{"l", list}});
    case Style::Casual:
        return fill(pickFrom(rng, {"can you {l}?", "a couple things: {l}.",
                                   "I need to {l}, all at once if you can."}),
                    {{"l", list}});
    default:
        return fill(
                pickFrom(rng,
                         {"I have a few things: could you {l}?", "Could you {l} at the same time?",
                          "There are several things I need: {l}.", "I'd like to {l}, please."}),
                {{"l", list}});
    }
}

QString requestSequence(Rng &rng, Style style, const QStringList &phrases)
{
    QStringList steps;
    for (const QString &p : phrases)
        steps.append(varied(rng, p));
    for (qsizetype i = 1; i < steps.size(); ++i)
        steps[i] = pickFrom(rng, {"then ", "after that ", "and then "}) + steps[i];
    const QString list
            = joinedList(steps, QString()).replace(QStringLiteral(",  "), QStringLiteral(", "));
    switch (style) {
    case Style::Terse:
    case Style::Hurried:
        return fill(pickFrom(rng, {"First {l}.", "{L}."}), {{"l", list}, {"L", capitalised(list)}});
    default:
        return fill(pickFrom(rng, {"Could you first {l}, using what you find?",
                                   "I'd like you to first {l}.",
                                   "Here's the order of things: first {l}."}),
                    {{"l", list}});
    }
}

QString slots(Rng &rng, Style style, const std::vector<Slot> &list)
{
    if (list.empty())
        return {};
    QStringList parts;
    for (const Slot &s : list)
        parts.append(statedSlot(rng, style, s));
    if (parts.size() > 2 && rng.chance(0.4)) {
        return sentence(pickFrom(rng, {"Here are the details: ", "Details: ", "For reference: "})
                        + parts.join(QStringLiteral("; ")));
    }
    return sentence(joinedList(parts));
}

QString sameAsBefore(Rng &rng, const QString &name)
{
    return fill(pickFrom(rng, {"Same {n} as before.",
                               "[Use|Keep] the {n} I [gave|mentioned] [earlier|before].",
                               "The {n} [hasn't changed|is the same]."}),
                {{"n", name}});
}

QString context(Rng &rng, Style style)
{
    using namespace WordLists;
    const QString who = QString::fromUtf8(rng.pick(firstNames));
    const QString family = QString::fromUtf8(rng.pick(lastNames));
    const QString city = QString::fromUtf8(rng.pick(cities).name);
    const QString company = QString::fromUtf8(rng.pick(companies));
    const QString product = QString::fromUtf8(rng.pick(products));
    const QString noun = QString::fromUtf8(rng.pick(nouns));
    static const char *const days[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday",    "the weekend"};
    const QString day = QString::fromUtf8(rng.pick(days));
    const QString adjective = QString::fromUtf8(rng.pick(adjectives));
    const std::initializer_list<std::pair<const char *, QString>> values{
            {"t", city},    {"d", day},     {"w", who},  {"f", family},
            {"c", company}, {"p", product}, {"n", noun}, {"a", adjective}};
    if (style == Style::Terse || style == Style::Hurried) {
        return fill(pickFrom(rng, {"[Deadline|Due] {d}.", "For {w} {f}.", "Re: {c}, {t}.",
                                   "Context: {a} {n}, {t}.", "Via {w} at {c}."}),
                    values);
    }
    return fill(
            pickFrom(rng, {"[It's|This is] for {w}'s [birthday|wedding|move|trip|visit|party] "
                           "[in|near] {t} [on|before|after] {d}.",
                           "[My|Our] [colleague|manager|partner|friend|cousin|sister] {w} {f} "
                           "[asked me to sort this out|is waiting on this|reminded me].",
                           "I [work|am working] [with|at|for] {c} [in|near|outside] {t}.",
                           "It's about the {a} {p} I [ordered|bought|got] [on|before] {d}.",
                           "[I'm in|I'm calling from|I'm writing from] {t}[, if that matters|, by "
                           "the way|].",
                           "[We've got|I've got|There's] a {a} {n} [to deal with|coming up|on my "
                           "plate] before {d}.",
                           "{w} {f} at {c} [said|told me] you'd [know|help]."}),
            values);
}

QString clarificationAnswer(Rng &rng, Style style, const Slot &slot)
{
    if (style == Style::Terse || style == Style::Hurried)
        return fill(pickFrom(rng, {"{v}.", "It's {v}.", "{n}: {v}."}),
                    {{"v", slot.value}, {"n", capitalised(slot.name)}});
    return fill(pickFrom(rng, {"Sure, the {n} is {v}.", "Oh right, sorry! It's {v}.",
                               "Of course: {v}.", "Good point, the {n} is {v}.",
                               "Ah, I forgot that. Use {v}.", "That would be {v}."}),
                {{"v", slot.value}, {"n", slot.name}});
}

QString chitChat(Rng &rng, Style style, QString *topic)
{
    static const char *const topics[]
            = {"the weather in {c}", "my weekend in {c}", "a long day at {o}",
               "the coffee at {o}",  "my new {a} phone",  "traffic in {c}",
               "{w}'s {a} dog",      "my {a} neighbour",  "the {a} {n} at work"};
    const QString t = fill(QString::fromUtf8(rng.pick(topics)),
                           {{"c", QString::fromUtf8(rng.pick(WordLists::cities).name)},
                            {"o", QString::fromUtf8(rng.pick(WordLists::companies))},
                            {"a", QString::fromUtf8(rng.pick(WordLists::adjectives))},
                            {"n", QString::fromUtf8(rng.pick(WordLists::nouns))},
                            {"w", QString::fromUtf8(rng.pick(WordLists::firstNames))}});
    *topic = t;
    const QString text = [&] {
        switch (style) {
        case Style::Terse:
        case Style::Hurried:
            return pickFrom(rng, {"By the way, you're quick.", "Nice, thanks.",
                                  "OK. Long day here.", "Good. Busy week."});
        default:
            return pickFrom(rng, {"By the way, how's your day going? Mine has been about {t}.",
                                  "Sorry, I'm a bit distracted, it's all about {t} today.",
                                  "Unrelated, but do you ever think about {t}?",
                                  "Ha, honestly my whole week has been {t}.",
                                  "You're very patient. Can I vent about {t} for a second?",
                                  "Thanks so far! Random question: any thoughts on {t}?"});
        }
    }();
    return fill(text, {{"t", t}});
}

QString unsupportedTopic(Rng &rng, const QStringList &avoidWords)
{
    using namespace WordLists;
    static const char *const frames[] = {
            "translate [a poem|my lease|a love letter|this recipe] into "
            "[Latin|Klingon|Welsh|Icelandic]",
            "predict [tomorrow's lottery numbers|next week's stock prices|who wins the cup final]",
            "play some [jazz|reggae|opera|techno|bluegrass] [on my speakers|in the kitchen]",
            "write my [wedding|retirement|graduation] speech for {w}",
            "fix the [leak|crack|squeak] [under my sink|in my ceiling|in the hallway]",
            "tell me my horoscope for [next month|this week|{d}]",
            "diagnose the [rash|cough|twinge] [on my arm|I've had since {d}|in my knee]",
            "walk my [dog|neighbour's dog|cousin's terrier] [this afternoon|on {d}]",
            "paint a portrait of my [cat|parrot|grandmother] for {w}",
            "turn off the lights in my [living room|garage|attic]",
            "tune my [guitar|piano|violin|ukulele]",
            "compose a [symphony|jingle|lullaby] for {w}'s birthday",
            "teach my [parrot|dog|cat] to [dance|count|whistle]",
            "babysit {w}'s kids on {d}",
            "water my plants in {t} while I'm away",
            "mow my lawn on {d}",
            "read my palm",
            "guess what {w} {f} wants for [Christmas|their birthday]",
    };
    QString chosen;
    for (int attempt = 0; attempt < 8 && chosen.isEmpty(); ++attempt) {
        const QString candidate
                = fill(expand(rng, QString::fromUtf8(rng.pick(frames))),
                       {{"w", QString::fromUtf8(rng.pick(firstNames))},
                        {"f", QString::fromUtf8(rng.pick(lastNames))},
                        {"t", QString::fromUtf8(rng.pick(cities).name)},
                        {"d", QString::fromUtf8(rng.pick(std::array<const char *, 7>{
                                      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                      "Saturday", "Sunday"}))}});
        bool clashes = false;
        for (const QString &w : candidate.split(QLatin1Char(' '))) {
            if (w.size() > 3 && avoidWords.contains(w.toLower()))
                clashes = true;
        }
        if (!clashes)
            chosen = candidate;
    }
    if (chosen.isEmpty())
        chosen = QStringLiteral("tune my guitar");
    return chosen;
}

QString askFor(Rng &rng, const QString &name, const QString &phrase, const QString &about)
{
    if (!about.isEmpty() && rng.chance(0.5))
        return fill(pickFrom(rng, {"[Which|What] {n} [goes with|should I use for] {a}?",
                                   "[Sure|Okay], for {a} I [still need|need] the {n}.",
                                   "I have {a}; what's the {n}?",
                                   "[Got|Noted] {a}. [And the|What is the] {n}?"}),
                    {{"n", name}, {"a", about}});
    return fill(pickFrom(rng,
                         {"I can {p}. Could you tell me the {n}?",
                          "Happy to help with that. What {n} should I use?",
                          "Sure. I'll need the {n} first.", "Before I {p}, which {n} do you mean?",
                          "Of course. Could you share the {n}?", "Almost there: what is the {n}?"}),
                {{"n", name}, {"p", varied(rng, phrase)}});
}

QString beforeCalls(Rng &rng, const QString &about)
{
    if (!about.isEmpty() && rng.chance(0.3))
        return fill(pickFrom(rng, {"[Checking|Looking at|Pulling up|Working on] {a} [now|].",
                                   "[One moment|Give me a second] with {a}.", "On it: {a}.",
                                   "Let me [see|check] {a}."}),
                    {{"a", about}});
    return pickFrom(rng, {"", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                          "[Let me|I'll] [check|look into|handle] that.", "[One moment|On it].",
                          "[Sure|Okay|Right], [give me a second|one moment|checking now]."});
}

QString retryAfterError(Rng &rng, const QString &missingName, const QString &about)
{
    if (!about.isEmpty() && rng.chance(0.6))
        return fill(pickFrom(rng, {"Sorry, the call for {a} lacked the {n}. Retrying.",
                                   "The {n} was missing for {a}; fixing that now.",
                                   "{A} needs the {n} too. Trying again."}),
                    {{"n", missingName}, {"a", about}, {"A", capitalised(about)}});
    return fill(pickFrom(rng, {"Sorry, I left out the {n}. Trying again with it.",
                               "That call was missing the {n}; let me fix that.",
                               "My mistake, the {n} was required. Retrying now.",
                               "The system needs the {n} as well. One more try."}),
                {{"n", missingName}});
}

QString decline(Rng &rng, const QString &topic, const QStringList &capabilities)
{
    QStringList own;
    for (const QString &c : capabilities)
        own.append(varied(rng, c));
    const QString can = joinedList(own, QStringLiteral("or"));
    if (can.isEmpty() || rng.chance(0.4))
        return fill(pickFrom(rng, {"Sorry, I can't {t}.", "I'm not able to {t}, unfortunately.",
                                   "That's outside what I can do: no tool of mine can {t}.",
                                   "I can't help you {t}, I'm afraid."}),
                    {{"t", topic}});
    return fill(pickFrom(rng, {"Sorry, I can't {t}. I can {c}, though.",
                               "I'm not able to {t}, but I could {c}.",
                               "No tool of mine can {t}; I can {c} if that helps."}),
                {{"t", topic}, {"c", can}});
}

QString chitChatReply(Rng &rng, const QString &userTopic)
{
    QString topic = userTopic;
    if (topic.startsWith(QLatin1String("my ")))
        topic.replace(0, 2, QStringLiteral("your"));
    return fill(pickFrom(rng, {"Ha, I hear you about {t}.", "Hope {t} gets better soon!",
                               "Fair enough! {T} can take over a day.", "I appreciate the chat.",
                               "Glad to keep you company.", "{T}, always a good topic."}),
                {{"t", topic}, {"T", capitalised(topic)}});
}

QString report(Rng &rng, const std::vector<Reported> &calls)
{
    QStringList parts;
    for (const Reported &call : calls) {
        QStringList said;
        for (const auto &[field, value] : call.facts) {
            const QString name
                    = field == QLatin1String("reference")
                              ? expand(rng, QStringLiteral("[reference|confirmation number|"
                                                           "request number|ticket|tracking "
                                                           "reference|confirmation code]"))
                              : field;
            said.append(fill(
                    pickFrom(rng, {"the {n} [is|is|shows as|reads|is listed as|stands at] {v}",
                                   "{n} {v}", "{n}: {v}", "[your|the] {n}[ now|] [reads|is] {v}",
                                   "[you'll see|I see|it shows|I'm seeing] {v} [as|for] the {n}",
                                   "{v} [is the|for the|as the] {n}",
                                   "[it lists|the record has|it gives] {v} [as|for] the {n}"}),
                    {{"n", name}, {"v", value}}));
        }
        QString part = said.isEmpty() ? pickFrom(rng, {"it went through", "that's done",
                                                       "it completed without problems", "all good",
                                                       "it's [finished|complete|in place]"})
                                      : joinedList(said);
        // Which thing the result is about: the value the call was made for, or its topic.
        if (!call.subjectValue.isEmpty() && rng.chance(0.7)) {
            part = fill(
                    pickFrom(rng, {"for {n} {v}, {x}", "{n} {v}: {x}", "on {n} {v}, {x}",
                                   "[with|regarding|about] {n} {v}, {x}", "{x} [for|on] {n} {v}"}),
                    {{"n", call.subjectName}, {"v", call.subjectValue}, {"x", part}});
        } else if (calls.size() > 1 && !call.topic.isEmpty()) {
            part = fill(pickFrom(rng, {"{p}: {x}", "[on|for] the {p}, {x}", "as for the {p}, {x}",
                                       "[regarding|about] the {p}, {x}"}),
                        {{"p", call.topic}, {"x", part}});
        }
        parts.append(part);
    }
    const QString opener = pickFrom(
            rng,
            {"", "", "", "[Done|All set|Finished|That's done|Taken care of|Sorted]. ",
             "[Here's|This is] what [I found|came back|I got]: ", "[Okay|Alright|Right], ",
             "Good news: ", "I've [taken care of it|handled that|gone ahead with it]. ",
             "[Here you go|There you are|Got it]: ", "[The request went through|It worked]. "});
    const QString follow
            = pickFrom(rng, {"", "", "", "", "", "", "", "", "", "", "", "", " Anything else?",
                             " [Is|Was] there anything else [I can do|you need|on your list]?",
                             " Let me know if you need [more|anything else|something else].",
                             " Want me to do anything [with this|else|further]?",
                             " [Should|Shall] I [continue|do anything else|keep going]?",
                             " What's next?", " Need anything more?"});
    QString body = parts.join(QStringLiteral("; "));
    if (opener.isEmpty() || opener.endsWith(QLatin1String(". ")))
        body = capitalised(body);
    return sentence(opener + body) + follow;
}

} // namespace Callwright::Phrasebook
