#include "coveragechart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Callwright {

CoverageChart::CoverageChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setCoverage({});
}

CoverageChart::~CoverageChart() = default;

void CoverageChart::setCoverage(const std::vector<CatalogCoverage> &coverage)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Coverage of the catalogs (%)"));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *tools = new QBarSet(tr("Tools called"));
    auto *edges = new QBarSet(tr("Graph edges exercised"));
    tools->setColor(QColor(0x3b, 0x7d, 0xd8));
    edges->setColor(QColor(0xe0, 0x8a, 0x1e));
    QStringList names;
    QStringList tips;
    for (const CatalogCoverage &c : coverage) {
        names << c.name;
        *tools << 100.0 * c.toolCoverage();
        *edges << 100.0 * c.edgeCoverage();
        tips << tr("%1: %2 of %3 tools called, %4 of %5 graph edges exercised")
                        .arg(c.name)
                        .arg(c.toolsUsed)
                        .arg(c.tools)
                        .arg(c.edgesUsed)
                        .arg(c.edges);
    }
    auto *series = new QBarSeries;
    series->append(tools);
    series->append(edges);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(names);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setToolTip(tips.join(QLatin1Char('\n')));
    m_view->setChart(chart);
}

} // namespace Callwright
