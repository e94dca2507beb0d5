#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

class QRegularExpression;

namespace Callwright {

class ProjectStore;

/// The prompts of the LLM-driven agents, checks and judges: built-in templates
/// (resources/prompts) that a project may override, each kept in the project's meta table as
/// "prompt/<name>". A template holds {{placeholders}} that render() fills.
class PromptTemplates final
{
public:
    /// planner, user, assistant, tool, backtranslation, judge_toolflow, judge_gem.
    static QStringList names();
    static QString builtIn(const QString &name);
    /// The placeholders a template must keep for its agent to see what it needs.
    static QStringList requiredPlaceholders(const QString &name);

    /// The project's overrides (none when store is null or has none).
    static PromptTemplates fromProject(const ProjectStore *store);
    /// Saves an override into the project; an empty text or the built-in text removes it.
    static bool saveOverride(ProjectStore &store, const QString &name, const QString &text);

    QString text(const QString &name) const;
    bool isOverridden(const QString &name) const { return m_overrides.contains(name); }
    void setOverride(const QString &name, const QString &text);

    /// Fills {{name}} with values[name]; a placeholder with no value is left as it is.
    static QString render(const QString &text, const QHash<QString, QString> &values);
    static QStringList placeholdersIn(const QString &text);
    /// {{name}}, spaces allowed inside the braces; capture 1 is the name.
    static const QRegularExpression &placeholderPattern();

private:
    QHash<QString, QString> m_overrides;
};

} // namespace Callwright
