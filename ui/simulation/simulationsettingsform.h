#pragma once

#include "simulation/simulationsettings.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace Callwright {

class ProjectDocument;

/// The settings of a generation job: catalog, count and seed, sampler, plan mix, envelope
/// and engine. The last settings used are remembered across sessions (the catalog by name).
class SimulationSettingsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit SimulationSettingsForm(QWidget *parent = nullptr);
    ~SimulationSettingsForm() override;

    /// Lists the document's catalogs, keeping the chosen one when it is still there.
    void setDocument(const ProjectDocument *document);
    void refreshCatalogs();
    /// Offers the embedded engine and every endpoint profile of the user's settings.
    void refreshEngines();
    /// Chooses the endpoint profile with that id as the engine; false when it is not offered.
    bool selectEndpoint(const QString &profileId);

    SimulationSettings settings() const;
    void setSettings(const SimulationSettings &settings);
    /// Why a job with these settings cannot start; empty when it can.
    QString problem() const;
    /// Saves the settings as the ones a new session starts with.
    void remember() const;

    QComboBox *catalogBox() const { return m_catalog; }
    QSpinBox *countBox() const { return m_count; }
    QSpinBox *seedBox() const { return m_seed; }
    QComboBox *samplerBox() const { return m_sampler; }
    QSpinBox *toolsPerSampleBox() const { return m_toolsPerSample; }
    QSpinBox *weightBox(PlanStep::Kind kind) const { return m_weights[std::size_t(kind)]; }
    QSpinBox *minStepsBox() const { return m_minSteps; }
    QSpinBox *maxStepsBox() const { return m_maxSteps; }
    QComboBox *envelopeBox() const { return m_envelope; }
    QComboBox *engineBox() const { return m_engine; }
    QCheckBox *backTranslateBox() const { return m_backTranslate; }

Q_SIGNALS:
    void changed();

private:
    /// The engine box's item of an engine ("embedded", or "llm" with a profile id); -1 if none.
    int engineIndex(const QString &engine, const QString &endpoint) const;
    bool endpointChosen() const;
    void restore();
    void updateShares();
    void updateEnvelopeLabel();

    const ProjectDocument *m_document = nullptr;
    QString m_wantedCatalog; ///< the remembered catalog, chosen when it shows up
    QComboBox *m_catalog;
    QSpinBox *m_count;
    QSpinBox *m_seed;
    QToolButton *m_randomSeed;
    QComboBox *m_engine;
    QCheckBox *m_backTranslate;
    QComboBox *m_sampler;
    QSpinBox *m_toolsPerSample;
    QComboBox *m_envelope;
    std::array<QSpinBox *, PlanMix::kKinds> m_weights{};
    std::array<QLabel *, PlanMix::kKinds> m_shares{};
    QSpinBox *m_minSteps;
    QSpinBox *m_maxSteps;
};

} // namespace Callwright
