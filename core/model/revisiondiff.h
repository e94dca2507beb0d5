#pragma once

#include "json.h"

#include <vector>

namespace Callwright {

/// One difference between two versions of a dialogue's JSON.
struct JsonChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString pointer; ///< JSON pointer to the value, e.g. "/calls/1/request/order_id"
    Json before;     ///< null when added
    Json after;      ///< null when removed
};

/// The values that differ between before and after, leaf by leaf where both are objects or
/// arrays of the same length, in document order; what a curator reads as a revision's diff.
std::vector<JsonChange> diffJson(const Json &before, const Json &after);

} // namespace Callwright
