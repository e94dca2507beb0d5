#pragma once

#include <array>

namespace Callwright::WordLists {

// Made-up but plausible data for synthesised values. Lists are fixed: changing one changes
// every seed's output, so append rather than reorder.

struct City
{
    const char *name;
    const char *state;   ///< US state code, or the region abroad
    const char *country; ///< English name
    const char *iso2;
    const char *iso3;
};

struct Airport
{
    const char *code;
    const char *city;
};

extern const std::array<const char *, 64> firstNames;
extern const std::array<const char *, 64> lastNames;
extern const std::array<City, 40> cities;
extern const std::array<const char *, 32> streets;
extern const std::array<const char *, 8> streetTypes;
extern const std::array<Airport, 30> airports;
extern const std::array<const char *, 4> emailDomains;
extern const std::array<const char *, 24> products;
extern const std::array<const char *, 16> companies;
extern const std::array<const char *, 24> sentences;
extern const std::array<const char *, 16> searches;
extern const std::array<const char *, 12> titles;
extern const std::array<const char *, 40> nouns;
extern const std::array<const char *, 24> adjectives;

} // namespace Callwright::WordLists
