#pragma once

#include "random.h"

#include <optional>
#include <string>
#include <vector>

namespace Callwright::FieldValues {

/// A made-up person, so that the names, email and user id of one object agree.
struct Persona
{
    std::string first;
    std::string last;
    int number = 0; ///< the digits of a user id such as sara_doe_496
    std::string domain;
    int city = 0; ///< where they live, so that city, state and country agree

    static Persona make(Rng &rng);
    std::string fullName() const { return first + " " + last; }
    std::string email() const;
    std::string userId() const;
};

/// What is known about the field a value is for: its name (for an array's items, the singular
/// of the array's), its description, and the person its object is about.
struct FieldHint
{
    std::string name;
    std::string description;
    Persona *persona = nullptr; ///< created on first use by the enclosing object
};

/// "orderId", "order_id" and "Order-ID" all give {"order", "id"}.
std::vector<std::string> words(const std::string &name);
/// "item_ids" gives "item_id", "passengers" "passenger", "categories" "category".
std::string singular(const std::string &name);
/// Quoted samples a description gives: "such as '#W0000000'" yields #W0000000.
std::vector<std::string> examples(const std::string &description);
/// A fresh value in the shape of example: new digits, and new letters where the letters look
/// like data ("ZFA04Y") rather than a fixed prefix ("#W", "HAT", "gift_card_").
std::string reshape(const std::string &example, Rng &rng);

/// A realistic string for the field, or nothing when neither name nor description says what
/// the field holds.
std::optional<std::string> stringFor(const FieldHint &hint, Rng &rng);
/// A short neutral phrase, for fields nothing is known about.
std::string phrase(Rng &rng);

/// Where a number for the field plausibly lies, and with how many decimals.
struct NumberRange
{
    double lo = 1;
    double hi = 100;
    int decimals = 0;
};
NumberRange numberRangeFor(const FieldHint &hint, bool integer);
/// Whether a field with no "type" most likely holds a number, an integer or a boolean.
enum class Kind { Text, Number, Integer, Boolean };
Kind kindFor(const FieldHint &hint);

std::string date(Rng &rng, int fromYear, int toYear);
std::string dateTime(Rng &rng);
/// RFC 3339 full-time, with an offset, as format "time" requires.
std::string time(Rng &rng);
std::string uuid(Rng &rng);
std::string ipv4(Rng &rng);
std::string url(Rng &rng);
std::string hostname(Rng &rng);

} // namespace Callwright::FieldValues
