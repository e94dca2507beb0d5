// callwright-cli generate, job and dialogues commands as a script would use them: exit codes,
// reproducible output, clean cancellation, and a job killed mid-way that resumes to exactly
// the dialogues an uninterrupted run makes.
#include "model/json.h"
#include "simulation/generationjob.h"
#include "store/projectstore.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Callwright;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CALLWRIGHT_CLI), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

const QString kProject = QStringLiteral("--project");

QStringList generateArgs(const QString &project, int count, int seed)
{
    return {QStringLiteral("generate"),
            kProject,
            project,
            QStringLiteral("--catalog"),
            QStringLiteral("retail"),
            QStringLiteral("--count"),
            QString::number(count),
            QStringLiteral("--seed"),
            QString::number(seed)};
}

/// The dialogue without what is measured or numbered per project: the uid, ids and times.
Json content(Json dialogue)
{
    for (const char *key : {"id", "uid", "job_id", "created_at_ms"})
        dialogue.erase(key);
    for (Json &call : dialogue.at("calls")) {
        call.erase("started_at_ms");
        call.erase("duration_us");
    }
    return dialogue;
}

/// index -> dialogue content of a JSON Lines export; the index comes from the uid.
std::map<int, Json> readExport(const QString &path, qint64 jobId)
{
    std::map<int, Json> byIndex;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return byIndex;
    const QString prefix = GenerationRunner::uidFor(jobId, 0).chopped(1);
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (line.trimmed().isEmpty())
            continue;
        const Json j = parseJson(line);
        const int index = j.at("uid").get<QString>().mid(prefix.size()).toInt();
        byIndex.emplace(index, content(j));
    }
    return byIndex;
}

int lineCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(file.readAll().count('\n'));
}

} // namespace

class TestCliGenerate final : public QObject
{
    Q_OBJECT

private:
    QString demoProject(const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".callwright"));
        const Result r = cli(
                {QStringLiteral("project"), QStringLiteral("new"), path, QStringLiteral("--demo")});
        if (r.exitCode != 0)
            qWarning("project new failed: %s", r.err.constData());
        return path;
    }

    QString exportJob(const QString &project, qint64 jobId, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Result r = cli({QStringLiteral("dialogues"), QStringLiteral("export-jsonl"), kProject,
                              project, QStringLiteral("--out"), path, QStringLiteral("--job"),
                              QString::number(jobId)});
        if (r.exitCode != 0)
            qWarning("export failed: %s", r.err.constData());
        return path;
    }

    /// Starts a generation of count dialogues and waits until at least one batch is stored.
    /// Returns the job id, 0 if the job ended before a batch was seen.
    qint64 startAndWaitForABatch(QProcess &p, const QString &project, int count)
    {
        p.start(QStringLiteral(CALLWRIGHT_CLI), generateArgs(project, count, 11));
        if (!p.waitForStarted())
            return 0;
        ProjectStore store;
        if (store.open(project, ProjectStore::OpenMode::ReadOnly))
            return 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            const std::vector<Job> jobs = store.jobs();
            if (!jobs.empty() && store.jobDialogueCount(jobs.front().id) > 0)
                return jobs.front().id;
            if (p.waitForFinished(2)) // also the pause between polls
                return 0;
        }
        return 0;
    }

private Q_SLOTS:
    void generateThenListExportAndRefuseResume()
    {
        const QString project = demoProject(QStringLiteral("basic"));
        QStringList args = generateArgs(project, 300, 5);
        args << QStringLiteral("--json");
        Result r = cli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Json summary = parseJson(r.out);
        QCOMPARE(summary.at("state").get<QString>(), QStringLiteral("completed"));
        QCOMPARE(summary.at("requested").get<int>(), 300);
        QCOMPARE(summary.at("stored").get<int>(), 300);
        QCOMPARE(summary.at("written").get<int>(), 300);
        QVERIFY(summary.at("unverified").get<int>() >= 0);
        QVERIFY(summary.at("dialogues_per_second").get<double>() > 0);
        const qint64 jobId = summary.at("job").get<qint64>();
        QVERIFY2(r.err.contains("300/300 dialogues"), r.err.constData());

        r = cli({QStringLiteral("project"), QStringLiteral("info"), project,
                 QStringLiteral("--json")});
        QCOMPARE(parseJson(r.out).at("dialogues").get<int>(), 300);

        r = cli({QStringLiteral("job"), QStringLiteral("list"), kProject, project,
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const Json jobs = parseJson(r.out).at("jobs");
        QCOMPARE(jobs.size(), std::size_t(1));
        QCOMPARE(jobs[0].at("id").get<qint64>(), jobId);
        QCOMPARE(jobs[0].at("state").get<QString>(), QStringLiteral("completed"));
        QCOMPARE(jobs[0].at("stored").get<int>(), 300);
        QCOMPARE(jobs[0].at("catalog").get<QString>(), QStringLiteral("retail"));

        // Without --job every dialogue of the project; the summary is for people by default.
        const QString all = m_dir.filePath(QStringLiteral("basic.jsonl"));
        r = cli({QStringLiteral("dialogues"), QStringLiteral("export-jsonl"), kProject, project,
                 QStringLiteral("--out"), all});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("dialogues: 300"));
        QCOMPARE(lineCount(all), 300);
        QCOMPARE(readExport(all, jobId).size(), std::size_t(300));

        r = cli({QStringLiteral("job"), QStringLiteral("resume"), kProject, project,
                 QStringLiteral("--job"), QString::number(jobId)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("already completed"), r.err.constData());
        r = cli({QStringLiteral("job"), QStringLiteral("resume"), kProject, project,
                 QStringLiteral("--job"), QStringLiteral("99")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--job"));
    }

    void sameSeedSameDialogues()
    {
        std::map<int, Json> runs[2];
        for (int i = 0; i < 2; ++i) {
            const QString name = QStringLiteral("seed%1").arg(i);
            const QString project = demoProject(name);
            Result r = cli({QStringLiteral("graph"), QStringLiteral("infer"), kProject, project,
                            QStringLiteral("--catalog"), QStringLiteral("retail")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QStringList args = generateArgs(project, 250, 9);
            args << QStringLiteral("--sampler") << QStringLiteral("chain")
                 << QStringLiteral("--mix") << QStringLiteral("chit_chat=0,chained_calls=40")
                 << QStringLiteral("--json");
            r = cli(args);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const qint64 jobId = parseJson(r.out).at("job").get<qint64>();
            runs[i] = readExport(exportJob(project, jobId, name + QStringLiteral(".jsonl")), jobId);
        }
        QCOMPARE(runs[0].size(), std::size_t(250));
        QCOMPARE(runs[1].size(), std::size_t(250));
        for (const auto &[index, dialogue] : runs[0]) {
            QVERIFY2(runs[1].at(index) == dialogue,
                     qPrintable(QStringLiteral("dialogue %1 differs").arg(index)));
        }
        bool anyChitChat = false;
        for (const auto &entry : runs[0]) {
            for (const Json &step : entry.second.at("plan").at("steps"))
                anyChitChat = anyChitChat || step.at("kind") == "chit_chat";
        }
        QVERIFY(!anyChitChat); // --mix chit_chat=0 was applied
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("option");
        const auto row = [](const char *name, QStringList extra, const char *option) {
            QTest::newRow(name) << extra << QString::fromLatin1(option);
        };
        const QString catalog = QStringLiteral("--catalog");
        const QString count = QStringLiteral("--count");
        const QString retail = QStringLiteral("retail");
        row("unknown catalog", {catalog, QStringLiteral("kitchen"), count, QStringLiteral("5")},
            "--catalog");
        row("two catalogs, none chosen", {count, QStringLiteral("5")}, "--catalog");
        row("count 0", {catalog, retail, count, QStringLiteral("0")}, "--count");
        row("count missing", {catalog, retail}, "--count");
        row("unknown sampler",
            {catalog, retail, count, QStringLiteral("5"), QStringLiteral("--sampler"),
             QStringLiteral("bfs")},
            "--sampler");
        row("mix without weight",
            {catalog, retail, count, QStringLiteral("5"), QStringLiteral("--mix"),
             QStringLiteral("chit_chat")},
            "--mix");
        row("mix unknown kind",
            {catalog, retail, count, QStringLiteral("5"), QStringLiteral("--mix"),
             QStringLiteral("dancing=3")},
            "--mix");
        row("mix all zero",
            {catalog, retail, count, QStringLiteral("5"), QStringLiteral("--mix"),
             QStringLiteral("single_call=0,chained_calls=0,parallel_calls=0,clarification=0,"
                            "chit_chat=0,unsupported=0,error_recovery=0")},
            "--mix");
        row("steps reversed",
            {catalog, retail, count, QStringLiteral("5"), QStringLiteral("--min-steps"),
             QStringLiteral("5"), QStringLiteral("--max-steps"), QStringLiteral("2")},
            "--min-steps");
        row("unknown envelope",
            {catalog, retail, count, QStringLiteral("5"), QStringLiteral("--envelope"),
             QStringLiteral("pigeon")},
            "--envelope");
        row("unknown engine",
            {catalog, retail, count, QStringLiteral("5"), QStringLiteral("--engine"),
             QStringLiteral("gpt")},
            "--engine");
    }

    void badInput()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, option);
        const QString project = m_dir.filePath(QStringLiteral("bad.callwright"));
        if (!QFile::exists(project))
            QVERIFY(QFile::exists(demoProject(QStringLiteral("bad"))));
        const Result r = cli(QStringList{QStringLiteral("generate"), kProject, project} + extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(option.toUtf8()), r.err.constData());
        // Nothing was started.
        const Result list = cli({QStringLiteral("job"), QStringLiteral("list"), kProject, project,
                                 QStringLiteral("--json")});
        QCOMPARE(parseJson(list.out).at("jobs").size(), std::size_t(0));
    }

    void terminateCancelsCleanly()
    {
        const QString project = demoProject(QStringLiteral("terminated"));
        QProcess p;
        const qint64 jobId = startAndWaitForABatch(p, project, 6000);
        QVERIFY2(jobId > 0, "the job ended before its first batch was stored");
        p.terminate(); // SIGTERM, as a service manager would send
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("cancelled") && err.contains("job resume"), err.constData());

        ProjectStore store;
        QVERIFY(!store.open(project, ProjectStore::OpenMode::ReadOnly));
        QCOMPARE(store.job(jobId)->state, Job::State::Cancelled);
        QVERIFY(store.jobDialogueCount(jobId) < 6000);
    }

    void killedJobResumesToTheSameDialogues()
    {
        constexpr int kCount = 6000;
        const QString killed = demoProject(QStringLiteral("killed"));
        QProcess p;
        const qint64 jobId = startAndWaitForABatch(p, killed, kCount);
        QVERIFY2(jobId > 0, "the job ended before its first batch was stored");
        p.kill(); // SIGKILL: no chance to record anything
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        qint64 before = 0;
        {
            ProjectStore store;
            QVERIFY(!store.open(killed, ProjectStore::OpenMode::ReadOnly));
            before = store.jobDialogueCount(jobId);
            QCOMPARE(store.job(jobId)->state, Job::State::Running); // what a crash leaves
        }
        QVERIFY(before > 0);
        QVERIFY2(before < kCount, "the kill landed after the job had finished");
        Result r = cli({QStringLiteral("job"), QStringLiteral("list"), kProject, killed});
        QVERIFY(r.out.contains("interrupted"));

        r = cli({QStringLiteral("job"), QStringLiteral("resume"), kProject, killed,
                 QStringLiteral("--job"), QString::number(jobId), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Json summary = parseJson(r.out);
        QCOMPARE(summary.at("state").get<QString>(), QStringLiteral("completed"));
        QCOMPARE(summary.at("stored").get<int>(), kCount);
        QCOMPARE(summary.at("written").get<qint64>(), kCount - before);
        QVERIFY2(r.err.contains("resuming"), r.err.constData());

        {
            ProjectStore store;
            QVERIFY(!store.open(killed, ProjectStore::OpenMode::ReadOnly));
            QCOMPARE(store.job(jobId)->state, Job::State::Completed);
            QCOMPARE(store.jobDialogueCount(jobId), qint64(kCount));
            const std::vector<QString> uids = store.jobDialogueUids(jobId);
            QCOMPARE(int(uids.size()), kCount);
            QSet<QString> distinct(uids.begin(), uids.end());
            QCOMPARE(int(distinct.size()), kCount);
            for (int i = 0; i < kCount; ++i)
                QVERIFY(distinct.contains(GenerationRunner::uidFor(jobId, i)));
        }

        // An uninterrupted job with the same seed in another project makes the same dialogues.
        const QString whole = demoProject(QStringLiteral("whole"));
        QStringList args = generateArgs(whole, kCount, 11);
        args << QStringLiteral("--json");
        r = cli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qint64 wholeJob = parseJson(r.out).at("job").get<qint64>();
        const std::map<int, Json> resumed
                = readExport(exportJob(killed, jobId, QStringLiteral("killed.jsonl")), jobId);
        const std::map<int, Json> reference
                = readExport(exportJob(whole, wholeJob, QStringLiteral("whole.jsonl")), wholeJob);
        QCOMPARE(int(resumed.size()), kCount);
        QCOMPARE(int(reference.size()), kCount);
        for (int i = 0; i < kCount; ++i) {
            QVERIFY2(resumed.at(i) == reference.at(i),
                     qPrintable(QStringLiteral("dialogue %1 differs").arg(i)));
        }
    }

    void exportErrors()
    {
        const QString project = demoProject(QStringLiteral("exporterrors"));
        Result r = cli(
                {QStringLiteral("dialogues"), QStringLiteral("export-jsonl"), kProject, project});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--out"));
        r = cli({QStringLiteral("dialogues"), QStringLiteral("export-jsonl"), kProject, project,
                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("no/such/dir/x.jsonl"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("x.jsonl"));
        r = cli({QStringLiteral("dialogues"), QStringLiteral("export-jsonl"), kProject,
                 m_dir.filePath(QStringLiteral("missing.callwright")), QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("y.jsonl"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("y.jsonl"))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliGenerate)
#include "tst_cligenerate.moc"
