// The endpoint client at scale: the scheduler against the loopback OpenAI-compatible test
// server, run as a process of its own with a fixed latency, so that this process's CPU time
// is the client's alone. For each bound on requests in flight it prints the throughput as a
// fraction of the ideal in-flight / latency (goal 0.9 or more) and the CPU time per request.
//
//   bench_endpoint [latency_ms=100] [rounds=20] [in_flight=64,256]

#include "backends/endpointscheduler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <cstdio>
#include <sys/resource.h>

using namespace Callwright;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
           + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_endpoint: %s\n", qPrintable(why));
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int latencyMs = args.size() > 1 ? args[1].toInt() : 100;
    const int rounds = args.size() > 2 ? args[2].toInt() : 20;
    QList<int> bounds{64, 256};
    if (args.size() > 3) {
        bounds.clear();
        for (const QString &b : args[3].split(QLatin1Char(',')))
            bounds << b.toInt();
    }

    QProcess server;
    server.start(QStringLiteral(CALLWRIGHT_LLM_TESTSERVER),
                 {QStringLiteral("--latency"), QString::number(latencyMs)});
    if (!server.waitForReadyRead(10000))
        die(QStringLiteral("the test server did not start: %1").arg(server.errorString()));
    const QString line = QString::fromUtf8(server.readLine()).trimmed();
    if (!line.startsWith(QLatin1String("listening on ")))
        die(QStringLiteral("unexpected first line from the test server: %1").arg(line));

    std::printf("endpoint          loopback test server (own process), latency %d ms, %d rounds"
                " per bound\n",
                latencyMs, rounds);
    for (const int inFlight : bounds) {
        EndpointProfile profile;
        profile.id = QStringLiteral("bench");
        profile.name = QStringLiteral("bench");
        profile.baseUrl = QUrl(line.mid(13));
        profile.model = QStringLiteral("bench");
        profile.maxInFlight = inFlight;
        profile.maxRetries = 0;
        EndpointScheduler scheduler(profile);
        const auto request = [](int i) {
            ChatRequest r;
            r.messages = Json::array(
                    {Json{{"role", "system"}, {"content", "You are a helpful assistant."}},
                     Json{{"role", "user"},
                          {"content", "Where is order #W" + std::to_string(1000000 + i) + "?"}}});
            return r;
        };
        // Warm up: open the connections.
        {
            QList<QFuture<ChatOutcome>> warm;
            for (int i = 0; i < inFlight; ++i)
                warm << scheduler.chat(request(-i - 1));
            for (auto &f : warm)
                f.waitForFinished();
        }
        const int total = inFlight * rounds;
        QList<QFuture<ChatOutcome>> futures;
        futures.reserve(total);
        const double cpu0 = cpuSeconds();
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < total; ++i)
            futures << scheduler.chat(request(i));
        int failed = 0;
        for (auto &f : futures) {
            f.waitForFinished();
            failed += f.result().ok() ? 0 : 1;
        }
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpu0;
        const double throughput = total / seconds;
        const double bound = inFlight * 1000.0 / latencyMs;
        std::printf("endpoint.%-8d %d requests in %.2f s: %.0f requests/s of a bound of %.0f"
                    " = %.2f (goal >= 0.9); client CPU %.0f us per request; %d failed;"
                    " peak in flight %d\n",
                    inFlight, total, seconds, throughput, bound, throughput / bound,
                    cpu / total * 1e6, failed, scheduler.stats().peakInFlight);
    }
    std::printf("endpoint          peak RSS %.0f MB\n", peakRssMb());
    server.kill();
    server.waitForFinished();
    return 0;
}
