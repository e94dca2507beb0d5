#pragma once

#include <QString>
#include <QStringList>

namespace Callwright::FieldText {

/// Words of an identifier, normalised so that names written differently compare equal:
/// snake, kebab, dot and camel case are split ("getUserID" -> get user id), words are lower
/// case and singular ("orders" -> order), abbreviations and synonyms take one spelling
/// (identifier, uuid, key -> id; no, num, nr -> number; username -> user name), and digits
/// are dropped (an ordinal such as the 1 of address1 is returned through *ordinal).
QStringList identifierWords(const QString &identifier, QString *ordinal = nullptr);

/// Content words of free text: lower case, singular, stop words and numbers dropped, the
/// identifier synonyms applied. Identifiers inside the text are split as identifiers.
QStringList textWords(const QString &text);

/// The singular of an English word, by suffix rules with a list of exceptions.
QString singular(const QString &word);

/// True for verbs that open tool names ("get", "find", "cancel"); producer verbs are those
/// whose result is the thing named after them (get, find, list, search, create, book ...),
/// as opposed to verbs that change or end something (cancel, delete, modify, send ...).
bool isToolVerb(const QString &word);
bool isProducerVerb(const QString &word);

/// True for prepositions and articles that end the object of a tool name
/// ("find_user_id_by_email": the object is "user id").
bool isNameBreak(const QString &word);

/// Words that say "a record of" rather than what the record is ("details", "info", "list").
bool isRecordWord(const QString &word);

} // namespace Callwright::FieldText
