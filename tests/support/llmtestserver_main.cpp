// callwright-llm-testserver: the loopback OpenAI-compatible test server as a process of its own,
// so that a benchmark measures the client's CPU time alone.
//
// Replies: when the request offers tools and its last message is the user's, a call to the
// first tool with `{}` arguments; otherwise the text of the last message echoed back
// (LlmTestServer::toolCallingReply). Streaming, embeddings and /v1/models work as in-process.

#include "llmtestserver.h"
#include "scriptedmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("callwright-llm-testserver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLWRIGHT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Loopback OpenAI-compatible server with scripted replies"));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port on 127.0.0.1; 0 picks a free one."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Delay before every reply, in ms."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption model(QStringLiteral("model"),
                                   QStringLiteral("Model name listed and echoed."),
                                   QStringLiteral("NAME"), QStringLiteral("callwright-test"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"),
                                    QStringLiteral("Require this bearer key (401 otherwise)."),
                                    QStringLiteral("KEY"));
    const QCommandLineOption streamInterval(
            QStringLiteral("stream-interval"),
            QStringLiteral("Delay between the events of a streamed reply, in ms."),
            QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption scripted(
            QStringLiteral("scripted"),
            QStringLiteral("Play Callwright's agent prompts with the scripted model of the tests "
                           "(tests/support/scriptedmodel.h), so jobs make verified dialogues."));
    parser.addOptions({port, latency, model, apiKey, streamInterval, scripted});
    parser.process(app);

    bool portOk = false;
    bool latencyOk = false;
    bool intervalOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    const int latencyMs = parser.value(latency).toInt(&latencyOk);
    const int intervalMs = parser.value(streamInterval).toInt(&intervalOk);
    if (!portOk || portNumber > 65535 || !latencyOk || latencyMs < 0 || !intervalOk
        || intervalMs < 0) {
        std::fprintf(stderr, "callwright-llm-testserver: bad --port, --latency or "
                             "--stream-interval\n");
        return 2;
    }

    Callwright::LlmTestServer server;
    server.setModel(parser.value(model));
    server.setLatency(latencyMs);
    server.setStreamInterval(intervalMs);
    server.setRequiredApiKey(parser.value(apiKey));
    if (parser.isSet(scripted))
        server.setBrain(&ScriptedModel::reply);
    else
        server.setBrain(&Callwright::LlmTestServer::toolCallingReply);
    if (!server.listen(quint16(portNumber))) {
        std::fprintf(stderr, "callwright-llm-testserver: cannot listen on 127.0.0.1:%u\n",
                     portNumber);
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
