#include "fieldsimilarity.h"

#include <algorithm>
#include <cmath>

namespace Callwright {

FieldSimilarity::~FieldSimilarity() = default;
FieldEmbedder::~FieldEmbedder() = default;

EmbeddingSimilarity::EmbeddingSimilarity(std::shared_ptr<FieldEmbedder> embedder)
    : m_embedder(std::move(embedder))
{}

QString EmbeddingSimilarity::name() const
{
    return m_embedder ? m_embedder->name() : QString();
}

void EmbeddingSimilarity::prepare(const std::vector<Tool> &tools,
                                  const std::vector<ToolField> &fields)
{
    m_fields = fields;
    QStringList texts;
    texts.reserve(qsizetype(fields.size()));
    for (const ToolField &f : fields) {
        // A whole result is read as "<tool name>: <description>".
        texts << (f.wholeResult
                          ? tools[std::size_t(f.tool)].name + QStringLiteral(": ") + f.description
                          : f.text());
    }
    m_vectors = m_embedder ? m_embedder->embed(texts) : std::vector<std::vector<float>>();
    if (m_vectors.size() != fields.size())
        m_vectors.clear();
    for (std::vector<float> &v : m_vectors) {
        double norm = 0;
        for (float x : v)
            norm += double(x) * x;
        norm = std::sqrt(norm);
        if (norm > 0) {
            for (float &x : v)
                x = float(x / norm);
        }
    }
}

void EmbeddingSimilarity::candidates(int target, double minimum, std::vector<FieldMatch> *out) const
{
    if (m_vectors.empty())
        return;
    const ToolField &b = m_fields[std::size_t(target)];
    const std::vector<float> &vb = m_vectors[std::size_t(target)];
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const ToolField &a = m_fields[i];
        if (a.tool == b.tool)
            continue;
        const std::vector<float> &va = m_vectors[i];
        double dot = 0;
        for (std::size_t k = 0; k < va.size() && k < vb.size(); ++k)
            dot += double(va[k]) * vb[k];
        const double confidence = std::clamp(dot, 0.0, 1.0) * ToolFields::typeCompatibility(a, b);
        if (confidence >= minimum)
            out->push_back({int(i), confidence});
    }
}

} // namespace Callwright
