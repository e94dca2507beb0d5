#include "phrasebook.h"

#include "schema/random.h"
#include "schema/wordlists.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <initializer_list>

namespace Callwright::Phrasebook {

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

namespace {

using Frames = std::initializer_list<const char *>;

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
            {"information of ", "[information of|info on|details of|details about]"},
            {"information about ", "[information about|info on|details about|what you have on]"},
            {"a list of ", "[a list of|all the|the]"},
            {" of all ", "[ of all | of every | for all | across all ]"},
            {"the name and ", "[the name and |the names and |each name and |names and ]"},
            {" of a user", "[ of a user| for a user| of the user| on a user| about a user]"},
            {" of a reservation", "[ of a reservation| on a reservation| for a reservation| of "
                                  "the reservation| on my reservation| of my booking]"},
            {" of a specific ", "[ of a specific | of a given | of a certain | of one | for a ]"},
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
                                   "[as for|regarding|as to] {n}, {v}"}),
                    {{"n", slot.name}, {"v", slot.value}});
    }
    // An identifier is named by its thing, as people do: "reservation LPN18D", "user
    // mason_anderson_554", "payment method gift_card_4849414".
    if (slot.name.endsWith(QLatin1String(" id")) && rng.chance(0.5)) {
        return fill(pickFrom(rng, {"{t} {v}", "{t}: {v}", "[it's|this is] [for|about] {t} {v}",
                                   "[on|under] {t} {v}", "[use|go with|take] {t} {v}",
                                   "{v} [is the|for the|as the] {t}", "my {t} is {v}",
                                   "[the|that] {t}'s {v}"}),
                    {{"t", slot.name.chopped(3)}, {"v", slot.value}});
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
                               "[for|as for|regarding|as to|concerning] the {n}, [use|it's|go "
                               "with] {v}"}),
                {{"n", name}, {"v", slot.value}});
    }
    return fill(pickFrom(rng, {"the {n} [is|should be|would be|will be|needs to be|has to be] {v}",
                               "[use|go with|take|put down|pick] {v} [as|for] the {n}",
                               "{v} [for|as] the {n}", "set the {n} to {v}", "{n}[:| -] {v}",
                               "[for|as for|regarding|about|as to|concerning|when it comes to] the "
                               "{n}, [it's|use|go with|that's] {v}",
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

QString shortened(Rng &rng, const QString &phrase)
{
    QStringList words = phrase.split(QLatin1Char(' '));
    // A long description-made phrase is often said by its head alone: "search direct flights
    // between two cities on a specific date" becomes "search direct flights"; the values the
    // user gives say the rest.
    if (words.size() > 5 && rng.chance(0.6)) {
        static const QSet<QString> cuts{
                QStringLiteral("with"),   QStringLiteral("for"),     QStringLiteral("from"),
                QStringLiteral("to"),     QStringLiteral("between"), QStringLiteral("based"),
                QStringLiteral("on"),     QStringLiteral("in"),      QStringLiteral("at"),
                QStringLiteral("by"),     QStringLiteral("using"),   QStringLiteral("so"),
                QStringLiteral("that"),   QStringLiteral("which"),   QStringLiteral("given"),
                QStringLiteral("within"), QStringLiteral("into"),    QStringLiteral("if")};
        static const QSet<QString> dangling{QStringLiteral("a"),   QStringLiteral("an"),
                                            QStringLiteral("the"), QStringLiteral("of"),
                                            QStringLiteral("all"), QStringLiteral("your")};
        for (qsizetype i = 2; i < words.size(); ++i) {
            if (cuts.contains(words[i])) {
                if (!dangling.contains(words[i - 1]))
                    words = words.mid(0, i);
                break;
            }
        }
    }
    return words.join(QLatin1Char(' '));
}

QString greeting(Rng &rng, Style style)
{
    switch (style) {
    case Style::Formal:
        return pickFrom(rng, {"Good [morning|afternoon|evening|day].", "Hello[| there|, good day].",
                              "[Good morning|Hello], I [hope you can help|have a request].",
                              "Greetings.",
                              "Good [morning|afternoon], [and thank you|thanks] for "
                              "[taking this|your help]."});
    case Style::Casual:
        return pickFrom(rng, {"[Hey|Hi|Hiya|Heya|Yo|Sup|Howdy][!|.]", "[Hey|Hi] there[!|.]",
                              "[Hey|Hi|Hello] [friend|pal|buddy]!", "Morning!",
                              "[Hey|Hi], [quick question|got a sec]?"});
    case Style::Terse:
        return pickFrom(rng, {"Hi.", "", "", "", "Hello.", "Morning."});
    case Style::Chatty:
        return pickFrom(rng,
                        {"[Hi|Hey|Hello][! Hope|! I hope|, I hope|, hope] your "
                         "[day|week|morning|Monday|evening] "
                         "[is going|has been|went] [well|great|okay so far|fine|better than mine].",
                         "Hello hello! [Okay|Right|Alright], so here's the [thing|deal|situation].",
                         "Hi there, [thanks|thank you] for being here[| today| for me].",
                         "Oh [good|great|thank goodness], someone to help. Hi!",
                         "[Heya|Hi hi|Hello]! [I've got a bit going on|Bear with me, it's been a "
                         "day|So glad I caught you]."});
    case Style::Warm:
        return pickFrom(
                rng,
                {"[Hi|Hello|Hi there|Good morning|Good evening][, I hope|. I hope|! Hope|, hope] "
                 "[you're|you are|all is|everything is] [doing well|well|keeping well|"
                 "good|alright][ today|].",
                 "[Hello|Hi|Good afternoon], and [thank you|thanks|many thanks] for your "
                 "[time|patience|help|kindness].",
                 "[Hi|Hello|Hey][ there| again|][, I|. I] could [use|do with] a [little|bit "
                 "of|spot of] [help|assistance|support].",
                 "[Hi|Hello], [lovely|nice|good] to [reach|talk to|find] you[.|!]",
                 "[Hello|Hi], I hope [this finds you well|your day is kind to you|the "
                 "day is treating you well]."});
    case Style::Hurried:
        return pickFrom(rng,
                        {"Quick one.", "Hi, [short on time|in a rush|no time to spare].", "", "",
                         "[Hey|Hi], need this [fast|quickly|now].", "[Sorry|Apologies], rushing."});
    }
    return {};
}

QString closing(Rng &rng, Style style)
{
    switch (style) {
    case Style::Formal:
        return pickFrom(rng, {"Thank you[| kindly| very much].", "Thank you in advance.",
                              "[Much|Greatly|Very much] appreciated.", "",
                              "I [appreciate|value] your [help|assistance|time].",
                              "[Many|With] thanks."});
    case Style::Casual:
        return pickFrom(rng, {"[Thanks|Thx|Ty|Cheers|Ta][!|.| a lot!| heaps!]", "",
                              "You're a [lifesaver|legend|star].", "[Appreciate it|Much obliged]!",
                              "[Owe you one|You rock]!"});
    case Style::Terse:
        return pickFrom(rng, {"", "", "Thanks.", "Thx."});
    case Style::Chatty:
        return pickFrom(rng, {"Thanks so much, [really|truly|honestly]!",
                              "You're the [best|greatest], [honestly|seriously|truly].",
                              "Thanks a [bunch|ton|million], I owe you [one|a coffee|big time].",
                              "[Shout|Ping me] if you need anything else from me!",
                              "[Phew|Whew], [thanks|that's a weight off]!"});
    case Style::Warm:
        return pickFrom(rng, {"Thank you [kindly|so much|ever so much].",
                              "Thanks so much for your [patience|kindness|care].",
                              "I [really|truly|genuinely] appreciate it.", "",
                              "[Bless you|You've been lovely], thank you."});
    case Style::Hurried:
        return pickFrom(rng, {"Thanks.", "", "ASAP please.", "Need it [now|today|asap].",
                              "[Quick|Fast] please."});
    }
    return {};
}

QString introduction(Rng &rng, Style style, const QString &name)
{
    const QString first = name.section(QLatin1Char(' '), 0, 0);
    const QString last = name.section(QLatin1Char(' '), 1);
    switch (style) {
    case Style::Terse:
    case Style::Hurried:
        return fill(pickFrom(rng, {"{n} here.", "It's {f}.", "{f} {l} here.", "This is {f}.",
                                   "{n}, [customer|account holder]."}),
                    {{"n", name}, {"f", first}, {"l", last}});
    case Style::Formal:
        return fill(pickFrom(rng, {"My name is {n}.", "This is {n} speaking.", "I am {n}.",
                                   "[I'm writing|I write|I'm contacting you] as {n}.",
                                   "{n} [here|writing], [an existing|a] customer."}),
                    {{"n", name}});
    default:
        return fill(pickFrom(rng, {"[I'm|This is|It's] {f}[| {l}].", "{f} here[|, {f} {l}].",
                                   "My name's {f}[| {l}].", "[Name's|Call me] {f}.",
                                   "{f} {l} [again|here again|checking in]."}),
                    {{"f", first}, {"l", last}});
    }
}

QString request(Rng &rng, Style style, const QString &toolPhrase)
{
    const QString phrase = varied(rng, toolPhrase);
    switch (style) {
    case Style::Formal:
        return fill(
                pickFrom(
                        rng,
                        {"[Could|Would|Can] you [please |kindly |]{p}[| for me| on my behalf]?",
                         "I would [like|like you|want you|ask you] to {p}[| today| now|, please].",
                         "I would [appreciate it|be grateful|be obliged] if you [could|would] "
                         "{p}.",
                         "Would you [|perhaps |possibly ]be [able|so kind as|willing|good enough] "
                         "to {p}?",
                         "[I need to|I have to|I must|I wish to] {p}[, please|| today| this week].",
                         "[Kindly|Please] {p}[| for me| at your earliest convenience| promptly].",
                         "May I [ask you|request that you|trouble you] to {p}?",
                         "I am [writing|contacting you|here|reaching out] [to|because I need to|"
                         "in order to] {p}.",
                         "[Is it possible|Would it be possible] [to|for you to] {p}?",
                         "[I'd like to request|My request is|I ask|I'd ask] that you [|kindly "
                         "|please ]{p}.",
                         "[Please|Kindly] [help me|assist me to|assist me and] {p}."}),
                {{"p", phrase}});
    case Style::Casual:
        return fill(pickFrom(rng, {"[can|could] [you|ya|u] {p}[| for me| real quick| pls]?",
                                   "[I wanna|I want to|I gotta|I need to|I'd like to] {p}.",
                                   "mind [helping me|if we|if you] {p}?",
                                   "need to {p} [real quick|asap|today|if that's cool|tbh].",
                                   "any chance you [can|could] {p}?",
                                   "so[,|] I'm [trying|attempting|hoping] to {p}[| and got stuck| "
                                   "but no luck so far].",
                                   "[ok|okay|alright|right] so I [need|want|gotta] to {p}.",
                                   "help me {p}[?| pls?| real quick?| would ya?]",
                                   "[lemme|let me] {p}, [can you sort it|yeah]?",
                                   "[thinking I should|figured I'd] {p}. [You in|Can you do "
                                   "that|Can you help]?",
                                   "yo can we {p}?"}),
                    {{"p", phrase}});
    case Style::Terse:
        return fill(pickFrom(rng, {"{P}.", "{P}, please.", "[Need|Want] to {p}.", "Please {p}.",
                                   "Task: {p}.", "Request: {p}.", "{P}[ now| today].",
                                   "[Pls|Plz] {p}.", "Goal: {p}."}),
                    {{"p", phrase}, {"P", capitalised(phrase)}});
    case Style::Chatty:
        return fill(
                pickFrom(rng,
                         {"So I've been [meaning|wanting|planning] to {p} for [a while "
                          "now|ages|weeks|days], [could|can|would] you help me with "
                          "that?",
                          "I was [hoping|wondering if] you [could help me|might help me|would be "
                          "able to] {p}, "
                          "it's been on my [list|mind|to-do list|plate] all [week|month|"
                          "day].",
                          "Okay, this might be [simple|a silly one|easy for you|a bit "
                          "random], but I [need|want|have] to {p}.",
                          "My [friend|sister|colleague|neighbour|brother|aunt] said you "
                          "could help me {p}, is that [right|true|so]?",
                          "[Here's what I'm after|What I'm after|The thing is|Basically]: I'd "
                          "[like|love|really "
                          "like] to {p}.",
                          "[Long story short|To make a long story short|Anyway|So "
                          "basically], I [need|have|want] to {p}.",
                          "[Funny thing|Guess what], I [finally|just] [need|decided] to "
                          "{p}!",
                          "I keep [forgetting this|putting this off], but [can|could] you {p}?"}),
                {{"p", phrase}});
    case Style::Warm:
        return fill(
                pickFrom(rng,
                         {"Would you [mind|object to] [helping|assisting] me [to |]{p}?",
                          "I'd [love|really appreciate|be glad of|welcome] [some|a little|your] "
                          "help to {p}.",
                          "Could you help me {p}, [please|if you can|dear]?",
                          "I'm [hoping|trusting|sure] you can {p} for me.",
                          "If it's not too [much trouble|much bother|difficult|big an ask], "
                          "[could|would|can] you {p}?",
                          "[When you have a moment|Whenever you can|No rush], could you {p}?",
                          "[I wonder if|Perhaps|Maybe] you [could|can|might] {p}[| for me| today]?",
                          "It would [mean a lot|help so much|be wonderful] if you [could|"
                          "would] {p}.",
                          "[Please,|Kindly,|Dear,] [could|would] you {p}?"}),
                {{"p", phrase}});
    case Style::Hurried:
        return fill(
                pickFrom(rng, {"Need you to {p}, [fast|now|quickly|stat].",
                               "{P} [now|right now|asap], please.", "Can you {p} right [away|now]?",
                               "Just {p}, [quickly|fast|please].", "[Quick|Urgent]: {p}.",
                               "{P}. [No time|Hurry], please."}),
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
        return fill(pickFrom(rng, {"[Two|A few|Several] things: {l}.", "Please {l}.",
                                   "Need to {l}.", "[To do|Tasks]: {l}."}),
                    {{"l", list}});
    case Style::Casual:
        return fill(pickFrom(rng, {"can you {l}?", "a [couple|few] things: {l}.",
                                   "I need to {l}, [all at once|in one go|together] if you can.",
                                   "[ok|so] [I wanna|gotta] {l}. doable?"}),
                    {{"l", list}});
    default:
        return fill(pickFrom(rng, {"I have [a few|several|two|some] [things|requests|items]: "
                                   "could you {l}?",
                                   "Could you {l} at the same time?",
                                   "There are [several|a couple of|a few] things I [need|want "
                                   "done]: {l}.",
                                   "I'd like to {l}, please.",
                                   "[While you're at it|In one go], [please|could you] {l}?",
                                   "[Both|All] of these, please: {l}."}),
                    {{"l", list}});
    }
}

QString requestSequence(Rng &rng, Style style, const QStringList &phrases)
{
    QStringList steps;
    for (const QString &p : phrases)
        steps.append(varied(rng, p));
    for (qsizetype i = 1; i < steps.size(); ++i)
        steps[i] = pickFrom(rng, {"then ", "after that ", "and then ", "and after that ", "next ",
                                  "once that's done "})
                   + steps[i];
    // "first A, then B, and after that C": each step after the first set off by a comma.
    const QString list = steps.join(QStringLiteral(", "));
    switch (style) {
    case Style::Terse:
    case Style::Hurried:
        return fill(pickFrom(rng, {"First {l}.", "{L}.", "[Steps|Order]: {l}."}),
                    {{"l", list}, {"L", capitalised(list)}});
    default:
        return fill(pickFrom(rng, {"Could you first {l}, using what you find?",
                                   "I'd like you to first {l}.",
                                   "Here's the order of things: first {l}.",
                                   "[To start|To begin with|Firstly], please {l}.",
                                   "[Can|Could] you [please |]{l}, in that order?",
                                   "[Step one|To begin], {l}."}),
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
        return sentence(pickFrom(rng, {"Here are the details: ", "Details: ", "For reference: ",
                                       "[Info|Particulars|What you'll need]: ",
                                       "[The|My] details[| are]: ", "[Use|Take] these: "})
                        + parts.join(QStringLiteral("; ")));
    }
    return sentence(joinedList(parts));
}

QString sameAsBefore(Rng &rng, const QString &name)
{
    return fill(pickFrom(rng, {"Same {n} as [before|earlier|last time].",
                               "[Use|Keep|Reuse] the {n} I [gave|mentioned|shared] [earlier|before|"
                               "a moment ago].",
                               "The {n} [hasn't changed|is the same|stays as it was].",
                               "[You already have|You've got|You have] the {n}[| already]."}),
                {{"n", slotName(rng, name)}});
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
    static const char *const days[]
            = {"Monday", "Tuesday",     "Wednesday", "Thursday", "Friday",    "Saturday",
               "Sunday", "the weekend", "tomorrow",  "tonight",  "next week", "month end"};
    const QString day = QString::fromUtf8(rng.pick(days));
    const QString adjective = QString::fromUtf8(rng.pick(adjectives));
    const std::initializer_list<std::pair<const char *, QString>> values{
            {"t", city},    {"d", day},     {"w", who},  {"f", family},
            {"c", company}, {"p", product}, {"n", noun}, {"a", adjective}};
    if (style == Style::Terse || style == Style::Hurried) {
        return fill(pickFrom(rng, {"[Deadline|Due|By] {d}.", "For {w} {f}.", "Re: {c}, {t}.",
                                   "Context: {a} {n}, {t}.", "Via {w} at {c}.",
                                   "[Flying|Leaving|Off] to {t} {d}.", "[Boss|Client]: {w} {f}."}),
                    values);
    }
    return fill(
            pickFrom(rng, {"[It's|This is] for {w}'s [birthday|wedding|move|trip|visit|party|"
                           "graduation|retirement] [in|near] {t} [on|before|after] {d}.",
                           "[My|Our] [colleague|manager|partner|friend|cousin|sister|landlord|"
                           "boss] {w} {f} [asked me to sort this out|is waiting on this|reminded "
                           "me|needs it done].",
                           "I [work|am working|freelance] [with|at|for] {c} [in|near|outside] {t}.",
                           "It's about the {a} {p} I [ordered|bought|got] [on|before|last] {d}.",
                           "[I'm in|I'm calling from|I'm writing from|I'm based in] {t}[, if that "
                           "matters|, by the way|].",
                           "[We've got|I've got|There's] a {a} {n} [to deal with|coming up|on my "
                           "plate] before {d}.",
                           "{w} {f} at {c} [said|told me|mentioned] you'd [know|help|sort it].",
                           "[I'm|We're] [travelling|moving|heading] to {t} [on|before|after] {d}.",
                           "[Work at|My job at] {c} has been [hectic|busy|mad|a lot] lately, so "
                           "[bear with me|sorry if I'm brief].",
                           "[Last time|Before], {w} from {c} [handled|did] this for me."}),
            values);
}

QString clarificationAnswer(Rng &rng, Style style, const Slot &slot)
{
    if (style == Style::Terse || style == Style::Hurried)
        return fill(pickFrom(rng, {"{v}.", "It's {v}.", "{N}: {v}.", "{v}, [sorry|thx]."}),
                    {{"v", slot.value}, {"N", capitalised(slot.name)}});
    return fill(pickFrom(rng, {"[Sure|Yes|Certainly], the {n} is {v}.",
                               "Oh [right|yes|of course], sorry! It's {v}.", "Of course: {v}.",
                               "Good [point|catch], the {n} is {v}.",
                               "Ah, I [forgot|missed|left out] that. [Use|It's] {v}.",
                               "That would be {v}.", "[Oops|Whoops], {v}.",
                               "The {n}? [That's|It's] {v}.",
                               "{v}[, I think| if I remember "
                               "right|]."}),
                {{"v", slot.value}, {"n", slotName(rng, slot.name)}});
}

QString chitChat(Rng &rng, Style style, QString *topic)
{
    static const char *const topics[]
            = {"the weather in {c}",    "my weekend in {c}",   "a long day at {o}",
               "the coffee at {o}",     "my new {a} phone",    "traffic in {c}",
               "{w}'s {a} dog",         "my {a} neighbour",    "the {a} {n} at work",
               "the {a} cafe near {o}", "the football in {c}", "my trip to {c}"};
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
            return pickFrom(rng,
                            {"By the way, you're quick.", "Nice, thanks.", "OK. Long day here.",
                             "Good. Busy week.", "[Noted|Cool]. {T} again.", "[Ugh|Meh], {t}."});
        default:
            return pickFrom(rng,
                            {"By the way, how's your [day|week] going? Mine has been "
                             "[about|all] {t}.",
                             "Sorry, I'm a bit [distracted|scattered], it's all about {t} "
                             "today.",
                             "[Unrelated|Random thought|Off topic], but do you ever think "
                             "about {t}?",
                             "Ha, honestly my whole [week|day|month] has been {t}.",
                             "You're very patient. Can I vent about {t} for a [second|"
                             "moment|minute]?",
                             "[Thanks so far|Cheers|Nice one]! [Random|Silly|Odd] question: any "
                             "[thoughts|views|opinions] on {t}?",
                             "[Oh|Also], I [can't stop thinking|keep thinking] about {t}.",
                             "[Funny|Weird] [day|week]: {t}, of all things."});
        }
    }();
    return fill(text, {{"t", t}, {"T", capitalised(t)}});
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
        return fill(pickFrom(rng,
                             {"[Which|What] {n} [goes with|should I use for|applies to] {a}?",
                              "[Sure|Okay|Right], for {a} [I still need|I need|I'll need] the {n}.",
                              "I have {a}; what's the {n}?",
                              "[Got|Noted|Found] {a}. [And the|What is the|What's the] {n}?",
                              "[To go on|To continue] with {a}, [I need|please give me|"
                              "could I have] the {n}.",
                              "{A} [it is|noted]; [one more thing|just one thing]: the {n}?"}),
                    {{"n", slotName(rng, name)}, {"a", about}, {"A", capitalised(about)}});
    return fill(
            pickFrom(rng, {"I can {p}. [Could|Can|Would] you [tell me|give me|confirm] the {n}?",
                           "[Happy|Glad] to help with that. [What|Which] {n} should I use?",
                           "[Sure|Okay|Right]. I'll need the {n} first.",
                           "Before I {p}, which {n} do you mean?",
                           "[Of course|Certainly|No problem]. [Could|Would|Can] you share the {n}?",
                           "Almost there: [what is|what's|I just need] the {n}[?|.]",
                           "[To|So I can] {p}, [I need|I require|I'm missing] the {n}.",
                           "[What|Which] {n} [do you have|is it|are we using]?",
                           "[Quick question|One question]: the {n}?"}),
            {{"n", slotName(rng, name)}, {"p", varied(rng, phrase)}});
}

QString beforeCalls(Rng &rng, const QString &about)
{
    if (!about.isEmpty() && rng.chance(0.3))
        return fill(pickFrom(rng, {"[Checking|Looking at|Pulling up|Working on|Opening] {a}[ "
                                   "now|].",
                                   "[One moment|Give me a second|Bear with me|Just a sec] [with|"
                                   "on|while I check] {a}.",
                                   "On it: {a}.", "Let me [see|check|look at] {a}.",
                                   "[Fetching|Loading|Finding] {a}."}),
                    {{"a", about}});
    return pickFrom(rng, {"", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                          "[Let me|I'll] [check|look into|handle|see to] that.",
                          "[One moment|On it|Just a moment|Bear with me].",
                          "[Sure|Okay|Right], [give me a second|one moment|checking now|on it]."});
}

QString retryAfterError(Rng &rng, const QString &missingName, const QString &about)
{
    if (!about.isEmpty() && rng.chance(0.6))
        return fill(pickFrom(rng, {"Sorry, the [call|request] for {a} [lacked|was missing|left "
                                   "out] the {n}. [Retrying|Trying again|Fixing it].",
                                   "The {n} was missing for {a}; [fixing that|correcting it|"
                                   "adding it] now.",
                                   "{A} needs the {n} too. [Trying again|Retrying|Once more].",
                                   "[Oops|Ah], {a} [also |]needs the {n}. [Sending it again|"
                                   "Resending]."}),
                    {{"n", slotName(rng, missingName)}, {"a", about}, {"A", capitalised(about)}});
    return fill(pickFrom(rng, {"[Sorry|Oops|Apologies], I [left out|forgot|skipped] the {n}. "
                               "[Trying again|Retrying|"
                               "Sending it again] with it.",
                               "That [call|request|attempt] [was missing|lacked|didn't include] "
                               "the {n}; let me "
                               "[fix|correct|redo] that.",
                               "My [mistake|bad|error], the {n} was required. [Retrying|Trying "
                               "again] now.",
                               "The system [needs|wants|requires] the {n} as well. [One more "
                               "try|Trying again|Let me redo it].",
                               "[Hm|Hmm|Ah], [it|the tool] rejected that without the {n}. "
                               "[Adding it|Fixing it] now."}),
                {{"n", slotName(rng, missingName)}});
}

QString decline(Rng &rng, const QString &topic, const QStringList &capabilities)
{
    QStringList own;
    for (const QString &c : capabilities)
        own.append(varied(rng, c));
    const QString can = joinedList(own, QStringLiteral("or"));
    if (can.isEmpty() || rng.chance(0.4))
        return fill(pickFrom(rng, {"Sorry, I [can't|cannot|am unable to] {t}.",
                                   "I'm not able to {t}, [unfortunately|I'm afraid|sorry].",
                                   "That's outside what I can do: no tool of mine can {t}.",
                                   "I can't help you {t}, I'm afraid.",
                                   "[Afraid|Sadly] I [have no way to|can't] {t}."}),
                    {{"t", topic}});
    return fill(pickFrom(rng, {"Sorry, I can't {t}. I can {c}, though.",
                               "I'm not able to {t}, but I could {c}.",
                               "No tool of mine can {t}; I can {c} if that helps.",
                               "[Unfortunately|Sadly], I [can't|have no way to] {t}. [What I "
                               "can do is|I could] {c}."}),
                {{"t", topic}, {"c", can}});
}

QString chitChatReply(Rng &rng, const QString &userTopic)
{
    QString topic = userTopic;
    if (topic.startsWith(QLatin1String("my ")))
        topic.replace(0, 2, QStringLiteral("your"));
    return fill(
            pickFrom(rng,
                     {"Ha, I hear you about {t}.",
                      "[Hope|Here's hoping] {t} [gets better soon|improves|eases up]!",
                      "Fair enough! {T} can take over a [day|week].",
                      "I [appreciate|enjoy] the [chat|company].",
                      "[Glad|Happy|Always nice] to [keep you company|have a chat|hear from you].",
                      "{T}, always a [good|fun] topic.",
                      "[Oh|Ah], {t}! [Sounds like a lot|I can imagine].",
                      "[Thanks for sharing|Good to hear from you]. {T} [sounds|seems] "
                      "[eventful|like quite something]."}),
            {{"t", topic}, {"T", capitalised(topic)}});
}

namespace {

// What the assistant adds after a report, put together from parts so that the same few
// questions do not close every reply.
QString followUp(Rng &rng)
{
    return QLatin1Char(' ')
           + pickFrom(rng,
                      {"[Anything|Something] [else|more] [I can do|you need|on your list|for "
                       "today][?| for you?]",
                       "[Is|Was] there [anything|something] else [I can do|you need|to "
                       "sort|to check][?| today?| for now?]",
                       "[Let me know|Tell me|Just say|Shout|Say the word] if [you need|you'd "
                       "like|there's] [anything|something|more][ else| further|][.|!| today.]",
                       "[Want|Would you like] me to [do anything|look at something|check "
                       "anything] [else|further|with this|next]?",
                       "[Should|Shall] I [continue|keep going|carry on|move on][?| to the next "
                       "thing?]",
                       "What's next[?| on the list?| for you?]",
                       "[Happy|Glad|Here] to help with [the rest|anything else|whatever's "
                       "next][.|!]",
                       "[Tell me|Let me know|Say so|Flag it] if [that's not right|you want "
                       "changes|something looks off|anything's wrong|it needs a tweak][.|!]",
                       "What [would you like|do you want|shall we do|else can I do] [next|now|"
                       "after this]?",
                       "[Need|Want] anything [more|else][?| from me?]"});
}

QString referenceName(Rng &rng)
{
    return expand(rng, QStringLiteral("[reference|confirmation number|request number|ticket|"
                                      "tracking reference|confirmation code|ref|case number|"
                                      "confirmation|receipt number|request ID|tracking ID|"
                                      "confirmation ID|reference number|ticket number]"));
}

} // namespace

QString report(Rng &rng, const std::vector<Reported> &calls)
{
    QStringList parts;
    for (const Reported &call : calls) {
        QString about;
        if (!call.subjectValue.isEmpty() && rng.chance(0.7))
            about = call.subjectName + QLatin1Char(' ') + call.subjectValue;
        QStringList said;
        for (const auto &[field, value] : call.facts) {
            const bool reference = field == QLatin1String("reference");
            if (reference && rng.chance(0.4)) {
                said.append(fill(pickFrom(rng, {"{v}", "ref {v}", "ref. {v}", "reference {v}",
                                                "[filed|logged] as {v}", "[under|as] {v}",
                                                "[keep|note] {v}", "#{v}"}),
                                 {{"v", value}}));
                continue;
            }
            const QString name = reference ? referenceName(rng) : field;
            said.append(fill(
                    pickFrom(rng,
                             {"the {n} [is|is|shows as|reads|is listed as|stands at|comes "
                              "back as|is recorded as] {v}",
                              "{n} {v}", "{n}: {v}", "[your|the] {n}[ now|] [reads|is] {v}",
                              "[you'll see|I see|it shows|I'm seeing|there's] {v} [as|for] the {n}",
                              "{v} [is the|for the|as the] {n}",
                              "[it lists|the record has|it gives|the system has|I have|the "
                              "entry shows|the result has] {v} [as|for] the {n}",
                              "{n} [is set to|came out as|=] {v}"}),
                    {{"n", name}, {"v", value}}));
        }
        QString part = said.isEmpty()
                               ? pickFrom(rng, {"it went through", "that's done",
                                                "it completed without problems", "all good",
                                                "it's [finished|complete|in place]",
                                                "[no errors|nothing failed], it [ran|worked] fine",
                                                "the system [accepted|took] it"})
                               : joinedList(said);
        // Which thing the result is about: the value the call was made for, or its topic.
        if (!about.isEmpty()) {
            part = fill(pickFrom(rng, {"for {b}, {x}", "{b}: {x}", "on {b}, {x}",
                                       "[with|regarding|about|looking at|checking] {b}, {x}",
                                       "{x} [for|on] {b}"}),
                        {{"b", about}, {"x", part}});
        } else if (calls.size() > 1 && !call.topic.isEmpty()) {
            part = fill(pickFrom(rng, {"{p}: {x}", "[on|for] the {p}, {x}",
                                       "[as for|as to|concerning|and|then] the {p}, {x}",
                                       "[regarding|about|turning to] the {p}, {x}"}),
                        {{"p", call.topic}, {"x", part}});
        }
        parts.append(part);
    }
    const QString opener = pickFrom(
            rng, {"", "", "", "", "", "", "", "",
                  "[Done|All set|Finished|That's done|Taken care of|Sorted]. ",
                  "[Here's|This is|See] what [I found|came back|I got|turned up|the system "
                  "returned]: ",
                  "[Okay|Alright|Right|So], ", "[Good news|Success|Update]: ",
                  "I've [taken care of|handled|dealt with|sorted|processed] [it|that|this|the "
                  "request|your request]. ",
                  "[Here you go|There you are|Got it]: ",
                  "[The request went through|It worked|That worked]. ",
                  "[I checked|I looked it up|The lookup is back|Found it|Checked]. "});
    const QString follow = rng.chance(0.25) ? followUp(rng) : QString();
    QString body = parts.join(QStringLiteral("; "));
    if (opener.isEmpty() || opener.endsWith(QLatin1String(". ")))
        body = capitalised(body);
    return sentence(opener + body) + follow;
}

} // namespace Callwright::Phrasebook
