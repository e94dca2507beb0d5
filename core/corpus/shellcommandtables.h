#pragma once

// What ShellCommand knows about particular programs; not part of its interface.

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Callwright::ShellCommand::Tables {

/// Programs whose first words name a capability, and how many of them do ("aws s3 cp").
const QHash<QString, int> &subcommandDepths();
/// kubectl and oc commands, and docker's management commands, that take a further word
/// ("oc adm top", "docker compose up").
bool takesSecondWord(const QString &program, const QString &first);
/// Programs whose first word is a bundle of options without a dash ("tar xvf", "ps aux").
bool bundlesFirstWord(const QString &program);
/// Programs whose options are whole words after one dash ("find -name", "openssl -in").
bool singleDashWords(const QString &program);
/// Short options by program: "n=namespace" takes a value, "A:all_namespaces" is a switch.
const QHash<QString, QStringList> &shortOptionTable();
/// Long options that never take a value.
bool isKnownSwitch(const QString &name);
/// Every program named in these tables and a list of common ones.
const QSet<QString> &knownPrograms();

} // namespace Callwright::ShellCommand::Tables
