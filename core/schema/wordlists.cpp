#include "wordlists.h"

namespace Callwright::WordLists {

const std::array<const char *, 64> firstNames
        = {"Sara",   "John",    "Mei",    "Noah",   "Aisha",  "Liam",   "Sofia",  "Omar",
           "Yuki",   "Ethan",   "Priya",  "Lucas",  "Fatima", "Mason",  "Chloe",  "Diego",
           "Hannah", "Mateo",   "Amara",  "James",  "Elena",  "Ravi",   "Olivia", "Kenji",
           "Grace",  "Ivan",    "Zara",   "Daniel", "Leila",  "Samuel", "Nora",   "Arjun",
           "Emma",   "Tomas",   "Ingrid", "Kofi",   "Lucia",  "Hugo",   "Maya",   "Felix",
           "Anya",   "Mohamed", "Clara",  "Wei",    "Isabel", "Jonas",  "Amelia", "Yusuf",
           "Harper", "Andre",   "Naomi",  "Pablo",  "Lena",   "Chen",   "Julia",  "Malik",
           "Ava",    "Oscar",   "Sienna", "Raj",    "Eva",    "Marco",  "Ruby",   "Sven"};

const std::array<const char *, 64> lastNames = {
        "Doe",      "Smith",   "Chen",   "Brown",   "Khan",      "Garcia",   "Nguyen",  "Patel",
        "Kim",      "Lopez",   "Muller", "Rossi",   "Silva",     "Ivanova",  "Tanaka",  "Okafor",
        "Johnson",  "Martin",  "Ahmed",  "Santos",  "Wilson",    "Novak",    "Haddad",  "Kowalski",
        "Moreau",   "Jensen",  "Ali",    "Walker",  "Sato",      "Costa",    "Schmidt", "Park",
        "Anderson", "Dubois",  "Reyes",  "Fischer", "Thompson",  "Singh",    "Hughes",  "Yamamoto",
        "Clark",    "Bianchi", "Lewis",  "Mendes",  "Wright",    "Ortiz",    "Taylor",  "Gomez",
        "Young",    "Larsen",  "Hall",   "Suzuki",  "Murphy",    "Nakamura", "Evans",   "Petrov",
        "Baker",    "Romero",  "Lee",    "Adams",   "Fernandez", "Scott",    "Cruz",    "Mitchell"};

const std::array<City, 40> cities = {{
        {"San Francisco", "CA", "USA", "US", "USA"},
        {"New York", "NY", "USA", "US", "USA"},
        {"Austin", "TX", "USA", "US", "USA"},
        {"Seattle", "WA", "USA", "US", "USA"},
        {"Chicago", "IL", "USA", "US", "USA"},
        {"Denver", "CO", "USA", "US", "USA"},
        {"Boston", "MA", "USA", "US", "USA"},
        {"Portland", "OR", "USA", "US", "USA"},
        {"Phoenix", "AZ", "USA", "US", "USA"},
        {"Atlanta", "GA", "USA", "US", "USA"},
        {"Miami", "FL", "USA", "US", "USA"},
        {"Philadelphia", "PA", "USA", "US", "USA"},
        {"San Diego", "CA", "USA", "US", "USA"},
        {"Nashville", "TN", "USA", "US", "USA"},
        {"Minneapolis", "MN", "USA", "US", "USA"},
        {"Columbus", "OH", "USA", "US", "USA"},
        {"Charlotte", "NC", "USA", "US", "USA"},
        {"Detroit", "MI", "USA", "US", "USA"},
        {"Houston", "TX", "USA", "US", "USA"},
        {"Los Angeles", "CA", "USA", "US", "USA"},
        {"Toronto", "ON", "Canada", "CA", "CAN"},
        {"Vancouver", "BC", "Canada", "CA", "CAN"},
        {"London", "England", "United Kingdom", "GB", "GBR"},
        {"Manchester", "England", "United Kingdom", "GB", "GBR"},
        {"Paris", "Ile-de-France", "France", "FR", "FRA"},
        {"Lyon", "Auvergne-Rhone-Alpes", "France", "FR", "FRA"},
        {"Berlin", "Berlin", "Germany", "DE", "DEU"},
        {"Munich", "Bavaria", "Germany", "DE", "DEU"},
        {"Madrid", "Madrid", "Spain", "ES", "ESP"},
        {"Barcelona", "Catalonia", "Spain", "ES", "ESP"},
        {"Rome", "Lazio", "Italy", "IT", "ITA"},
        {"Milan", "Lombardy", "Italy", "IT", "ITA"},
        {"Amsterdam", "North Holland", "Netherlands", "NL", "NLD"},
        {"Stockholm", "Stockholm", "Sweden", "SE", "SWE"},
        {"Tokyo", "Tokyo", "Japan", "JP", "JPN"},
        {"Osaka", "Osaka", "Japan", "JP", "JPN"},
        {"Singapore", "Singapore", "Singapore", "SG", "SGP"},
        {"Sydney", "NSW", "Australia", "AU", "AUS"},
        {"Melbourne", "VIC", "Australia", "AU", "AUS"},
        {"Mumbai", "Maharashtra", "India", "IN", "IND"},
}};

const std::array<const char *, 32> streets = {
        "Main",   "Oak",      "Maple",    "Cedar",  "Pine",     "Elm",     "Washington", "Lake",
        "Hill",   "Park",     "Sunset",   "River",  "Highland", "Church",  "Mill",       "Spring",
        "Walnut", "Chestnut", "Broadway", "Market", "Lincoln",  "Jackson", "Franklin",   "Willow",
        "Meadow", "Harbor",   "Forest",   "Ridge",  "Valley",   "Orchard", "Madison",    "Grove"};

const std::array<const char *, 8> streetTypes
        = {"St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Way", "Ct"};

const std::array<Airport, 30> airports = {{
        {"JFK", "New York"},     {"LAX", "Los Angeles"}, {"SFO", "San Francisco"},
        {"ORD", "Chicago"},      {"ATL", "Atlanta"},     {"DFW", "Dallas"},
        {"DEN", "Denver"},       {"SEA", "Seattle"},     {"BOS", "Boston"},
        {"MIA", "Miami"},        {"LAS", "Las Vegas"},   {"PHX", "Phoenix"},
        {"IAH", "Houston"},      {"MSP", "Minneapolis"}, {"DTW", "Detroit"},
        {"PHL", "Philadelphia"}, {"CLT", "Charlotte"},   {"EWR", "Newark"},
        {"LGA", "New York"},     {"MCO", "Orlando"},     {"SAN", "San Diego"},
        {"PDX", "Portland"},     {"AUS", "Austin"},      {"BNA", "Nashville"},
        {"LHR", "London"},       {"CDG", "Paris"},       {"FRA", "Frankfurt"},
        {"NRT", "Tokyo"},        {"YYZ", "Toronto"},     {"SYD", "Sydney"},
}};

const std::array<const char *, 4> emailDomains
        = {"example.com", "example.org", "example.net", "mail.example.com"};

const std::array<const char *, 24> products
        = {"Wireless Earbuds",    "Espresso Machine", "Running Shoes", "Desk Lamp",
           "Water Bottle",        "Yoga Mat",         "Backpack",      "Bluetooth Speaker",
           "Mechanical Keyboard", "Office Chair",     "Air Purifier",  "Smart Watch",
           "Digital Camera",      "Electric Kettle",  "Hiking Boots",  "Laptop Stand",
           "Gaming Mouse",        "Coffee Grinder",   "Tablet Case",   "Skateboard",
           "Sunglasses",          "Wall Clock",       "Cookware Set",  "Portable Charger"};

const std::array<const char *, 16> companies
        = {"Northwind Traders", "Bluebird Logistics", "Acme Analytics", "Summit Health",
           "Harbor Foods",      "Pinecrest Media",    "Redwood Labs",   "Lumen Energy",
           "Atlas Outfitters",  "Cobalt Systems",     "Meadow Bakery",  "Orbit Travel",
           "Granite Insurance", "Silverline Motors",  "Willow Design",  "Keystone Bank"};

// Frames of free text: "[a|b]" is a choice, {product}, {city}, {first}, {day} and {company}
// are filled from the lists above (FieldValues::sentence), so notes, reasons and messages
// read like many different people wrote them.
const std::array<const char *, 24> sentences = {
        "The customer wants to [change|update|correct] the [delivery address|shipping date|phone "
        "number|billing name] [before the order ships|by {day}|for the {product}].",
        "The [user|customer|client] asked for a [refund|replacement|store credit] because the "
        "{product} arrived [damaged|late|scratched|in the wrong colour].",
        "[Look up|Check|Verify] the [order|account|booking] first, then [confirm|review|update] "
        "the [items|details|dates] with the [user|customer].",
        "[Customer|Passenger|{first}] would like to [upgrade|change|downgrade] the [cabin|seat] "
        "for [both flights|the return leg|the outbound flight|the trip on {day}].",
        "The [package|parcel|delivery] [has not arrived|is missing|was sent back] and tracking "
        "has not updated for [two|three|five|six] days.",
        "Please [double-check|confirm|verify] the [payment method|shipping address|quantity] "
        "before [placing|submitting|finalising] the order.",
        "The [user|guest|traveller] prefers [an aisle|a window] seat and a [vegetarian|vegan|"
        "kosher|gluten-free] meal.",
        "Requesting an exchange for a [larger|smaller|different] [size|colour|model] of the same "
        "{product}.",
        "The [meeting|call|review] with {company} was moved to {day} [afternoon|morning]; send "
        "the new invite.",
        "[User|Customer|{first}] reports that the app [crashes|freezes|logs out] when "
        "[uploading a photo|opening settings|paying by card|switching accounts].",
        "Verify the [user's|customer's|caller's] identity before sharing any [account|billing|"
        "order] details.",
        "The reservation needs [one|two] extra [checked bags|seats] for the [return flight|trip "
        "to {city}].",
        "[Customer|{first}] is asking whether the warranty covers [water damage|a cracked "
        "screen|battery failure] on the {product}.",
        "Summarise the last [three|five|ten] [tickets|emails|orders] and flag anything [urgent|"
        "overdue|unusual].",
        "The invoice [total|amount|tax] does not match the [quoted price|estimate] from "
        "{company}.",
        "Ask {first} which of the two [addresses|cards|phone numbers] on file should be used.",
        "The order contains a gift for {first} and should ship without a [receipt|price tag].",
        "The [user|customer] wants to cancel because the [order|booking] was [placed by "
        "mistake|a duplicate|no longer needed].",
        "Transfer the conversation to a human agent for the [billing dispute|refund request|lost "
        "luggage claim].",
        "Compare [both|all three] options and recommend the [cheaper|faster|closer] one.",
        "{first} from {company} needs the {product} delivered to {city} by {day}.",
        "[Remind|Tell] {first} that the [deadline|appointment|pickup] is on {day}.",
        "[Great|Thanks for the] [service|help] in {city}; the {product} works [perfectly|as "
        "described].",
        "[Running|Arriving] [late|early] to {city}, please [hold|keep] the [booking|table|room] "
        "until {day}."};

const std::array<const char *, 16> searches
        = {"wireless headphones [under 100|with noise cancelling|for running]",
           "flights to {city} [on|after|before] {day}",
           "[vegan|thai|italian] restaurants [nearby|in {city}]",
           "running shoes size [8|9|10|11|12]",
           "hotel [with free parking|near the station] in {city}",
           "weather [this weekend|on {day}] in {city}",
           "[quarterly|annual|monthly] sales report {company}",
           "[python|rust|sql] [date parsing|string split|json output]",
           "best {product} [2025|deals|reviews]",
           "return policy [for|on] {product}",
           "standing desk [for small rooms|with drawers|under 300]",
           "museum opening hours {city}",
           "{product} [price|reviews|near me]",
           "laptop stand [aluminum|adjustable|foldable]",
           "train to {city} [tomorrow|on {day}|this weekend]",
           "[gluten free|organic|late night] bakery in {city}"};

const std::array<const char *, 12> titles = {"[Quarterly|Annual|Weekly] Planning Review",
                                             "Order Delayed in [Transit|{city}]",
                                             "Welcome to the Team, {first}",
                                             "[Weekend|Business] Trip to {city}",
                                             "Invoice for [March|April|May|June|July]",
                                             "{product} Launch Checklist",
                                             "Refund Request [for {product}|from {first}]",
                                             "Team Offsite Agenda [in|near] {city}",
                                             "Flight Change Confirmation",
                                             "[Monthly|Quarterly] Budget Summary",
                                             "New Feature Proposal [from|by] {first}",
                                             "{company} Feedback Digest"};

const std::array<const char *, 40> nouns
        = {"harbor",  "garden",  "report", "ticket",  "invoice", "project", "meeting", "order",
           "package", "account", "review", "journey", "update",  "budget",  "library", "studio",
           "market",  "summit",  "bridge", "canvas",  "signal",  "compass", "meadow",  "lantern",
           "orchard", "voyage",  "anchor", "beacon",  "harvest", "pixel",   "quartz",  "river",
           "saddle",  "timber",  "velvet", "willow",  "atlas",   "ember",   "falcon",  "glacier"};

const std::array<const char *, 24> adjectives
        = {"quiet",  "bright", "rapid",  "gentle",  "bold",  "silver", "golden", "hidden",
           "modern", "rustic", "urban",  "coastal", "early", "annual", "weekly", "primary",
           "secure", "simple", "steady", "vivid",   "warm",  "crisp",  "lucky",  "noble"};

} // namespace Callwright::WordLists
