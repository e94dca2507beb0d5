#pragma once

#include "scoring/textdiversity.h"

#include "model/catalog.h"
#include "model/score.h"
#include "model/toolgraph.h"

#include <QHash>
#include <QSet>

#include <map>
#include <vector>

namespace Callwright {

struct Dialogue;

/// Counts of values of one score in equal-width bins over a fixed range; values outside the
/// range fall into the first or last bin.
struct Histogram
{
    double minimum = 0;
    double maximum = 1;
    std::vector<qint64> bins;
    qint64 count = 0;
    double sum = 0;

    /// The range and bins a metric is shown with: 1-5 scores in eight half-point bins,
    /// shares (0-1) in ten, word entropy 0-12 bits, readability 0-120, "verified" and the
    /// judges' binary rubrics 0-1 in two.
    static Histogram forMetric(const QString &metric);

    void add(double value);
    void merge(const Histogram &other);
    double mean() const { return count > 0 ? sum / double(count) : 0.0; }
    /// The bin a value falls into.
    int binOf(double value) const;
    double binLow(int bin) const;
    double binHigh(int bin) const;
};

/// How much of a catalog and its graph a set of dialogues exercises.
///
///     tool coverage = tools called at least once / tools in the catalog
///     edge coverage = graph edges exercised / edges in the graph
///
/// A data-flow edge from A to B is exercised when data did flow: a call of B takes an
/// argument value (string or number) found in an earlier successful result of A in the same
/// dialogue. A related edge is exercised by a dialogue that calls both, in any order.
struct CatalogCoverage
{
    qint64 catalogId = 0;
    QString name;
    int tools = 0;
    int toolsUsed = 0;
    int edges = 0;
    int edgesUsed = 0;
    std::vector<std::pair<QString, qint64>> callsPerTool; ///< every catalog tool, catalog order

    double toolCoverage() const { return tools > 0 ? double(toolsUsed) / tools : 0.0; }
    double edgeCoverage() const { return edges > 0 ? double(edgesUsed) / edges : 0.0; }
};

/// Dataset-level figures over any selection of dialogues, accumulated one dialogue at a time:
/// word entropy H and Distinct-3 of all user and assistant messages (as ToolFlow reports
/// them: H 10.36, D-3 0.4865 over its 8,000 dialogues), which tools and tool pairs were
/// called, and the distribution of each score. Fill one per thread and merge().
class DatasetStats final
{
public:
    DatasetStats();

    /// Adds the dialogue's text, calls and its stored scores.
    void add(const Dialogue &dialogue);
    /// As add(), with scores in place of the dialogue's stored ones (fresh from a scorer).
    void add(const Dialogue &dialogue, const std::vector<Score> &scores);
    void merge(const DatasetStats &other);

    qint64 dialogues() const { return m_dialogues; }
    const TextDiversity &text() const { return m_text; }
    double wordEntropy() const { return m_text.wordEntropy(); }
    double distinct3() const { return m_text.distinct(3); }
    /// One histogram per metric seen, by name.
    const std::map<QString, Histogram> &histograms() const { return m_histograms; }
    /// Mean of a metric over the dialogues that have it; 0 when none has.
    double mean(const QString &metric) const;

    /// Coverage of each catalog (with its graph, when given; edges 0 otherwise).
    std::vector<CatalogCoverage> coverage(const std::vector<Catalog> &catalogs,
                                          const std::vector<ToolGraph> &graphs) const;

private:
    void addScores(const std::vector<Score> &scores);

    qint64 m_dialogues = 0;
    TextDiversity m_text;
    QHash<qint64, QHash<QString, qint64>> m_calls; ///< catalog -> tool -> calls
    /// catalog -> "A\nB": some dialogue called A and later B.
    QHash<qint64, QSet<QString>> m_pairs;
    /// catalog -> "A\nB": a call of B took a value from an earlier result of A.
    QHash<qint64, QSet<QString>> m_flows;
    std::map<QString, Histogram> m_histograms;
};

} // namespace Callwright
