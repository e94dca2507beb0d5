#pragma once

#include "fieldsimilarity.h"

#include <memory>

namespace Callwright {

/// The embedded measure: it needs no model, only the catalog's own words.
///
/// A field is compared by its key, the normalised words of its name (FieldText) — a bare "id"
/// takes its tool's entity ("get_ticket.id" is "ticket id") and a tool's whole result takes
/// the object of the tool's name ("find_user_id_by_email" gives "user id",
/// "get_user_details" gives "user") — and by the TF-IDF vector of "name: description".
///
///   confidence = type compatibility x (0.7 name similarity + 0.3 text cosine)
///
/// Name similarity is 1 for equal keys (0.4 for address1 against address2); otherwise the
/// IDF-weighted cosine of the key words, times 0.8 when the last words differ but both are
/// ids or numbers and 0.5 when they differ otherwise (the last word says what the value is:
/// an id, a name, a date). Outputs that may hold a whole record feed its id ("user" ->
/// "user_id": 0.9). A whole result feeds the id of what its name ends in (0.75), the ids
/// its first sentence names ("including their orders", "the product id": 0.8), and a
/// parameter that takes a list of what it names ("search_direct_flight" -> "flights": 0.8).
/// Whole results of tools that change or end something (cancel, modify, send) count 0.6 of
/// that: their output is rarely what a next call needs.
///
/// Only pairs that share the last word of their keys and one more word, or an entity and its
/// id, are ever compared, through an inverted index over key words; words carried by more
/// than kMaxPostings fields propose no pairs (they say nothing about how two tools relate).
class LexicalSimilarity final : public FieldSimilarity
{
public:
    static constexpr int kMaxPostings = 2000;

    LexicalSimilarity();
    ~LexicalSimilarity() override;

    QString name() const override;
    void prepare(const std::vector<Tool> &tools, const std::vector<ToolField> &fields) override;
    void candidates(int target, double minimum, std::vector<FieldMatch> *out) const override;

    /// The confidence that field a feeds (or takes the same thing as) field b.
    double confidence(int a, int b) const;
    /// The key a field is compared by, words joined by spaces ("user id").
    QString key(int field) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Callwright
