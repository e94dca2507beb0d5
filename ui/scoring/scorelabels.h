#pragma once

#include <QCoreApplication>
#include <QString>

namespace Callwright {

/// Translated names of the scores, for charts, lists and rule editors.
struct ScoreLabels
{
    Q_DECLARE_TR_FUNCTIONS(ScoreLabels)

public:
    /// "Naturalness (1–5)", "Round similarity (SS)", ...; the metric itself when unknown.
    static QString name(const QString &metric);
    /// The parts each combined score is made of, in the order they are shown.
    static QStringList naturalnessParts();
    static QStringList coherenceParts();
};

} // namespace Callwright
