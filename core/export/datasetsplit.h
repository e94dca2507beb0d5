#pragma once

#include <QHash>
#include <QString>

#include <unordered_map>

namespace Callwright {

/// A seeded train / validation split stratified by a key (the tool set of a dialogue), decided
/// in one pass: within each stratum dialogues go to validation at a steady rate of share,
/// starting at a phase set by the seed, so every stratum's validation count is within one of
/// share × its size, the whole is close to share, and the same seed and order give the same
/// split.
class StratifiedSplit final
{
public:
    StratifiedSplit(double share, quint64 seed);

    /// Whether the next dialogue of this stratum goes to validation.
    bool toValidation(const QString &stratum);

    /// The stratum key of a set of tool names: sorted and joined.
    static QString keyOf(qint64 catalogId, QStringList tools);

private:
    struct Stratum
    {
        qint64 seen = 0;
        qint64 taken = 0;
        double phase = 0;
    };
    double m_share;
    double m_start = 0; ///< from the seed
    std::unordered_map<QString, Stratum> m_strata;
};

} // namespace Callwright
