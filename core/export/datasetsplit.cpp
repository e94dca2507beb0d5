#include "datasetsplit.h"

#include <QCryptographicHash>
#include <QStringList>

#include <cmath>
#include <cstring>

namespace Callwright {

StratifiedSplit::StratifiedSplit(double share, quint64 seed)
    : m_share(std::clamp(share, 0.0, 1.0))
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray::number(seed));
    const QByteArray digest = hash.result();
    quint64 bits = 0;
    std::memcpy(&bits, digest.constData(), sizeof bits);
    m_start = double(bits >> 11) / double(quint64(1) << 53);
}

bool StratifiedSplit::toValidation(const QString &stratum)
{
    if (m_share <= 0)
        return false;
    auto it = m_strata.find(stratum);
    if (it == m_strata.end()) {
        // Phases of successive strata step by the golden ratio from a seeded start: they
        // spread evenly over [0, 1), so the many strata of one or two dialogues add up to
        // close to share as a whole, which independent random phases would not.
        constexpr double kGolden = 0.6180339887498949;
        Stratum s;
        s.phase = std::fmod(m_start + double(m_strata.size()) * kGolden, 1.0);
        it = m_strata.emplace(stratum, s).first;
    }
    Stratum &s = it->second;
    ++s.seen;
    const auto target = qint64(std::floor(double(s.seen) * m_share + s.phase));
    if (target > s.taken) {
        ++s.taken;
        return true;
    }
    return false;
}

QString StratifiedSplit::keyOf(qint64 catalogId, QStringList tools)
{
    tools.sort();
    return QString::number(catalogId) + QLatin1Char(':') + tools.join(QLatin1Char('+'));
}

} // namespace Callwright
