#include "prompttemplates.h"

#include "store/projectstore.h"

#include <QFile>
#include <QRegularExpression>

namespace Callwright {

namespace {

QString metaKey(const QString &name)
{
    return QStringLiteral("prompt/") + name;
}

} // namespace

// Besides the agents' and judges' prompts, the four stages of the GEM corpus pipeline
// (core/corpus/llmcorpusengine.h): gem_relevance, gem_extraction, gem_grounding, gem_refinement.
const QRegularExpression &PromptTemplates::placeholderPattern()
{
    static const QRegularExpression re(
            QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}"));
    return re;
}

QStringList PromptTemplates::names()
{
    return {QStringLiteral("planner"),         QStringLiteral("user"),
            QStringLiteral("assistant"),       QStringLiteral("tool"),
            QStringLiteral("backtranslation"), QStringLiteral("judge_toolflow"),
            QStringLiteral("judge_gem"),       QStringLiteral("gem_relevance"),
            QStringLiteral("gem_extraction"),  QStringLiteral("gem_grounding"),
            QStringLiteral("gem_refinement")};
}

QString PromptTemplates::builtIn(const QString &name)
{
    // Read once: every agent turn, tool call, verdict and corpus stage asks for its template.
    static const QHash<QString, QString> texts = [] {
        QHash<QString, QString> all;
        for (const QString &n : names()) {
            QFile file(QStringLiteral(":/prompts/%1.md").arg(n));
            if (file.open(QIODevice::ReadOnly))
                all.insert(n, QString::fromUtf8(file.readAll()).trimmed());
        }
        return all;
    }();
    return texts.value(name);
}

QStringList PromptTemplates::requiredPlaceholders(const QString &name)
{
    if (name == QLatin1String("planner"))
        return {QStringLiteral("tools"), QStringLiteral("plan")};
    if (name == QLatin1String("user"))
        return {QStringLiteral("persona"), QStringLiteral("goal"), QStringLiteral("transcript"),
                QStringLiteral("step"), QStringLiteral("values")};
    if (name == QLatin1String("tool"))
        return {QStringLiteral("tool")};
    if (name == QLatin1String("backtranslation"))
        return {QStringLiteral("tools")};
    if (name == QLatin1String("judge_toolflow") || name == QLatin1String("judge_gem"))
        return {QStringLiteral("dialogue"), QStringLiteral("tools")};
    if (name == QLatin1String("gem_relevance") || name == QLatin1String("gem_extraction"))
        return {QStringLiteral("passage")};
    if (name == QLatin1String("gem_grounding"))
        return {QStringLiteral("passage"), QStringLiteral("steps"), QStringLiteral("tools")};
    if (name == QLatin1String("gem_refinement"))
        return {QStringLiteral("passage"), QStringLiteral("tools"), QStringLiteral("trajectory")};
    return {};
}

PromptTemplates PromptTemplates::fromProject(const ProjectStore *store)
{
    PromptTemplates t;
    if (!store || !store->isOpen())
        return t;
    for (const QString &name : names()) {
        const QString text = store->metaValue(metaKey(name));
        if (!text.trimmed().isEmpty())
            t.m_overrides.insert(name, text);
    }
    return t;
}

bool PromptTemplates::saveOverride(ProjectStore &store, const QString &name, const QString &text)
{
    const bool builtInText = text.trimmed() == builtIn(name);
    return store.setMetaValue(metaKey(name), builtInText ? QString() : text.trimmed());
}

QString PromptTemplates::text(const QString &name) const
{
    const auto it = m_overrides.constFind(name);
    return it != m_overrides.cend() ? *it : builtIn(name);
}

void PromptTemplates::setOverride(const QString &name, const QString &text)
{
    if (text.trimmed().isEmpty())
        m_overrides.remove(name);
    else
        m_overrides.insert(name, text);
}

QString PromptTemplates::render(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size() * 2);
    qsizetype from = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        const auto value = values.constFind(m.captured(1));
        out += value != values.cend() ? *value : m.captured(0);
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

QStringList PromptTemplates::placeholdersIn(const QString &text)
{
    QStringList out;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!out.contains(name))
            out << name;
    }
    return out;
}

} // namespace Callwright
