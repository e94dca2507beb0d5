#pragma once

#include "model/catalog.h"
#include "model/projectdocument.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Callwright::UiTestSupport {

/// Keeps tests away from the user's settings and data folders, and from each other's: ctest
/// runs test executables in parallel, so each gets a settings file named after itself, and
/// settings kept under fixed names (the endpoint profiles the CLI shares) go to a folder of
/// the process's own.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CallwrightUiTests"));
    QCoreApplication::setApplicationName(
            QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
}

inline Tool makeTool(const char *name, const char *description,
                     std::initializer_list<const char *> parameters)
{
    Tool tool;
    tool.name = QString::fromUtf8(name);
    tool.description = QString::fromUtf8(description);
    Json properties = Json::object();
    for (const char *p : parameters)
        properties[p] = Json{{"type", "string"}};
    tool.parameters = Json{{"type", "object"}, {"properties", properties}};
    return tool;
}

/// A catalog of three retail tools.
inline Catalog retailCatalog()
{
    Catalog catalog;
    catalog.name = QStringLiteral("retail");
    catalog.description = QStringLiteral("Orders and returns of an online shop");
    catalog.tools.push_back(makeTool("find_user_id_by_email", "Find a user id by their email.",
                                     {"email"}));
    catalog.tools.push_back(makeTool("get_order_details", "Get the status and items of an order.",
                                     {"order_id"}));
    catalog.tools.push_back(makeTool("return_delivered_order_items",
                                     "Return some items of a delivered order.",
                                     {"order_id", "item_ids", "payment_method_id"}));
    return catalog;
}

/// Writes a project named name with the retail catalog to path.
inline bool writeProject(const QString &path, const QString &name)
{
    StoreError error;
    auto document = ProjectDocument::create(path, name, &error);
    if (!document) {
        qWarning("%s", qPrintable(error.message));
        return false;
    }
    document->addCatalog(retailCatalog());
    return document->catalogs().size() == 1;
}

} // namespace Callwright::UiTestSupport
