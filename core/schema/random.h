#pragma once

#include <QtGlobal>

#include <cstddef>
#include <iterator>

namespace Callwright {

/// xoshiro256** seeded through splitmix64. Every platform and standard library gives the same
/// sequence for a seed, which std:: engines with std:: distributions do not promise.
class Rng final
{
public:
    explicit Rng(quint64 seed = 0) { reseed(seed); }

    void reseed(quint64 seed)
    {
        quint64 x = seed;
        for (quint64 &s : m_s)
            s = splitmix64(x);
    }

    static quint64 splitmix64(quint64 &x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// Uniform in [0, n); 0 when n is 0. Rejection keeps it unbiased.
    quint64 below(quint64 n)
    {
        if (n == 0)
            return 0;
        const quint64 threshold = (0 - n) % n;
        for (;;) {
            const quint64 r = next();
            if (r >= threshold)
                return r % n;
        }
    }

    /// Uniform in [lo, hi], both inclusive; lo when hi < lo.
    qint64 between(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        const quint64 span = quint64(hi) - quint64(lo);
        if (span == ~quint64(0))
            return qint64(next());
        return qint64(quint64(lo) + below(span + 1));
    }

    /// Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }

    template<typename C>
    const auto &pick(const C &c)
    {
        return c[std::size_t(below(quint64(std::size(c))))];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    quint64 m_s[4] = {};
};

} // namespace Callwright
