#pragma once

#include <QStringView>

#include <vector>

namespace Callwright {

/// MurmurHash3's 64-bit finalizer: a bijection that spreads every input bit over the output.
inline quint64 mix64(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

/// FNV-1a over the UTF-16 units of a word, then mixed: deterministic across runs and platforms.
/// Every measure that counts words (diversity, metrics, near duplicates) keys them with this.
inline quint64 wordHash(QStringView word)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const QChar c : word) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return mix64(h);
}

/// Appends wordHash() of each of wordTokens(text), in order, without building the strings.
void appendWordHashes(QStringView text, std::vector<quint64> &out);

} // namespace Callwright
