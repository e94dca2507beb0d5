// The Callwright workbench: application setup and command-line parsing, nothing else.

#include "backends/endpointprofile.h"
#include "dialogs/importcatalogdialog.h"
#include "dialogs/prompttemplatesdialog.h"
#include "mainwindow.h"
#include "panels/catalogpanel.h"
#include "panels/corpuspanel.h"
#include "panels/endpointspanel.h"
#include "panels/exportpanel.h"
#include "panels/graphpanel.h"
#include "panels/reviewpanel.h"
#include "panels/simulationpanel.h"
#include "projectcontroller.h"
#include "projectsession.h"
#include "simulation/simulationsettingsform.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <utility>

using namespace Callwright;

namespace {

void installTranslators(QApplication &app)
{
    auto *own = new QTranslator(&app);
    // Locales without a catalogue (and C/POSIX) still need English plural forms.
    if (own->load(QLocale(), QStringLiteral("callwright"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/callwright_en.qm")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

/// Failures of what the command line asked for go to stderr: the caller may be a script.
void complain(const QString &message)
{
    std::fprintf(stderr, "callwright: %s\n", qPrintable(message));
}

/// After delayMs, saves a picture of widget to file and quits, with 1 when it cannot be
/// written.
void grabAndQuit(QWidget *widget, const QString &file, int delayMs)
{
    QTimer::singleShot(delayMs, widget, [widget, file] {
        const bool saved = widget->grab().save(file);
        if (!saved)
            complain(QStringLiteral("cannot write %1").arg(file));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Callwright"));
    QApplication::setApplicationName(QStringLiteral("Callwright"));
    QApplication::setApplicationVersion(QStringLiteral(CALLWRIGHT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.callwright.Callwright"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/callwright.svg")));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Workbench for multi-turn tool-calling fine-tuning datasets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
            QStringLiteral("project"),
            QCoreApplication::translate("main", "Project file (.callwright) to open."),
            QStringLiteral("[project]"));
    const QCommandLineOption demo(
            QStringLiteral("demo"),
            QCoreApplication::translate("main", "Open the demo project, creating it if needed."));
    const QCommandLineOption screenshot(
            QStringLiteral("screenshot"),
            QCoreApplication::translate("main",
                                        "Save a picture of the main window to <file> and quit."),
            QStringLiteral("file"));
    const QCommandLineOption tab(
            QStringLiteral("tab"),
            QCoreApplication::translate("main", "Show the panel <name> (catalog, graph, "
                                                "simulation, review, scores, export, corpus, "
                                                "endpoints)."),
            QStringLiteral("name"));
    const QCommandLineOption selectTool(
            QStringLiteral("select-tool"),
            QCoreApplication::translate("main",
                                        "Show the Catalog panel with its first tool selected."));
    const QCommandLineOption toolName(
            QStringLiteral("tool"),
            QCoreApplication::translate("main", "Show the Catalog panel with the tool <name> "
                                                "selected in its editor."),
            QStringLiteral("name"));
    const QCommandLineOption showImport(
            QStringLiteral("show-import"),
            QCoreApplication::translate("main",
                                        "Open the Import Catalog dialog reading <file> "
                                        "(with --screenshot, picture the dialog's report)."),
            QStringLiteral("file"));
    const QCommandLineOption graphCatalog(
            QStringLiteral("graph-catalog"),
            QCoreApplication::translate("main", "Show the Graph panel with the catalog <name>."),
            QStringLiteral("name"));
    const QCommandLineOption graphAll(
            QStringLiteral("graph-all"),
            QCoreApplication::translate("main", "Show the Graph panel, put every tool of the "
                                                "catalog on it, infer edges and lay it out."));
    const QCommandLineOption graphLayout(
            QStringLiteral("graph-layout"),
            QCoreApplication::translate("main", "Show the Graph panel and lay its graph out."));
    const QCommandLineOption graphFocus(
            QStringLiteral("graph-focus"),
            QCoreApplication::translate("main", "Show the Graph panel zoomed on the tool <name>, "
                                                "with its most telling edge in the inspector."),
            QStringLiteral("name"));
    const QCommandLineOption generate(
            QStringLiteral("generate"),
            QCoreApplication::translate("main", "Show the Simulation panel and start a job of "
                                                "<count> dialogues with its last settings (with "
                                                "--screenshot, picture it a third of the way in)."),
            QStringLiteral("count"));
    const QCommandLineOption corpus(
            QStringLiteral("corpus"),
            QCoreApplication::translate("main", "Show the Corpus panel, import <path> (a folder or "
                                                "a .jsonl file) and run the stages; then select "
                                                "the first passage with extracted tools (with "
                                                "--screenshot, picture it)."),
            QStringLiteral("path"));
    const QCommandLineOption exportTo(
            QStringLiteral("export"),
            QCoreApplication::translate("main", "Show the Export panel and export every dialogue "
                                                "into <folder> (with --screenshot, picture it when "
                                                "done)."),
            QStringLiteral("folder"));
    const QCommandLineOption cardShot(
            QStringLiteral("card-screenshot"),
            QCoreApplication::translate("main", "With --export, also save a picture of the dataset "
                                                "card to <file>."),
            QStringLiteral("file"));
    const QCommandLineOption reviewStage(
            QStringLiteral("review"),
            QCoreApplication::translate("main", "Show the Review panel with <what>: filter (a "
                                                "filter applied), call (a call inspector showing "
                                                "an argument edited to an ungrounded value) or "
                                                "history (that edit's diff)."),
            QStringLiteral("what"));
    const QCommandLineOption endpoint(
            QStringLiteral("endpoint"),
            QCoreApplication::translate("main", "Show the Endpoints panel with the profile <name> "
                                                "and test its connection (with --screenshot, "
                                                "picture the result)."),
            QStringLiteral("name"));
    const QCommandLineOption prompts(
            QStringLiteral("prompts"),
            QCoreApplication::translate("main", "Open the Agent Prompts dialog on the prompt "
                                                "<name> (with --screenshot, picture the dialog)."),
            QStringLiteral("name"));
    parser.addOptions({demo, screenshot, tab, selectTool, toolName, showImport, graphCatalog,
                       graphAll, graphLayout, graphFocus, generate, corpus, exportTo, cardShot,
                       reviewStage, endpoint, prompts});
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        parser.showHelp(1);

    MainWindow window;
    const bool grabbing = parser.isSet(screenshot);
    // A screenshot run must not stop at a message box.
    window.controller()->setInteractive(!grabbing);
    window.show();

    const QMetaObject::Connection toStderr
            = QObject::connect(window.controller(), &ProjectController::errorReported,
                               [](const QString &title, const QString &message) {
                                   complain(title + QStringLiteral(": ") + message);
                               });
    if (!positional.isEmpty())
        window.controller()->openProjectFile(positional.constFirst());
    else if (parser.isSet(demo))
        window.controller()->openDemoProject();
    QObject::disconnect(toStderr);

    if (parser.isSet(tab) && !window.selectPanel(parser.value(tab)))
        complain(QStringLiteral("no panel named %1").arg(parser.value(tab)));
    if (parser.isSet(selectTool) || parser.isSet(toolName)) {
        if (!parser.isSet(tab))
            window.selectPanel(QStringLiteral("catalog"));
        window.catalogPanel()->selectFirstTool();
    }
    if (parser.isSet(toolName)) {
        const QString name = parser.value(toolName);
        if (!window.catalogPanel()->selectToolNamed(name))
            complain(QStringLiteral("no tool named %1").arg(name));
    }

    const bool grabImport = grabbing && parser.isSet(showImport);
    if (parser.isSet(showImport)) {
        auto *dialog = new ImportCatalogDialog(window.session()->document(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFilePath(parser.value(showImport));
        dialog->open();
        if (grabImport) {
            const QString file = parser.value(screenshot);
            QObject::connect(dialog, &ImportCatalogDialog::reportShown, dialog,
                             [dialog, file] { grabAndQuit(dialog, file, 500); });
            QObject::connect(dialog, &ImportCatalogDialog::importFailed, dialog,
                             [dialog, file](const QString &error) {
                                 complain(error);
                                 grabAndQuit(dialog, file, 500);
                             });
        }
        dialog->startImport();
    }

    const bool grabPrompts = grabbing && parser.isSet(prompts);
    if (parser.isSet(prompts)) {
        if (!window.session()->document()) {
            complain(QStringLiteral("--prompts needs a project"));
            return 1;
        }
        auto *dialog = new PromptTemplatesDialog(window.session()->document(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (!dialog->selectTemplate(parser.value(prompts)))
            complain(QStringLiteral("no prompt named %1").arg(parser.value(prompts)));
        dialog->open();
        if (grabPrompts)
            grabAndQuit(dialog, parser.value(screenshot), 500);
    }

    auto grabWindow = [&window, file = parser.value(screenshot)] {
        grabAndQuit(&window, file, 1500);
    };

    // The graph steps run one after the other (inference and layout are asynchronous); the
    // picture is taken once the last has finished.
    GraphPanel *graph = window.findChild<GraphPanel *>();
    const bool graphSteps = parser.isSet(graphCatalog) || parser.isSet(graphAll)
                            || parser.isSet(graphLayout) || parser.isSet(graphFocus);
    if (graphSteps && graph) {
        window.selectPanel(QStringLiteral("graph"));
        if (parser.isSet(graphCatalog)) {
            const int index = graph->catalogSelector()->findText(parser.value(graphCatalog));
            if (index < 0
                || !graph->selectCatalog(graph->catalogSelector()->itemData(index).toLongLong()))
                complain(QStringLiteral("no catalog named %1").arg(parser.value(graphCatalog)));
        }
        auto report = [](const QString &text) {
            std::fprintf(stdout, "%s\n", qPrintable(text));
            std::fflush(stdout);
        };
        auto focus = [graph, grabbing, grabWindow, name = parser.value(graphFocus)] {
            if (!name.isEmpty() && !graph->inspectTool(name))
                complain(QStringLiteral("no tool named %1 on the graph").arg(name));
            if (grabbing)
                grabWindow();
        };
        QObject::connect(graph, &GraphPanel::layoutFinished, graph,
                         [report, focus](const QString &text) {
                             report(text);
                             focus();
                         });
        // A step that has nothing to do does not start, and then nothing will report back.
        auto layout = [graph, focus] {
            graph->layoutGraph();
            if (!graph->isBusy())
                focus();
        };
        if (parser.isSet(graphAll)) {
            QObject::connect(graph, &GraphPanel::inferenceFinished, graph,
                             [report, layout](const QString &text) {
                                 report(text);
                                 layout();
                             });
            // After the panel has fitted the catalog's stored graph.
            QTimer::singleShot(0, graph, [graph, layout] {
                graph->addAllTools();
                graph->inferEdges();
                if (!graph->isBusy())
                    layout();
            });
        } else if (parser.isSet(graphLayout)) {
            QTimer::singleShot(0, graph, layout);
        } else {
            QTimer::singleShot(0, graph, focus);
        }
    } else if (parser.isSet(generate)) {
        auto *simulation = window.findChild<SimulationPanel *>();
        bool valid = false;
        const int count = parser.value(generate).toInt(&valid);
        if (!valid || count < 1) {
            complain(QStringLiteral("--generate needs a number of dialogues"));
            return 1;
        }
        window.selectPanel(QStringLiteral("simulation"));
        simulation->settingsForm()->countBox()->setValue(count);
        if (parser.isSet(endpoint)) {
            // The job runs on that endpoint profile's LLM agents.
            const std::optional<EndpointProfile> profile
                    = EndpointProfiles::find(parser.value(endpoint));
            if (!profile || !simulation->settingsForm()->selectEndpoint(profile->id)) {
                complain(
                        QStringLiteral("no endpoint profile named %1").arg(parser.value(endpoint)));
                return 1;
            }
        }
        if (grabbing) {
            // Mid-run, so the picture shows progress, a rate, an ETA and the live list; a
            // run too short to be caught is pictured when it ends.
            auto taken = std::make_shared<bool>(false);
            auto grabOnce = [&window, taken, file = parser.value(screenshot)] {
                if (!std::exchange(*taken, true))
                    grabAndQuit(&window, file, 250);
            };
            QObject::connect(simulation, &SimulationPanel::progressChanged, simulation,
                             [grabOnce](int done, int total) {
                                 if (done * 3 >= total)
                                     grabOnce();
                             });
            QObject::connect(simulation, &SimulationPanel::runFinished, simulation, grabOnce);
        }
        if (!simulation->start()) {
            complain(simulation->statusText());
            if (grabbing)
                grabWindow();
        }
    } else if (parser.isSet(corpus)) {
        auto *panel = window.findChild<CorpusPanel *>();
        window.selectPanel(QStringLiteral("corpus"));
        QObject::connect(panel, &CorpusPanel::runFinished, panel,
                         [panel, grabbing, grabWindow](bool ok, const QString &report) {
                             std::fprintf(stdout, "%s\n", qPrintable(report));
                             std::fflush(stdout);
                             if (!ok)
                                 complain(report);
                             if (!panel->selectFirstPassageWithTools())
                                 complain(QStringLiteral("no passage with extracted tools"));
                             if (grabbing)
                                 grabWindow();
                         });
        if (!panel->importPath(parser.value(corpus))) {
            complain(panel->statusText());
            if (grabbing)
                grabWindow();
        }
    } else if (parser.isSet(exportTo)) {
        auto *panel = window.findChild<ExportPanel *>();
        window.selectPanel(QStringLiteral("export"));
        panel->statusBox()->setCurrentIndex(panel->statusBox()->findData(QStringLiteral("any")));
        panel->validationBox()->setValue(10);
        panel->folderEdit()->setText(parser.value(exportTo));
        const QString card = parser.value(cardShot);
        QObject::connect(panel, &ExportPanel::exportFinished, panel,
                         [panel, grabbing, grabWindow, card](bool ok, const QString &report) {
                             std::fprintf(stdout, "%s\n", qPrintable(report));
                             std::fflush(stdout);
                             if (!ok)
                                 complain(report);
                             if (!card.isEmpty()) {
                                 // The whole card at a reading width, not the panel's view.
                                 QTextBrowser page;
                                 page.setDocument(panel->cardView()->document()->clone(&page));
                                 page.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
                                 page.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
                                 page.document()->setTextWidth(860);
                                 page.resize(880, int(page.document()->size().height()) + 24);
                                 if (!page.grab().save(card))
                                     complain(QStringLiteral("cannot write %1").arg(card));
                             }
                             if (grabbing)
                                 grabWindow();
                         });
        if (!panel->start()) {
            complain(panel->statusText());
            if (grabbing)
                grabWindow();
        }
    } else if (parser.isSet(reviewStage)) {
        window.selectPanel(QStringLiteral("review"));
        if (!window.findChild<ReviewPanel *>()->stage(parser.value(reviewStage)))
            complain(QStringLiteral("cannot show %1 in the Review panel")
                             .arg(parser.value(reviewStage)));
        if (grabbing)
            grabWindow();
    } else if (parser.isSet(endpoint)) {
        auto *panel = window.findChild<EndpointsPanel *>();
        window.selectPanel(QStringLiteral("endpoints"));
        if (!panel->selectProfile(parser.value(endpoint))) {
            complain(QStringLiteral("no endpoint profile named %1").arg(parser.value(endpoint)));
            return 1;
        }
        QObject::connect(panel, &EndpointsPanel::connectionTested, panel,
                         [grabbing, grabWindow](bool ok, const QString &message) {
                             std::fprintf(stdout, "%s\n", qPrintable(message));
                             std::fflush(stdout);
                             if (!ok)
                                 complain(message);
                             if (grabbing)
                                 grabWindow();
                         });
        panel->testConnection();
        if (!panel->isTesting()) {
            complain(panel->problems().join(QLatin1Char(' ')));
            if (grabbing)
                grabWindow();
        }
    } else if (grabbing && !grabImport && !grabPrompts) {
        grabWindow();
    }
    return QApplication::exec();
}
