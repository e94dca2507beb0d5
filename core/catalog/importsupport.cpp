#include "importsupport.h"

#include "schema/jsonpointer.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <utility>
#include <vector>

namespace Callwright {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogImport)
};
} // namespace

std::optional<QByteArray> readImportFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > ImportLimits::kMaxFileBytes) {
        if (error) {
            const QLocale locale;
            *error = Tr::tr("%1: the file is %2, more than the %3 a catalog may have; split it "
                            "into smaller files")
                             .arg(path, locale.formattedDataSize(file.size()),
                                  locale.formattedDataSize(ImportLimits::kMaxFileBytes));
        }
        return std::nullopt;
    }
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = Tr::tr("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return data;
}

std::string pointerToken(std::string_view token)
{
    return JsonPointer::escape(token);
}

QString pointerToken(const QString &token)
{
    QString out = token;
    out.replace(QLatin1Char('~'), QStringLiteral("~0"));
    out.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return out;
}

std::optional<std::string> tooDeep(const Json &value, int maxDepth)
{
    struct Item
    {
        const Json *value;
        int depth;
        std::string pointer;
    };
    std::vector<Item> stack;
    stack.push_back({&value, 1, {}});
    while (!stack.empty()) {
        Item item = std::move(stack.back());
        stack.pop_back();
        if (!item.value->is_structured())
            continue;
        if (item.depth > maxDepth)
            return item.pointer.empty() ? std::string("/") : item.pointer;
        if (item.value->is_object()) {
            for (auto it = item.value->begin(); it != item.value->end(); ++it) {
                if (it->is_structured())
                    stack.push_back(
                            {&*it, item.depth + 1, item.pointer + '/' + pointerToken(it.key())});
            }
        } else {
            for (std::size_t i = 0; i < item.value->size(); ++i) {
                const Json &child = (*item.value)[i];
                if (child.is_structured())
                    stack.push_back(
                            {&child, item.depth + 1, item.pointer + '/' + std::to_string(i)});
            }
        }
    }
    return std::nullopt;
}

QString ToolNamer::take(const QString &name)
{
    // The rules of sanitizedToolName(), which is made of this.
    QString base;
    base.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        // One '_' per code point, not per UTF-16 unit.
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate())
            ++i;
        const bool valid = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                           || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                           || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                           || c == QLatin1Char('_') || c == QLatin1Char('-');
        base += valid ? c : QLatin1Char('_');
    }
    if (base.isEmpty())
        base = QStringLiteral("tool");
    base.truncate(64);
    QString candidate = base;
    for (int n = 2; m_taken.contains(candidate); ++n) {
        const QString suffix = QLatin1Char('_') + QString::number(n);
        candidate = base.left(64 - suffix.size()) + suffix;
    }
    m_taken.insert(candidate);
    return candidate;
}

bool takeToolName(Tool &tool, ToolNamer &namer, const QString &original)
{
    tool.name = namer.take(original);
    if (tool.name == original)
        return false;
    tool.origin.originalName = original;
    return true;
}

QString scalarText(const Json &value)
{
    if (value.is_string())
        return value.get<QString>();
    return toQString(value);
}

} // namespace Callwright
