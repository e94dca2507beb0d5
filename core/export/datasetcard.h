#pragma once

#include "exportoptions.h"

#include "model/catalog.h"
#include "model/job.h"

#include <array>
#include <map>
#include <set>
#include <vector>

namespace Callwright {

/// Figures gathered while an export streams by, one dialogue at a time, for its dataset card.
class ExportStats final
{
public:
    void add(const Dialogue &dialogue, bool validation);

    qint64 dialogues() const { return m_train + m_validation; }
    qint64 train() const { return m_train; }
    qint64 validation() const { return m_validation; }
    qint64 messages() const { return m_messages; }
    qint64 calls() const { return m_calls; }
    qint64 parallelTurns() const { return m_parallelTurns; }
    qint64 errorResults() const { return m_errorResults; }
    qint64 clarifications() const { return m_clarifications; }
    const std::map<QString, qint64> &toolCalls() const { return m_toolCalls; }
    const std::set<qint64> &jobs() const { return m_jobs; }

    struct Distribution
    {
        qint64 count = 0;
        double mean = 0, min = 0, median = 0, max = 0;
        std::array<qint64, 5> bins{}; ///< counts in five equal bins from min to max
    };
    std::map<QString, Distribution> scores() const;

    /// The dataset card: YAML front matter for the Hugging Face Hub, then Markdown.
    QString card(const ExportOptions &options, const std::vector<Catalog> &catalogs,
                 const std::vector<Job> &jobs, const QStringList &files, qint64 skipped) const;

private:
    qint64 m_train = 0;
    qint64 m_validation = 0;
    qint64 m_messages = 0;
    qint64 m_calls = 0;
    qint64 m_parallelTurns = 0;
    qint64 m_errorResults = 0;
    qint64 m_clarifications = 0;
    std::map<QString, qint64> m_toolCalls;
    std::map<QString, qint64> m_toolDialogues;
    std::map<qint64, qint64> m_catalogDialogues;
    std::map<QString, qint64> m_stepKinds;
    std::map<QString, qint64> m_engines;
    std::map<QString, std::vector<float>> m_scores;
    std::set<qint64> m_jobs;
};

} // namespace Callwright
