#include "pythoncall.h"

#include <cctype>

namespace Callwright::PythonCall {

namespace {

void literal(const Json &v, std::string &out)
{
    switch (v.type()) {
    case Json::value_t::null:
        out += "None";
        break;
    case Json::value_t::boolean:
        out += v.get<bool>() ? "True" : "False";
        break;
    case Json::value_t::string:
        out += '\'';
        for (char c : v.get_ref<const std::string &>()) {
            if (c == '\\' || c == '\'')
                out += '\\';
            if (c == '\n')
                out += "\\n";
            else if (c == '\r')
                out += "\\r";
            else if (c == '\t')
                out += "\\t";
            else
                out += c;
        }
        out += '\'';
        break;
    case Json::value_t::array: {
        out += '[';
        bool first = true;
        for (const Json &e : v) {
            out += first ? "" : ", ";
            first = false;
            literal(e, out);
        }
        out += ']';
        break;
    }
    case Json::value_t::object: {
        out += '{';
        bool first = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            out += first ? "" : ", ";
            first = false;
            literal(Json(it.key()), out);
            out += ": ";
            literal(it.value(), out);
        }
        out += '}';
        break;
    }
    default:
        out += v.dump(); // numbers: JSON and Python agree
    }
}

class Parser
{
public:
    explicit Parser(const std::string &text)
        : s(text)
    {}

    std::optional<Parsed> call(std::string *error)
    {
        Parsed p;
        skip();
        p.name = identifier(true);
        if (p.name.empty())
            return fail("a function name", error);
        skip();
        if (!eat('('))
            return fail("'('", error);
        skip();
        if (!eat(')')) {
            do {
                skip();
                const std::size_t mark = i;
                const std::string key = identifier(false);
                skip();
                if (!key.empty() && eat('=')) {
                    Json value;
                    if (!literalValue(value))
                        return fail("a Python literal", error);
                    if (p.keywords.contains(key))
                        return fail("each keyword once", error);
                    p.keywords[key] = std::move(value);
                } else {
                    i = mark;
                    Json value;
                    if (!literalValue(value))
                        return fail("a keyword argument or a literal", error);
                    ++p.positional;
                }
                skip();
            } while (eat(','));
            if (!eat(')'))
                return fail("',' or ')'", error);
        }
        skip();
        if (i != s.size())
            return fail("the end of the call", error);
        return p;
    }

private:
    std::optional<Parsed> fail(const char *expected, std::string *error)
    {
        if (error)
            *error = "expected " + std::string(expected) + " at character " + std::to_string(i + 1);
        return std::nullopt;
    }
    void skip()
    {
        while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i])))
            ++i;
    }
    bool eat(char c)
    {
        if (i < s.size() && s[i] == c) {
            ++i;
            return true;
        }
        return false;
    }
    std::string identifier(bool dotted)
    {
        const std::size_t start = i;
        while (i < s.size()
               && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_'
                   || (dotted && s[i] == '.' && i > start)))
            ++i;
        if (i > start && std::isdigit(static_cast<unsigned char>(s[start]))) {
            i = start;
            return {};
        }
        return s.substr(start, i - start);
    }
    bool literalValue(Json &out)
    {
        skip();
        if (i >= s.size())
            return false;
        const char c = s[i];
        if (c == '\'' || c == '"') {
            ++i;
            std::string text;
            while (i < s.size() && s[i] != c) {
                if (s[i] == '\\' && i + 1 < s.size()) {
                    const char e = s[++i];
                    text += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;
                } else {
                    text += s[i];
                }
                ++i;
            }
            if (!eat(c))
                return false;
            out = text;
            return true;
        }
        if (c == '[' || c == '(') {
            const char close = c == '[' ? ']' : ')';
            ++i;
            out = Json::array();
            skip();
            if (eat(close))
                return true;
            do {
                Json e;
                if (!literalValue(e))
                    return false;
                out.push_back(std::move(e));
                skip();
            } while (eat(',') && (skip(), i < s.size() && s[i] != close));
            return eat(close);
        }
        if (c == '{') {
            ++i;
            out = Json::object();
            skip();
            if (eat('}'))
                return true;
            do {
                Json key;
                if (!literalValue(key) || !key.is_string())
                    return false;
                skip();
                if (!eat(':'))
                    return false;
                Json value;
                if (!literalValue(value))
                    return false;
                out[key.get<std::string>()] = std::move(value);
                skip();
            } while (eat(','));
            return eat('}');
        }
        for (const auto &[word, value] :
             {std::pair<const char *, Json>{"True", true}, {"False", false}, {"None", nullptr}}) {
            const std::size_t n = std::char_traits<char>::length(word);
            if (s.compare(i, n, word) == 0) {
                i += n;
                out = value;
                return true;
            }
        }
        const std::size_t start = i;
        if (s[i] == '-' || s[i] == '+')
            ++i;
        while (i < s.size()
               && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.' || s[i] == 'e'
                   || s[i] == 'E'
                   || ((s[i] == '-' || s[i] == '+') && (s[i - 1] == 'e' || s[i - 1] == 'E'))))
            ++i;
        const std::string number = s.substr(start, i - start);
        if (number.empty() || !Json::accept(number == "-" ? std::string() : number)) {
            i = start;
            return false;
        }
        out = Json::parse(number);
        return true;
    }

    const std::string &s;
    std::size_t i = 0;
};

} // namespace

std::string format(const QString &name, const Json &arguments)
{
    std::string out = name.toStdString() + "(";
    bool first = true;
    if (arguments.is_object()) {
        for (auto it = arguments.begin(); it != arguments.end(); ++it) {
            out += first ? "" : ",";
            first = false;
            out += it.key() + "=";
            literal(it.value(), out);
        }
    }
    return out + ")";
}

std::optional<Parsed> parse(const std::string &text, std::string *error)
{
    return Parser(text).call(error);
}

} // namespace Callwright::PythonCall
