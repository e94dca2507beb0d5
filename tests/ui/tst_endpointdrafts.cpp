// Endpoint profiles as the Endpoints panel edits them: saved profiles come first, their API
// keys when the keychain answers, and a key typed before that answer is not overwritten.
#include "endpoints/endpointdrafts.h"
#include "uitestsupport.h"

#include <QSettings>
#include <QTest>

using namespace Callwright;

class tst_EndpointDrafts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTestSupport::isolateSettings(); }

    void init()
    {
        QSettings(QStringLiteral("Callwright"), QStringLiteral("Callwright")).clear();
        EndpointProfile keyed = endpointPresets().front();
        keyed.id = QStringLiteral("keyed");
        keyed.name = QStringLiteral("Keyed");
        keyed.auth = AuthKind::ApiKey;
        EndpointProfile signedIn = keyed;
        signedIn.id = QStringLiteral("signed-in");
        signedIn.name = QStringLiteral("Signed in");
        signedIn.auth = AuthKind::OAuth2;
        EndpointProfiles::save({keyed, signedIn});
    }

    void profilesLoadBeforeTheirKeys()
    {
        EndpointDrafts drafts;
        drafts.load();
        QCOMPARE(drafts.size(), 2);
        QVERIFY(drafts.at(0).key.isEmpty());
        QVERIFY(!drafts.at(0).modified());
    }

    void aKeyReadLaterFillsTheDraft()
    {
        EndpointDrafts drafts;
        drafts.load();
        QCOMPARE(drafts.keyRead(QStringLiteral("keyed"), QStringLiteral("sk-saved")), 0);
        QCOMPARE(drafts.at(0).key, QStringLiteral("sk-saved"));
        QVERIFY(!drafts.at(0).modified());
    }

    void aKeyTypedBeforeTheKeychainAnsweredIsKept()
    {
        EndpointDrafts drafts;
        drafts.load();
        drafts.edit(0, drafts.at(0).edited, QStringLiteral("sk-typed"));
        QCOMPARE(drafts.keyRead(QStringLiteral("keyed"), QStringLiteral("sk-saved")), 0);
        QCOMPARE(drafts.at(0).key, QStringLiteral("sk-typed"));
        QVERIFY(drafts.at(0).modified());
        drafts.revert(0);
        QCOMPARE(drafts.at(0).key, QStringLiteral("sk-saved"));
    }

    void onlyAnApiKeyProfileTakesAKey()
    {
        EndpointDrafts drafts;
        drafts.load();
        QCOMPARE(drafts.keyRead(QStringLiteral("signed-in"), QStringLiteral("sk-x")), -1);
        QCOMPARE(drafts.keyRead(QStringLiteral("gone"), QStringLiteral("sk-x")), -1);
        QVERIFY(drafts.at(1).key.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_EndpointDrafts)
#include "tst_endpointdrafts.moc"
