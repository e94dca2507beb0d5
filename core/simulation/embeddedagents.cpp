#include "embeddedagents.h"

#include "callresults.h"
#include "phrasebook.h"
#include "schema/random.h"
#include "tooltext.h"

#include <QRegularExpression>

#include <optional>
#include <set>

namespace Callwright {

namespace {

using Phrasebook::Slot;

// FNV-1a over the texts: the agents' seeds come from what they see, so they stay pure.
quint64 seedOf(std::initializer_list<QStringView> texts, quint64 salt = 0)
{
    quint64 h = 0xcbf29ce484222325ull ^ salt;
    for (QStringView t : texts) {
        for (const QChar c : t) {
            h ^= c.unicode();
            h *= 0x100000001b3ull;
        }
        h ^= 0xff;
        h *= 0x100000001b3ull;
    }
    return h;
}

bool isPersonal(const QString &name)
{
    static const QRegularExpression personal(QStringLiteral(
            R"(\b(email|phone|name|address|zip|postcode|postal|birthday|birth|first|last)\b)"));
    return personal.match(name).hasMatch();
}

// The scalar fields of an object as (key, text), or nothing when it holds anything else
// (nested values, flags, references), which is then stated field by field.
// A value a user states as it is: a string or a number, not a flag, nothing, or a reference
// to an earlier result.
bool isSayable(const Json &value)
{
    return value.is_primitive() && !value.is_null() && !value.is_boolean()
           && !CallResults::isReference(value);
}

std::optional<std::vector<std::pair<std::string, QString>>> scalarFields(const Json &object)
{
    std::vector<std::pair<std::string, QString>> fields;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isSayable(*it))
            return std::nullopt;
        fields.emplace_back(it.key(), ToolText::valueText(*it));
    }
    if (fields.empty())
        return std::nullopt;
    return fields;
}

QString take(std::vector<std::pair<std::string, QString>> &fields, const char *key)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it->first == key) {
            QString value = std::move(it->second);
            fields.erase(it);
            return value;
        }
    }
    return {};
}

bool isAddressKey(const std::string &key)
{
    static const std::set<std::string> keys{"address1",       "address2",    "address", "street",
                                            "street_address", "line1",       "line2",   "city",
                                            "state",          "province",    "country", "zip",
                                            "zip_code",       "postal_code", "postcode"};
    return keys.count(key) > 0;
}

// "212 Lake Ave, Apt 39, Atlanta, GA 32409, USA": an address as people write one.
QString addressText(std::vector<std::pair<std::string, QString>> &fields)
{
    QStringList lines;
    for (const char *key : {"address1", "address", "street", "street_address", "line1", "address2",
                            "line2", "city"}) {
        const QString v = take(fields, key);
        if (!v.isEmpty())
            lines << v;
    }
    QString region = take(fields, "state");
    if (region.isEmpty())
        region = take(fields, "province");
    for (const char *key : {"zip", "zip_code", "postal_code", "postcode"}) {
        const QString v = take(fields, key);
        if (!v.isEmpty())
            region = region.isEmpty() ? v : region + QLatin1Char(' ') + v;
    }
    if (!region.isEmpty())
        lines << region;
    const QString country = take(fields, "country");
    if (!country.isEmpty())
        lines << country;
    return lines.join(QStringLiteral(", "));
}

// One record in words: "Ava Martin (born 1990-05-02)", "HAT170 on 2024-05-17", "120 on
// gift_card_3576581", "212 Lake Ave, Atlanta, GA 32409, USA", else "seat 12A, meal vegan".
// Every value appears as it is, so the verifier finds each one.
QString recordText(Rng &rng, std::vector<std::pair<std::string, QString>> fields)
{
    QStringList said;
    const QString first = take(fields, "first_name");
    const QString last = take(fields, "last_name");
    if (!first.isEmpty() || !last.isEmpty())
        said << QStringList{first, last}.join(QLatin1Char(' ')).trimmed();
    const QString dob = take(fields, "dob");
    if (!dob.isEmpty()) {
        // Said with the name it belongs to: "Ava Martin (born 1990-05-02)".
        const QString born
                = Phrasebook::expand(rng,
                                     QStringLiteral("[ (born %1)| (DOB %1)|, born %1| (b. %1)]"))
                          .arg(dob);
        if (said.isEmpty())
            said << born.mid(born.indexOf(QLatin1Char(' ')) + 1);
        else
            said.last() += born;
    }
    const QString flight = take(fields, "flight_number");
    const QString date = take(fields, "date");
    if (!flight.isEmpty())
        said << flight;
    if (!date.isEmpty())
        said << (said.isEmpty() ? date
                                : Phrasebook::expand(rng, QStringLiteral("[on|for|dated]"))
                                          + QLatin1Char(' ') + date);
    const QString payment = take(fields, "payment_id");
    const QString amount = take(fields, "amount");
    if (!payment.isEmpty() && !amount.isEmpty()) {
        said << Phrasebook::expand(rng,
                                   QStringLiteral("[%1 on %2|%2 for %1|%1 from %2|%1 with %2]"))
                        .arg(amount, payment);
    } else {
        said << payment << amount;
    }
    bool address = false;
    for (const auto &f : fields)
        address = address || isAddressKey(f.first);
    if (address)
        said << addressText(fields);
    for (const auto &[key, value] : fields) {
        said << Phrasebook::expand(rng, QStringLiteral("[%1 %2|%1: %2|%1 %2]"))
                        .arg(ToolText::humanize(QString::fromStdString(key)), value);
    }
    said.removeAll(QString());
    return said.join(QStringLiteral(", "));
}

QString joined(const QStringList &items, const QString &separator)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(separator) + QStringLiteral(" and ")
           + items.last();
}

void flatten(Rng &rng, const QString &name, const Json &value, std::vector<Slot> &out,
             bool nested = false)
{
    if (CallResults::isReference(value) || value.is_null())
        return;
    if (value.is_boolean()) {
        out.push_back({name, value.get<bool>() ? QStringLiteral("yes") : QStringLiteral("no"), true,
                       false});
        return;
    }
    if (value.is_object()) {
        if (auto fields = scalarFields(value)) {
            out.push_back({name, recordText(rng, std::move(*fields)), false, false});
            return;
        }
        // "passengers" → "passenger last name"; "flights" + "flight number" → "flight number".
        QString owner = name;
        if (owner.endsWith(QLatin1Char('s')) && !owner.endsWith(QLatin1String("ss")))
            owner.chop(1);
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString field = ToolText::humanize(QString::fromStdString(it.key()));
            const QString lastOwnerWord = owner.mid(owner.lastIndexOf(QLatin1Char(' ')) + 1);
            const bool named = field.startsWith(lastOwnerWord + QLatin1Char(' '));
            flatten(rng, named ? field : owner + QLatin1Char(' ') + field, *it, out, true);
        }
        return;
    }
    if (value.is_array()) {
        bool scalars = true;
        bool records = !value.empty();
        QStringList items;
        for (const Json &v : value) {
            scalars = scalars && v.is_primitive() && !v.is_boolean() && !v.is_null();
            if (records && v.is_object()) {
                if (auto fields = scalarFields(v))
                    items << recordText(rng, std::move(*fields));
                else
                    records = false;
            } else {
                records = false;
            }
        }
        if (records) {
            // Records are told apart by "; " when they contain commas themselves.
            const bool commas = std::any_of(items.begin(), items.end(), [](const QString &i) {
                return i.contains(QLatin1Char(','));
            });
            out.push_back({name,
                           joined(items, commas ? QStringLiteral("; ") : QStringLiteral(", ")),
                           false, false});
            return;
        }
        if (!scalars) {
            for (const Json &v : value)
                flatten(rng, name, v, out, true);
            return;
        }
        items.clear();
        for (const Json &v : value)
            items << ToolText::valueText(v);
        if (items.isEmpty())
            return;
        out.push_back({name, joined(items, QStringLiteral(", ")), false, false});
        return;
    }
    out.push_back({name, ToolText::valueText(value), false, !nested && isPersonal(name)});
}

std::vector<Slot> slotsOf(Rng &rng, const PlannedCall &call, const QString &skipParameter)
{
    std::vector<Slot> out;
    // An address given as separate parameters is still said as one address.
    std::vector<std::pair<std::string, QString>> address;
    for (auto it = call.arguments.begin(); it != call.arguments.end(); ++it) {
        if (isAddressKey(it.key()) && isSayable(*it)
            && QString::fromStdString(it.key()) != skipParameter)
            address.emplace_back(it.key(), ToolText::valueText(*it));
    }
    const bool grouped = address.size() >= 3;
    if (grouped)
        out.push_back({QStringLiteral("address"), addressText(address), false, true});
    for (auto it = call.arguments.begin(); it != call.arguments.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (key == skipParameter || (grouped && isAddressKey(it.key()) && isSayable(*it)))
            continue;
        flatten(rng, ToolText::humanize(key), *it, out);
    }
    return out;
}

} // namespace

UserTurn EmbeddedUserAgent::speak(const UserAgentInput &in)
{
    const Phrasebook::Style style = Phrasebook::styleOf(in.persona);
    const QString last = in.dialogue.empty() ? QString() : in.dialogue.back().content;
    Rng rng(seedOf({in.persona.name, in.goal, in.step.intent, last},
                   quint64(in.stepIndex) * 131 + in.dialogue.size() * 7 + (in.answering ? 1 : 0)));
    const bool first = std::none_of(in.dialogue.begin(), in.dialogue.end(),
                                    [](const Message &m) { return m.role == Message::Role::User; });

    UserTurn turn;
    turn.act.kind = in.step.kind;
    turn.act.calls = in.step.calls;
    turn.act.topic = in.step.intent;
    QStringList parts;
    if (first && !in.answering) {
        // Many people skip the pleasantries and go straight to what they want.
        const QString hello = rng.chance(0.75) ? Phrasebook::greeting(rng, style) : QString();
        if (!hello.isEmpty())
            parts << hello;
        if (rng.chance(0.4))
            parts << Phrasebook::introduction(rng, style, in.persona.name);
    }

    const QStringList withheld = in.step.withheld.split(QLatin1Char('/'));
    switch (in.step.kind) {
    case PlanStep::Kind::ChitChat: {
        QString topic;
        parts << Phrasebook::chitChat(rng, style, &topic);
        turn.act.topic = topic;
        break;
    }
    case PlanStep::Kind::Unsupported:
        parts << Phrasebook::request(rng, style, in.step.intent);
        break;
    default:
        if (in.answering && withheld.size() == 2) {
            turn.act.answersClarification = true;
            for (const PlannedCall &call : in.step.calls) {
                if (QString::number(call.ref) != withheld[0])
                    continue;
                std::vector<Slot> values;
                flatten(rng, ToolText::humanize(withheld[1]),
                        call.arguments.value(withheld[1].toStdString(), Json()), values);
                if (!values.empty())
                    parts << Phrasebook::clarificationAnswer(rng, style, values.front());
            }
            break;
        }
        const QStringList phrases = in.step.intent.split(QStringLiteral("; "), Qt::SkipEmptyParts);
        // "cancel my pending order #W2584782": the thing a single request is about may be
        // named in the request itself rather than among the details.
        const auto aboutOf = [&](const PlannedCall &call, const QString &phrase) {
            const bool withholdHere
                    = withheld.size() == 2 && QString::number(call.ref) == withheld[0];
            Json known = Json::object();
            for (auto it = call.arguments.begin(); it != call.arguments.end(); ++it) {
                const bool skip = withholdHere && QString::fromStdString(it.key()) == withheld[1];
                if (!skip && !CallResults::isReference(*it))
                    known[it.key()] = *it;
            }
            const auto [name, value] = ToolText::subject(known, phrase);
            return Slot{ToolText::humanize(name), value, false, false};
        };
        std::vector<Slot> named;
        QStringList spoken;
        for (const QString &p : phrases)
            spoken << Phrasebook::shortened(rng, p);
        std::vector<const PlannedCall *> asked;
        for (const PlannedCall &call : in.step.calls) {
            if (!call.hidden)
                asked.push_back(&call);
        }
        if (spoken.size() == qsizetype(asked.size())) {
            for (qsizetype i = 0; i < spoken.size(); ++i) {
                if (!rng.chance(spoken.size() == 1 ? 0.7 : 0.5))
                    continue;
                const Slot about = aboutOf(*asked[std::size_t(i)], phrases.value(i));
                if (about.value.isEmpty())
                    continue;
                spoken[i] += Phrasebook::naming(rng, about);
                named.push_back(about);
            }
        }
        if (spoken.size() <= 1)
            parts << Phrasebook::request(rng, style, spoken.value(0, in.step.intent));
        else if (in.step.kind == PlanStep::Kind::ParallelCalls)
            parts << Phrasebook::requestMany(rng, style, spoken);
        else
            parts << Phrasebook::requestSequence(rng, style, spoken);
        // What the user said before stays said: a value from an earlier turn is not repeated.
        QString said;
        for (const Message &m : in.dialogue) {
            if (m.role == Message::Role::User)
                said += m.content + QLatin1Char('\n');
        }
        std::vector<Slot> values;
        QString repeated;
        for (const PlannedCall &call : in.step.calls) {
            const bool withholdHere
                    = withheld.size() == 2 && QString::number(call.ref) == withheld[0];
            for (Slot &s : slotsOf(rng, call, withholdHere ? withheld[1] : QString())) {
                const auto same = [&](const Slot &v) {
                    return v.name == s.name && v.value == s.value;
                };
                const bool known = std::any_of(named.begin(), named.end(), same)
                                   || std::any_of(values.begin(), values.end(), same);
                if (known)
                    continue;
                if (!s.flag && ToolText::mentions(said, s.value))
                    repeated = s.name;
                else
                    values.push_back(std::move(s));
            }
        }
        if (rng.chance(0.25))
            parts << Phrasebook::context(rng, style);
        if (!repeated.isEmpty() && rng.chance(0.5))
            parts << Phrasebook::sameAsBefore(rng, repeated);
        const QString stated = Phrasebook::slots(rng, style, values);
        if (!stated.isEmpty())
            parts << stated;
        if (!in.step.withheld.isEmpty())
            turn.act.withheld = in.step.withheld;
        break;
    }
    if (!in.answering && rng.chance(0.2)) {
        const QString bye = Phrasebook::closing(rng, style);
        if (!bye.isEmpty())
            parts << bye;
    }
    for (QString &p : parts)
        p = p.trimmed();
    parts.removeAll(QString());
    // Each sentence opens with a capital, also a casual "can you…" after a greeting.
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &before = i > 0 ? parts[i - 1] : QString();
        if (i == 0 || before.endsWith(QLatin1Char('.')) || before.endsWith(QLatin1Char('!'))
            || before.endsWith(QLatin1Char('?')))
            parts[i][0] = parts[i].at(0).toUpper();
    }
    turn.text = parts.join(QLatin1Char(' '));
    return turn;
}

namespace {

const Tool *findTool(const std::vector<Tool> &tools, const QString &name)
{
    for (const Tool &t : tools) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

struct Attempt
{
    ToolCall call;
    Json result;
    bool error = false;
};

// Scalar facts of a result worth telling the user.
std::vector<std::pair<QString, QString>> factsOf(Rng &rng, const Json &result,
                                                 const Json &arguments)
{
    std::vector<std::pair<QString, QString>> facts;
    if (!result.is_object()) {
        if (result.is_primitive() && !result.is_null())
            facts.emplace_back(QStringLiteral("result"), ToolText::valueText(result));
        return facts;
    }
    std::vector<std::pair<QString, QString>> candidates;
    for (auto it = result.begin(); it != result.end(); ++it) {
        if (it.key() == "request_id" || !it->is_primitive() || it->is_null())
            continue;
        // The user knows what they gave; telling it back is not a result.
        if (arguments.is_object() && arguments.contains(it.key()) && arguments.at(it.key()) == *it)
            continue;
        if (it.key() == "status" && *it == "ok")
            continue;
        const QString text = ToolText::valueText(*it);
        if (text.size() > 60)
            continue;
        candidates.emplace_back(ToolText::humanize(QString::fromStdString(it.key())), text);
    }
    if (candidates.empty() && result.contains("request_id") && result["request_id"].is_string())
        candidates.emplace_back(QStringLiteral("reference"),
                                ToolText::valueText(result["request_id"]));
    for (std::size_t i = 0; i < candidates.size() && facts.size() < 3; ++i) {
        const std::size_t at = i + std::size_t(rng.below(candidates.size() - i));
        std::swap(candidates[i], candidates[at]);
        facts.push_back(candidates[i]);
    }
    return facts;
}

QString phraseOf(const std::vector<Tool> &tools, const QString &name)
{
    const Tool *tool = findTool(tools, name);
    return tool ? ToolText::requestPhrase(*tool) : QString();
}

// "order #W2584782": what a call is about, in words, for the assistant to name; empty when
// the call names nothing short enough. References and the skipped key do not count.
QString subjectText(const Json &arguments, const QString &hint, const QString &skipKey = QString())
{
    if (!arguments.is_object())
        return {};
    Json known = Json::object();
    for (auto it = arguments.begin(); it != arguments.end(); ++it) {
        if (!CallResults::isReference(*it) && QString::fromStdString(it.key()) != skipKey)
            known[it.key()] = *it;
    }
    const auto [key, value] = ToolText::subject(known, hint);
    if (value.isEmpty())
        return {};
    if (key == QLatin1String("id"))
        return value;
    if (key.endsWith(QLatin1String("_id")))
        return ToolText::humanize(key.chopped(3)) + QLatin1Char(' ') + value;
    return ToolText::humanize(key) + QLatin1Char(' ') + value;
}

QString callIdFor(quint64 seed, std::size_t position, std::size_t index)
{
    quint64 x = seed ^ (quint64(position) << 8) ^ quint64(index);
    const quint64 h = Rng::splitmix64(x);
    return QStringLiteral("call_")
           + QString::number(h % 2821109907456ull, 36).rightJustified(8, QLatin1Char('0'));
}

} // namespace

AssistantTurn EmbeddedAssistantAgent::respond(const AssistantAgentInput &in)
{
    AssistantTurn turn;
    int u = int(in.dialogue.size()) - 1;
    while (u >= 0 && in.dialogue[std::size_t(u)].role != Message::Role::User)
        --u;
    const QString opening = [&] {
        for (const Message &m : in.dialogue) {
            if (m.role == Message::Role::User)
                return m.content;
        }
        return QString();
    }();
    const quint64 seed
            = seedOf({opening, in.dialogue.empty() ? QString() : in.dialogue.back().content},
                     in.dialogue.size());
    Rng rng(seed);
    if (u < 0 || std::size_t(u) >= in.acts.size()) {
        turn.content = QStringLiteral("How can I help you today?");
        return turn;
    }
    const DialogueAct &act = in.acts[std::size_t(u)];
    if (act.kind == PlanStep::Kind::ChitChat) {
        turn.content = Phrasebook::chitChatReply(rng, act.topic);
        return turn;
    }
    if (act.kind == PlanStep::Kind::Unsupported) {
        QStringList capabilities;
        if (!in.tools.empty())
            capabilities << ToolText::requestPhrase(in.tools[rng.below(in.tools.size())]);
        capabilities.removeDuplicates();
        turn.content = Phrasebook::decline(rng, act.topic, capabilities);
        return turn;
    }
    if (!act.withheld.isEmpty()) {
        const QStringList parts = act.withheld.split(QLatin1Char('/'));
        QString phrase;
        QString about;
        for (const PlannedCall &c : act.calls) {
            if (QString::number(c.ref) == parts.value(0)) {
                if (const Tool *tool = findTool(in.tools, c.toolName))
                    phrase = ToolText::requestPhrase(*tool);
                about = subjectText(c.arguments, phrase, parts.value(1));
            }
        }
        turn.content = Phrasebook::askFor(rng, ToolText::humanize(parts.value(1)), phrase, about);
        return turn;
    }

    // What has been tried since the user asked, and what came back.
    std::vector<Attempt> attempts;
    for (std::size_t i = std::size_t(u) + 1; i < in.dialogue.size(); ++i) {
        for (const ToolCall &call : in.dialogue[i].toolCalls) {
            Attempt a{call, Json(), true};
            for (std::size_t j = i + 1; j < in.dialogue.size(); ++j) {
                const Message &m = in.dialogue[j];
                if (m.role == Message::Role::Tool && m.toolCallId == call.id) {
                    a.result = CallResults::parse(m);
                    a.error = CallResults::isError(a.result);
                    break;
                }
            }
            attempts.push_back(std::move(a));
        }
    }
    std::vector<std::pair<int, Json>> results;
    std::vector<Json> sentArguments;
    for (const Attempt &a : attempts) {
        if (!a.error && results.size() < act.calls.size()) {
            results.emplace_back(act.calls[results.size()].ref, a.result);
            sentArguments.push_back(a.call.arguments);
        }
    }
    const std::size_t done = results.size();

    const auto resolved = [&](const PlannedCall &planned, std::size_t index) {
        ToolCall call;
        call.id = callIdFor(seed, in.dialogue.size(), index);
        call.toolName = planned.toolName;
        call.arguments = planned.arguments;
        for (auto it = call.arguments.begin(); it != call.arguments.end(); ++it) {
            if (CallResults::isReference(*it)) {
                const Json value = CallResults::resolveReference(
                        QString::fromStdString(it->get<std::string>()), results);
                if (!value.is_null())
                    *it = value;
            }
        }
        return call;
    };

    if (done < act.calls.size()) {
        const bool lastFailed = !attempts.empty() && attempts.back().error;
        if (lastFailed) {
            const ToolCall &failed = attempts.back().call;
            QString missing;
            for (auto it = act.calls[done].arguments.begin(); it != act.calls[done].arguments.end();
                 ++it) {
                if (!failed.arguments.contains(it.key()))
                    missing = ToolText::humanize(QString::fromStdString(it.key()));
            }
            turn.calls.push_back(resolved(act.calls[done], 0));
            const QString about = subjectText(turn.calls.back().arguments,
                                              phraseOf(in.tools, turn.calls.back().toolName));
            turn.content = missing.isEmpty() ? Phrasebook::beforeCalls(rng, about)
                                             : Phrasebook::retryAfterError(rng, missing, about);
            return turn;
        }
        ToolCall call = resolved(act.calls[done], 0);
        turn.content = Phrasebook::beforeCalls(
                rng, subjectText(call.arguments, phraseOf(in.tools, call.toolName)));
        if (act.kind == PlanStep::Kind::ParallelCalls && attempts.empty()) {
            turn.calls.push_back(std::move(call));
            for (std::size_t i = 1; i < act.calls.size(); ++i)
                turn.calls.push_back(resolved(act.calls[i], i));
            return turn;
        }
        if (act.kind == PlanStep::Kind::ErrorRecovery && attempts.empty()) {
            // The slip the step is about: a required value left out of the first attempt.
            if (const Tool *tool = findTool(in.tools, call.toolName)) {
                static const Json none = Json::array();
                const auto it = tool->parameters.find("required");
                for (const Json &r : it != tool->parameters.end() ? *it : none) {
                    if (r.is_string() && call.arguments.contains(r.get<std::string>())
                        && call.arguments[r.get<std::string>()].is_primitive()) {
                        call.arguments.erase(r.get<std::string>());
                        break;
                    }
                }
            }
        }
        turn.calls.push_back(std::move(call));
        return turn;
    }

    std::vector<Phrasebook::Reported> reported;
    for (std::size_t i = 0; i < results.size(); ++i) {
        const bool last = i + 1 == results.size();
        if (act.calls[i].hidden && !last)
            continue;
        if (act.kind == PlanStep::Kind::ChainedCalls && !last && rng.chance(0.5))
            continue;
        Phrasebook::Reported r;
        r.facts = factsOf(rng, results[i].second, sentArguments[i]);
        const Tool *tool = findTool(in.tools, act.calls[i].toolName);
        r.topic = tool ? ToolText::topic(*tool) : ToolText::humanize(act.calls[i].toolName);
        const auto [key, value] = ToolText::subject(
                sentArguments[i], tool ? ToolText::requestPhrase(*tool) : QString());
        if (key.endsWith(QLatin1String("_id"))) {
            r.subjectName = ToolText::humanize(key.chopped(3));
            r.subjectValue = value;
        } else if (!key.isEmpty() && key != QLatin1String("id")) {
            r.subjectName = ToolText::humanize(key);
            r.subjectValue = value;
        }
        reported.push_back(std::move(r));
    }
    turn.content = Phrasebook::report(rng, reported);
    return turn;
}

} // namespace Callwright
