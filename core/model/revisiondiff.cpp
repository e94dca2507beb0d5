#include "revisiondiff.h"

namespace Callwright {

namespace {

// RFC 6901 escaping of one reference token.
std::string escapeToken(const std::string &token)
{
    std::string out;
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

void diffInto(const Json &a, const Json &b, const std::string &pointer,
              std::vector<JsonChange> &out)
{
    if (a == b)
        return;
    const auto pointerText = [&] {
        return QString::fromStdString(pointer);
    };
    if (a.is_object() && b.is_object()) {
        for (auto it = a.begin(); it != a.end(); ++it) {
            const std::string child = pointer + '/' + escapeToken(it.key());
            const auto other = b.find(it.key());
            if (other == b.end())
                out.push_back({JsonChange::Kind::Removed, QString::fromStdString(child), it.value(),
                               Json()});
            else
                diffInto(it.value(), *other, child, out);
        }
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (!a.contains(it.key())) {
                out.push_back({JsonChange::Kind::Added,
                               QString::fromStdString(pointer + '/' + escapeToken(it.key())),
                               Json(), it.value()});
            }
        }
        return;
    }
    if (a.is_array() && b.is_array()) {
        // Element by element over the common length; a turn inserted or removed shows as the
        // shifted elements changing and one added or removed at the end.
        const std::size_t common = std::min(a.size(), b.size());
        for (std::size_t i = 0; i < common; ++i)
            diffInto(a[i], b[i], pointer + '/' + std::to_string(i), out);
        for (std::size_t i = common; i < a.size(); ++i)
            out.push_back({JsonChange::Kind::Removed,
                           QString::fromStdString(pointer + '/' + std::to_string(i)), a[i],
                           Json()});
        for (std::size_t i = common; i < b.size(); ++i)
            out.push_back({JsonChange::Kind::Added,
                           QString::fromStdString(pointer + '/' + std::to_string(i)), Json(),
                           b[i]});
        return;
    }
    out.push_back({JsonChange::Kind::Changed, pointerText(), a, b});
}

} // namespace

std::vector<JsonChange> diffJson(const Json &before, const Json &after)
{
    std::vector<JsonChange> out;
    diffInto(before, after, std::string(), out);
    return out;
}

} // namespace Callwright
