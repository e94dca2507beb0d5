// Strings and numbers for the synthesiser: formats, patterns, realistic field values, and
// numbers placed inside every bound with sensible precision.
#include "synthesis.h"

#include <cmath>

namespace Callwright::SchemaInternal {

namespace {

constexpr int kStringAttempts = 28;

// Cuts or pads to the length bounds, counting code points as the validator does.
std::string fitted(std::string s, qint64 minLength, qint64 maxLength, Rng &rng)
{
    if (maxLength >= 0 && codePointCount(s) > maxLength) {
        std::size_t cut = 0;
        for (qint64 points = 0; cut < s.size(); ++cut) {
            if ((static_cast<unsigned char>(s[cut]) & 0xC0) != 0x80 && points++ == maxLength)
                break;
        }
        s.resize(cut);
        while (!s.empty() && s.back() == ' ' && codePointCount(s) > minLength)
            s.pop_back();
    }
    while (codePointCount(s) < minLength)
        s += char('a' + rng.below(26));
    return s;
}

int decimalsOf(double step)
{
    for (int d = 0; d <= 9; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::fabs(scaled - std::nearbyint(scaled)) < 1e-9 * std::max(1.0, scaled))
            return d;
    }
    return 10;
}

double roundTo(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::nearbyint(v * scale) / scale;
}

struct Bound
{
    bool present = false;
    double value = 0;
    bool strict = false;
    const Json *written = nullptr; ///< as the schema spells it, for messages
};

void tighten(Bound &b, const Json *limit, bool strict, bool lower)
{
    if (limit == nullptr)
        return;
    const double v = limit->get<double>();
    if (!b.present || (lower ? v > b.value : v < b.value)) {
        b = {true, v, strict, limit};
    } else if (v == b.value) {
        b.strict = b.strict || strict;
    }
}

} // namespace

std::string Synthesis::formatted(Format format, const FieldValues::FieldHint &hint)
{
    const auto w = FieldValues::words(hint.name);
    const bool birth = std::any_of(w.begin(), w.end(), [](const std::string &x) {
        return x == "dob" || x == "birth" || x == "birthday" || x == "birthdate";
    });
    switch (format) {
    case Format::Date:
        return birth ? FieldValues::date(m_rng, 1950, 2005) : FieldValues::date(m_rng, 2024, 2025);
    case Format::DateTime:
        return FieldValues::dateTime(m_rng);
    case Format::Time:
        return FieldValues::time(m_rng);
    case Format::Email: {
        FieldValues::Persona local;
        FieldValues::Persona &p = hint.persona ? *hint.persona : local;
        if (p.first.empty())
            p = FieldValues::Persona::make(m_rng);
        return p.email();
    }
    case Format::Uri:
        return FieldValues::url(m_rng);
    case Format::Uuid:
        return FieldValues::uuid(m_rng);
    case Format::Ipv4:
        return FieldValues::ipv4(m_rng);
    case Format::Ipv6: {
        static const char hex[] = "0123456789abcdef";
        std::string s = "2001:db8";
        for (int group = 0; group < 2; ++group) {
            s += ':';
            for (int i = 0; i < 4; ++i)
                s += hex[m_rng.below(16)];
        }
        return s + "::" + std::to_string(m_rng.between(1, 9999));
    }
    case Format::Hostname:
        return FieldValues::hostname(m_rng);
    case Format::None:
    case Format::Other:
        break;
    }
    return FieldValues::phrase(m_rng);
}

Json Synthesis::string(const Conjunction &flat, const FieldValues::FieldHint &hint,
                       const std::string &path)
{
    qint64 minLength = 0;
    qint64 maxLength = -1;
    const Pattern *pattern = nullptr;
    Format format = Format::None;
    for (const Node *n : flat) {
        minLength = std::max(minLength, n->minLength);
        if (n->maxLength >= 0)
            maxLength = maxLength < 0 ? n->maxLength : std::min(maxLength, n->maxLength);
        if (n->pattern && !n->pattern->valid())
            fail(path, n,
                 "the pattern " + Json(n->pattern->source).dump()
                         + " is not a valid regular expression",
                 true);
        if (n->pattern && !pattern)
            pattern = n->pattern;
        if (format == Format::None && n->format != Format::None && n->format != Format::Other)
            format = n->format;
    }
    if (maxLength >= 0 && minLength > maxLength)
        fail(path, firstOf(flat),
             "minLength " + std::to_string(minLength) + " is greater than maxLength "
                     + std::to_string(maxLength),
             true);
    const RegexGenerator *generator = nullptr;
    if (pattern && m_d.generators.count(pattern) && m_d.generators.at(pattern))
        generator = &*m_d.generators.at(pattern);

    for (int attempt = 0; attempt < kStringAttempts; ++attempt) {
        std::string s;
        if (format != Format::None && attempt < 8) {
            s = formatted(format, hint);
        } else if (generator && attempt < 20) {
            // Longer repetitions only when short ones keep missing minLength.
            const int stretch = 3 + int(minLength) / 2 + (attempt >= 8 ? (attempt - 7) * 3 : 0);
            s = generator->generate(m_rng, stretch);
        } else if (attempt < 22 || (!pattern && attempt < 24)) {
            const auto guess = FieldValues::stringFor(hint, m_rng);
            s = guess ? *guess : FieldValues::phrase(m_rng);
        } else {
            s = FieldValues::phrase(m_rng);
        }
        s = fitted(std::move(s), minLength, maxLength, m_rng);
        const Json candidate = s;
        if (acceptsAll(flat, candidate))
            return candidate;
    }
    std::string why = "could not produce a string that satisfies";
    if (pattern)
        why += " the pattern " + pattern->source
               + (generator ? std::string() : " (" + m_d.generatorErrors.at(pattern) + ")");
    if (format != Format::None)
        why += std::string(pattern ? " and" : "") + " the format";
    if (minLength > 0 || maxLength >= 0)
        why += " with length " + std::to_string(minLength) + ".."
               + (maxLength >= 0 ? std::to_string(maxLength) : std::string("∞"));
    if (!pattern && format == Format::None && minLength == 0 && maxLength < 0)
        why += " the other constraints on it";
    fail(path, firstOf(flat), why, false);
}

Json Synthesis::number(const Conjunction &flat, const FieldValues::FieldHint &hint,
                       const std::string &path, bool integer)
{
    Bound lo;
    Bound hi;
    double step = 0;
    for (const Node *n : flat) {
        tighten(lo, n->minimum, n->minimumExclusive, true);
        tighten(lo, n->exclusiveMinimum, true, true);
        tighten(hi, n->maximum, n->maximumExclusive, false);
        tighten(hi, n->exclusiveMaximum, true, false);
        if (n->multipleOf && step == 0)
            step = n->multipleOf->get<double>();
    }
    const Node *at = firstOf(flat);
    if (lo.present && hi.present
        && (lo.value > hi.value || (lo.value == hi.value && (lo.strict || hi.strict)))) {
        fail(path, at,
             "the minimum " + lo.written->dump() + " is "
                     + (lo.value > hi.value ? "greater than" : "equal to") + " the maximum "
                     + hi.written->dump()
                     + (lo.value > hi.value ? "" : " and one of them is exclusive")
                     + ": no number satisfies both",
             true);
    }
    const FieldValues::NumberRange plausible = FieldValues::numberRangeFor(hint, integer);
    // The plausible window for the field where it overlaps the schema's bounds well enough;
    // otherwise the bounds themselves, closed with the plausible width where one is missing.
    const double width = plausible.hi - plausible.lo;
    double a = std::max(plausible.lo, lo.present ? lo.value : plausible.lo);
    double b = std::min(plausible.hi, hi.present ? hi.value : plausible.hi);
    if (a > b || b - a < 0.25 * width) {
        a = lo.present ? lo.value : hi.value - width;
        b = hi.present ? hi.value : lo.value + width;
    }
    const auto inside = [&](double v) {
        return (!lo.present || (lo.strict ? v > lo.value : v >= lo.value))
               && (!hi.present || (hi.strict ? v < hi.value : v <= hi.value));
    };
    const auto wholeRange = [&](double &from, double &to) {
        from = lo.present ? lo.value : a;
        to = hi.present ? hi.value : b;
    };
    if (integer || step != 0) {
        // Values are k * unit for whole k; an integer multiple of a fraction needs a whole unit.
        double unit = step != 0 ? step : 1;
        if (integer && step != 0 && decimalsOf(step) > 0) {
            double q = 1;
            while (q < 1e6 && decimalsOf(step * q) > 0)
                ++q;
            unit = step * q;
        }
        const int decimals = integer ? 0 : decimalsOf(unit);
        for (int window = 0; window < 2; ++window) {
            double from = a;
            double to = b;
            if (window == 1)
                wholeRange(from, to);
            if (std::fabs(from / unit) > 9e15 || std::fabs(to / unit) > 9e15)
                continue;
            qint64 kLo = qint64(std::ceil(from / unit));
            qint64 kHi = qint64(std::floor(to / unit));
            if (!inside(roundTo(double(kLo) * unit, decimals)))
                ++kLo;
            if (!inside(roundTo(double(kHi) * unit, decimals)))
                --kHi;
            if (kLo > kHi)
                continue;
            const double v = roundTo(double(m_rng.between(kLo, kHi)) * unit, decimals);
            if (integer || decimals == 0)
                return Json(qint64(v));
            return Json(v);
        }
        fail(path, at,
             std::string("no ") + (integer ? "integer" : "number")
                     + (step != 0 ? " that is a multiple of " + Json(step).dump() : "")
                     + " lies within the bounds",
             true);
    }
    for (int decimals = plausible.decimals; decimals <= 9; ++decimals) {
        const double scale = std::pow(10.0, decimals);
        if (std::fabs(a * scale) > 9e15 || std::fabs(b * scale) > 9e15)
            break;
        qint64 cLo = qint64(std::ceil(a * scale));
        qint64 cHi = qint64(std::floor(b * scale));
        if (!inside(double(cLo) / scale))
            ++cLo;
        if (!inside(double(cHi) / scale))
            --cHi;
        if (cLo > cHi)
            continue;
        const qint64 c = m_rng.between(cLo, cHi);
        if (decimals == 0)
            return Json(c);
        return Json(double(c) / scale);
    }
    // Bounds too wide or too tight for decimal steps: any double strictly inside will do.
    const double v = a + (b - a) * (0.25 + 0.5 * m_rng.unit());
    if (inside(v))
        return Json(v);
    fail(path, at, "no number lies within the bounds", true);
}

} // namespace Callwright::SchemaInternal
