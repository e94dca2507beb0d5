#include "edgeinference.h"

#include "fieldtext.h"
#include "lexicalsimilarity.h"
#include "schema/random.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>
#include <unordered_set>

namespace Callwright {

namespace {

const QStringList &generic()
{
    // Normalised keys (FieldText::identifierWords joined by spaces).
    static const QStringList names{
            QStringLiteral("limit"),      QStringLiteral("offset"),      QStringLiteral("page"),
            QStringLiteral("page size"),  QStringLiteral("page number"), QStringLiteral("per page"),
            QStringLiteral("page token"), QStringLiteral("cursor"),      QStringLiteral("count"),
            QStringLiteral("max result"), QStringLiteral("max"),         QStringLiteral("min"),
            QStringLiteral("size"),       QStringLiteral("sort"),        QStringLiteral("sort by"),
            QStringLiteral("order by"),   QStringLiteral("sort order"),  QStringLiteral("order"),
            QStringLiteral("format"),     QStringLiteral("language"),    QStringLiteral("locale"),
            QStringLiteral("query"),      QStringLiteral("q"),           QStringLiteral("search"),
            QStringLiteral("keyword"),    QStringLiteral("description"), QStringLiteral("name"),
            QStringLiteral("title"),      QStringLiteral("type"),        QStringLiteral("text"),
            QStringLiteral("value"),      QStringLiteral("data"),        QStringLiteral("result"),
            QStringLiteral("status"),     QStringLiteral("verbose"),     QStringLiteral("debug"),
            QStringLiteral("timeout"),    QStringLiteral("field"),       QStringLiteral("include"),
            QStringLiteral("filter"),     QStringLiteral("mode"),        QStringLiteral("option"),
            QStringLiteral("detail"),     QStringLiteral("content"),     QStringLiteral("unit"),
            QStringLiteral("callback"),   QStringLiteral("id"),          QStringLiteral("message"),
            QStringLiteral("success"),    QStringLiteral("error"),       QStringLiteral("flag"),
            QStringLiteral("input"),      QStringLiteral("output"),      QStringLiteral("start"),
            QStringLiteral("end"),        QStringLiteral("key"),         QStringLiteral("tag"),
            QStringLiteral("priority"),   QStringLiteral("note"),        QStringLiteral("comment"),
    };
    return names;
}

const QSet<QString> &genericSet()
{
    static const QSet<QString> set(generic().cbegin(), generic().cend());
    return set;
}

QString normalised(const QString &fieldName)
{
    return FieldText::identifierWords(fieldName).join(QLatin1Char(' '));
}

struct Candidate
{
    int from; // field index
    int to;
    GraphEdge::Kind kind;
    double confidence;
};

} // namespace

QStringList EdgeInference::genericNames()
{
    return generic();
}

bool EdgeInference::isGenericName(const QString &fieldName)
{
    return genericSet().contains(normalised(fieldName));
}

InferenceResult EdgeInference::infer(const std::vector<Tool> &tools,
                                     const InferenceOptions &options, FieldSimilarity *similarity,
                                     const std::atomic_bool *cancel)
{
    InferenceResult result;
    const auto cancelled = [&] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };
    const std::vector<ToolField> fields = ToolFields::collect(tools);
    result.fields = int(fields.size());
    LexicalSimilarity lexical;
    FieldSimilarity *measure = similarity ? similarity : &lexical;
    measure->prepare(tools, fields);
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }

    // Which fields are generic, and which parameter names too many tools take.
    std::vector<char> genericField(fields.size(), 0);
    QHash<QString, QSet<int>> toolsByName;
    std::vector<QString> keys(fields.size());
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const ToolField &f = fields[i];
        if (f.wholeResult)
            continue;
        keys[i] = normalised(f.name);
        genericField[i] = genericSet().contains(keys[i]);
        if (f.side == ToolField::Side::Input)
            toolsByName[keys[i]].insert(f.tool);
    }
    const int commonLimit = options.maxToolsPerRelatedName > 0
                                    ? options.maxToolsPerRelatedName
                                    : std::max(50, int(tools.size() / 50));
    std::vector<char> commonInput(fields.size(), 0);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].side == ToolField::Side::Input)
            commonInput[i] = toolsByName.value(keys[i]).size() > commonLimit;
    }

    // Per parameter, only its best pairs of each kind can survive the fan-out cap below;
    // keeping twice the cap leaves room for pairs the other end refuses. (Taking the top of a
    // list commutes with the threshold, so a higher threshold still only removes edges.)
    const int cap = std::max(1, options.maxEdgesPerField);
    // Ties (catalogs repeat descriptions) are broken by a hash of the pair rather than by
    // field order, so they spread over many fields instead of filling the first ones' caps.
    const auto spread = [](const Candidate &c) {
        quint64 x = (quint64(quint32(c.from)) << 32) | quint32(c.to);
        return Rng::splitmix64(x);
    };
    const auto better = [&](const Candidate &x, const Candidate &y) {
        if (x.confidence != y.confidence)
            return x.confidence > y.confidence;
        const quint64 hx = spread(x);
        const quint64 hy = spread(y);
        if (hx != hy)
            return hx < hy;
        if (x.from != y.from)
            return x.from < y.from;
        return x.to < y.to;
    };
    const auto keepBest = [&](std::vector<Candidate> &list) {
        const std::size_t keep = std::size_t(2 * cap);
        if (list.size() > keep) {
            std::nth_element(list.begin(), list.begin() + long(keep), list.end(), better);
            list.resize(keep);
        }
    };
    std::vector<Candidate> candidates;
    std::vector<Candidate> flows;
    std::vector<Candidate> relatedOfField;
    std::vector<FieldMatch> matches;
    for (std::size_t b = 0; b < fields.size(); ++b) {
        if ((b & 1023) == 0 && cancelled()) {
            result.cancelled = true;
            return result;
        }
        if (fields[b].side != ToolField::Side::Input)
            continue;
        matches.clear();
        flows.clear();
        relatedOfField.clear();
        measure->candidates(int(b), options.threshold, &matches);
        for (const FieldMatch &m : matches) {
            const std::size_t a = std::size_t(m.field);
            if (fields[a].tool == fields[b].tool || m.confidence < options.threshold)
                continue;
            if (fields[a].side == ToolField::Side::Output) {
                if (options.dataFlow && !(genericField[a] && genericField[b]))
                    flows.push_back({int(a), int(b), GraphEdge::Kind::DataFlow, m.confidence});
            } else if (options.related && !genericField[a] && !genericField[b] && !commonInput[a]
                       && !commonInput[b]) {
                // Seen from both ends; the greedy pass below keeps the better reading.
                relatedOfField.push_back({int(std::min(a, b)), int(std::max(a, b)),
                                          GraphEdge::Kind::Related, m.confidence});
            }
        }
        keepBest(flows);
        keepBest(relatedOfField);
        candidates.insert(candidates.end(), flows.begin(), flows.end());
        candidates.insert(candidates.end(), relatedOfField.begin(), relatedOfField.end());
    }
    result.candidates = int(candidates.size());

    // The fan-out cap, greedily from the most confident pair; the order depends on nothing
    // but the catalog.
    std::sort(candidates.begin(), candidates.end(), better);
    std::vector<int> flowOut(fields.size(), 0);
    std::vector<int> flowIn(fields.size(), 0);
    std::vector<int> relatedCount(fields.size(), 0);
    std::unordered_set<quint64> relatedSeen;
    for (const Candidate &c : candidates) {
        const std::size_t from = std::size_t(c.from);
        const std::size_t to = std::size_t(c.to);
        if (c.kind == GraphEdge::Kind::DataFlow) {
            if (flowOut[from] >= cap || flowIn[to] >= cap)
                continue;
            ++flowOut[from];
            ++flowIn[to];
        } else {
            // The second reading of a pair is never better than the first (sorted).
            if (!relatedSeen.insert((quint64(from) << 32) | quint64(to)).second)
                continue;
            if (relatedCount[from] >= cap || relatedCount[to] >= cap)
                continue;
            ++relatedCount[from];
            ++relatedCount[to];
        }
        InferredEdge e;
        e.fromTool = fields[from].tool;
        e.toTool = fields[to].tool;
        e.fromToolName = tools[std::size_t(e.fromTool)].name;
        e.toToolName = tools[std::size_t(e.toTool)].name;
        e.kind = c.kind;
        e.confidence = c.confidence;
        e.mapping = {fields[from].name, fields[to].name};
        result.edges.push_back(std::move(e));
    }
    std::sort(result.edges.begin(), result.edges.end(),
              [](const InferredEdge &x, const InferredEdge &y) {
                  return std::tie(x.fromTool, x.toTool, x.kind, x.mapping.from, x.mapping.to)
                         < std::tie(y.fromTool, y.toTool, y.kind, y.mapping.from, y.mapping.to);
              });
    return result;
}

} // namespace Callwright
