#include "datasetcard.h"

#include <QDateTime>

#include <algorithm>

namespace Callwright {

namespace {

QString number(qint64 n)
{
    return QString::number(n);
}

QString fixed(double v, int digits = 2)
{
    return QString::number(v, 'f', digits);
}

QString percent(qint64 part, qint64 whole)
{
    return whole == 0 ? QStringLiteral("0%")
                      : fixed(100.0 * double(part) / double(whole), 1) + QLatin1Char('%');
}

QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|"))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString sizeCategory(qint64 n)
{
    if (n < 1000)
        return QStringLiteral("n<1K");
    if (n < 10000)
        return QStringLiteral("1K<n<10K");
    if (n < 100000)
        return QStringLiteral("10K<n<100K");
    if (n < 1000000)
        return QStringLiteral("100K<n<1M");
    return QStringLiteral("1M<n<10M");
}

} // namespace

void ExportStats::add(const Dialogue &dialogue, bool validation)
{
    ++(validation ? m_validation : m_train);
    m_messages += qint64(dialogue.messages.size());
    for (const Message &m : dialogue.messages) {
        if (m.toolCalls.size() > 1)
            ++m_parallelTurns;
        for (const ToolCall &c : m.toolCalls) {
            ++m_calls;
            ++m_toolCalls[c.toolName];
        }
    }
    for (const CallRecord &r : dialogue.calls)
        m_errorResults += r.isError ? 1 : 0;
    for (const QString &tool : dialogue.toolsUsed())
        ++m_toolDialogues[tool];
    for (const PlanStep &s : dialogue.plan.steps) {
        ++m_stepKinds[QLatin1String(planStepKindName(s.kind))];
        m_clarifications += s.kind == PlanStep::Kind::Clarification ? 1 : 0;
    }
    for (const Score &s : dialogue.scores)
        m_scores[s.metric].push_back(float(s.value));
    ++m_catalogDialogues[dialogue.catalogId];
    ++m_engines[dialogue.engine];
    if (dialogue.jobId != 0)
        m_jobs.insert(dialogue.jobId);
}

std::map<QString, ExportStats::Distribution> ExportStats::scores() const
{
    std::map<QString, Distribution> out;
    for (const auto &[metric, values] : m_scores) {
        std::vector<float> v = values;
        std::sort(v.begin(), v.end());
        Distribution d;
        d.count = qint64(v.size());
        double sum = 0;
        for (float x : v)
            sum += x;
        d.mean = v.empty() ? 0 : sum / double(v.size());
        d.min = v.empty() ? 0 : v.front();
        d.max = v.empty() ? 0 : v.back();
        d.median = v.empty() ? 0 : v[v.size() / 2];
        for (float x : v) {
            const double span = d.max - d.min;
            const int bin = span > 0 ? std::min(4, int((x - d.min) / span * 5)) : 0;
            ++d.bins[std::size_t(bin)];
        }
        out.emplace(metric, d);
    }
    return out;
}

QString ExportStats::card(const ExportOptions &options, const std::vector<Catalog> &catalogs,
                          const std::vector<Job> &jobs, const QStringList &files,
                          qint64 skipped) const
{
    QString s;
    const auto line = [&s](const QString &text = QString()) {
        s += text + QLatin1Char('\n');
    };
    const QString format = exportFormatName(options.format);
    const qint64 total = dialogues();

    line(QStringLiteral("---"));
    line(QStringLiteral("license: ") + options.licence);
    line(QStringLiteral("pretty_name: ") + options.datasetName);
    line(QStringLiteral("task_categories:\n- text-generation"));
    line(QStringLiteral("tags:\n- tool-calling\n- function-calling\n- synthetic\n- callwright\n- ")
         + format);
    line(QStringLiteral("size_categories:\n- ") + sizeCategory(total));
    line(QStringLiteral("---"));
    line();
    line(QStringLiteral("# ") + options.datasetName);
    line();
    line(QStringLiteral("Multi-turn tool-calling dialogues exported by Callwright in the **%1** "
                        "format on %2. Every tool call was executed statelessly: each result "
                        "depends on its request alone.")
                 .arg(format, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    line();
    line(QStringLiteral("## Files"));
    line();
    for (const QString &f : files)
        line(QStringLiteral("- `") + f + QLatin1Char('`'));
    line();
    line(QStringLiteral("## Counts"));
    line();
    line(QStringLiteral("| | Count |"));
    line(QStringLiteral("|---|---:|"));
    line(QStringLiteral("| Dialogues | %1 |").arg(number(total)));
    line(QStringLiteral("| Train | %1 |").arg(number(m_train)));
    line(QStringLiteral("| Validation | %1 |").arg(number(m_validation)));
    line(QStringLiteral("| Messages | %1 |").arg(number(m_messages)));
    line(QStringLiteral("| Tool calls | %1 |").arg(number(m_calls)));
    line(QStringLiteral("| Turns with parallel calls | %1 |").arg(number(m_parallelTurns)));
    line(QStringLiteral("| Error results | %1 |").arg(number(m_errorResults)));
    line(QStringLiteral("| Clarification steps | %1 |").arg(number(m_clarifications)));
    line(QStringLiteral("| Left out by the format's validator | %1 |").arg(number(skipped)));
    line();
    QStringList selection;
    if (options.statuses.empty()) {
        selection << QStringLiteral("any review status");
    } else {
        QStringList names;
        for (ReviewStatus st : options.statuses)
            names << QLatin1String(reviewStatusName(st));
        selection << QStringLiteral("review status ") + names.join(QStringLiteral(", "));
    }
    if (options.filter)
        selection << QStringLiteral("a saved filter");
    if (!options.dropUids.isEmpty())
        selection << QStringLiteral("%1 near-duplicates removed").arg(options.dropUids.size());
    QString selected = QStringLiteral("Selection: ") + selection.join(QStringLiteral("; "))
                       + QLatin1Char('.');
    if (options.validationShare > 0) {
        selected += QStringLiteral(" Split: %1% validation, stratified by tool set, seed %2.")
                            .arg(fixed(options.validationShare * 100, 1))
                            .arg(options.seed);
    }
    line(selected);
    line();
    line(QStringLiteral("## Scores"));
    line();
    const auto distributions = scores();
    if (distributions.empty()) {
        line(QStringLiteral("No dialogue of this export has been scored yet."));
    } else {
        line(QStringLiteral("| Metric | Scored | Mean | Min | Median | Max | Distribution (five "
                            "equal bins, min to max) |"));
        line(QStringLiteral("|---|---:|---:|---:|---:|---:|---|"));
        for (const auto &[metric, d] : distributions) {
            QStringList bins;
            for (qint64 n : d.bins)
                bins << number(n);
            line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
                         .arg(cell(metric), number(d.count), fixed(d.mean), fixed(d.min),
                              fixed(d.median), fixed(d.max),
                              bins.join(QStringLiteral(" \u00b7 "))));
        }
    }
    line();
    if (!m_stepKinds.empty()) {
        line(QStringLiteral("## Plan steps"));
        line();
        line(QStringLiteral("| Kind | Steps |"));
        line(QStringLiteral("|---|---:|"));
        for (const auto &[kind, n] : m_stepKinds)
            line(QStringLiteral("| %1 | %2 |").arg(kind, number(n)));
        line();
    }
    line(QStringLiteral("## Tool coverage"));
    line();
    qint64 offered = 0;
    std::set<QString> used;
    for (const auto &[tool, n] : m_toolCalls)
        used.insert(tool);
    for (const Catalog &c : catalogs) {
        if (m_catalogDialogues.count(c.id) == 0)
            continue;
        offered += qint64(c.tools.size());
        std::vector<QString> unused;
        for (const Tool &t : c.tools) {
            if (used.count(t.name) == 0)
                unused.push_back(t.name);
        }
        line(QStringLiteral("- Catalog **%1**: %2 dialogues, %3 of %4 tools called%5")
                     .arg(cell(c.name), number(m_catalogDialogues.at(c.id)))
                     .arg(qint64(c.tools.size()) - qint64(unused.size()))
                     .arg(c.tools.size())
                     .arg(unused.empty() ? QString()
                                         : QStringLiteral(" (never called: %1)")
                                                   .arg(QStringList(unused.begin(), unused.end())
                                                                .join(QStringLiteral(", ")))));
    }
    line();
    line(QStringLiteral("| Tool | Calls | Dialogues | Share of dialogues |"));
    line(QStringLiteral("|---|---:|---:|---:|"));
    for (const auto &[tool, n] : m_toolCalls) {
        const qint64 in = m_toolDialogues.count(tool) ? m_toolDialogues.at(tool) : 0;
        line(QStringLiteral("| `%1` | %2 | %3 | %4 |")
                     .arg(cell(tool), number(n), number(in), percent(in, total)));
    }
    line();
    line(QStringLiteral("## Generation settings"));
    line();
    for (const auto &[engine, n] : m_engines)
        line(QStringLiteral("- Engine `%1`: %2 dialogues").arg(cell(engine), number(n)));
    line();
    bool header = false;
    for (const Job &job : jobs) {
        if (m_jobs.count(job.id) == 0)
            continue;
        if (!header) {
            line(QStringLiteral("| Job | Kind | Catalog | Requested | Seed | Sampler | Tools per "
                                "sample | Envelope | Engine | Created |"));
            line(QStringLiteral("|---:|---|---|---:|---:|---|---:|---|---|---|"));
            header = true;
        }
        const Json &st = job.settings;
        const auto text = [&st](const char *key) {
            if (!st.is_object() || !st.contains(key))
                return QString();
            return st[key].is_string() ? st[key].get<QString>()
                                       : QString::fromStdString(st[key].dump());
        };
        QString catalogName = text("catalog_id");
        for (const Catalog &c : catalogs) {
            if (QString::number(c.id) == catalogName)
                catalogName = c.name;
        }
        line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |")
                     .arg(QString::number(job.id), cell(job.kind), cell(catalogName),
                          number(job.requested), text("seed"), text("sampler"),
                          text("tools_per_sample"), text("envelope"), text("engine"))
                     .arg(QDateTime::fromMSecsSinceEpoch(job.createdAtMs, Qt::UTC)
                                  .toString(Qt::ISODate)));
    }
    if (!header)
        line(QStringLiteral("No generation job made these dialogues (they were imported)."));
    line();
    line(QStringLiteral("## Licence"));
    line();
    line(QStringLiteral("Released under `%1`. Tool definitions keep the licences of the "
                        "catalogs they came from.")
                 .arg(options.licence));
    return s;
}

} // namespace Callwright
