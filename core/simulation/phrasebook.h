#pragma once

#include "model/persona.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace Callwright {

class Rng;

/// The embedded engine's language: personas, and the sentence frames each speaking style
/// chooses from. Every frame is filled completely; the verifier's placeholder check would
/// catch one that is not.
namespace Phrasebook {

enum class Style { Formal, Casual, Terse, Chatty, Warm, Hurried };

/// The built-in personas; their speakingStyle names one of the styles.
const std::vector<Persona> &personas();
Style styleOf(const Persona &persona);

/// A literal value the user states, with the parameter's readable name.
struct Slot
{
    QString name;          ///< humanized parameter name, e.g. "order id"
    QString value;         ///< ToolText::valueText of the value, or a list of them
    bool flag = false;     ///< a boolean: "name: yes"
    bool personal = false; ///< about the speaker (email, name, address…): "my email is …"
};

/// Expands "[a|b|c]" alternatives (not nested) with the generator: one frame stands for many
/// sentences, which is where the variety of embedded text comes from.
QString expand(Rng &rng, const QString &frame);

/// A long request phrase said by its head alone, half of the time: "search direct flights
/// between two cities on a specific date" gives "search direct flights".
QString shortened(Rng &rng, const QString &phrase);

QString greeting(Rng &rng, Style style);
QString closing(Rng &rng, Style style);
/// The user saying who they are, from the persona's name ("First Last").
QString introduction(Rng &rng, Style style, const QString &name);
/// A request for one thing, from the tool's request phrase.
QString request(Rng &rng, Style style, const QString &phrase);
/// What to add to a request phrase to name the value it is about: " for order #W2584782".
QString naming(Rng &rng, const Slot &about);
/// Two or three things in one turn.
QString requestMany(Rng &rng, Style style, const QStringList &phrases);
/// First this, then that, the second using the first's result.
QString requestSequence(Rng &rng, Style style, const QStringList &phrases);
/// The values, in one or two sentences.
QString slots(Rng &rng, Style style, const std::vector<Slot> &slots);
/// A reminder that a value was given earlier: "Same order id as before."
QString sameAsBefore(Rng &rng, const QString &name);
/// A sentence of background a user adds: who it is for, where, when.
QString context(Rng &rng, Style style);
/// The answer to the assistant's question about one value.
QString clarificationAnswer(Rng &rng, Style style, const Slot &slot);
QString chitChat(Rng &rng, Style style, QString *topic);
/// Something no tool serves, avoiding words of the catalog's tools.
QString unsupportedTopic(Rng &rng, const QStringList &avoidWords);

// The assistant's side: one professional voice with varied wording.
// \a about names what the call is about ("order #W2584782"), or is empty.
QString askFor(Rng &rng, const QString &name, const QString &phrase, const QString &about);
QString beforeCalls(Rng &rng, const QString &about);
QString retryAfterError(Rng &rng, const QString &missingName, const QString &about);
QString decline(Rng &rng, const QString &topic, const QStringList &capabilities);
QString chitChatReply(Rng &rng, const QString &topic);
/// What one call gave, as the assistant tells it.
struct Reported
{
    QString topic;        ///< what the call dealt with (ToolText::topic), to tell calls apart
    QString subjectName;  ///< the value the call was about, e.g. "order id" …
    QString subjectValue; ///< … "#W2584782"; empty when the call named none
    std::vector<std::pair<QString, QString>> facts; ///< (readable field, value) of the result
};
/// A reply that reports the results of one or more calls.
QString report(Rng &rng, const std::vector<Reported> &calls);

} // namespace Phrasebook

} // namespace Callwright
