#include "commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Callwright"));
    QCoreApplication::setApplicationName(QStringLiteral("callwright-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLWRIGHT_VERSION));
    return Callwright::Cli::run(app.arguments().mid(1));
}
