#include "store/projectstore.h"
#include "syntheticdialogues.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Callwright;

namespace {

// Must match storecrash_writer.cpp.
constexpr quint64 kWriterSeed = 4242;
constexpr int kWriterBatch = 500;

struct WriterProgress
{
    int begun = 0;
    int committed = 0;
};

void readProgress(QProcess &writer, WriterProgress *progress)
{
    while (writer.canReadLine()) {
        const QByteArray line = writer.readLine().trimmed();
        if (line.startsWith("begin "))
            progress->begun = line.mid(6).toInt();
        else if (line.startsWith("committed "))
            progress->committed = line.mid(10).toInt();
    }
}

} // namespace

/// A writer killed with SIGKILL in the middle of a batch loses that batch and nothing else.
class TestStoreCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killMidBatchLosesOnlyThatBatch_data();
    void killMidBatchLosesOnlyThatBatch();
    void cleanupTestCase();

private:
    int m_batchesLost = 0;
};

void TestStoreCrash::killMidBatchLosesOnlyThatBatch_data()
{
    QTest::addColumn<int>("slowFromRow");
    QTest::addColumn<int>("killAfterMs");
    QTest::newRow("first rows") << 0 << 5;
    QTest::newRow("early") << 20 << 60;
    QTest::newRow("middle") << 100 << 250;
    QTest::newRow("late") << 300 << 400;
    QTest::newRow("near the end") << 450 << 90;
}

void TestStoreCrash::killMidBatchLosesOnlyThatBatch()
{
    QFETCH(int, slowFromRow);
    QFETCH(int, killAfterMs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.callwright"));

    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QStringLiteral(STORECRASH_WRITER), {path, QString::number(slowFromRow)});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
    WriterProgress progress;
    const QDeadlineTimer deadline(60000);
    // Three batches safely committed, and the fourth under way.
    while (progress.committed < 3 || progress.begun <= progress.committed) {
        QVERIFY2(writer.state() == QProcess::Running, "the writer stopped by itself");
        QVERIFY2(!deadline.hasExpired(), "the writer made no progress");
        writer.waitForReadyRead(30000);
        readProgress(writer, &progress);
    }
    QThread::msleep(static_cast<unsigned long>(killAfterMs));
    writer.kill(); // SIGKILL on Unix: no destructor, no rollback, no checkpoint
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    // A batch whose commit was reported just before the kill still counts as promised.
    readProgress(writer, &progress);
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));

    ProjectStore store;
    const StoreError error = store.open(path);
    QVERIFY2(!error, qPrintable(error.message));
    const QStringList problems = store.integrityCheck();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const qint64 count = store.dialogueCount();
    qInfo("reported %d committed batches; the file holds %lld dialogues", progress.committed,
          count);
    QCOMPARE(count % kWriterBatch, 0);
    if (count < qint64(progress.begun) * kWriterBatch)
        ++m_batchesLost;
    QVERIFY(count >= qint64(progress.committed) * kWriterBatch);
    QVERIFY(count <= qint64(progress.begun) * kWriterBatch);
    for (qint64 i = 0; i < qint64(progress.committed) * kWriterBatch; ++i) {
        if (!store.containsUid(TestData::syntheticUid(kWriterSeed, i)))
            QFAIL(qPrintable(QStringLiteral("committed dialogue %1 is missing").arg(i)));
    }
    // The search index went down with its batch, never out of step with the dialogues.
    const QString lastKept
        = QLatin1Char('"') + TestData::syntheticOrderNumber(count - 1) + QLatin1Char('"');
    QCOMPARE(store.searchMessages(lastKept).size(), std::size_t(1));
    const QString firstLost
        = QLatin1Char('"') + TestData::syntheticOrderNumber(count) + QLatin1Char('"');
    QVERIFY(store.searchMessages(firstLost).empty());

    // The project keeps working after recovery.
    std::vector<Dialogue> more = TestData::syntheticBatch(kWriterSeed, count, 10);
    QCOMPARE(store.insertDialogues(more).value_or(-1), 10);
}

void TestStoreCrash::cleanupTestCase()
{
    // Otherwise every kill fell between two transactions and the test proved little.
    QVERIFY2(m_batchesLost > 0, "no kill landed inside a batch");
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
