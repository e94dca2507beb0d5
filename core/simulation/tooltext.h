#pragma once

#include "model/tool.h"

#include <QString>

#include <utility>

namespace Callwright::ToolText {

/// "order_id", "orderId" and "order-id" all read "order id".
QString humanize(const QString &identifier);

/// What a user asks for when they want the tool, as a verb phrase without a final period:
/// "Cancel a pending order. If …" gives "cancel a pending order"; a description that does not
/// start with a verb gives the humanized name ("find user id by email").
QString requestPhrase(const Tool &tool);

/// A short name for what the tool deals with, for telling several results apart: the
/// humanized name without its leading verb ("get_order_details" gives "order details").
QString topic(const Tool &tool);

/// The argument a call is about, to name it in a request or a report: the first identifier
/// ("order_id" gives {"order_id", "#W2584782"}), else the first short one-word string; the key
/// and valueText() of it, or empty strings when there is none. With a hint (the request
/// phrase), an identifier the hint names comes first ("a reservation": "reservation_id").
std::pair<QString, QString> subject(const Json &arguments, const QString &hint = QString());

/// The canonical text of a scalar value as people write it: strings as they are, integers
/// without a fraction, numbers in their shortest exact form, booleans "true"/"false". The
/// embedded user writes values this way and the verifier looks for exactly this text.
QString valueText(const Json &value);

/// The fields a call of the tool returns: the returns schema's properties when it has named
/// ones; otherwise what a typical API of that name answers — a status, the identifiers it
/// was given, and identifiers its name promises ("find_user_id_by_email" yields "user_id").
/// The embedded tool agent answers with exactly this schema, and the planner chains on it.
Json effectiveReturns(const Tool &tool);

/// Whether text says needle as a whole token, ignoring case ("5" is not found in "15").
/// The verifier grounds values this way, and the embedded user does not repeat what it said.
bool mentions(const QString &text, const QString &needle);

/// True when effectiveReturns() is the tool's own schema rather than a stand-in.
bool hasDeclaredReturns(const Tool &tool);

} // namespace Callwright::ToolText
