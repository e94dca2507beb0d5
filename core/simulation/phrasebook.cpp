#include "phrasebook.h"

#include "schema/random.h"
#include "schema/wordlists.h"

#include <QRegularExpression>

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

QString slotName(Rng &rng, const QString &name)
{
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
        return fill(pickFrom(rng, {"{n}: {v}", "{n} set to {v}", "{v} [for|on] {n}",
                                   "[and |]{v} to {n}", "[as for|regarding] {n}, {v}"}),
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
    if (style == Style::Terse)
        return fill(pickFrom(rng, {"{n} {v}", "{n}: {v}", "{n} = {v}", "{n} - {v}"}),
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

QString request(Rng &rng, Style style, const QString &phrase)
{
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

QString requestMany(Rng &rng, Style style, const QStringList &phrases)
{
    QString list = joinedList(phrases);
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
    QStringList steps = phrases;
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
    if (style == Style::Terse || style == Style::Hurried) {
        return fill(
                pickFrom(rng,
                         {"[Deadline|Due] {d}.", "For {w} {f}.", "Re: {c}.", "Context: {n}, {t}."}),
                {{"d", day}, {"w", who}, {"f", family}, {"c", company}, {"n", noun}, {"t", city}});
    }
    return fill(pickFrom(rng,
                         {"[It's|This is] for [my|our|a] [trip|meeting|visit|conference|move] "
                          "[to|in] {t} [on|before|after|this] {d}.",
                          "[My|Our] [colleague|manager|partner|friend|cousin] {w} {f} [asked me to "
                          "sort this out|is waiting on this|reminded me about it].",
                          "I [work|am working] with {c} and [need this before|have a call on] {d}.",
                          "[Last time|The last time] I [tried|did this] it [took forever|got "
                          "stuck|went wrong], so [fingers crossed|let's see|here goes].",
                          "It's [related to|about] the {p} I [ordered|mentioned|bought] [last "
                          "week|yesterday|recently].",
                          "[I'm in|I'm calling from|I'm writing from] {t}[, if that matters|, by "
                          "the way|].",
                          "[Honestly|Frankly|To be fair], the {n} [situation|issue|thing] has been "
                          "[a mess|confusing|annoying] [lately|this week|since {d}]."}),
                {{"t", city},
                 {"d", day},
                 {"w", who},
                 {"f", family},
                 {"c", company},
                 {"p", product},
                 {"n", noun}});
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
            = {"the weather", "the weekend", "a long day", "coffee", "a new phone", "traffic"};
    const QString t = QString::fromUtf8(rng.pick(topics));
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
    static const char *const requests[] = {
            "translate a poem into Latin",
            "predict tomorrow's lottery numbers",
            "play some jazz on my speakers",
            "write my wedding speech",
            "fix the leak under my sink",
            "tell me my horoscope for next month",
            "order a pizza to my office",
            "diagnose the rash on my arm",
            "walk my dog this afternoon",
            "hack into my ex's email",
            "paint a portrait of my cat",
            "file my taxes in Estonia",
            "turn off the lights in my living room",
            "book a table at a ramen place",
            "tune my guitar",
            "compose a symphony for my birthday",
    };
    QString chosen;
    for (int attempt = 0; attempt < 8 && chosen.isEmpty(); ++attempt) {
        const QString candidate = QString::fromUtf8(rng.pick(requests));
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

QString askFor(Rng &rng, const QString &name, const QString &phrase)
{
    return fill(pickFrom(rng,
                         {"I can {p}. Could you tell me the {n}?",
                          "Happy to help with that. What {n} should I use?",
                          "Sure. I'll need the {n} first.", "Before I {p}, which {n} do you mean?",
                          "Of course. Could you share the {n}?", "Almost there: what is the {n}?"}),
                {{"n", name}, {"p", phrase}});
}

QString beforeCalls(Rng &rng)
{
    return pickFrom(rng, {"", "", "", "", "", "[Let me|I'll] [check|look into|handle] that.",
                          "One moment.", "On it.",
                          "[Sure|Okay|Right], [give me a second|one moment|checking now]."});
}

QString retryAfterError(Rng &rng, const QString &missingName)
{
    return fill(pickFrom(rng, {"Sorry, I left out the {n}. Trying again with it.",
                               "That call was missing the {n}; let me fix that.",
                               "My mistake, the {n} was required. Retrying now.",
                               "The system needs the {n} as well. One more try."}),
                {{"n", missingName}});
}

QString decline(Rng &rng, const QString &topic, const QStringList &capabilities)
{
    return fill(
            pickFrom(rng,
                     {"I'm sorry, but I can't {t}; none of my tools cover that. I can {c}, though.",
                      "Unfortunately I'm not able to {t}. What I can do is {c}.",
                      "That's outside what I can do here, so I can't {t}. I can help you {c}.",
                      "I don't have a way to {t}, I'm afraid. My tools let me {c}."}),
            {{"t", topic}, {"c", joinedList(capabilities, QStringLiteral("or"))}});
}

QString chitChatReply(Rng &rng, const QString &topic)
{
    return fill(pickFrom(rng, {"Ha, I hear you about {t}. Anything else I can help with?",
                               "That sounds like a lot. Hope {t} gets better soon!",
                               "Fair enough! {T} can really take over a day.",
                               "I appreciate the chat. Let me know what else you need.",
                               "Glad to keep you company. Is there anything else on your list?"}),
                {{"t", topic}, {"T", capitalised(topic)}});
}

QString report(Rng &rng, const std::vector<std::vector<std::pair<QString, QString>>> &facts,
               const QStringList &phrases)
{
    QStringList parts;
    for (std::size_t i = 0; i < facts.size(); ++i) {
        QStringList said;
        for (const auto &[name, value] : facts[i]) {
            said.append(
                    fill(pickFrom(rng, {"the {n} [is|is|shows as|reads|is listed as] {v}",
                                        "{n} {v}", "the {n} [comes|came] back as {v}",
                                        "[you'll see|I see|it shows] {v} [as|for] the {n}",
                                        "the system [reports|gives|returns] {v} [as|for] the {n}"}),
                         {{"n", name}, {"v", value}}));
        }
        QString part = said.isEmpty() ? pickFrom(rng, {"it went through", "that's done",
                                                       "it completed without problems"})
                                      : joinedList(said);
        if (facts.size() > 1 && i < std::size_t(phrases.size()))
            part = fill(
                    pickFrom(rng, {"to {p}, {x}", "for \"{p}\": {x}", "when asked to {p}, {x}"}),
                    {{"p", phrases[qsizetype(i)]}, {"x", part}});
        parts.append(part);
    }
    const QString opener = pickFrom(
            rng, {"[Done|All set|Finished|That's done|Taken care of]. ",
                  "[Here's|This is] what [I found|came back|I got]: ", "[Okay|Alright|Right], ",
                  "Good news: ", "I've [taken care of it|handled that|gone ahead with it]. ",
                  "Here you go: ", "", "[The request went through|It worked]. "});
    const QString follow = pickFrom(rng, {"", "", "", "", " Anything else?",
                                          " Is there anything else I can [do|help with]?",
                                          " Let me know if you need [more|anything else].",
                                          " Want me to do anything [with this|else]?",
                                          " [Should|Shall] I [continue|do anything else]?"});
    QString body = parts.join(QStringLiteral("; "));
    if (opener.isEmpty() || opener.endsWith(QLatin1String(". ")))
        body = capitalised(body);
    return sentence(opener + body) + follow;
}

} // namespace Callwright::Phrasebook
