#include "demoproject.h"

#include "openaiimporter.h"
#include "store/projectstore.h"

#include <QCoreApplication>

namespace Callwright {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoProject)
};
} // namespace

StoreError createDemoProject(const QString &path)
{
    ProjectStore store;
    StoreError error = store.create(path, Tr::tr("Callwright demo: tau-bench retail and airline"));
    if (error)
        return error;
    const struct
    {
        const char *resource;
        const char *name;
        const char *description;
    } catalogs[] = {
            {":/demo/retail_tools.openai.json", "retail",
             "tau-bench retail: orders, returns, exchanges and user lookups"},
            {":/demo/airline_tools.openai.json", "airline",
             "tau-bench airline: reservations, flights, baggage and cancellations"},
    };
    for (const auto &c : catalogs) {
        QString message;
        std::optional<Catalog> catalog
                = OpenAiImporter::readFile(QString::fromLatin1(c.resource), nullptr, &message);
        if (!catalog)
            return {StoreError::Kind::Invalid, message};
        catalog->name = QString::fromLatin1(c.name);
        catalog->description = QString::fromLatin1(c.description);
        for (Tool &tool : catalog->tools)
            tool.tags.append(catalog->name);
        if (!store.insertCatalog(*catalog))
            return store.lastError();
    }
    return {};
}

} // namespace Callwright
