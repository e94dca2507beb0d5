#include "score.h"

namespace Callwright {

void to_json(Json &j, const Score &s)
{
    j = Json::object();
    j["metric"] = s.metric;
    j["value"] = s.value;
    j["source"] = s.source;
    if (!s.rationale.isEmpty())
        j["rationale"] = s.rationale;
}

void from_json(const Json &j, Score &s)
{
    s.metric = JsonRead::field<QString>(j, "metric");
    s.value = JsonRead::field<double>(j, "value");
    s.source = JsonRead::optional<QString>(j, "source");
    s.rationale = JsonRead::optional<QString>(j, "rationale");
}

} // namespace Callwright
