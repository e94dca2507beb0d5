#include "tooltext.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <cmath>

namespace Callwright::ToolText {

namespace {

QStringList nameWords(const QString &identifier)
{
    QString spaced;
    spaced.reserve(identifier.size() + 8);
    for (qsizetype i = 0; i < identifier.size(); ++i) {
        const QChar c = identifier.at(i);
        if (c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')
            || c == QLatin1Char('/')) {
            spaced += QLatin1Char(' ');
            continue;
        }
        if (c.isUpper() && i > 0 && identifier.at(i - 1).isLower())
            spaced += QLatin1Char(' ');
        spaced += c;
    }
    return spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool isAcronym(const QString &word)
{
    int upper = 0;
    for (const QChar c : word)
        upper += c.isUpper() ? 1 : 0;
    return upper >= 2;
}

// Third-person openings of descriptions ("Returns the …") become imperatives ("return the …").
QString imperative(const QString &verb)
{
    static const QHash<QString, QString> irregular{
            {QStringLiteral("does"), QStringLiteral("do")},
            {QStringLiteral("has"), QStringLiteral("have")},
            {QStringLiteral("is"), QString()},
    };
    const QString lower = verb.toLower();
    const auto it = irregular.find(lower);
    if (it != irregular.end())
        return *it;
    if (lower.endsWith(QLatin1String("ies")) && lower.size() > 4)
        return lower.chopped(3) + QLatin1Char('y');
    if (lower.endsWith(QLatin1String("sses")) || lower.endsWith(QLatin1String("shes"))
        || lower.endsWith(QLatin1String("ches")) || lower.endsWith(QLatin1String("xes")))
        return lower.chopped(2);
    if (lower.endsWith(QLatin1Char('s')) && !lower.endsWith(QLatin1String("ss")))
        return lower.chopped(1);
    return lower;
}

// Words that open a description but are not something a user asks to do.
bool opensLikeVerb(const QString &word)
{
    static const QStringList notVerbs{
            QStringLiteral("a"),        QStringLiteral("an"),       QStringLiteral("the"),
            QStringLiteral("this"),     QStringLiteral("that"),     QStringLiteral("it"),
            QStringLiteral("used"),     QStringLiteral("useful"),   QStringLiteral("tool"),
            QStringLiteral("function"), QStringLiteral("api"),      QStringLiteral("endpoint"),
            QStringLiteral("method"),   QStringLiteral("for"),      QStringLiteral("to"),
            QStringLiteral("given"),    QStringLiteral("when"),     QStringLiteral("if"),
            QStringLiteral("in"),       QStringLiteral("with"),     QStringLiteral("of"),
            QStringLiteral("by"),       QStringLiteral("on"),       QStringLiteral("and"),
            QStringLiteral("or"),       QStringLiteral("no"),       QStringLiteral("not"),
            QStringLiteral("all"),      QStringLiteral("each"),     QStringLiteral("every"),
            QStringLiteral("current"),  QStringLiteral("new"),      QStringLiteral("deprecated"),
            QStringLiteral("note"),     QStringLiteral("returns:"),
    };
    if (word.isEmpty() || !word.at(0).isLetter())
        return false;
    return !notVerbs.contains(word.toLower());
}

QString firstClause(QString text)
{
    text = text.simplified();
    static const QRegularExpression end(QStringLiteral(
            R"((\.\s|\.$|;|\s-\s|\s—\s|:\s|\(|\n|, (?:which|and returns|returning|if|where|such as|e\.g\.|including)\b))"));
    const QRegularExpressionMatch m = end.match(text);
    if (m.hasMatch())
        text.truncate(m.capturedStart());
    return text.trimmed();
}

QString stripOpening(QString text)
{
    static const QRegularExpression opening(
            QStringLiteral(
                    R"(^(?:this|the)\s+(?:tool|function|api|endpoint|method|operation)\s+(?:will\s+|can\s+|is used to\s+|allows (?:you|users|the user) to\s+|lets you\s+|helps (?:you\s+)?(?:to\s+)?)?)"),
            QRegularExpression::CaseInsensitiveOption);
    text.remove(opening);
    static const QRegularExpression helps(
            QStringLiteral(
                    R"(^(?:used to|allows (?:you|users) to|lets you|helps to|helps you)\s+)"),
            QRegularExpression::CaseInsensitiveOption);
    text.remove(helps);
    return text;
}

} // namespace

QString computeRequestPhrase(const Tool &tool);

QString humanize(const QString &identifier)
{
    QStringList words = nameWords(identifier);
    for (QString &w : words) {
        if (!isAcronym(w))
            w = w.toLower();
    }
    return words.join(QLatin1Char(' '));
}

QString requestPhrase(const Tool &tool)
{
    // Agents ask for the same few tools' phrases over and over; the regular expressions
    // below are the costly part.
    struct Cached
    {
        QString description;
        QString phrase;
    };
    thread_local QHash<QString, Cached> cache;
    const auto hit = cache.constFind(tool.name);
    if (hit != cache.cend() && hit->description == tool.description)
        return hit->phrase;
    if (cache.size() > 20000)
        cache.clear();
    const QString phrase = computeRequestPhrase(tool);
    cache.insert(tool.name, {tool.description, phrase});
    return phrase;
}

namespace {

// Catalog boilerplate before the description proper: BFCL's multi-turn tools open with
// "This tool belongs to the X suite, which … Tool description: <the description>".
QString describingText(const QString &description)
{
    static const QString marker = QStringLiteral("Tool description:");
    const qsizetype at = description.indexOf(marker, 0, Qt::CaseInsensitive);
    if (at >= 0)
        return description.mid(at + marker.size()).trimmed();
    static const QRegularExpression belongs(
            QStringLiteral(R"(^\s*this (?:tool|function|api) (?:belongs|is part of)[^.]*\.\s*)"),
            QRegularExpression::CaseInsensitiveOption);
    QString text = description;
    text.remove(belongs);
    return text;
}

} // namespace

QString computeRequestPhrase(const Tool &tool)
{
    QString clause = firstClause(stripOpening(firstClause(describingText(tool.description))));
    QStringList words = clause.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() >= 2 && words.size() <= 16 && opensLikeVerb(words.front())) {
        const QString verb = imperative(words.front());
        if (!verb.isEmpty()) {
            words.front() = verb;
            for (qsizetype i = 1; i < words.size(); ++i) {
                // Keep names and acronyms; lower-case ordinary capitalised words.
                if (!isAcronym(words[i]) && i > 0 && words[i].size() > 1
                    && words[i].at(1).isLower())
                    words[i] = words[i].toLower();
            }
            QString phrase = words.join(QLatin1Char(' '));
            while (phrase.endsWith(QLatin1Char('.')) || phrase.endsWith(QLatin1Char(','))
                   || phrase.endsWith(QLatin1Char(':')))
                phrase.chop(1);
            if (!phrase.contains(QLatin1Char('{')) && !phrase.contains(QLatin1Char('<')))
                return phrase;
        }
    }
    QString name = humanize(tool.name);
    const QStringList nameParts = name.split(QLatin1Char(' '));
    if (!nameParts.isEmpty() && !opensLikeVerb(nameParts.front()))
        name.prepend(QStringLiteral("use "));
    return name;
}

QString topic(const Tool &tool)
{
    const QString name = humanize(tool.name);
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QSet<QString> verbs{
            QStringLiteral("get"),      QStringLiteral("list"),      QStringLiteral("find"),
            QStringLiteral("search"),   QStringLiteral("create"),    QStringLiteral("update"),
            QStringLiteral("modify"),   QStringLiteral("delete"),    QStringLiteral("remove"),
            QStringLiteral("add"),      QStringLiteral("set"),       QStringLiteral("cancel"),
            QStringLiteral("book"),     QStringLiteral("fetch"),     QStringLiteral("retrieve"),
            QStringLiteral("send"),     QStringLiteral("calculate"), QStringLiteral("check"),
            QStringLiteral("exchange"), QStringLiteral("return"),    QStringLiteral("show"),
            QStringLiteral("post"),     QStringLiteral("change"),    QStringLiteral("compute"),
            QStringLiteral("transfer"), QStringLiteral("place"),     QStringLiteral("view")};
    if (words.size() >= 2 && verbs.contains(words.front().toLower()))
        words.removeFirst();
    return words.join(QLatin1Char(' '));
}

std::pair<QString, QString> subject(const Json &arguments, const QString &hint)
{
    if (!arguments.is_object())
        return {};
    std::pair<QString, QString> fallback;
    std::pair<QString, QString> firstIdentifier;
    for (auto it = arguments.begin(); it != arguments.end(); ++it) {
        if (!it->is_string() && !it->is_number_integer())
            continue;
        const QString value = valueText(*it);
        if (value.isEmpty() || value.size() > 40 || value.contains(QLatin1Char(' ')))
            continue;
        const std::string &key = it.key();
        const bool identifies
                = key == "id" || (key.size() > 3 && key.compare(key.size() - 3, 3, "_id") == 0);
        if (identifies) {
            const QString name = QString::fromStdString(key);
            // "update the baggage of a reservation" is about the reservation id, not the
            // payment id that sorts before it.
            if (hint.isEmpty() || key == "id"
                || mentions(hint, humanize(name.chopped(3)).section(QLatin1Char(' '), -1)))
                return {name, value};
            if (firstIdentifier.second.isEmpty())
                firstIdentifier = {name, value};
            continue;
        }
        static const QRegularExpression naming(
                QStringLiteral("(name|title|email|username|path|symbol|code)$"));
        const bool names = QString::fromStdString(key).contains(naming);
        if (fallback.second.isEmpty() && it->is_string() && names)
            fallback = {QString::fromStdString(key), value};
    }
    return firstIdentifier.second.isEmpty() ? fallback : firstIdentifier;
}

QString valueText(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::string:
        return QString::fromStdString(value.get_ref<const std::string &>());
    case Json::value_t::number_integer:
        return QString::number(value.get<qint64>());
    case Json::value_t::number_unsigned:
        return QString::number(value.get<quint64>());
    case Json::value_t::number_float: {
        const double d = value.get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case Json::value_t::boolean:
        return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    case Json::value_t::null:
        return QStringLiteral("none");
    default:
        return QString::fromStdString(value.dump());
    }
}

bool mentions(const QString &userText, const QString &needle)
{
    if (needle.isEmpty())
        return false;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = userText.indexOf(needle, from, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        const qsizetype end = at + needle.size();
        const bool leftOk = at == 0 || !userText.at(at - 1).isLetterOrNumber()
                            || !needle.at(0).isLetterOrNumber();
        const bool rightOk = end >= userText.size() || !userText.at(end).isLetterOrNumber()
                             || !needle.back().isLetterOrNumber();
        if (leftOk && rightOk)
            return true;
        from = at + 1;
    }
}

bool hasDeclaredReturns(const Tool &tool)
{
    if (!tool.returns.is_object())
        return false;
    const auto it = tool.returns.find("properties");
    return it != tool.returns.end() && it->is_object() && !it->empty();
}

Json effectiveReturns(const Tool &tool)
{
    if (hasDeclaredReturns(tool))
        return tool.returns;
    Json properties = Json::object();
    properties["status"] = Json{{"type", "string"}, {"enum", {"ok"}}};
    const Json params = tool.parameters.value("properties", Json::object());
    for (auto it = params.begin(); it != params.end(); ++it) {
        const std::string &key = it.key();
        const bool identifies
                = key == "id" || (key.size() > 3 && key.compare(key.size() - 3, 3, "_id") == 0);
        if (identifies && it->is_object() && it->contains("type")
            && ((*it)["type"] == "string" || (*it)["type"] == "integer"))
            properties[key] = *it;
    }
    // "find_user_id_by_email" promises a user_id, "create_order" an order_id.
    const QStringList words = humanize(tool.name).toLower().split(QLatin1Char(' '));
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (words[i] == QLatin1String("id") && words[i - 1] != QLatin1String("by")) {
            const std::string key = (words[i - 1] + QStringLiteral("_id")).toStdString();
            if (!properties.contains(key))
                properties[key] = Json{{"type", "string"}, {"minLength", 6}};
        }
    }
    static const QStringList creates{QStringLiteral("create"), QStringLiteral("add"),
                                     QStringLiteral("book"),   QStringLiteral("register"),
                                     QStringLiteral("place"),  QStringLiteral("open")};
    if (words.size() >= 2 && creates.contains(words.front())) {
        const std::string key = (words.last() + QStringLiteral("_id")).toStdString();
        if (words.last() != QLatin1String("id") && !properties.contains(key))
            properties[key] = Json{{"type", "string"}, {"minLength", 6}};
    }
    properties["request_id"] = Json{{"type", "string"}, {"pattern", "^req_[a-z0-9]{8}$"}};
    Json required = Json::array();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        required.push_back(it.key());
    return Json{{"type", "object"},
                {"properties", std::move(properties)},
                {"required", std::move(required)},
                {"additionalProperties", false}};
}

} // namespace Callwright::ToolText
