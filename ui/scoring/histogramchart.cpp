#include "histogramchart.h"

#include "scorelabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Callwright {

namespace {

QString number(double value, double width)
{
    // Enough decimals to tell neighbouring bin edges apart.
    const int decimals = width >= 1 ? 0 : width >= 0.1 ? 1 : 2;
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

HistogramChart::HistogramChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    clear();
}

HistogramChart::~HistogramChart() = default;

void HistogramChart::clear()
{
    m_metric.clear();
    m_histogram = Histogram();
    auto *chart = new QChart;
    chart->setTitle(tr("No scores yet"));
    chart->legend()->hide();
    m_view->setChart(chart); // the view deletes the previous chart
}

void HistogramChart::setHistogram(const QString &metric, const Histogram &histogram)
{
    m_metric = metric;
    m_histogram = histogram;
    auto *chart = new QChart;
    chart->setTitle(tr("%1 — %n dialogue(s), mean %2", nullptr, int(histogram.count))
                            .arg(ScoreLabels::name(metric))
                            .arg(QLocale().toString(histogram.mean(), 'f', 2)));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);

    auto *set = new QBarSet(tr("Dialogues"));
    QStringList categories;
    const double width = (histogram.maximum - histogram.minimum) / double(histogram.bins.size());
    qint64 highest = 0;
    for (int i = 0; i < int(histogram.bins.size()); ++i) {
        *set << double(histogram.bins[std::size_t(i)]);
        highest = std::max(highest, histogram.bins[std::size_t(i)]);
        categories << QStringLiteral("%1–%2").arg(number(histogram.binLow(i), width),
                                                  number(histogram.binHigh(i), width));
    }
    set->setColor(QColor(0x3b, 0x7d, 0xd8));
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.9);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, std::max<qint64>(1, highest));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(5);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(set, &QBarSet::clicked, this, &HistogramChart::activateBin);
    connect(set, &QBarSet::hovered, this, [this](bool on, int bin) {
        m_view->setToolTip(on ? tr("%n dialogue(s); click to review them", nullptr,
                                   int(m_histogram.bins[std::size_t(bin)]))
                              : QString());
    });
    m_view->setChart(chart);
}

ScoreFilter HistogramChart::filterFor(int bin) const
{
    ScoreFilter f;
    f.metric = m_metric;
    f.minimum = m_histogram.binLow(bin);
    f.maximum = m_histogram.binHigh(bin);
    f.includeMaximum = bin + 1 == int(m_histogram.bins.size());
    // Values outside the range are counted in the end bins; the filter reaches them too.
    if (bin == 0)
        f.minimum = -std::numeric_limits<double>::infinity();
    if (f.includeMaximum)
        f.maximum = std::numeric_limits<double>::infinity();
    return f;
}

void HistogramChart::activateBin(int bin)
{
    if (m_metric.isEmpty() || bin < 0 || bin >= int(m_histogram.bins.size()))
        return;
    Q_EMIT filterRequested(filterFor(bin));
}

} // namespace Callwright
