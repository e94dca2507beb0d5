#pragma once

#include "scoring/datasetstats.h"

#include <QWidget>

class QChartView;

namespace Callwright {

/// Tool and edge coverage of each catalog as grouped bars, in percent (Qt Charts).
class CoverageChart final : public QWidget
{
    Q_OBJECT

public:
    explicit CoverageChart(QWidget *parent = nullptr);
    ~CoverageChart() override;

    void setCoverage(const std::vector<CatalogCoverage> &coverage);

private:
    QChartView *m_view;
};

} // namespace Callwright
