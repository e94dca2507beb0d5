#include "commands.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Callwright"));
    QCoreApplication::setApplicationName(QStringLiteral("callwright-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLWRIGHT_VERSION));
    QTranslator translator;
    // Locales without a catalogue (and C/POSIX) still need English plural forms.
    if (translator.load(QLocale(), QStringLiteral("callwright"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/callwright_en.qm")))
        QCoreApplication::installTranslator(&translator);
    return Callwright::Cli::run(app.arguments().mid(1));
}
