#include "fieldtext.h"

#include <QHash>
#include <QSet>

#include <initializer_list>

namespace Callwright::FieldText {

namespace {

QSet<QString> wordSet(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    for (const char *w : words)
        set.insert(QString::fromLatin1(w));
    return set;
}

QHash<QString, QString> wordMap(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    QHash<QString, QString> map;
    for (const auto &p : pairs)
        map.insert(QString::fromLatin1(p.first), QString::fromLatin1(p.second));
    return map;
}

// Words that end in s but are singular already.
const QSet<QString> &singularExceptions()
{
    static const QSet<QString> words = wordSet(
            {"status",     "address",   "alias",      "canvas",    "news",     "series",
             "species",    "analysis",  "basis",      "axis",      "bus",      "gas",
             "yes",        "this",      "its",        "was",       "has",      "is",
             "as",         "us",        "plus",       "minus",     "bonus",    "campus",
             "census",     "corpus",    "virus",      "thesis",    "focus",    "radius",
             "genus",      "ios",       "macos",      "dns",       "https",    "sms",
             "mms",        "gps",       "aws",        "less",      "across",   "always",
             "perhaps",    "whereas",   "various",    "previous",  "famous",   "does",
             "afterwards", "towards",   "sometimes",  "lens",      "chaos",    "apparatus",
             "atlas",      "ethos",     "cosmos",     "pancreas",  "diabetes", "mathematics",
             "physics",    "economics", "statistics", "analytics", "metrics",  "lyrics",
             "ncaas",      "nbas",      "cvs",        "dos"});
    return words;
}

const QHash<QString, QString> &irregularPlurals()
{
    static const QHash<QString, QString> map = wordMap(
            {{"children", "child"},       {"people", "person"},     {"men", "man"},
             {"women", "woman"},          {"feet", "foot"},         {"teeth", "tooth"},
             {"mice", "mouse"},           {"geese", "goose"},       {"indices", "index"},
             {"matrices", "matrix"},      {"vertices", "vertex"},   {"criteria", "criterion"},
             {"phenomena", "phenomenon"}, {"analyses", "analysis"}, {"leaves", "leaf"},
             {"lives", "life"},           {"wives", "wife"},        {"knives", "knife"},
             {"movies", "movie"},         {"cookies", "cookie"},    {"series", "series"}});
    return map;
}

// One spelling for words that name the same thing in identifiers.
const QHash<QString, QString> &identifierSynonyms()
{
    static const QHash<QString, QString> map
            = wordMap({{"identifier", "id"},    {"ident", "id"},
                       {"uid", "id"},           {"uuid", "id"},
                       {"guid", "id"},          {"no", "number"},
                       {"num", "number"},       {"nr", "number"},
                       {"nbr", "number"},       {"qty", "quantity"},
                       {"addr", "address"},     {"desc", "description"},
                       {"msg", "message"},      {"img", "image"},
                       {"pic", "image"},        {"picture", "image"},
                       {"photo", "image"},      {"usr", "user"},
                       {"amt", "amount"},       {"tel", "phone"},
                       {"telephone", "phone"},  {"mobile", "phone"},
                       {"mail", "email"},       {"loc", "location"},
                       {"lat", "latitude"},     {"lng", "longitude"},
                       {"lon", "longitude"},    {"cnt", "count"},
                       {"dir", "directory"},    {"folder", "directory"},
                       {"postcode", "zip"},     {"zipcode", "zip"},
                       {"cfg", "config"},       {"configuration", "config"},
                       {"param", "parameter"},  {"pwd", "password"},
                       {"passwd", "password"},  {"ts", "timestamp"},
                       {"dob", "birthday"},     {"src", "source"},
                       {"dest", "destination"}, {"dst", "destination"},
                       {"lang", "language"},    {"acct", "account"},
                       {"org", "organization"}, {"organisation", "organization"},
                       {"ccy", "currency"}});
    return map;
}

// Closed compounds that name two things ("username" is a user's name).
const QHash<QString, QString> &compounds()
{
    static const QHash<QString, QString> map
            = wordMap({{"username", "user name"},   {"userid", "user id"},
                       {"filename", "file name"},   {"filepath", "file path"},
                       {"firstname", "first name"}, {"lastname", "last name"},
                       {"fullname", "full name"},   {"dirname", "directory name"},
                       {"hostname", "host name"},   {"emailaddress", "email address"},
                       {"orderid", "order id"},     {"accountid", "account id"},
                       {"startdate", "start date"}, {"enddate", "end date"},
                       {"pagesize", "page size"},   {"sessionid", "session id"},
                       {"productid", "product id"}, {"itemid", "item id"},
                       {"birthdate", "birthday"},   {"dateofbirth", "birthday"},
                       {"timezone", "time zone"},   {"keyword", "keyword"},
                       {"playlist", "playlist"},    {"webhook", "webhook"}});
    return map;
}

// "key" names a record (order_key) unless it is a credential or an ordering.
const QSet<QString> &keyQualifiers()
{
    static const QSet<QString> words = wordSet(
            {"api",     "access",      "secret",       "private",   "public",  "encryption",
             "license", "sort",        "hash",         "partition", "primary", "foreign",
             "ssh",     "signing",     "subscription", "app",       "client",  "master",
             "session", "idempotency", "cache",        "map",       "dict",    "json"});
    return words;
}

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = wordSet(
            {"a",      "an",        "the",       "and",       "or",       "but",     "if",
             "then",   "else",      "of",        "to",        "in",       "on",      "at",
             "by",     "for",       "with",      "from",      "into",     "onto",    "about",
             "as",     "is",        "are",       "was",       "were",     "be",      "been",
             "being",  "it",        "its",       "this",      "that",     "these",   "those",
             "there",  "their",     "they",      "them",      "he",       "she",     "his",
             "her",    "we",        "our",       "you",       "your",     "i",       "me",
             "my",     "can",       "could",     "should",    "would",    "will",    "shall",
             "may",    "might",     "must",      "do",        "does",     "did",     "done",
             "has",    "have",      "had",       "not",       "no",       "yes",     "so",
             "such",   "e",         "g",         "eg",        "ie",       "etc",     "example",
             "which",  "who",       "whom",      "whose",     "what",     "when",    "where",
             "why",    "how",       "all",       "any",       "each",     "every",   "some",
             "other",  "only",      "also",      "just",      "very",     "more",    "most",
             "less",   "than",      "too",       "up",        "down",     "out",     "over",
             "under",  "again",     "once",      "here",      "both",     "either",  "neither",
             "own",    "same",      "via",       "per",       "using",    "use",     "used",
             "given",  "specified", "specify",   "optional",  "required", "default", "defaults",
             "value",  "values",    "parameter", "provided",  "provide",  "if",      "whether",
             "like",   "need",      "needs",     "want",      "one",      "get",     "set",
             "s",      "t",         "etc",       "otherwise", "else",     "because", "while",
             "during", "before",    "after",     "between",   "without",  "within",  "upon",
             "among",  "being"});
    return words;
}

const QSet<QString> &toolVerbs()
{
    static const QSet<QString> words = wordSet(
            {"get",       "find",      "fetch",     "list",         "search",   "lookup",
             "look",      "retrieve",  "read",      "query",        "show",     "view",
             "check",     "load",      "download",  "describe",     "count",    "browse",
             "create",    "add",       "make",      "book",         "new",      "register",
             "generate",  "open",      "insert",    "post",         "upload",   "reserve",
             "issue",     "request",   "login",     "authenticate", "sign",     "update",
             "modify",    "edit",      "set",       "change",       "patch",    "put",
             "rename",    "move",      "delete",    "remove",       "cancel",   "close",
             "resolve",   "archive",   "send",      "transfer",     "exchange", "return",
             "calculate", "compute",   "convert",   "validate",     "verify",   "purchase",
             "buy",       "sell",      "start",     "stop",         "schedule", "submit",
             "track",     "logout",    "think",     "reset",        "refund",   "pay",
             "apply",     "assign",    "approve",   "reject",       "notify",   "play",
             "pause",     "translate", "estimate",  "predict",      "analyze",  "analyse",
             "plot",      "sort",      "filter",    "echo",         "copy",     "grep",
             "cat",       "ls",        "cd",        "mkdir",        "touch",    "rm",
             "mv",        "cp",        "diff",      "tail",         "wc",       "du",
             "pwd",       "recommend", "suggest",   "compare",      "fill",     "mark",
             "save",      "share",     "subscribe", "unsubscribe",  "invite",   "follow",
             "unfollow",  "like",      "comment",   "reply",        "block",    "unblock",
             "lock",      "unlock",    "enable",    "disable",      "activate", "deactivate",
             "allocate",  "release"});
    return words;
}

const QSet<QString> &producerVerbs()
{
    static const QSet<QString> words = wordSet(
            {"get",      "find",   "fetch",        "list",    "search",   "lookup",  "look",
             "retrieve", "read",   "query",        "show",    "view",     "load",    "describe",
             "browse",   "create", "add",          "make",    "book",     "new",     "register",
             "generate", "open",   "insert",       "post",    "upload",   "reserve", "issue",
             "request",  "login",  "authenticate", "sign",    "purchase", "buy",     "start",
             "schedule", "submit", "recommend",    "suggest", "estimate", "predict", "allocate"});
    return words;
}

const QSet<QString> &nameBreaks()
{
    static const QSet<QString> words
            = wordSet({"by",    "for",  "with", "from", "in",  "on", "of",  "to", "using", "via",
                       "given", "into", "at",   "per",  "and", "or", "the", "a",  "an",    "all"});
    return words;
}

const QSet<QString> &recordWords()
{
    static const QSet<QString> words
            = wordSet({"detail", "info", "information", "data", "record", "profile", "list",
                       "entry", "object", "collection", "overview"});
    return words;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Splits on anything that is not a letter or digit, and at case and letter/digit changes.
QStringList splitParts(const QString &s)
{
    QStringList parts;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            parts << current;
        current.clear();
    };
    const int n = int(s.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        if (!isWordChar(c)) {
            flush();
            continue;
        }
        if (!current.isEmpty()) {
            const QChar prev = s.at(i - 1);
            const bool lowerToUpper = prev.isLower() && c.isUpper();
            // "HTTPServer": a capital followed by a lower-case letter starts a word.
            const bool acronymEnd
                    = prev.isUpper() && c.isUpper() && i + 1 < n && s.at(i + 1).isLower();
            const bool digitChange = prev.isDigit() != c.isDigit();
            if (lowerToUpper || acronymEnd || digitChange)
                flush();
        }
        current += c;
    }
    flush();
    return parts;
}

bool isNumber(const QString &word)
{
    for (const QChar c : word) {
        if (!c.isDigit())
            return false;
    }
    return !word.isEmpty();
}

// Appends the words of a closed compound ("username": user, name); false for other words.
bool appendCompound(QStringList *words, const QString &word)
{
    const auto compound = compounds().constFind(word);
    if (compound == compounds().cend())
        return false;
    *words << compound->split(QLatin1Char(' '));
    return true;
}

// singular() leaves words of three letters alone, "ids" among them.
QString singularPart(const QString &word)
{
    return word == QLatin1String("ids") ? QStringLiteral("id") : singular(word);
}

} // namespace

QString singular(const QString &word)
{
    if (word.size() <= 3)
        return word;
    const auto irregular = irregularPlurals().constFind(word);
    if (irregular != irregularPlurals().cend())
        return *irregular;
    if (singularExceptions().contains(word))
        return word;
    if (word.endsWith(QLatin1String("ies")) && word.size() > 4)
        return word.left(word.size() - 3) + QLatin1Char('y');
    for (const char *suffix : {"sses", "shes", "ches", "xes", "zes", "uses"}) {
        if (word.endsWith(QLatin1String(suffix)))
            return word.left(word.size() - 2);
    }
    if (word.endsWith(QLatin1String("ss")) || word.endsWith(QLatin1String("us"))
        || word.endsWith(QLatin1String("is")))
        return word;
    if (word.endsWith(QLatin1Char('s')))
        return word.left(word.size() - 1);
    return word;
}

QStringList identifierWords(const QString &identifier, QString *ordinal)
{
    QStringList words;
    const QStringList parts = splitParts(identifier);
    for (const QString &part : parts) {
        if (isNumber(part)) {
            if (ordinal)
                *ordinal = part;
            continue;
        }
        const QString lower = part.toLower();
        if (appendCompound(&words, lower))
            continue;
        QString w = singularPart(lower);
        w = identifierSynonyms().value(w, w);
        if (w == QLatin1String("key") && !words.isEmpty()
            && !keyQualifiers().contains(words.constLast()))
            w = QStringLiteral("id");
        words << w;
    }
    return words;
}

QStringList textWords(const QString &text)
{
    QStringList words;
    const QStringList parts = splitParts(text);
    for (const QString &part : parts) {
        if (isNumber(part))
            continue;
        const QString lower = part.toLower();
        if (stopWords().contains(lower) || lower.size() < 2 || appendCompound(&words, lower))
            continue;
        QString w = singularPart(lower);
        // "no" and "number" stay themselves in prose; only spellings of things map.
        const QString mapped = identifierSynonyms().value(w, w);
        if (mapped != QLatin1String("number"))
            w = mapped;
        if (!stopWords().contains(w))
            words << w;
    }
    return words;
}

bool isToolVerb(const QString &word)
{
    return toolVerbs().contains(word);
}

bool isProducerVerb(const QString &word)
{
    return producerVerbs().contains(word);
}

bool isNameBreak(const QString &word)
{
    return nameBreaks().contains(word);
}

bool isRecordWord(const QString &word)
{
    return recordWords().contains(word);
}

} // namespace Callwright::FieldText
