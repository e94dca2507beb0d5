#include "syntheticdialogues.h"

#include <QStringList>

#include <array>

namespace Callwright::TestData {

namespace {

// SplitMix64: tiny, and its output is fixed by the algorithm, unlike <random>'s distributions.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[std::size_t(below(int(N)))];
    }

private:
    quint64 m_state;
};

const std::array<const char *, 48> kWords
    = {"please", "could",    "you",      "check",   "the",      "status",  "of",      "my",
       "order",  "refund",   "payment",  "flight",  "tomorrow", "morning", "hotel",   "near",
       "center", "weather",  "invoice",  "account", "thanks",   "again",   "quickly", "before",
       "after",  "meeting",  "package",  "arrived", "damaged",  "replace", "cheaper", "option",
       "also",   "need",     "receipt",  "email",   "confirm",  "booking", "cancel",  "update",
       "ticket", "priority", "customer", "support", "delivery", "address", "changed", "café"};

const std::array<const char *, 8> kNames
    = {"Ada Okafor", "Zoë Ångström", "李雷",         "Mateus Souza",
       "Priya Nair", "Jonas Weber",  "Fatima Zahra", "Kenji Sato"};
const std::array<const char *, 6> kTraits
    = {"impatient", "precise", "friendly", "skeptical", "verbose", "polite"};
const std::array<const char *, 4> kStyles
    = {"short sentences", "formal", "casual with emoji 👍", "asks follow-ups"};
const std::array<const char *, 5> kCities
    = {"Lisbon", "Nairobi", "Osaka", "Montréal", "Reykjavík"};

struct ToolShape
{
    const char *name;
    const char *description;
};
const std::array<ToolShape, 8> kTools = {{
    {"get_order", "Look up an order by its number"},
    {"refund_payment", "Refund all or part of a payment"},
    {"search_flights", "Find flights between two airports on a date"},
    {"book_hotel", "Reserve a hotel room"},
    {"get_weather", "Current weather for a city"},
    {"convert_currency", "Convert an amount between currencies"},
    {"create_ticket", "Open a support ticket"},
    {"track_package", "Where a parcel is now"},
}};

QString sentence(Rng &rng, int minWords, int maxWords)
{
    const int n = minWords + rng.below(maxWords - minWords + 1);
    QStringList words;
    for (int i = 0; i < n; ++i)
        words << QString::fromUtf8(rng.pick(kWords));
    QString s = words.join(QLatin1Char(' '));
    s[0] = s[0].toUpper();
    return s + (rng.chance(20) ? QStringLiteral("?") : QStringLiteral("."));
}

Json argumentsFor(Rng &rng, int tool, const QString &orderNumber)
{
    const double amount = double(rng.below(100000)) / 100.0;
    switch (tool) {
    case 0:
        return Json{{"order_id", orderNumber}};
    case 1:
        return Json{{"order_id", orderNumber}, {"amount", amount}, {"reason", "damaged"}};
    case 2:
        return Json{{"origin", "LIS"},
                    {"destination", rng.pick(kCities)},
                    {"date", "2025-03-1" + std::to_string(rng.below(10))},
                    {"passengers", 1 + rng.below(4)}};
    case 3:
        return Json{{"city", rng.pick(kCities)},
                    {"nights", 1 + rng.below(7)},
                    {"breakfast", rng.chance(50)}};
    case 4:
        return Json{{"city", rng.pick(kCities)}, {"unit", "celsius"}};
    case 5:
        return Json{{"amount", amount}, {"from", "EUR"}, {"to", "JPY"}};
    case 6:
        return Json{{"title", "Order " + orderNumber.toStdString() + " arrived damaged"},
                    {"priority", rng.below(3)},
                    {"tags", Json::array({"shipping", "damage"})}};
    default:
        return Json{{"tracking_number", "TRK" + std::to_string(rng.next() % 1000000)}};
    }
}

Json responseFor(Rng &rng, int tool, const Json &request, bool isError)
{
    if (isError)
        return Json{{"error", "rate limited"}, {"retry_after_s", rng.below(30)}};
    Json r{{"status", "ok"}, {"tool", kTools[std::size_t(tool)].name}};
    if (request.contains("order_id"))
        r["order_id"] = request["order_id"];
    r["total"] = double(rng.below(50000)) / 100.0;
    if (rng.chance(25))
        r["items"] = Json::array(
            {{{"sku", "SKU-" + std::to_string(rng.below(9999))}, {"qty", 1 + rng.below(3)}}});
    return r;
}

} // namespace

QString syntheticUid(quint64 seed, qint64 index)
{
    return QStringLiteral("job%1-%2").arg(seed).arg(index);
}

QString syntheticOrderNumber(qint64 index)
{
    return QStringLiteral("ORD-%1").arg(1000000 + index);
}

Dialogue syntheticDialogue(quint64 seed, qint64 index, qint64 catalogId)
{
    Rng rng(seed * 0x100000001b3ULL ^ quint64(index) * 0x9e3779b97f4a7c15ULL);
    const QString orderNumber = syntheticOrderNumber(index);
    Dialogue d;
    d.uid = syntheticUid(seed, index);
    d.catalogId = catalogId;
    d.jobId = qint64(seed % 1000) + index / 10000;
    d.engine = rng.chance(70) ? QStringLiteral("embedded") : QStringLiteral("openai-gpt4o");
    d.seed = rng.next(); // the full 64-bit range, above INT64_MAX half of the time
    d.createdAtMs = 1735689600000LL + index * 1375;

    d.persona.name = QString::fromUtf8(rng.pick(kNames));
    d.persona.background = sentence(rng, 4, 8);
    for (int i = 0, n = 1 + rng.below(3); i < n; ++i)
        d.persona.traits << QString::fromUtf8(rng.pick(kTraits));
    d.persona.speakingStyle = QString::fromUtf8(rng.pick(kStyles));

    d.plan.goal = QStringLiteral("Sort out order %1 and plan a trip").arg(orderNumber);
    d.messages.push_back({Message::Role::System,
                          QStringLiteral("You are a careful assistant. Use tools when needed."),
                          {},
                          {},
                          {}});
    int callCounter = 0;
    const int steps = rng.chance(30) ? 2 : 1;
    for (int s = 0; s < steps; ++s) {
        PlanStep step;
        const bool chitChat = s > 0 && rng.chance(20);
        step.kind = chitChat ? PlanStep::Kind::ChitChat
                             : (rng.chance(15) ? PlanStep::Kind::ParallelCalls
                                               : PlanStep::Kind::SingleCall);
        step.intent = sentence(rng, 3, 6);
        QString userText = sentence(rng, 5, 12);
        if (s == 0)
            userText += QStringLiteral(" My order is %1.").arg(orderNumber);
        d.messages.push_back({Message::Role::User, userText, {}, {}, {}});
        if (chitChat) {
            d.messages.push_back({Message::Role::Assistant, sentence(rng, 4, 10), {}, {}, {}});
            d.plan.steps.push_back(step);
            continue;
        }
        Message assistant{Message::Role::Assistant, QString(), {}, {}, {}};
        const int calls = step.kind == PlanStep::Kind::ParallelCalls ? 2 : 1;
        std::vector<Message> answers;
        for (int c = 0; c < calls; ++c) {
            const int tool = rng.below(int(kTools.size()));
            const QString toolName = QString::fromLatin1(kTools[std::size_t(tool)].name);
            ++callCounter;
            PlannedCall planned;
            planned.ref = callCounter;
            planned.toolName = toolName;
            planned.arguments = argumentsFor(rng, tool, orderNumber);
            planned.hidden = rng.chance(15);
            step.calls.push_back(planned);

            ToolCall call{QStringLiteral("call_%1_%2").arg(index).arg(callCounter), toolName,
                          planned.arguments};
            assistant.toolCalls.push_back(call);

            CallRecord record;
            record.callId = call.id;
            record.toolName = toolName;
            record.request = call.arguments;
            if (callCounter > 1 && rng.chance(50)) {
                record.envelope
                    = rng.chance(50)
                          ? Json{{"prior",
                                  Json::array({{{"ref", callCounter - 1}, {"ok", true}}})}}
                          : Json{{"state_token", "st_" + std::to_string(rng.next() % 100000)}};
            }
            record.isError = rng.chance(5);
            record.response = responseFor(rng, tool, record.request, record.isError);
            record.requestHash = requestHashOf(toolName, record.request, record.envelope);
            record.startedAtMs = d.createdAtMs + callCounter * 850;
            record.durationUs = 200 + rng.below(90000);
            if (rng.chance(10)) {
                record.issues.push_back({ValidationIssue::Severity::Warning,
                                         QStringLiteral("/amount"), QStringLiteral("grounding"),
                                         QStringLiteral("amount is not in the user's words")});
            }
            d.calls.push_back(record);
            answers.push_back({Message::Role::Tool,
                               QString::fromStdString(record.response.dump()),
                               {},
                               call.id,
                               toolName});
        }
        d.messages.push_back(assistant);
        for (Message &answer : answers)
            d.messages.push_back(std::move(answer));
        d.messages.push_back({Message::Role::Assistant, sentence(rng, 5, 12), {}, {}, {}});
        d.plan.steps.push_back(step);
    }

    if (rng.chance(50)) {
        d.scores.push_back({QStringLiteral("naturalness"), 1.0 + rng.below(9) * 0.5,
                            QStringLiteral("embedded"), QString()});
        d.scores.push_back({QStringLiteral("coherence"), double(rng.below(1000)) / 1000.0,
                            QStringLiteral("judge-gpt4o"), sentence(rng, 5, 9)});
    }
    const int status = rng.below(10);
    if (status >= 7) {
        d.status = status == 9 ? ReviewStatus::Rejected : ReviewStatus::Accepted;
        if (d.status == ReviewStatus::Rejected)
            d.reviewNote = QStringLiteral("The refund amount is not grounded.");
    } else if (status == 6) {
        d.status = ReviewStatus::NeedsFix;
    }
    return d;
}

std::vector<Dialogue> syntheticBatch(quint64 seed, qint64 first, int count, qint64 catalogId)
{
    std::vector<Dialogue> batch;
    batch.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i)
        batch.push_back(syntheticDialogue(seed, first + i, catalogId));
    return batch;
}

Catalog syntheticCatalog(const QString &name)
{
    Catalog catalog;
    catalog.name = name;
    catalog.description = QStringLiteral("Tools of a travel and retail help desk");
    catalog.envelope = EnvelopeStrategy::StateToken;
    for (const ToolShape &shape : kTools) {
        Tool tool;
        tool.name = QString::fromLatin1(shape.name);
        tool.description = QString::fromLatin1(shape.description);
        tool.parameters = Json{{"type", "object"},
                               {"properties", {{"id", {{"type", "string"}}}}},
                               {"required", Json::array({"id"})}};
        tool.returns = Json{{"type", "object"}};
        tool.tags << QStringLiteral("demo");
        tool.origin.kind = ToolOrigin::Kind::OpenAI;
        tool.origin.source = QStringLiteral("catalog.json");
        catalog.tools.push_back(tool);
    }
    return catalog;
}

} // namespace Callwright::TestData
