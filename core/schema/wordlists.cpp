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

const std::array<const char *, 64> lastNames
        = {"Doe",     "Smith",    "Chen",     "Brown",  "Khan",      "Garcia", "Nguyen",
           "Patel",   "Kim",      "Lopez",    "Muller", "Rossi",     "Silva",  "Ivanova",
           "Tanaka",  "Okafor",   "Johnson",  "Martin", "Ahmed",     "Santos", "Wilson",
           "Novak",   "Haddad",   "Kowalski", "Moreau", "Jensen",    "Ali",    "Walker",
           "Sato",    "Costa",    "Schmidt",  "Park",   "Anderson",  "Dubois", "Reyes",
           "Fischer", "Thompson", "Singh",    "Hughes", "Yamamoto",  "Clark",  "Bianchi",
           "Lewis",   "Mendes",   "Wright",   "Ortiz",  "Taylor",    "Gomez",  "Young",
           "Larsen",  "Hall",     "Suzuki",   "Murphy", "Nakamura",  "Evans",  "Petrov",
           "Baker",   "Romero",   "Lee",      "Adams",  "Fernandez", "Scott",  "Cruz",
           "Mitchell"};

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

const std::array<const char *, 20> sentences
        = {"The customer wants to change the delivery address before the order ships.",
           "The user asked for a refund because the item arrived damaged.",
           "I should look up the order first, then confirm the items with the user.",
           "Customer would like to upgrade the cabin for both flights.",
           "The package has not arrived and tracking has not updated for five days.",
           "Please double-check the payment method before placing the order.",
           "The user prefers an aisle seat and a vegetarian meal.",
           "Requesting an exchange for a larger size of the same jacket.",
           "The meeting was moved to Thursday afternoon; send the new invite.",
           "User reports that the app crashes when uploading a photo.",
           "Verify the user's identity before sharing any account details.",
           "The reservation needs one extra checked bag for the return flight.",
           "Customer is asking whether the warranty covers water damage.",
           "Summarise the last three tickets and flag anything urgent.",
           "The invoice total does not match the quoted price.",
           "Ask the user which of the two addresses on file should be used.",
           "The order contains a gift and should ship without a receipt.",
           "The user wants to cancel because the order was placed by mistake.",
           "Transfer the conversation to a human agent for the billing dispute.",
           "Compare both options and recommend the cheaper one."};

const std::array<const char *, 16> searches
        = {"wireless headphones",    "flights to Chicago",      "vegan restaurants nearby",
           "running shoes size 10",  "hotel with free parking", "weather this weekend",
           "quarterly sales report", "python date parsing",     "best coffee grinder",
           "return policy",          "standing desk",           "museum opening hours",
           "kids bike helmet",       "laptop stand aluminum",   "train to Boston",
           "gluten free bakery"};

const std::array<const char *, 12> titles = {"Quarterly Planning Review",
                                             "Order Delayed in Transit",
                                             "Welcome to the Team",
                                             "Weekend Trip to Portland",
                                             "Invoice for March",
                                             "Product Launch Checklist",
                                             "Refund Request",
                                             "Team Offsite Agenda",
                                             "Flight Change Confirmation",
                                             "Monthly Budget Summary",
                                             "New Feature Proposal",
                                             "Customer Feedback Digest"};

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
