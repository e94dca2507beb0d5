#pragma once

#include "toolfields.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace Callwright {

/// A field that may feed, or take the same thing as, another, with a confidence in 0..1.
struct FieldMatch
{
    int field = 0;
    double confidence = 0;
};

/// How similar two tool fields are: the measure behind edge inference. The embedded measure
/// (LexicalSimilarity) needs no model; an endpoint's embeddings plug in through
/// EmbeddingSimilarity and a FieldEmbedder.
class FieldSimilarity
{
public:
    virtual ~FieldSimilarity();

    virtual QString name() const = 0;
    /// Reads the fields of one catalog (from ToolFields::collect(tools)); called once, before
    /// candidates(). May take long; it runs off the GUI thread.
    virtual void prepare(const std::vector<Tool> &tools, const std::vector<ToolField> &fields) = 0;
    /// Fields of other tools similar to the input field target with at least the minimum
    /// confidence: outputs that may feed it (data flow) and inputs that take the same thing
    /// (related). Appends to *out in no particular order.
    virtual void candidates(int target, double minimum, std::vector<FieldMatch> *out) const = 0;
};

/// Turns texts into vectors of one dimension; the backends issue implements it over an
/// OpenAI-compatible embeddings endpoint.
class FieldEmbedder
{
public:
    virtual ~FieldEmbedder();

    virtual QString name() const = 0;
    /// One vector per text, in order; an empty result means the embedder failed.
    virtual std::vector<std::vector<float>> embed(const QStringList &texts) = 0;
};

/// ToolFlow's measure: the cosine of the embeddings of "name: description", times the type
/// compatibility. It compares every pair of fields, so it suits catalogs of a few thousand
/// fields; the lexical measure is the one that scales.
class EmbeddingSimilarity final : public FieldSimilarity
{
public:
    explicit EmbeddingSimilarity(std::shared_ptr<FieldEmbedder> embedder);

    QString name() const override;
    void prepare(const std::vector<Tool> &tools, const std::vector<ToolField> &fields) override;
    void candidates(int target, double minimum, std::vector<FieldMatch> *out) const override;

private:
    std::shared_ptr<FieldEmbedder> m_embedder;
    std::vector<ToolField> m_fields;
    std::vector<std::vector<float>> m_vectors; ///< normalised
};

} // namespace Callwright
