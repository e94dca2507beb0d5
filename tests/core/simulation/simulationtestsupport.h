#pragma once

#include "catalog/catalogimporter.h"
#include "model/dialogue.h"
#include "testsupport.h"

#include <QString>

namespace SimulationTestSupport {

/// The bundled tau-bench catalog of that name ("retail", "airline").
inline Callwright::Catalog demoCatalog(const char *name)
{
    QString error;
    const QString path
            = Callwright::TestSupport::sourceDir()
              + QStringLiteral("/resources/demo/%1_tools.openai.json").arg(QLatin1String(name));
    auto catalog = Callwright::CatalogImporter::readFile(path, nullptr, &error);
    if (!catalog)
        qFatal("%s", qPrintable(error));
    catalog->id = 1;
    catalog->name = QLatin1String(name);
    return *catalog;
}

/// A dialogue as text to compare: everything but the figures measured while it was made.
inline std::string content(Callwright::Dialogue d)
{
    d.createdAtMs = 0;
    d.id = 0;
    d.jobId = 0;
    d.uid.clear();
    for (Callwright::CallRecord &c : d.calls) {
        c.startedAtMs = 0;
        c.durationUs = 0;
    }
    return Callwright::Json(d).dump();
}

/// A readable transcript, for failure messages.
inline QString transcript(const Callwright::Dialogue &d)
{
    QString out;
    for (const Callwright::Message &m : d.messages) {
        out += QLatin1String(Callwright::messageRoleName(m.role)) + QStringLiteral(": ")
               + m.content;
        for (const Callwright::ToolCall &c : m.toolCalls)
            out += QStringLiteral(" [call %1 %2 %3]")
                           .arg(c.id, c.toolName, QString::fromStdString(c.arguments.dump()));
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace SimulationTestSupport
