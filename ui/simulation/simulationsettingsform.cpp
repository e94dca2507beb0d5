#include "simulationsettingsform.h"

#include "backends/endpointprofile.h"

#include "simulationlabels.h"

#include "model/projectdocument.h"
#include "settings/setting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>
#include <cmath>

namespace Callwright {

namespace {

/// The endpoint profile id of an engine box item whose engine is "llm".
constexpr int kEndpointRole = Qt::UserRole + 1;

} // namespace

namespace {

Setting<QByteArray> lastSettings{"simulationPanel/settings", {}};
Setting<QString> lastCatalog{"simulationPanel/catalog", {}};

constexpr int kMaxCount = 1000000;
constexpr int kMaxWeight = 100;
constexpr int kMaxSteps = 20;

QSpinBox *spinBox(int min, int max, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setAlignment(Qt::AlignRight);
    return box;
}

} // namespace

SimulationSettingsForm::SimulationSettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_catalog(new QComboBox(this))
    , m_count(spinBox(1, kMaxCount, this))
    , m_seed(spinBox(0, INT_MAX, this))
    , m_randomSeed(new QToolButton(this))
    , m_engine(new QComboBox(this))
    , m_backTranslate(new QCheckBox(tr("&Back-translation check"), this))
    , m_sampler(new QComboBox(this))
    , m_toolsPerSample(spinBox(1, 32, this))
    , m_envelope(new QComboBox(this))
    , m_minSteps(spinBox(1, kMaxSteps, this))
    , m_maxSteps(spinBox(1, kMaxSteps, this))
{
    m_catalog->setAccessibleName(tr("Catalog"));
    m_catalog->setToolTip(tr("The catalog whose tools the dialogues call"));
    m_count->setGroupSeparatorShown(true);
    m_count->setSingleStep(100);
    m_count->setAccessibleName(tr("Number of dialogues"));
    m_count->setToolTip(tr("How many dialogues the job makes"));
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setToolTip(tr("The same seed and settings make the same dialogues, bit for bit"));
    m_randomSeed->setText(tr("Random"));
    m_randomSeed->setToolTip(tr("Pick a new seed at random"));
    m_engine->setAccessibleName(tr("Engine"));
    m_engine->setToolTip(tr("The embedded engine's deterministic agents run offline; an "
                            "endpoint profile (Endpoints panel) lets LLM agents play the user, "
                            "the assistant and the tools"));
    m_backTranslate->setToolTip(tr("Endpoint jobs: regenerate each step's calls from the "
                                   "user's words alone and score how many match the plan "
                                   "(DiGiT-TC)"));
    refreshEngines();
    for (const SamplerKind kind : {SamplerKind::RandomWalk, SamplerKind::NearestNeighbours,
                                   SamplerKind::DataFlowChain, SamplerKind::CoverageAware}) {
        m_sampler->addItem(SimulationLabels::sampler(kind), int(kind));
        m_sampler->setItemData(m_sampler->count() - 1, SimulationLabels::samplerHelp(kind),
                               Qt::ToolTipRole);
    }
    m_sampler->setAccessibleName(tr("Sampler"));
    m_toolsPerSample->setAccessibleName(tr("Tools per sample"));
    m_toolsPerSample->setToolTip(tr("How many tools of the graph each dialogue draws from"));
    m_envelope->addItem(QString(), -1); // the catalog's own; labelled by updateEnvelopeLabel
    for (const EnvelopeStrategy s :
         {EnvelopeStrategy::ContextCarrying, EnvelopeStrategy::StateToken})
        m_envelope->addItem(SimulationLabels::envelope(s), int(s));
    m_envelope->setItemData(1, tr("Requests carry the earlier results they depend on"),
                            Qt::ToolTipRole);
    m_envelope->setItemData(2, tr("Tools return state handles that later calls pass back"),
                            Qt::ToolTipRole);
    m_envelope->setAccessibleName(tr("Envelope strategy"));
    // Wide enough for the longest name the first item takes (updateEnvelopeLabel).
    m_envelope->setItemText(0, tr("The catalog's own: context-carrying"));
    m_envelope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_envelope->setToolTip(tr("How a call gets what it needs from earlier calls when every "
                              "tool execution is stateless"));

    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(m_randomSeed);

    auto *dialogues = new QGroupBox(tr("Dialogues"), this);
    auto *dialoguesForm = new QFormLayout(dialogues);
    dialoguesForm->addRow(tr("&Catalog:"), m_catalog);
    dialoguesForm->addRow(tr("C&ount:"), m_count);
    auto *seedLabel = new QLabel(tr("S&eed:"), dialogues);
    seedLabel->setBuddy(m_seed); // a row of a layout gets no buddy of its own
    dialoguesForm->addRow(seedLabel, seedRow);
    dialoguesForm->addRow(tr("E&ngine:"), m_engine);
    dialoguesForm->addRow(QString(), m_backTranslate);

    auto *sampling = new QGroupBox(tr("Sampling"), this);
    auto *samplingForm = new QFormLayout(sampling);
    samplingForm->addRow(tr("S&ampler:"), m_sampler);
    samplingForm->addRow(tr("&Tools per sample:"), m_toolsPerSample);
    samplingForm->addRow(tr("En&velope:"), m_envelope);

    auto *mix = new QGroupBox(tr("Plan mix"), this);
    mix->setToolTip(tr("Relative weights of the kinds of plan step; 0 turns a kind off. A kind "
                       "the sampled tools cannot serve falls back to a single call."));
    auto *mixGrid = new QGridLayout(mix);
    mixGrid->setColumnStretch(0, 1);
    for (int k = 0; k < PlanMix::kKinds; ++k) {
        const auto kind = PlanStep::Kind(k);
        auto *label = new QLabel(SimulationLabels::stepKind(kind), mix);
        label->setToolTip(SimulationLabels::stepKindHelp(kind));
        QSpinBox *weight = spinBox(0, kMaxWeight, mix);
        weight->setAccessibleName(SimulationLabels::stepKind(kind));
        weight->setToolTip(SimulationLabels::stepKindHelp(kind));
        label->setBuddy(weight);
        auto *share = new QLabel(mix);
        share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        share->setMinimumWidth(share->fontMetrics().horizontalAdvance(QStringLiteral("100%")));
        share->setForegroundRole(QPalette::PlaceholderText);
        mixGrid->addWidget(label, k, 0);
        mixGrid->addWidget(weight, k, 1);
        mixGrid->addWidget(share, k, 2);
        m_weights[std::size_t(k)] = weight;
        m_shares[std::size_t(k)] = share;
    }
    auto *stepsRow = new QHBoxLayout;
    auto *stepsLabel = new QLabel(tr("Steps per dialogue:"), mix);
    stepsLabel->setBuddy(m_minSteps);
    m_minSteps->setAccessibleName(tr("Fewest steps"));
    m_maxSteps->setAccessibleName(tr("Most steps"));
    stepsRow->addWidget(stepsLabel, 1);
    stepsRow->addWidget(m_minSteps);
    stepsRow->addWidget(new QLabel(tr("to"), mix));
    stepsRow->addWidget(m_maxSteps);
    mixGrid->addLayout(stepsRow, PlanMix::kKinds, 0, 1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(dialogues);
    layout->addWidget(sampling);
    layout->addWidget(mix);
    auto *note = new QLabel(tr("Each dialogue is planned, played by the user, assistant and "
                               "tool agents, and verified. The same seed and settings make the "
                               "same dialogues, so a cancelled or interrupted job resumes "
                               "exactly where it stopped; on an endpoint, the project's cache "
                               "of answers makes a rerun free."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(note);
    layout->addStretch(1);

    restore();
    updateShares();

    connect(m_randomSeed, &QToolButton::clicked, this,
            [this] { m_seed->setValue(int(QRandomGenerator::global()->bounded(1, INT_MAX))); });
    connect(m_catalog, &QComboBox::currentIndexChanged, this, [this] {
        updateEnvelopeLabel();
        Q_EMIT changed();
    });
    for (QSpinBox *box : {m_count, m_seed, m_toolsPerSample})
        connect(box, &QSpinBox::valueChanged, this, &SimulationSettingsForm::changed);
    connect(m_engine, &QComboBox::currentIndexChanged, this,
            [this] { m_backTranslate->setEnabled(endpointChosen()); });
    m_backTranslate->setEnabled(false);
    connect(m_backTranslate, &QCheckBox::toggled, this, &SimulationSettingsForm::changed);
    for (QComboBox *box : {m_engine, m_sampler, m_envelope})
        connect(box, &QComboBox::currentIndexChanged, this, &SimulationSettingsForm::changed);
    for (QSpinBox *box : m_weights) {
        connect(box, &QSpinBox::valueChanged, this, [this] {
            updateShares();
            Q_EMIT changed();
        });
    }
    // The range stays valid: moving one end past the other drags it along.
    connect(m_minSteps, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_maxSteps->value() < value)
            m_maxSteps->setValue(value);
        Q_EMIT changed();
    });
    connect(m_maxSteps, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_minSteps->value() > value)
            m_minSteps->setValue(value);
        Q_EMIT changed();
    });
    connect(this, &SimulationSettingsForm::changed, this, &SimulationSettingsForm::remember);
}

SimulationSettingsForm::~SimulationSettingsForm() = default;

void SimulationSettingsForm::setDocument(const ProjectDocument *document)
{
    m_document = document;
    refreshCatalogs();
}

void SimulationSettingsForm::refreshCatalogs()
{
    const qint64 current = m_catalog->currentData().toLongLong();
    const QString currentName
            = m_catalog->currentIndex() >= 0
                      ? m_catalog->itemData(m_catalog->currentIndex(), Qt::UserRole + 1).toString()
                      : QString();
    {
        const QSignalBlocker blocker(m_catalog);
        m_catalog->clear();
        if (m_document) {
            for (const Catalog &catalog : m_document->catalogs()) {
                m_catalog->addItem(catalog.name, catalog.id);
                const int item = m_catalog->count() - 1;
                m_catalog->setItemData(item, catalog.name, Qt::UserRole + 1);
                QString tip = tr("%n tool(s)", nullptr, int(catalog.tools.size()));
                if (!catalog.description.isEmpty())
                    tip += QLatin1Char('\n') + catalog.description;
                m_catalog->setItemData(item, tip, Qt::ToolTipRole);
            }
        }
        int index = m_catalog->findData(current);
        if (index < 0 && !currentName.isEmpty())
            index = m_catalog->findData(currentName, Qt::UserRole + 1);
        if (index < 0 && !m_wantedCatalog.isEmpty())
            index = m_catalog->findData(m_wantedCatalog, Qt::UserRole + 1);
        m_catalog->setCurrentIndex(index >= 0 ? index : (m_catalog->count() > 0 ? 0 : -1));
    }
    updateEnvelopeLabel();
    Q_EMIT changed();
}

SimulationSettings SimulationSettingsForm::settings() const
{
    SimulationSettings s;
    s.catalogId = m_catalog->currentData().toLongLong();
    s.count = m_count->value();
    s.seed = quint64(m_seed->value());
    s.sampler = SamplerKind(m_sampler->currentData().toInt());
    s.toolsPerSample = m_toolsPerSample->value();
    for (int k = 0; k < PlanMix::kKinds; ++k)
        s.mix.weights[std::size_t(k)] = m_weights[std::size_t(k)]->value();
    s.mix.minSteps = m_minSteps->value();
    s.mix.maxSteps = m_maxSteps->value();
    const int envelope = m_envelope->currentData().toInt();
    if (envelope >= 0)
        s.envelope = EnvelopeStrategy(envelope);
    s.engine = m_engine->currentData().toString();
    if (s.usesEndpoint()) {
        s.endpoint = m_engine->currentData(kEndpointRole).toString();
        s.backTranslate = m_backTranslate->isChecked();
    }
    return s;
}

void SimulationSettingsForm::refreshEngines()
{
    const QString engine = m_engine->currentData().toString();
    const QString endpoint = m_engine->currentData(kEndpointRole).toString();
    const QSignalBlocker blocker(m_engine);
    m_engine->clear();
    m_engine->addItem(tr("Embedded (offline)"), QStringLiteral("embedded"));
    for (const EndpointProfile &p : EndpointProfiles::load()) {
        m_engine->addItem(tr("Endpoint: %1 (%2)").arg(p.name, p.model), QStringLiteral("llm"));
        m_engine->setItemData(m_engine->count() - 1, p.id, kEndpointRole);
        m_engine->setItemData(m_engine->count() - 1, p.baseUrl.toDisplayString(), Qt::ToolTipRole);
    }
    const int index = engineIndex(engine, endpoint);
    m_engine->setCurrentIndex(index >= 0 ? index : 0);
    m_backTranslate->setEnabled(endpointChosen());
}

int SimulationSettingsForm::engineIndex(const QString &engine, const QString &endpoint) const
{
    for (int i = 0; i < m_engine->count(); ++i) {
        if (m_engine->itemData(i).toString() == engine
            && m_engine->itemData(i, kEndpointRole).toString() == endpoint)
            return i;
    }
    return -1;
}

bool SimulationSettingsForm::endpointChosen() const
{
    return m_engine->currentData().toString() == QLatin1String("llm");
}

bool SimulationSettingsForm::selectEndpoint(const QString &profileId)
{
    const int index = engineIndex(QStringLiteral("llm"), profileId);
    if (index >= 0)
        m_engine->setCurrentIndex(index);
    return index >= 0;
}

void SimulationSettingsForm::setSettings(const SimulationSettings &s)
{
    const int catalog = m_catalog->findData(s.catalogId);
    if (catalog >= 0)
        m_catalog->setCurrentIndex(catalog);
    m_count->setValue(s.count);
    m_seed->setValue(int(std::min<quint64>(s.seed, quint64(INT_MAX))));
    const int sampler = m_sampler->findData(int(s.sampler));
    if (sampler >= 0)
        m_sampler->setCurrentIndex(sampler);
    m_toolsPerSample->setValue(s.toolsPerSample);
    for (int k = 0; k < PlanMix::kKinds; ++k)
        m_weights[std::size_t(k)]->setValue(s.mix.weights[std::size_t(k)]);
    m_maxSteps->setValue(std::max(s.mix.maxSteps, m_minSteps->minimum()));
    m_minSteps->setValue(s.mix.minSteps);
    m_maxSteps->setValue(s.mix.maxSteps);
    m_envelope->setCurrentIndex(s.envelope ? m_envelope->findData(int(*s.envelope)) : 0);
    const int engine = engineIndex(s.engine, s.usesEndpoint() ? s.endpoint : QString());
    m_engine->setCurrentIndex(engine >= 0 ? engine : 0);
    m_backTranslate->setChecked(s.backTranslate);
}

QString SimulationSettingsForm::problem() const
{
    if (!m_document)
        return tr("No project is open.");
    const Catalog *catalog = m_document->catalog(m_catalog->currentData().toLongLong());
    if (!catalog)
        return tr("Add or import a catalog first: dialogues call the tools of one catalog.");
    if (catalog->tools.empty())
        return tr("The catalog \u201c%1\u201d has no tools yet.").arg(catalog->name);
    bool anyWeight = false;
    for (const QSpinBox *box : m_weights)
        anyWeight = anyWeight || box->value() > 0;
    if (!anyWeight)
        return tr("Give at least one kind of plan step a weight above 0.");
    return {};
}

void SimulationSettingsForm::remember() const
{
    const Json json = settings();
    lastSettings.setValue(QByteArray::fromStdString(json.dump()));
    const QString name = m_catalog->currentData(Qt::UserRole + 1).toString();
    if (!name.isEmpty())
        lastCatalog.setValue(name);
}

void SimulationSettingsForm::restore()
{
    SimulationSettings s;
    const QByteArray saved = lastSettings;
    if (!saved.isEmpty()) {
        try {
            s = Json::parse(saved.toStdString()).get<SimulationSettings>();
        } catch (const std::exception &) {
            s = SimulationSettings{}; // a setting from another version: start afresh
        }
    }
    m_wantedCatalog = lastCatalog;
    setSettings(s);
}

void SimulationSettingsForm::updateShares()
{
    int total = 0;
    for (const QSpinBox *box : m_weights)
        total += box->value();
    for (std::size_t k = 0; k < m_weights.size(); ++k) {
        const int weight = m_weights[k]->value();
        m_shares[k]->setText(total > 0 ? tr("%1%").arg(std::lround(100.0 * weight / total))
                                       : QString());
    }
}

void SimulationSettingsForm::updateEnvelopeLabel()
{
    const Catalog *catalog
            = m_document ? m_document->catalog(m_catalog->currentData().toLongLong()) : nullptr;
    QString text = tr("The catalog's own");
    if (catalog && catalog->envelope == EnvelopeStrategy::ContextCarrying)
        text = tr("The catalog's own: context-carrying");
    else if (catalog && catalog->envelope == EnvelopeStrategy::StateToken)
        text = tr("The catalog's own: state token");
    m_envelope->setItemText(0, text);
}

} // namespace Callwright
