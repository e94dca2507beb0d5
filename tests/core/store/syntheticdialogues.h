#pragma once

#include "model/catalog.h"
#include "model/dialogue.h"

#include <vector>

namespace Callwright::TestData {

/// Realistic-looking dialogues made from a seed and an index alone, so a test can write
/// 100,000 of them and later regenerate each one to compare, without holding them in memory.
/// Each is about 1-2 KB of JSON, with plans, parallel and chained tool calls, call records,
/// envelopes, scores, review notes and some non-ASCII text.
Dialogue syntheticDialogue(quint64 seed, qint64 index, qint64 catalogId = 0);
std::vector<Dialogue> syntheticBatch(quint64 seed, qint64 first, int count, qint64 catalogId = 0);
QString syntheticUid(quint64 seed, qint64 index);
/// The order number that only dialogue index mentions (in a user and a tool message).
QString syntheticOrderNumber(qint64 index);

/// A catalog with the tools the synthetic dialogues call.
Catalog syntheticCatalog(const QString &name);

} // namespace Callwright::TestData
