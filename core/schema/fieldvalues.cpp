// Guesses what a field holds from its name, description and quoted examples, and makes a
// plausible value of that kind. Nothing here knows about schemas: the synthesiser checks every
// guess against the schema and falls back when a guess does not fit.
#include "fieldvalues.h"
#include "wordlists.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <set>

namespace Callwright::FieldValues {

namespace {

using namespace WordLists;

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

std::string twoDigits(int v)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", v);
    return buf;
}

bool has(const std::vector<std::string> &w, std::initializer_list<const char *> any)
{
    for (const std::string &word : w) {
        for (const char *a : any) {
            if (word == a)
                return true;
        }
    }
    return false;
}

bool isDateText(const std::string &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return re.match(QString::fromStdString(s)).hasMatch();
}

bool allUpper(const std::string &s, std::size_t length)
{
    return s.size() == length
           && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string digitsOf(Rng &rng, int count, bool leadingNonZero = false)
{
    std::string out;
    for (int i = 0; i < count; ++i)
        out += char('0' + (i == 0 && leadingNonZero ? rng.between(1, 9) : rng.between(0, 9)));
    return out;
}

std::string alnum(Rng &rng, int count, bool upper)
{
    static const char lowerSet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    static const char upperSet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::string out;
    for (int i = 0; i < count; ++i)
        out += (upper ? upperSet : lowerSet)[rng.below(32)];
    return out;
}

Persona &personaOf(const FieldHint &hint, Persona &fallback, Rng &rng)
{
    Persona &p = hint.persona ? *hint.persona : fallback;
    if (p.first.empty())
        p = Persona::make(rng);
    return p;
}

const City &cityOf(const FieldHint &hint, Persona &fallback, Rng &rng)
{
    return cities[std::size_t(personaOf(hint, fallback, rng).city)];
}

// A text frame of WordLists made into one text: "[a|b]" choices taken, {product}, {city},
// {first}, {day} and {company} filled.
std::string fromFrame(std::string_view frame, Rng &rng)
{
    std::string out;
    out.reserve(frame.size() + 16);
    std::size_t i = 0;
    while (i < frame.size()) {
        const char c = frame[i];
        const std::size_t close = c == '['   ? frame.find(']', i)
                                  : c == '{' ? frame.find('}', i)
                                             : std::string_view::npos;
        if (close == std::string_view::npos) {
            out += c; // plain text, or a bracket left open: taken as it is
            ++i;
        } else if (c == '[') {
            std::vector<std::string_view> options;
            std::size_t from = i + 1;
            for (std::size_t bar = frame.find('|', from); bar < close;
                 bar = frame.find('|', from)) {
                options.push_back(frame.substr(from, bar - from));
                from = bar + 1;
            }
            options.push_back(frame.substr(from, close - from));
            out += fromFrame(options[rng.below(options.size())], rng);
            i = close + 1;
        } else {
            const std::string_view slot = frame.substr(i + 1, close - i - 1);
            static const char *const days[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                               "Friday", "Saturday", "Sunday"};
            if (slot == "product")
                out += rng.pick(products);
            else if (slot == "city")
                out += rng.pick(cities).name;
            else if (slot == "first")
                out += rng.pick(firstNames);
            else if (slot == "company")
                out += rng.pick(companies);
            else if (slot == "day")
                out += rng.pick(days);
            else
                out.append(frame.substr(i, close - i + 1)); // not a slot: kept as written
            i = close + 1;
        }
    }
    return out;
}

std::string sentence(const std::vector<std::string> &w, Rng &rng)
{
    if (has(w, {"query", "search", "keyword", "keywords", "q", "term", "terms"}))
        return fromFrame(rng.pick(searches), rng);
    if (has(w, {"title", "subject", "headline", "topic"}))
        return fromFrame(rng.pick(titles), rng);
    return fromFrame(rng.pick(sentences), rng);
}

// An id with a short prefix taken from the field: order_id → ord_8f3k2.
std::string prefixedId(const std::vector<std::string> &w, Rng &rng)
{
    static const std::pair<const char *, const char *> known[]
            = {{"order", "ord"},    {"reservation", "res"}, {"product", "prod"},
               {"payment", "pay"},  {"transaction", "txn"}, {"invoice", "inv"},
               {"customer", "cus"}, {"account", "acct"},    {"session", "sess"},
               {"ticket", "tkt"},   {"booking", "bk"},      {"item", "item"},
               {"message", "msg"},  {"request", "req"},     {"event", "evt"},
               {"file", "file"}};
    const std::string &head = w.size() > 1 ? w.front() : std::string("id");
    std::string prefix = head.substr(0, 3);
    for (const auto &[word, abbreviation] : known) {
        if (head == word)
            prefix = abbreviation;
    }
    return prefix + "_" + alnum(rng, 5, false);
}

} // namespace

Persona Persona::make(Rng &rng)
{
    Persona p;
    p.first = rng.pick(firstNames);
    p.last = rng.pick(lastNames);
    p.number = int(rng.between(100, 9999));
    p.domain = rng.pick(emailDomains);
    // Mostly American, as the catalogs we imitate are.
    p.city = int(rng.chance(0.75) ? rng.below(20) : rng.below(cities.size()));
    return p;
}

std::string Persona::email() const
{
    const std::string name = lower(first) + "." + lower(last);
    return (number % 3 == 0 ? name + std::to_string(number % 100) : name) + "@" + domain;
}

std::string Persona::userId() const
{
    return lower(first) + "_" + lower(last) + "_" + std::to_string(number % 900 + 100);
}

std::vector<std::string> words(const std::string &name)
{
    std::vector<std::string> out;
    std::string current;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool upper = c >= 'A' && c <= 'Z';
        const bool boundary = upper && i > 0 && name[i - 1] >= 'a' && name[i - 1] <= 'z';
        if (!std::isalnum(static_cast<unsigned char>(c)) || boundary) {
            if (!current.empty())
                out.push_back(current);
            current.clear();
            if (!boundary)
                continue;
        }
        current += char(std::tolower(static_cast<unsigned char>(c)));
    }
    if (!current.empty())
        out.push_back(current);
    return out;
}

std::string singular(const std::string &name)
{
    const std::string l = lower(name);
    const auto ends = [&](const char *suffix) {
        const std::size_t n = std::char_traits<char>::length(suffix);
        return l.size() > n && l.compare(l.size() - n, n, suffix) == 0;
    };
    if (ends("ies"))
        return name.substr(0, name.size() - 3) + "y";
    if (ends("sses") || ends("xes") || ends("ches") || ends("shes") || ends("zes"))
        return name.substr(0, name.size() - 2);
    if (ends("s") && !ends("ss") && !ends("us") && !ends("is"))
        return name.substr(0, name.size() - 1);
    return name;
}

std::vector<std::string> examples(const std::string &description)
{
    static const QRegularExpression intro(
            QStringLiteral("(such as|e\\.g\\.|for example|for instance|example:|like)\\s*"),
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quotedRe(
            QStringLiteral("^\\s*(?:,|or|and)?\\s*(['\"`])(.*?)\\1"));
    std::vector<std::string> out;
    const QString text = QString::fromStdString(description);
    auto it = intro.globalMatch(text);
    while (it.hasNext()) {
        qsizetype at = it.next().capturedEnd();
        for (;;) {
            const auto m = quotedRe.match(text.mid(at));
            if (!m.hasMatch())
                break;
            out.push_back(m.captured(2).toStdString());
            at += m.capturedEnd();
        }
    }
    return out;
}

std::string reshape(const std::string &example, Rng &rng)
{
    const bool wordy = example.find_first_of("_- ") != std::string::npos;
    const std::size_t firstDigit = example.find_first_of("0123456789");
    bool lettersAfterDigits = false;
    for (std::size_t i = firstDigit == std::string::npos ? example.size() : firstDigit;
         i < example.size(); ++i) {
        lettersAfterDigits
                = lettersAfterDigits || std::isalpha(static_cast<unsigned char>(example[i]));
    }
    // Letters mixed into digits are data (ZFA04Y); a prefix or separated words are a fixed part.
    const bool newLetters = lettersAfterDigits && !wordy;
    std::string out;
    bool runStart = true;
    for (const char c : example) {
        if (c >= '0' && c <= '9') {
            out += char('0' + (runStart && c != '0' ? rng.between(1, 9) : rng.between(0, 9)));
            runStart = false;
            continue;
        }
        runStart = true;
        if (newLetters && c >= 'A' && c <= 'Z')
            out += char('A' + rng.below(26));
        else if (newLetters && c >= 'a' && c <= 'z')
            out += char('a' + rng.below(26));
        else
            out += c;
    }
    return out;
}

std::string date(Rng &rng, int fromYear, int toYear)
{
    const int year = int(rng.between(fromYear, toYear));
    const int month = int(rng.between(1, 12));
    const int day = int(rng.between(1, 28));
    return std::to_string(year) + "-" + twoDigits(month) + "-" + twoDigits(day);
}

std::string time(Rng &rng)
{
    return twoDigits(int(rng.between(7, 21))) + ":" + twoDigits(int(rng.below(4) * 15)) + ":00Z";
}

std::string dateTime(Rng &rng)
{
    return date(rng, 2024, 2025) + "T" + time(rng);
}

std::string uuid(Rng &rng)
{
    static const char hex[] = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            out += '-';
        // Version 4, RFC 4122 variant, as real random UUIDs are.
        out += i == 12 ? '4' : i == 16 ? hex[8 + rng.below(4)] : hex[rng.below(16)];
    }
    return out;
}

std::string ipv4(Rng &rng)
{
    static const int firsts[] = {10, 172, 192, 34, 52, 104};
    return std::to_string(rng.pick(firsts)) + "." + std::to_string(rng.between(0, 255)) + "."
           + std::to_string(rng.between(0, 255)) + "." + std::to_string(rng.between(1, 254));
}

std::string hostname(Rng &rng)
{
    return std::string(rng.pick(nouns)) + "." + rng.pick(emailDomains);
}

std::string url(Rng &rng)
{
    return "https://www." + std::string(rng.pick(nouns)) + "-" + rng.pick(nouns) + ".example.com/"
           + rng.pick(nouns) + "/" + std::to_string(rng.between(100, 9999));
}

std::string phrase(Rng &rng)
{
    return std::string(rng.pick(adjectives)) + " " + rng.pick(nouns);
}

std::optional<std::string> stringFor(const FieldHint &hint, Rng &rng)
{
    const std::vector<std::string> w = words(hint.name);
    const std::string desc = lower(hint.description);
    const std::vector<std::string> samples = examples(hint.description);
    const std::string sample = samples.empty() ? std::string() : rng.pick(samples);
    const std::string key = [&] {
        std::string k;
        for (const std::string &part : w)
            k += (k.empty() ? "" : "_") + part;
        return k;
    }();
    const auto mentions = [&](const char *text) {
        return desc.find(text) != std::string::npos;
    };
    Persona local;
    const auto person = [&]() -> Persona & {
        return personaOf(hint, local, rng);
    };

    if (has(w, {"email", "mail"}) || key == "e_mail")
        return person().email();
    if (key == "first_name" || key == "firstname" || key == "given_name" || key == "fname")
        return person().first;
    if (key == "last_name" || key == "lastname" || key == "surname" || key == "family_name"
        || key == "lname") {
        return person().last;
    }
    if (key == "user_id" || key == "username" || key == "user_name" || key == "login"
        || key == "handle") {
        static const QRegularExpression style(QStringLiteral("^[a-z]+_[a-z]+_\\d+$"));
        if (sample.empty() || style.match(QString::fromStdString(sample)).hasMatch())
            return person().userId();
        return reshape(sample, rng);
    }
    if (has(w, {"name"})) {
        if (has(w, {"city", "town"}))
            return std::string(cityOf(hint, local, rng).name);
        if (has(w, {"company", "organization", "organisation", "business", "employer"}))
            return std::string(rng.pick(companies));
        if (has(w, {"product", "item"}))
            return std::string(rng.pick(products));
        if (has(w, {"file"}))
            return std::string(rng.pick(nouns)) + "_" + digitsOf(rng, 4) + ".pdf";
        if (w.size() == 1
            || has(w, {"full", "customer", "passenger", "contact", "recipient", "owner", "holder",
                       "guest", "patient", "employee", "author", "sender", "person", "member",
                       "client", "traveler", "traveller", "driver", "display"})) {
            return person().fullName();
        }
    }
    if (has(w, {"dob", "birthday", "birthdate"}) || (has(w, {"birth"}) && has(w, {"date"})))
        return date(rng, 1950, 2005);
    if (has(w, {"datetime", "timestamp"}) || (w.size() > 1 && w.back() == "at")
        || mentions("date-time") || mentions("iso 8601")) {
        return dateTime(rng);
    }
    if (has(w, {"date", "day"}) || mentions("yyyy-mm-dd") || isDateText(sample)) {
        int year = 2024;
        if (isDateText(sample))
            year = std::stoi(sample.substr(0, 4));
        return date(rng, year, year + 1);
    }
    if (w.size() >= 1 && w.back() == "time")
        return twoDigits(int(rng.between(7, 21))) + ":" + twoDigits(int(rng.below(4) * 15));
    if (has(w, {"phone", "mobile", "telephone", "tel", "cell", "fax"})) {
        if (!sample.empty())
            return reshape(sample, rng);
        return "+1-" + digitsOf(rng, 3, true) + "-555-" + digitsOf(rng, 4);
    }
    if (has(w, {"city", "town"}))
        return std::string(cityOf(hint, local, rng).name);
    if (has(w, {"country"})) {
        const City &c = cityOf(hint, local, rng);
        if (allUpper(sample, 2) || has(w, {"code"}))
            return std::string(c.iso2);
        return std::string(allUpper(sample, 3) ? c.iso3 : c.country);
    }
    if (has(w, {"state", "province"}))
        return std::string(cityOf(hint, local, rng).state);
    if (has(w, {"zip", "zipcode", "postal", "postcode"}))
        return sample.empty() ? digitsOf(rng, 5, true) : reshape(sample, rng);
    if (key == "address2" || key == "address_line2" || key == "line2"
        || has(w, {"apartment", "apt", "suite", "unit"})) {
        static const char *const forms[] = {"Apt ", "Suite ", "Unit "};
        return std::string(rng.pick(forms)) + std::to_string(rng.between(1, 40))
               + (rng.chance(0.3) ? std::string(1, char('A' + rng.below(4))) : std::string());
    }
    if (has(w, {"ip", "ipv4"}))
        return ipv4(rng);
    if (has(w, {"address", "address1", "street", "line1"})) {
        return std::to_string(rng.between(1, 9899)) + " " + rng.pick(streets) + " "
               + rng.pick(streetTypes);
    }
    if (has(w, {"url", "uri", "link", "website", "homepage", "endpoint", "webhook"}))
        return url(rng);
    if (has(w, {"host", "hostname", "domain"}))
        return hostname(rng);
    if (has(w, {"uuid", "guid"}))
        return uuid(rng);
    if (mentions("iata") || mentions("airport")
        || (allUpper(sample, 3)
            && has(w, {"origin", "destination", "from", "to", "departure", "arrival"}))) {
        return std::string(rng.pick(airports).code);
    }
    if (has(w, {"currency"}))
        return std::string(
                rng.pick(std::array<const char *, 5>{"USD", "EUR", "GBP", "JPY", "CAD"}));
    if (has(w, {"language", "lang", "locale"}))
        return std::string(rng.pick(std::array<const char *, 5>{"en", "es", "fr", "de", "ja"}));
    if (has(w, {"timezone", "tz"})) {
        return std::string(rng.pick(std::array<const char *, 4>{
                "America/New_York", "Europe/London", "Asia/Tokyo", "America/Los_Angeles"}));
    }
    if (has(w, {"color", "colour"}))
        return std::string(rng.pick(
                std::array<const char *, 6>{"red", "blue", "green", "black", "white", "silver"}));
    if (has(w, {"company", "organization", "organisation", "employer"}))
        return std::string(rng.pick(companies));
    if (has(w, {"product"}) && !has(w, {"id"}))
        return std::string(rng.pick(products));
    if (has(w, {"password", "secret", "token"}) || key == "api_key")
        return alnum(rng, 24, false);
    if (has(w, {"summary",  "thought",  "description", "message",      "text",     "comment",
                "comments", "note",     "notes",       "reason",       "content",  "body",
                "feedback", "question", "answer",      "instructions", "details",  "explanation",
                "review",   "query",    "search",      "keyword",      "keywords", "q",
                "term",     "title",    "subject",     "headline",     "topic",    "prompt"})) {
        return sentence(w, rng);
    }
    if (!sample.empty())
        return reshape(sample, rng);
    const std::string last = w.empty() ? std::string() : w.back();
    if (last == "id" || last == "ref" || last == "reference" || last == "key") {
        if (w.size() > 1 && w.front() == "user")
            return person().userId();
        return prefixedId(w, rng);
    }
    if (last == "number" || last == "num" || last == "no")
        return digitsOf(rng, 8, true);
    if (last == "code")
        return alnum(rng, 6, true);
    return std::nullopt;
}

Kind kindFor(const FieldHint &hint)
{
    const std::vector<std::string> w = words(hint.name);
    if (!w.empty()
        && (w.front() == "is" || w.front() == "has" || w.front() == "can" || w.front() == "should"
            || w.back() == "enabled" || w.back() == "flag")) {
        return Kind::Boolean;
    }
    const NumberRange r = numberRangeFor(hint, false);
    if (r.decimals > 0)
        return Kind::Number;
    if (has(w, {"count", "quantity", "qty", "age", "year", "limit", "page", "offset", "size"}))
        return Kind::Integer;
    return Kind::Text;
}

NumberRange numberRangeFor(const FieldHint &hint, bool integer)
{
    const std::vector<std::string> w = words(hint.name);
    const int money = integer ? 0 : 2;
    if (has(w, {"quantity", "qty", "count", "baggages", "bags", "seats", "guests", "nights",
                "adults", "children", "passengers", "items", "num", "number", "tickets"})) {
        return {1, 5, 0};
    }
    if (has(w, {"amount", "price", "cost", "total", "fee", "balance", "payment", "subtotal",
                "refund", "salary", "budget", "charge", "fare", "tip", "tax", "credit"})) {
        return {5, 500, money};
    }
    if (has(w, {"latitude", "lat"}))
        return {-60, 70, integer ? 0 : 4};
    if (has(w, {"longitude", "lng", "lon"}))
        return {-180, 180, integer ? 0 : 4};
    if (has(w, {"percent", "percentage", "discount", "rate"}))
        return {0, 100, integer ? 0 : 1};
    if (has(w, {"rating", "stars", "score"}))
        return {1, 5, integer ? 0 : 1};
    if (has(w, {"age"}))
        return {18, 85, 0};
    if (has(w, {"year"}))
        return {1990, 2030, 0};
    if (has(w, {"month"}))
        return {1, 12, 0};
    if (has(w, {"day"}))
        return {1, 28, 0};
    if (has(w, {"hour", "hours"}))
        return {0, 23, 0};
    if (has(w, {"minute", "minutes", "second", "seconds", "duration", "timeout"}))
        return {1, 120, 0};
    if (has(w, {"limit", "size", "top", "max", "results"}))
        return {1, 50, 0};
    if (has(w, {"page", "offset"}))
        return {0, 10, 0};
    if (has(w, {"weight", "kg"}))
        return {0.5, 40, integer ? 0 : 1};
    if (has(w, {"temperature", "temp"}))
        return {-10, 35, integer ? 0 : 1};
    if (has(w, {"id"}))
        return {1000, 99999, 0};
    return integer ? NumberRange{1, 100, 0} : NumberRange{1, 1000, 2};
}

} // namespace Callwright::FieldValues
