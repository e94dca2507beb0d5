#include "revisionview.h"

#include "model/revisiondiff.h"

#include <QDateTime>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Callwright {

namespace {

QString shown(const Json &value)
{
    QString text = value.is_string() ? QString::fromStdString(value.get<std::string>())
                                     : toQString(value);
    if (text.size() > 600)
        text = text.left(600) + QStringLiteral("…");
    return text.toHtmlEscaped();
}

} // namespace

RevisionView::RevisionView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_diff(new QTextBrowser(this))
{
    m_list->setObjectName(QStringLiteral("revisions"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_diff->setObjectName(QStringLiteral("revisionDiff"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &RevisionView::showDiff);
    setRevisions({});
}

RevisionView::~RevisionView() = default;

void RevisionView::setRevisions(std::vector<Revision> revisions)
{
    m_revisions = std::move(revisions);
    std::sort(m_revisions.begin(), m_revisions.end(),
              [](const Revision &a, const Revision &b) { return a.id > b.id; });
    m_list->clear();
    for (const Revision &r : m_revisions) {
        m_list->addItem(tr("%1 — %2 — %3")
                                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.atMs),
                                                        QLocale::ShortFormat),
                                     r.author.isEmpty() ? tr("unknown curator") : r.author,
                                     r.summary));
    }
    if (m_revisions.empty())
        m_diff->setHtml(tr("<i>This dialogue has not been edited.</i>"));
    else
        selectRevisions({0});
}

void RevisionView::selectRevisions(const QList<int> &rows)
{
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    for (int row : rows) {
        if (QListWidgetItem *item = m_list->item(row))
            item->setSelected(true);
    }
    showDiff();
}

void RevisionView::showDiff()
{
    QList<int> rows;
    for (const QListWidgetItem *item : m_list->selectedItems())
        rows << m_list->row(item);
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty() || m_revisions.empty()) {
        m_diff->clear();
        return;
    }
    // Newest first: the later version is the first row's, the earlier the last row's.
    const Revision &newer = m_revisions[std::size_t(rows.first())];
    const Revision &older = m_revisions[std::size_t(rows.last())];
    const Json &from = rows.size() == 1 ? newer.before : older.after;
    const std::vector<JsonChange> changes = diffJson(from, newer.after);
    QString html
            = rows.size() == 1
                      ? tr("<h3>%1</h3><p>by %2</p>")
                                .arg(newer.summary.toHtmlEscaped(), newer.author.toHtmlEscaped())
                      : tr("<h3>From “%1” to “%2”</h3>")
                                .arg(older.summary.toHtmlEscaped(), newer.summary.toHtmlEscaped());
    if (changes.empty())
        html += tr("<p><i>No difference.</i></p>");
    html += QStringLiteral("<table cellspacing='0' cellpadding='4' width='100%'>");
    for (const JsonChange &c : changes) {
        html += QStringLiteral("<tr><td colspan='2'><code><b>%1</b></code></td></tr>")
                        .arg(c.pointer.toHtmlEscaped());
        if (c.kind != JsonChange::Kind::Added) {
            html += QStringLiteral("<tr><td width='20'>−</td><td style='background:#fbe3e4;"
                                   "color:#8a1f11'><code>%1</code></td></tr>")
                            .arg(shown(c.before));
        }
        if (c.kind != JsonChange::Kind::Removed) {
            html += QStringLiteral("<tr><td width='20'>+</td><td style='background:#e6f6e6;"
                                   "color:#1e5e1e'><code>%1</code></td></tr>")
                            .arg(shown(c.after));
        }
    }
    html += QStringLiteral("</table>");
    m_diff->setHtml(html);
}

QString RevisionView::diffText() const
{
    return m_diff->toPlainText();
}

} // namespace Callwright
