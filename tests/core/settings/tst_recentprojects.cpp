// Recent projects: newest first, no twins, bounded, and gone files drop out.
#include "settings/recentprojects.h"
#include "settings/setting.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Callwright;

class TestRecentProjects final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CallwrightTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_recentprojects"));
        RecentProjects::clear();
    }

    void cleanupTestCase() { RecentProjects::clear(); }

    QString touch(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        return path;
    }

    void newestFirstWithoutTwins()
    {
        const QString a = touch(QStringLiteral("a.callwright"));
        const QString b = touch(QStringLiteral("b.callwright"));
        RecentProjects::add(a);
        RecentProjects::add(b);
        RecentProjects::add(a);
        QCOMPARE(RecentProjects::files(), (QStringList{a, b}));
    }

    void boundedAndMissingFilesDropOut()
    {
        for (int i = 0; i < RecentProjects::kMaximum + 3; ++i)
            RecentProjects::add(touch(QStringLiteral("p%1.callwright").arg(i)));
        QCOMPARE(RecentProjects::files().size(), RecentProjects::kMaximum);
        const QString newest = RecentProjects::files().constFirst();
        QVERIFY(QFile::remove(newest));
        QVERIFY(!RecentProjects::files().contains(newest));
    }

    void typedSettingFallsBackToDefault()
    {
        static Setting<int> pageSize{"tests/pageSize", 200};
        pageSize.reset();
        QCOMPARE(pageSize.value(), 200);
        pageSize.setValue(50);
        QCOMPARE(int(pageSize), 50);
        pageSize.reset();
        QCOMPARE(pageSize.value(), 200);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRecentProjects)
#include "tst_recentprojects.moc"
