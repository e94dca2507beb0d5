#include "uitestsupport.h"

#include "panels/scorespanel.h"
#include "scoring/histogramchart.h"
#include "scoring/reviewruleseditor.h"

#include "core/scoring/generatedproject.h"
#include "scoring/dialoguemetrics.h"
#include "scoring/scoringrun.h"

#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

using namespace Callwright;
using namespace Callwright::UiTestSupport;

namespace {

constexpr int kDialogues = 60;

} // namespace

/// The Scores panel on a generated project: "Score all" runs off the GUI thread and shows the
/// dataset's figures and histograms; a bar asks the review browser for exactly the dialogues
/// it counts; review rules change exactly as many dialogues as their preview announced.
class tst_ScoresPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("panel.callwright"));
        QVERIFY(ScoringTestSupport::generateProject(m_path, kDialogues, 9));
        StoreError error;
        m_document = ProjectDocument::open(m_path, &error);
        QVERIFY2(m_document, qPrintable(error.message));
        m_panel = std::make_unique<ScoresPanel>();
        m_panel->resize(1200, 800);
        QSignalSpy shown(m_panel.get(), &ScoresPanel::reportShown);
        m_panel->setDocument(m_document.get());
        m_panel->show();
        QVERIFY(shown.wait(60000));
    }

    void unscoredProjectAsksForScoring()
    {
        QVERIFY(m_panel->report());
        QCOMPARE(m_panel->report()->dialogues, kDialogues);
        QVERIFY2(m_panel->statusText().contains(QStringLiteral("Score all")),
                 qPrintable(m_panel->statusText()));
        // The verifier's scores are there already.
        QCOMPARE(m_panel->currentMetric(), QLatin1String(ScoreNames::Verified));
    }

    void scoreAllRunsInTheBackgroundAndShowsHistograms()
    {
        QSignalSpy shown(m_panel.get(), &ScoresPanel::reportShown);
        QVERIFY(m_panel->scoreButton()->isEnabled());
        m_panel->scoreButton()->click();
        QVERIFY(m_panel->isBusy());
        QVERIFY(m_panel->cancelButton()->isEnabled());
        QVERIFY(!m_panel->scoreButton()->isEnabled());
        QVERIFY(shown.wait(120000));
        QVERIFY(!m_panel->isBusy());
        QCOMPARE(m_panel->report()->written, kDialogues);
        QCOMPARE(m_panel->progressBar()->value(), m_panel->progressBar()->maximum());
        QVERIFY2(m_panel->statusText().contains(QStringLiteral("Scored 60 dialogue")),
                 qPrintable(m_panel->statusText()));
        m_panel->selectMetric(QLatin1String(ScoreNames::Naturalness));
        const Histogram &h = m_panel->histogram()->histogram();
        QCOMPARE(m_panel->histogram()->metric(), QLatin1String(ScoreNames::Naturalness));
        qint64 sum = 0;
        for (qint64 b : h.bins)
            sum += b;
        QCOMPARE(sum, kDialogues);
    }

    void clickingABarRequestsExactlyItsDialogues()
    {
        m_panel->selectMetric(QLatin1String(ScoreNames::Coherence));
        const Histogram &h = m_panel->histogram()->histogram();
        const auto fullest = std::max_element(h.bins.begin(), h.bins.end());
        const int bin = int(fullest - h.bins.begin());
        QVERIFY(*fullest > 0);
        QSignalSpy requested(m_panel.get(), &ScoresPanel::filterRequested);
        m_panel->histogram()->activateBin(bin);
        QCOMPARE(requested.count(), 1);
        const auto filter = requested.at(0).at(0).value<ScoreFilter>();
        QCOMPARE(filter.metric, QLatin1String(ScoreNames::Coherence));
        qint64 matching = 0;
        m_document->store().forEachDialogue([&](const Dialogue &d) {
            matching += filter.matches(d) ? 1 : 0;
            return true;
        });
        QCOMPARE(matching, *fullest);
    }

    void rulesChangeAsManyDialoguesAsPreviewed()
    {
        const double median = medianCoherence();
        ReviewRule reject;
        reject.metric = QLatin1String(ScoreNames::Coherence);
        reject.comparison = ReviewRule::Comparison::Below;
        reject.threshold = median;
        reject.action = ReviewStatus::Rejected;
        ReviewRule accept = reject;
        accept.comparison = ReviewRule::Comparison::AtLeast;
        accept.threshold = median + 0.2;
        accept.action = ReviewStatus::Accepted;
        // A curator's own decision, which the rules leave alone.
        QVERIFY(m_document->store().setReviewStatus(1, ReviewStatus::NeedsFix, {}));
        m_panel->rulesEditor()->setRules({reject, accept});
        QVERIFY(!m_panel->applyButton()->isEnabled());

        QSignalSpy previewed(m_panel.get(), &ScoresPanel::previewReady);
        QVERIFY(m_panel->previewRules());
        QVERIFY(previewed.wait(60000));
        const int announced = previewed.at(0).at(0).toInt();
        QCOMPARE(m_panel->previewCount(), announced);
        QVERIFY(announced > 0 && announced < kDialogues);
        QVERIFY(m_panel->applyButton()->isEnabled());
        const ProjectInfo before = m_document->store().info();
        QCOMPARE(before.accepted + before.rejected, 0);

        QSignalSpy applied(m_panel.get(), &ScoresPanel::rulesApplied);
        m_panel->applyButton()->click();
        QVERIFY(applied.wait(60000));
        QCOMPARE(applied.at(0).at(0).toInt(), announced);
        const ProjectInfo after = m_document->store().info();
        QCOMPARE(after.accepted + after.rejected, announced);
        QCOMPARE(after.needsFix, 1);
        QVERIFY(!m_panel->applyButton()->isEnabled());

        // Everything the rules decide has been decided: a second preview changes nothing.
        QSignalSpy again(m_panel.get(), &ScoresPanel::previewReady);
        QVERIFY(m_panel->previewRules());
        QVERIFY(again.wait(60000));
        QCOMPARE(again.at(0).at(0).toInt(), 0);
        QVERIFY(!m_panel->applyButton()->isEnabled());
    }

    void editingRulesDropsThePreview()
    {
        ReviewRule rule;
        rule.metric = QLatin1String(ScoreNames::Naturalness);
        rule.threshold = 5.1;
        rule.action = ReviewStatus::Rejected;
        rule.comparison = ReviewRule::Comparison::Below;
        m_panel->rulesEditor()->setRules({rule});
        QSignalSpy previewed(m_panel.get(), &ScoresPanel::previewReady);
        QVERIFY(m_panel->previewRules());
        QVERIFY(previewed.wait(60000));
        QVERIFY(m_panel->previewCount() > 0);
        m_panel->rulesEditor()->addRule(rule);
        QCOMPARE(m_panel->previewCount(), -1);
        QVERIFY(!m_panel->applyButton()->isEnabled());
        QVERIFY(!m_panel->applyRules());
    }

    void projectWithoutDialoguesSaysSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.callwright"));
        QVERIFY(writeProject(path, QStringLiteral("empty")));
        StoreError error;
        auto empty = ProjectDocument::open(path, &error);
        QVERIFY(empty);
        ScoresPanel panel;
        panel.setDocument(empty.get());
        QVERIFY2(panel.statusText().contains(QStringLiteral("no dialogues")),
                 qPrintable(panel.statusText()));
        QVERIFY(!panel.isBusy());
    }

    void cleanupTestCase()
    {
        m_panel.reset();
        m_document.reset();
    }

private:
    double medianCoherence() const
    {
        std::vector<double> values;
        m_document->store().forEachDialogue([&](const Dialogue &d) {
            for (const Score &s : d.scores) {
                if (s.metric == QLatin1String(ScoreNames::Coherence))
                    values.push_back(s.value);
            }
            return true;
        });
        std::sort(values.begin(), values.end());
        return values.empty() ? 0 : values[values.size() / 2];
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<ScoresPanel> m_panel;
};

QTEST_MAIN(tst_ScoresPanel)
#include "tst_scorespanel.moc"
