#include "dialoguequery.h"

namespace Callwright {

bool DialogueFilter::isEmpty() const
{
    return *this == DialogueFilter();
}

bool DialogueFilter::operator==(const DialogueFilter &o) const
{
    return statuses == o.statuses && text == o.text && tools == o.tools && engine == o.engine
           && jobId == o.jobId && catalogId == o.catalogId && scoreMetric == o.scoreMetric
           && minScore == o.minScore && maxScore == o.maxScore;
}

void to_json(Json &j, const DialogueFilter &f)
{
    j = Json::object();
    if (!f.statuses.empty())
        j["statuses"] = f.statuses;
    if (!f.text.isEmpty())
        j["text"] = f.text;
    if (!f.tools.isEmpty()) {
        Json tools = Json::array();
        for (const QString &t : f.tools)
            tools.push_back(t);
        j["tools"] = tools;
    }
    if (!f.engine.isEmpty())
        j["engine"] = f.engine;
    if (f.jobId != 0)
        j["job_id"] = f.jobId;
    if (f.catalogId != 0)
        j["catalog_id"] = f.catalogId;
    if (!f.scoreMetric.isEmpty())
        j["score_metric"] = f.scoreMetric;
    if (f.minScore)
        j["min_score"] = *f.minScore;
    if (f.maxScore)
        j["max_score"] = *f.maxScore;
}

void from_json(const Json &j, DialogueFilter &f)
{
    f = DialogueFilter();
    f.statuses = JsonRead::list<ReviewStatus>(j, "statuses");
    f.text = JsonRead::optional<QString>(j, "text");
    for (const QString &t : JsonRead::list<QString>(j, "tools"))
        f.tools << t;
    f.engine = JsonRead::optional<QString>(j, "engine");
    f.jobId = JsonRead::optional<qint64>(j, "job_id", 0);
    f.catalogId = JsonRead::optional<qint64>(j, "catalog_id", 0);
    f.scoreMetric = JsonRead::optional<QString>(j, "score_metric");
    if (j.contains("min_score"))
        f.minScore = JsonRead::field<double>(j, "min_score");
    if (j.contains("max_score"))
        f.maxScore = JsonRead::field<double>(j, "max_score");
}

} // namespace Callwright
