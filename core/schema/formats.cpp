// Format assertions for the formats tools lean on, and the ECMA-262 to PCRE2 pattern bridge.
#include "compiledschema.h"

#include <QHostAddress>

#include <cstring>

namespace Callwright::SchemaInternal {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Reads exactly n digits at pos; -1 when they are not all there.
int digits(const std::string &s, std::size_t pos, std::size_t n)
{
    if (pos + n > s.size())
        return -1;
    int value = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (!isDigit(s[i]))
            return -1;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

bool isFullDate(const std::string &s, std::size_t pos)
{
    const int year = digits(s, pos, 4);
    const int month = digits(s, pos + 5, 2);
    const int day = digits(s, pos + 8, 2);
    return year >= 0 && s[pos + 4] == '-' && s[pos + 7] == '-' && month >= 1 && month <= 12
           && day >= 1 && day <= daysInMonth(year, month);
}

// RFC 3339 full-time: hh:mm:ss[.frac](Z|±hh:mm). A leap second must fall on 23:59 UTC.
bool isFullTime(const std::string &s, std::size_t pos)
{
    const int hour = digits(s, pos, 2);
    const int minute = digits(s, pos + 3, 2);
    const int second = digits(s, pos + 6, 2);
    if (hour < 0 || minute < 0 || second < 0 || s[pos + 2] != ':' || s[pos + 5] != ':' || hour > 23
        || minute > 59 || second > 60) {
        return false;
    }
    std::size_t at = pos + 8;
    if (at < s.size() && s[at] == '.') {
        const std::size_t start = ++at;
        while (at < s.size() && isDigit(s[at]))
            ++at;
        if (at == start)
            return false;
    }
    if (at >= s.size())
        return false;
    int offset = 0;
    if (s[at] == 'Z' || s[at] == 'z') {
        ++at;
    } else if (s[at] == '+' || s[at] == '-') {
        const int oh = digits(s, at + 1, 2);
        const int om = digits(s, at + 4, 2);
        if (oh < 0 || om < 0 || s[at + 3] != ':' || oh > 23 || om > 59)
            return false;
        offset = (s[at] == '+' ? 1 : -1) * (oh * 60 + om);
        at += 6;
    } else {
        return false;
    }
    if (at != s.size())
        return false;
    if (second == 60) {
        const int utc = ((hour * 60 + minute - offset) % 1440 + 1440) % 1440;
        return utc == 23 * 60 + 59;
    }
    return true;
}

bool isIpv4(const std::string &s)
{
    int parts = 0;
    std::size_t pos = 0;
    while (parts < 4) {
        std::size_t end = pos;
        while (end < s.size() && isDigit(s[end]))
            ++end;
        const std::size_t len = end - pos;
        if (len == 0 || len > 3 || (len > 1 && s[pos] == '0') || digits(s, pos, len) > 255)
            return false;
        ++parts;
        if (end == s.size())
            return parts == 4;
        if (s[end] != '.' || parts == 4)
            return false;
        pos = end + 1;
    }
    return false;
}

bool isHostname(const std::string &s)
{
    if (s.empty() || s.size() > 253)
        return false;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = std::min(s.find('.', start), s.size());
        const std::size_t len = end - start;
        if (len == 0 || len > 63 || s[start] == '-' || s[end - 1] == '-')
            return false;
        for (std::size_t i = start; i < end; ++i) {
            if (!isAlpha(s[i]) && !isDigit(s[i]) && s[i] != '-')
                return false;
        }
        if (end == s.size())
            return true;
        start = end + 1;
    }
}

bool isIpv6(const std::string &s)
{
    if (s.empty() || s.find_first_of("%[]/ ") != std::string::npos)
        return false;
    QHostAddress address;
    return address.setAddress(QString::fromStdString(s))
           && address.protocol() == QAbstractSocket::IPv6Protocol;
}

bool isEmail(const std::string &s)
{
    const std::size_t at = s.rfind('@');
    if (at == std::string::npos || at == 0 || at + 1 >= s.size())
        return false;
    const std::string local = s.substr(0, at);
    const std::string domain = s.substr(at + 1);
    if (local.size() >= 2 && local.front() == '"' && local.back() == '"') {
        for (std::size_t i = 1; i + 1 < local.size(); ++i) {
            if (static_cast<unsigned char>(local[i]) < 0x20
                || static_cast<unsigned char>(local[i]) > 0x7e)
                return false;
        }
    } else {
        static const char atext[] = "!#$%&'*+-/=?^_`{|}~";
        if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string::npos)
            return false;
        for (const char c : local) {
            if (!isAlpha(c) && !isDigit(c) && c != '.' && !std::strchr(atext, c))
                return false;
        }
    }
    if (domain.front() == '[' && domain.back() == ']') {
        const std::string literal = domain.substr(1, domain.size() - 2);
        return isIpv4(literal) || (literal.rfind("IPv6:", 0) == 0 && isIpv6(literal.substr(5)));
    }
    return isHostname(domain);
}

bool isUri(const std::string &s)
{
    if (s.empty() || !isAlpha(s[0]))
        return false;
    std::size_t pos = 1;
    while (pos < s.size()
           && (isAlpha(s[pos]) || isDigit(s[pos]) || s[pos] == '+' || s[pos] == '-'
               || s[pos] == '.')) {
        ++pos;
    }
    if (pos >= s.size() || s[pos] != ':')
        return false;
    // Square brackets may only wrap an IP literal host right after "//".
    std::size_t hostStart = std::string::npos;
    std::size_t hostEnd = std::string::npos;
    if (s.compare(pos + 1, 2, "//") == 0) {
        const std::size_t authority = pos + 3;
        const std::size_t end = std::min(s.find_first_of("/?#", authority), s.size());
        const std::size_t userEnd = s.rfind('@', end);
        hostStart = userEnd != std::string::npos && userEnd >= authority ? userEnd + 1 : authority;
        hostEnd = end;
    }
    static const char allowed[] = "-._~:/?#@!$&'()*+,;=";
    for (std::size_t i = pos + 1; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '%') {
            if (i + 2 >= s.size() || !isHex(s[i + 1]) || !isHex(s[i + 2]))
                return false;
            i += 2;
        } else if (c == '[' || c == ']') {
            if (i < hostStart || i >= hostEnd)
                return false;
            if (c == '[' && i != hostStart)
                return false;
        } else if (!isAlpha(c) && !isDigit(c) && !std::strchr(allowed, c)) {
            return false;
        }
    }
    return true;
}

bool isUuid(const std::string &s)
{
    if (s.size() != 36)
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !isHex(s[i]))
            return false;
    }
    return true;
}

} // namespace

Format formatFromName(const std::string &name)
{
    static const std::pair<const char *, Format> table[]
            = {{"date", Format::Date},        {"date-time", Format::DateTime},
               {"time", Format::Time},        {"email", Format::Email},
               {"uri", Format::Uri},          {"uuid", Format::Uuid},
               {"ipv4", Format::Ipv4},        {"ipv6", Format::Ipv6},
               {"hostname", Format::Hostname}};
    for (const auto &[text, format] : table) {
        if (name == text)
            return format;
    }
    return Format::Other;
}

bool checkFormat(Format format, const std::string &s)
{
    switch (format) {
    case Format::Date:
        return s.size() == 10 && isFullDate(s, 0);
    case Format::DateTime:
        return s.size() >= 20 && isFullDate(s, 0) && (s[10] == 'T' || s[10] == 't')
               && isFullTime(s, 11);
    case Format::Time:
        return s.size() >= 9 && isFullTime(s, 0);
    case Format::Email:
        return isEmail(s);
    case Format::Uri:
        return isUri(s);
    case Format::Uuid:
        return isUuid(s);
    case Format::Ipv4:
        return isIpv4(s);
    case Format::Ipv6:
        return isIpv6(s);
    case Format::Hostname:
        return isHostname(s);
    case Format::None:
    case Format::Other:
        return true;
    }
    return true;
}

QString ecmaToPcre(const std::string &pattern)
{
    // ECMA-262's \s also covers Unicode spaces that PCRE2 leaves out without UCP.
    static const char spaces[]
            = "\\t\\n\\v\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}"
              "\\x{205f}\\x{3000}\\x{feff}";
    std::string out;
    bool inClass = false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '\\' && i + 1 < pattern.size()) {
            const char e = pattern[i + 1];
            if (e == 'u' && i + 2 < pattern.size() && pattern[i + 2] == '{') {
                const std::size_t close = pattern.find('}', i + 3);
                if (close != std::string::npos) {
                    out += "\\x{" + pattern.substr(i + 3, close - i - 3) + "}";
                    i = close;
                    continue;
                }
            }
            if (e == 'u' && i + 5 < pattern.size() && isHex(pattern[i + 2])
                && isHex(pattern[i + 3]) && isHex(pattern[i + 4]) && isHex(pattern[i + 5])) {
                out += "\\x{" + pattern.substr(i + 2, 4) + "}";
                i += 5;
                continue;
            }
            if (e == 's') {
                out += inClass ? std::string(spaces) : "[" + std::string(spaces) + "]";
                ++i;
                continue;
            }
            if (e == 'S' && !inClass) {
                out += "[^" + std::string(spaces) + "]";
                ++i;
                continue;
            }
            out += c;
            out += e;
            ++i;
            continue;
        }
        if (inClass) {
            if (c == ']')
                inClass = false;
            out += c;
            continue;
        }
        if (c == '[') {
            if (pattern.compare(i, 3, "[^]") == 0) {
                out += "[\\s\\S]";
                i += 2;
                continue;
            }
            if (pattern.compare(i, 2, "[]") == 0) {
                out += "(?!)";
                ++i;
                continue;
            }
            inClass = true;
            out += c;
            continue;
        }
        if (c == '$') {
            out += "\\z";
            continue;
        }
        out += c;
    }
    return QString::fromStdString(out);
}

} // namespace Callwright::SchemaInternal
