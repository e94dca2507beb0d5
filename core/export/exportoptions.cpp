#include "exportoptions.h"

namespace Callwright {

bool ExportOptions::accepts(const Dialogue &dialogue) const
{
    if (!statuses.empty() && statuses.count(dialogue.status) == 0)
        return false;
    if (!dropUids.isEmpty() && dropUids.contains(dialogue.uid))
        return false;
    return !filter || filter(dialogue);
}

std::optional<std::set<ReviewStatus>> statusSetFromName(const QString &name)
{
    if (name == QLatin1String("any"))
        return std::set<ReviewStatus>{};
    for (ReviewStatus s : {ReviewStatus::Open, ReviewStatus::Accepted, ReviewStatus::Rejected,
                           ReviewStatus::NeedsFix}) {
        if (name == QLatin1String(reviewStatusName(s)))
            return std::set<ReviewStatus>{s};
    }
    return std::nullopt;
}

} // namespace Callwright
