#include "scoring/datasetstats.h"

#include "model/dialogue.h"
#include "scoring/judge.h"
#include "simulation/callresults.h"

#include <algorithm>
#include <cmath>

namespace Callwright {

Histogram Histogram::forMetric(const QString &metric)
{
    Histogram h;
    int bins = 10;
    if (Judge::isBinary(metric) || metric == QLatin1String("verified")) {
        bins = 2;
    } else if (metric == QLatin1String("naturalness") || metric == QLatin1String("coherence")
               || metric.startsWith(QLatin1String("judge."))) {
        h.minimum = 1;
        h.maximum = 5;
        bins = 8;
    } else if (metric.endsWith(QLatin1String("word_entropy"))) {
        h.maximum = 12;
        bins = 12;
    } else if (metric.endsWith(QLatin1String("readability"))) {
        h.maximum = 120;
        bins = 12;
    }
    h.bins.assign(std::size_t(bins), 0);
    return h;
}

int Histogram::binOf(double value) const
{
    const int n = int(bins.size());
    if (n == 0 || !(maximum > minimum))
        return 0;
    const int bin = int(std::floor((value - minimum) / (maximum - minimum) * n));
    return std::clamp(bin, 0, n - 1);
}

double Histogram::binLow(int bin) const
{
    return minimum + (maximum - minimum) * bin / double(bins.size());
}

double Histogram::binHigh(int bin) const
{
    return binLow(bin + 1);
}

void Histogram::add(double value)
{
    if (bins.empty() || std::isnan(value))
        return;
    ++bins[std::size_t(binOf(value))];
    ++count;
    sum += value;
}

void Histogram::merge(const Histogram &other)
{
    if (bins.size() != other.bins.size())
        return;
    for (std::size_t i = 0; i < bins.size(); ++i)
        bins[i] += other.bins[i];
    count += other.count;
    sum += other.sum;
}

DatasetStats::DatasetStats()
    : m_text(3)
{}

void DatasetStats::add(const Dialogue &dialogue)
{
    add(dialogue, dialogue.scores);
}

namespace {

void collectLeaves(const Json &v, std::vector<const Json *> *out)
{
    if (v.is_object() || v.is_array()) {
        for (const Json &item : v)
            collectLeaves(item, out);
    } else if (v.is_string() || v.is_number()) {
        out->push_back(&v);
    }
}

} // namespace

void DatasetStats::add(const Dialogue &dialogue, const std::vector<Score> &scores)
{
    ++m_dialogues;
    QHash<QString, qint64> &calls = m_calls[dialogue.catalogId];
    QSet<QString> &pairs = m_pairs[dialogue.catalogId];
    QSet<QString> &flows = m_flows[dialogue.catalogId];
    // Successful results so far, with the tool that returned each.
    std::vector<std::pair<QString, Json>> results;
    QSet<QString> called;
    std::vector<const Json *> leaves;
    QHash<QString, QString> pendingTool; // call id -> tool name
    for (const Message &m : dialogue.messages) {
        if ((m.role == Message::Role::User || m.role == Message::Role::Assistant)
            && !m.content.isEmpty())
            m_text.add(m.content);
        for (const ToolCall &c : m.toolCalls) {
            ++calls[c.toolName];
            for (const QString &other : std::as_const(called)) {
                if (other != c.toolName)
                    pairs.insert(other + QLatin1Char('\n') + c.toolName);
            }
            called.insert(c.toolName);
            leaves.clear();
            collectLeaves(c.arguments, &leaves);
            for (const auto &[tool, result] : results) {
                if (tool == c.toolName)
                    continue;
                const bool fed = std::any_of(leaves.begin(), leaves.end(), [&](const Json *v) {
                    return CallResults::containsScalar(result, *v);
                });
                if (fed)
                    flows.insert(tool + QLatin1Char('\n') + c.toolName);
            }
            pendingTool.insert(c.id, c.toolName);
        }
        if (m.role == Message::Role::Tool && pendingTool.contains(m.toolCallId)) {
            Json result = CallResults::parse(m);
            if (!CallResults::isError(result))
                results.emplace_back(pendingTool.value(m.toolCallId), std::move(result));
        }
    }
    addScores(scores);
}

void DatasetStats::addScores(const std::vector<Score> &scores)
{
    for (const Score &s : scores) {
        auto it = m_histograms.find(s.metric);
        if (it == m_histograms.end())
            it = m_histograms.emplace(s.metric, Histogram::forMetric(s.metric)).first;
        it->second.add(s.value);
    }
}

void DatasetStats::merge(const DatasetStats &other)
{
    m_dialogues += other.m_dialogues;
    m_text.merge(other.m_text);
    for (auto c = other.m_calls.cbegin(); c != other.m_calls.cend(); ++c) {
        QHash<QString, qint64> &calls = m_calls[c.key()];
        for (auto t = c->cbegin(); t != c->cend(); ++t)
            calls[t.key()] += t.value();
    }
    for (auto p = other.m_pairs.cbegin(); p != other.m_pairs.cend(); ++p)
        m_pairs[p.key()].unite(p.value());
    for (auto f = other.m_flows.cbegin(); f != other.m_flows.cend(); ++f)
        m_flows[f.key()].unite(f.value());
    for (const auto &[metric, histogram] : other.m_histograms) {
        auto it = m_histograms.find(metric);
        if (it == m_histograms.end())
            m_histograms.emplace(metric, histogram);
        else
            it->second.merge(histogram);
    }
}

double DatasetStats::mean(const QString &metric) const
{
    const auto it = m_histograms.find(metric);
    return it == m_histograms.end() ? 0.0 : it->second.mean();
}

std::vector<CatalogCoverage> DatasetStats::coverage(const std::vector<Catalog> &catalogs,
                                                    const std::vector<ToolGraph> &graphs) const
{
    std::vector<CatalogCoverage> out;
    for (const Catalog &catalog : catalogs) {
        CatalogCoverage c;
        c.catalogId = catalog.id;
        c.name = catalog.name;
        c.tools = int(catalog.tools.size());
        const QHash<QString, qint64> calls = m_calls.value(catalog.id);
        for (const Tool &t : catalog.tools) {
            const qint64 n = calls.value(t.name);
            c.callsPerTool.emplace_back(t.name, n);
            c.toolsUsed += n > 0 ? 1 : 0;
        }
        const auto graph = std::find_if(graphs.begin(), graphs.end(), [&](const ToolGraph &g) {
            return g.catalogId == catalog.id;
        });
        if (graph != graphs.end()) {
            const QSet<QString> pairs = m_pairs.value(catalog.id);
            const QSet<QString> flows = m_flows.value(catalog.id);
            for (const GraphEdge &e : graph->edges) {
                const GraphNode *from = graph->node(e.fromNode);
                const GraphNode *to = graph->node(e.toNode);
                if (!from || !to)
                    continue;
                ++c.edges;
                const QString forward = from->toolName + QLatin1Char('\n') + to->toolName;
                const QString backward = to->toolName + QLatin1Char('\n') + from->toolName;
                const bool used = e.kind == GraphEdge::Kind::DataFlow
                                          ? flows.contains(forward)
                                          : pairs.contains(forward) || pairs.contains(backward);
                c.edgesUsed += used ? 1 : 0;
            }
        }
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace Callwright
