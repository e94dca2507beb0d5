// The project's cache of endpoint answers in a real project file: answers are there at once
// for this cache, reach the file on the writer's thread, and nothing queued is lost when the
// cache closes, even while another connection holds the file's write lock.
#include "store/projectresponsecache.h"
#include "store/projectstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Callwright;

namespace {

Json answer(int n)
{
    return Json{{"content", "answer " + std::to_string(n)}, {"finish_reason", "stop"}};
}

QByteArray key(int n)
{
    return QByteArray("key-") + QByteArray::number(n);
}

} // namespace

class TestProjectResponseCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cache-%1.callwright").arg(++m_files));
        ProjectStore store;
        QVERIFY(!store.create(m_path, QStringLiteral("Cache")));
    }

    void answersAreFoundAtOnceAndReachTheFile()
    {
        ProjectResponseCache cache;
        QVERIFY(cache.open(m_path));
        for (int n = 0; n < 500; ++n) {
            cache.insert(key(n), answer(n));
            const std::optional<Json> found = cache.find(key(n));
            QVERIFY(found && *found == answer(n));
        }
        cache.flush();
        ProjectResponseCache other;
        QVERIFY(other.open(m_path));
        QCOMPARE(other.size(), 500);
        QVERIFY(*other.find(key(321)) == answer(321));
        QVERIFY(!other.find(key(500)));
    }

    void insertingDoesNotWaitForTheFileLock()
    {
        ProjectResponseCache cache;
        QVERIFY(cache.open(m_path));
        // Another writer holds the file (a long transaction of the workbench, say).
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        cache.insert(key(1), answer(1)); // returns: the writer thread is the one that waits
        QVERIFY(*cache.find(key(1)) == answer(1));
        QCOMPARE(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        cache.flush();
        ProjectResponseCache other;
        QVERIFY(other.open(m_path));
        QVERIFY(*other.find(key(1)) == answer(1));
    }

    void closingWritesWhatIsQueued()
    {
        {
            ProjectResponseCache cache;
            QVERIFY(cache.open(m_path));
            for (int n = 0; n < 200; ++n)
                cache.insert(key(n), answer(n));
            cache.insert(key(7), answer(7000)); // a newer answer replaces the older
        }
        ProjectResponseCache reopened;
        QVERIFY(reopened.open(m_path));
        QCOMPARE(reopened.size(), 200);
        QVERIFY(*reopened.find(key(7)) == answer(7000));
        QVERIFY(*reopened.find(key(199)) == answer(199));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_files = 0;
};

QTEST_GUILESS_MAIN(TestProjectResponseCache)
#include "tst_projectresponsecache.moc"
