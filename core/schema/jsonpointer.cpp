#include "jsonpointer.h"

namespace Callwright::JsonPointer {

std::string escape(std::string_view token)
{
    std::string out;
    out.reserve(token.size());
    for (const char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::optional<std::vector<std::string>> split(std::string_view pointer)
{
    std::vector<std::string> tokens;
    if (pointer.empty())
        return tokens;
    if (pointer.front() != '/')
        return std::nullopt;
    std::size_t pos = 1;
    for (;;) {
        const std::size_t end = std::min(pointer.find('/', pos), pointer.size());
        std::string token;
        for (std::size_t i = pos; i < end; ++i) {
            if (pointer[i] != '~') {
                token += pointer[i];
                continue;
            }
            if (i + 1 >= end || (pointer[i + 1] != '0' && pointer[i + 1] != '1'))
                return std::nullopt;
            token += pointer[++i] == '0' ? '~' : '/';
        }
        tokens.push_back(std::move(token));
        if (end == pointer.size())
            break;
        pos = end + 1;
    }
    return tokens;
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::optional<std::string> percentDecode(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        if (i + 2 >= text.size())
            return std::nullopt;
        const int hi = hexValue(text[i + 1]);
        const int lo = hexValue(text[i + 2]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out += char(hi * 16 + lo);
        i += 2;
    }
    return out;
}

const Json *resolve(const Json &doc, std::string_view pointer)
{
    const auto tokens = split(pointer);
    if (!tokens)
        return nullptr;
    const Json *at = &doc;
    for (const std::string &token : *tokens) {
        if (at->is_object()) {
            const auto it = at->find(token);
            if (it == at->end())
                return nullptr;
            at = &*it;
        } else if (at->is_array()) {
            if (token.empty() || token.size() > 9 || (token.size() > 1 && token[0] == '0')
                || token.find_first_not_of("0123456789") != std::string::npos) {
                return nullptr;
            }
            const std::size_t index = std::stoul(token);
            if (index >= at->size())
                return nullptr;
            at = &(*at)[index];
        } else {
            return nullptr;
        }
    }
    return at;
}

} // namespace Callwright::JsonPointer
