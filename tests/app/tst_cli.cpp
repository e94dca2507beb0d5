// callwright-cli as a script would use it: exit codes, JSON output, refused files left alone.
#include "model/json.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newThenInfoAsJson()
    {
        const QString path = m_dir.filePath(QStringLiteral("returns.callwright"));
        Result r = cli({QStringLiteral("project"), QStringLiteral("new"), path,
                        QStringLiteral("--name"), QStringLiteral("Returns desk")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(path));

        r = cli({QStringLiteral("project"), QStringLiteral("info"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const Json info = parseJson(r.out);
        QCOMPARE(info.at("name").get<QString>(), QStringLiteral("Returns desk"));
        QCOMPARE(info.at("dialogues").get<int>(), 0);
        QVERIFY(info.at("schema_version").get<int>() >= 2);
    }

    void demoProjectInfo()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo")); // suffix is added
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("new"), path,
                      QStringLiteral("--demo")}).exitCode, 0);
        const Result r = cli({QStringLiteral("project"), QStringLiteral("info"),
                              path + QStringLiteral(".callwright"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const Json info = parseJson(r.out);
        QCOMPARE(info.at("tools").get<int>(), 30);
        QCOMPARE(info.at("catalogs").size(), std::size_t(2));
        QCOMPARE(info.at("catalogs")[0].at("name").get<QString>(), QStringLiteral("retail"));

        const Result check = cli({QStringLiteral("project"), QStringLiteral("check"),
                                  path + QStringLiteral(".callwright")});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.contains("ok: true"));
    }

    void newRefusesExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("twice.callwright"));
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("new"), path}).exitCode, 0);
        const QByteArray before = digest(path);
        const Result r = cli({QStringLiteral("project"), QStringLiteral("new"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("twice.callwright"));
        QCOMPARE(digest(path), before);
    }

    void refusedFileExitsThreeAndStaysUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.callwright"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a project\n");
        f.close();
        const QByteArray before = digest(path);
        const Result r = cli({QStringLiteral("project"), QStringLiteral("info"), path,
                              QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(parseJson(r.out).at("error").get<QString>().contains(QStringLiteral("notes")));
        QCOMPARE(digest(path), before);
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("info"),
                      m_dir.filePath(QStringLiteral("missing.callwright"))}).exitCode, 3);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("nothing") << QStringList() << 2;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0;
        QTest::newRow("no subcommand") << QStringList{QStringLiteral("project")} << 2;
        QTest::newRow("unknown") << QStringList{QStringLiteral("project"), QStringLiteral("fly")}
                                 << 2;
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("project"), QStringLiteral("info")} << 2;
        QTest::newRow("bad option") << QStringList{QStringLiteral("project"),
                                                   QStringLiteral("info"),
                                                   QStringLiteral("--frobnicate"),
                                                   QStringLiteral("x")}
                                    << 2;
        QTest::newRow("command help") << QStringList{QStringLiteral("project"),
                                                     QStringLiteral("new"),
                                                     QStringLiteral("--help")}
                                      << 0;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Result r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 2)
            QVERIFY(!r.err.isEmpty());
        else
            QVERIFY(!r.out.isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
