#include "edgeinspector.h"

#include "edgeitem.h"

#include "graph/toolfields.h"
#include "graph/toolgraphmodel.h"
#include "model/tool.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Callwright {

namespace {

QLabel *makeValueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString toolNameOf(const ToolGraphModel &model, int nodeId)
{
    const GraphNode *node = model.node(nodeId);
    return node ? node->toolName : EdgeInspector::tr("(missing node %1)").arg(nodeId);
}

} // namespace

EdgeInspector::EdgeInspector(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_from(makeValueLabel(this))
    , m_to(makeValueLabel(this))
    , m_kind(new QComboBox(this))
    , m_origin(makeValueLabel(this))
    , m_confidence(new QDoubleSpinBox(this))
    , m_mapping(new QTableWidget(0, 2, this))
    , m_warning(new QLabel(this))
{
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(8);
    m_placeholder->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_kind->addItem(tr("Data flow"), int(GraphEdge::Kind::DataFlow));
    m_kind->addItem(tr("Related"), int(GraphEdge::Kind::Related));
    m_kind->setToolTip(tr("Data flow: a return field feeds a parameter. Related: two "
                          "parameters take the same thing."));
    m_confidence->setRange(0, 1);
    m_confidence->setSingleStep(0.05);
    m_confidence->setDecimals(2);
    // One undo step per committed value, not one per keystroke.
    m_confidence->setKeyboardTracking(false);
    m_mapping->setHorizontalHeaderLabels({tr("From field"), tr("To field")});
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_warning->setWordWrap(true);
    QPalette warningPalette = m_warning->palette();
    warningPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_warning->setPalette(warningPalette);

    auto *title = new QLabel(tr("Edge"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    auto *details = new QWidget(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Origin:"), m_origin);
    form->addRow(tr("Confidence:"), m_confidence);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(title);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(new QLabel(tr("Field mapping:"), this));
    detailsLayout->addWidget(m_mapping, 1);
    detailsLayout->addWidget(m_warning);

    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_kind, &QComboBox::activated, this, &EdgeInspector::applyKind);
    connect(m_confidence, &QDoubleSpinBox::valueChanged, this, &EdgeInspector::applyConfidence);
    refresh();
}

EdgeInspector::~EdgeInspector() = default;

void EdgeInspector::setModel(ToolGraphModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_edgeId = -1;
    m_nodeId = -1;
    if (model) {
        auto follow = [this](int id) {
            if (id == m_edgeId)
                refresh();
        };
        connect(model, &ToolGraphModel::edgeUpdated, this, follow);
        connect(model, &ToolGraphModel::edgeDeleted, this, [this](int id) {
            if (id == m_edgeId) {
                m_edgeId = -1;
                refresh();
            }
        });
        connect(model, &ToolGraphModel::toolsChanged, this, &EdgeInspector::refresh);
    }
    refresh();
}

void EdgeInspector::showSelection(int edgeId, int nodeId)
{
    m_edgeId = edgeId;
    m_nodeId = nodeId;
    refresh();
}

QString EdgeInspector::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

QString EdgeInspector::placeholderText() const
{
    return m_placeholder->text();
}

void EdgeInspector::refresh()
{
    const GraphEdge *edge = m_model && m_edgeId >= 0 ? m_model->edge(m_edgeId) : nullptr;
    if (!edge) {
        QString text = tr("Select an edge to see the fields it joins, its origin and its "
                          "confidence.");
        const GraphNode *node = m_model && m_nodeId >= 0 ? m_model->node(m_nodeId) : nullptr;
        if (node) {
            const Tool *tool = m_model->toolOf(node->id);
            const std::size_t edges = m_model->edgesOf(node->id).size();
            QString summary = QStringLiteral("<b>%1</b>").arg(node->toolName.toHtmlEscaped());
            if (tool) {
                summary += QStringLiteral("<p>%1</p>").arg(tool->description.toHtmlEscaped());
                const QString counts = tr("%1, %2, %3.")
                                               .arg(tr("%n parameter(s)", nullptr,
                                                       int(ToolFields::inputPorts(*tool).size())),
                                                    tr("%n return field(s)", nullptr,
                                                       int(ToolFields::outputPorts(*tool).size())),
                                                    tr("%n edge(s)", nullptr, int(edges)));
                summary += QStringLiteral("<p>%1</p>").arg(counts.toHtmlEscaped());
            } else {
                summary += tr("<p>This tool no longer exists in the catalog.</p>");
            }
            const QString hint = palette().color(QPalette::PlaceholderText).name();
            text = summary
                   + QStringLiteral("<p style=\"color:%1\">%2</p>").arg(hint, text.toHtmlEscaped());
        }
        // A node's summary reads as text; only the bare hint is greyed out.
        m_placeholder->setForegroundRole(node ? QPalette::WindowText : QPalette::PlaceholderText);
        m_placeholder->setText(text);
        m_pages->setCurrentWidget(m_placeholder);
        return;
    }
    m_updating = true;
    const QStringList stale = m_model->staleFields(*edge);
    const bool related = edge->kind == GraphEdge::Kind::Related;
    QString fromField;
    QString toField;
    if (edge->mapping.size() == 1) {
        // One field each way: say which, and what it is on its tool.
        fromField = related ? tr("parameter %1").arg(edge->mapping[0].from)
                            : tr("return field %1").arg(edge->mapping[0].from);
        toField = tr("parameter %1").arg(edge->mapping[0].to);
    } else {
        fromField = toField = tr("%n field(s), below", nullptr, int(edge->mapping.size()));
    }
    m_from->setText(QStringLiteral("%1\n%2").arg(toolNameOf(*m_model, edge->fromNode), fromField));
    m_to->setText(QStringLiteral("%1\n%2").arg(toolNameOf(*m_model, edge->toNode), toField));
    m_kind->setCurrentIndex(m_kind->findData(int(edge->kind)));
    const bool manual = edge->origin == GraphEdge::Origin::Manual;
    m_origin->setText(manual ? tr("Manual (drawn by hand; inference never changes it)")
                             : tr("Inferred (replaced when edges are inferred again)"));
    QPalette originPalette = m_origin->palette();
    originPalette.setColor(QPalette::WindowText, EdgeItem::colorFor(*edge));
    m_origin->setPalette(originPalette);
    m_kind->setEnabled(manual);
    m_confidence->setEnabled(manual);
    m_confidence->setValue(edge->confidence);

    m_mapping->setRowCount(int(edge->mapping.size()));
    // staleFields() names the fields but not their side; the cells need the side, since
    // both ends often share a name (user_id -> user_id).
    const QStringList fromPorts = m_model->sourcePorts(*edge);
    const QStringList toPorts = m_model->targetPorts(*edge);
    const QBrush staleBrush(QColor(0xc0, 0x20, 0x20));
    auto makeCell = [&](const QString &name, const QStringList &ports) {
        auto *cell = new QTableWidgetItem(name);
        if (!ports.contains(name)) {
            cell->setForeground(staleBrush);
            cell->setToolTip(tr("The tool no longer has this field."));
        }
        return cell;
    };
    for (std::size_t row = 0; row < edge->mapping.size(); ++row) {
        const FieldMapping &field = edge->mapping[row];
        m_mapping->setItem(int(row), 0, makeCell(field.from, fromPorts));
        m_mapping->setItem(int(row), 1, makeCell(field.to, toPorts));
    }
    m_warning->setText(stale.isEmpty() ? QString()
                                       : tr("⚠ No longer in the tools: %1. The tool changed "
                                            "after this edge was made; fix the edge or delete it.")
                                                 .arg(stale.join(tr(", "))));
    m_warning->setVisible(!stale.isEmpty());
    m_pages->setCurrentIndex(1);
    m_updating = false;
}

void EdgeInspector::applyKind(int index)
{
    const GraphEdge *edge = m_model && m_edgeId >= 0 ? m_model->edge(m_edgeId) : nullptr;
    if (m_updating || !edge)
        return;
    GraphEdge changed = *edge;
    changed.kind = GraphEdge::Kind(m_kind->itemData(index).toInt());
    if (changed.kind != edge->kind)
        m_model->changeEdge(changed);
}

void EdgeInspector::applyConfidence(double value)
{
    const GraphEdge *edge = m_model && m_edgeId >= 0 ? m_model->edge(m_edgeId) : nullptr;
    if (m_updating || !edge || qFuzzyCompare(edge->confidence, value))
        return;
    GraphEdge changed = *edge;
    changed.confidence = value;
    m_model->changeEdge(changed);
}

} // namespace Callwright
