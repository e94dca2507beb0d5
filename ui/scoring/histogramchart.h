#pragma once

#include "scoring/datasetstats.h"
#include "scoring/scorefilter.h"

#include <QWidget>

class QChartView;

namespace Callwright {

/// A bar chart of one score's histogram (Qt Charts). Clicking a bar asks for the dialogues
/// in that bin through filterRequested.
class HistogramChart final : public QWidget
{
    Q_OBJECT

public:
    explicit HistogramChart(QWidget *parent = nullptr);
    ~HistogramChart() override;

    void setHistogram(const QString &metric, const Histogram &histogram);
    void clear();
    QString metric() const { return m_metric; }
    const Histogram &histogram() const { return m_histogram; }

    /// The filter for a bin: [low, high). The first bin reaches down to -infinity and the last
    /// up to +infinity, as the histogram counts values outside its range there.
    ScoreFilter filterFor(int bin) const;
    /// Acts as a click on bar bin.
    void activateBin(int bin);

Q_SIGNALS:
    void filterRequested(const Callwright::ScoreFilter &filter);

private:
    QChartView *m_view;
    QString m_metric;
    Histogram m_histogram;
};

} // namespace Callwright
