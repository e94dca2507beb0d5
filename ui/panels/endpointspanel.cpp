#include "endpointspanel.h"

#include "endpoints/connectioncheck.h"
#include "endpoints/endpointform.h"
#include "endpoints/oauth2signin.h"
#include "widgets/emptystate.h"

#include "backends/endpointconnector.h"
#include "backends/endpointscheduler.h"
#include "backends/secretstore.h"
#include "settings/setting.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Callwright {

namespace {

Setting<QByteArray> splitterState{"endpointsPanel/splitter", {}};
Setting<QString> lastProfile{"endpointsPanel/profile", {}};

enum Column { NameColumn, ModelColumn, HostColumn, AuthColumn, ColumnCount };

const QColor kErrorColor(0xc0, 0x20, 0x20);
const QColor kSuccessColor(0x1e, 0x7d, 0x32);

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

QString hostOf(const QUrl &url)
{
    if (url.host().isEmpty())
        return url.toString();
    return url.port() < 0 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}

} // namespace

EndpointsPanel::EndpointsPanel(QWidget *parent)
    : Panel(parent)
    , m_secrets(SecretStore::application())
    , m_check(new ConnectionCheck(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_addMenu(new QMenu(this))
    , m_duplicate(new QPushButton(tr("Dup&licate"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_heading(new QLabel(this))
    , m_modified(new QLabel(this))
    , m_form(new EndpointForm(this))
    , m_problems(new QLabel(this))
    , m_test(new QPushButton(this))
    , m_busy(new QProgressBar(this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_status(new QLabel(this))
{
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createListSide());
    m_splitter->addWidget(createEditorSide());
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({540, 660});
    m_splitter->restoreState(splitterState);
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { splitterState.setValue(m_splitter->saveState()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &EndpointsPanel::currentRowChanged);
    connect(m_form, &EndpointForm::edited, this, &EndpointsPanel::formEdited);
    connect(m_duplicate, &QPushButton::clicked, this, &EndpointsPanel::duplicateProfile);
    connect(m_remove, &QPushButton::clicked, this, &EndpointsPanel::removeProfile);
    connect(m_save, &QPushButton::clicked, this, &EndpointsPanel::save);
    connect(m_revert, &QPushButton::clicked, this, &EndpointsPanel::revert);
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (isTesting()) {
            cancelTest();
            m_status->setText(tr("The test was stopped."));
        } else {
            testConnection();
        }
    });
    connect(m_check, &ConnectionCheck::finished, this, &EndpointsPanel::testEnded);
    signIn()->setSecretStore(m_secrets);
    connect(signIn(), &OAuth2SignIn::stateChanged, this, [this] {
        if (!signIn()->profileId().isEmpty())
            readSignInState(signIn()->profileId());
    });

    loadProfiles();
}

EndpointsPanel::~EndpointsPanel()
{
    // Before the widgets the result would be shown in go.
    m_check->cancel();
}

QWidget *EndpointsPanel::createListSide()
{
    auto *side = new QWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Name"), tr("Model"), tr("Host"), tr("Authentication")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAccessibleName(tr("Endpoint profiles"));
    // The name tells profiles apart: it is never elided; a long model name is.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);
    for (int column : {NameColumn, HostColumn, AuthColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->setTextElideMode(Qt::ElideMiddle);

    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setToolTip(tr("Add a profile from a preset"));
    for (const EndpointProfile &preset : endpointPresets()) {
        QAction *action = m_addMenu->addAction(preset.name);
        action->setData(preset.preset);
        action->setObjectName(QStringLiteral("addPreset_") + preset.preset);
        action->setToolTip(preset.baseUrl.toString());
        action->setStatusTip(preset.baseUrl.toString());
    }
    m_addMenu->addSeparator();
    QAction *custom = m_addMenu->addAction(tr("Custom Endpoint"));
    custom->setData(QStringLiteral("custom"));
    custom->setObjectName(QStringLiteral("addPreset_custom"));
    connect(m_addMenu, &QMenu::triggered, this,
            [this](QAction *action) { addProfile(action->data().toString()); });
    m_add->setMenu(m_addMenu);
    m_duplicate->setObjectName(QStringLiteral("duplicateButton"));
    m_duplicate->setToolTip(tr("Add a copy of the selected profile, with its API key"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setToolTip(tr("Remove the selected profile with its API key or sign-in"));

    auto *note = new QLabel(tr("Profiles are shared by all projects. API keys and sign-in "
                               "tokens are kept in the system keychain, never in the settings or "
                               "the project file."),
                            side);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(note);
    return side;
}

QWidget *EndpointsPanel::createEditorSide()
{
    m_empty->setTitle(tr("No endpoints yet"));
    m_empty->setText(tr("Add a profile for an OpenAI-compatible server: OpenAI, OpenRouter, "
                        "vLLM, Ollama, llama.cpp server, LM Studio or your own. Without one, "
                        "dialogues are simulated by the embedded offline engine."));

    auto *editor = new QWidget(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_modified->setObjectName(QStringLiteral("modifiedLabel"));
    m_modified->setForegroundRole(QPalette::PlaceholderText);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_modified);

    auto *scroll = new QScrollArea(editor);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextColor(m_problems, kErrorColor);
    m_problems->hide();

    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setText(tr("&Test Connection"));
    m_test->setToolTip(tr("Send a one-word request with the settings and key in the form, "
                          "saved or not"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(100);
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_busy->hide();
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setToolTip(tr("Forget the changes since the profile was last saved"));
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addWidget(m_busy);
    actions->addStretch(1);
    actions->addWidget(m_revert);
    actions->addWidget(m_save);

    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(headingRow);
    layout->addSpacing(4);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problems);
    layout->addLayout(actions);
    layout->addWidget(m_status);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(editor);
    return m_stack;
}

QString EndpointsPanel::panelId() const
{
    return QStringLiteral("endpoints");
}

QString EndpointsPanel::title() const
{
    return tr("Endpoints");
}

void EndpointsPanel::setSecretStore(SecretStore *store)
{
    if (!store || store == m_secrets)
        return;
    if (m_secrets && m_secrets->parent() == this)
        delete m_secrets;
    m_secrets = store;
    signIn()->setSecretStore(store);
    loadProfiles();
}

SecretStore *EndpointsPanel::secretStore() const
{
    return m_secrets;
}

void EndpointsPanel::loadProfiles()
{
    cancelTest();
    m_drafts.load();
    if (m_secrets)
        m_form->setSecretStorage(m_secrets->sessionOnly(), m_secrets->storageDescription());
    m_current = -1;
    m_signedIn.clear();
    fillList();
    for (int i = 0; i < m_drafts.size(); ++i) {
        if (m_drafts.at(i).original.auth == AuthKind::OAuth2)
            readSignInState(m_drafts.at(i).original.id);
        else if (m_drafts.at(i).original.auth == AuthKind::ApiKey)
            readApiKey(m_drafts.at(i).original);
    }
    if (!selectProfile(lastProfile.value()) && m_drafts.size() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateState();
}

void EndpointsPanel::readApiKey(const EndpointProfile &profile)
{
    if (!m_secrets)
        return;
    // Asynchronously: a keychain that is slow to answer (or asks to be unlocked) must not
    // hold the window up.
    m_secrets->readSecret(EndpointConnector::apiKeyKey(profile), this,
                          [this, id = profile.id](const std::optional<QString> &key) {
                              const int index = m_drafts.keyRead(id, key.value_or(QString()));
                              if (index < 0)
                                  return;
                              if (index == m_current)
                                  showDraft();
                              else
                                  updateRow(index);
                          });
}

void EndpointsPanel::fillList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int i = 0; i < m_drafts.size(); ++i) {
        new QTreeWidgetItem(m_list);
        updateRow(i);
    }
}

void EndpointsPanel::updateRow(int index)
{
    QTreeWidgetItem *item = m_list->topLevelItem(index);
    if (!item)
        return;
    const EndpointDrafts::Draft &entry = m_drafts.at(index);
    const EndpointProfile &p = entry.edited;
    QString name = p.name.isEmpty() ? tr("(unnamed)") : p.name;
    if (entry.modified())
        name += QStringLiteral(" *");
    item->setText(NameColumn, name);
    item->setToolTip(NameColumn, entry.stored
                                         ? (entry.modified() ? tr("Changed, not saved") : QString())
                                         : tr("New, not saved yet"));
    item->setText(ModelColumn, p.model);
    item->setText(HostColumn, hostOf(p.baseUrl));
    item->setToolTip(HostColumn, p.chatCompletionsUrl().toString());
    QString auth;
    QIcon icon;
    switch (p.auth) {
    case AuthKind::None:
        auth = tr("None");
        break;
    case AuthKind::ApiKey:
        if (entry.key.isEmpty()) {
            auth = tr("API key (not set)");
            icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        } else {
            auth = tr("API key");
        }
        break;
    case AuthKind::OAuth2:
        // Tokens belong to the saved profile.
        auth = entry.stored && m_signedIn.value(entry.original.id) ? tr("OAuth2 (signed in)")
                                                                   : tr("OAuth2 (not signed in)");
        break;
    }
    item->setText(AuthColumn, auth);
    item->setIcon(AuthColumn, icon);
}

std::optional<EndpointProfile> EndpointsPanel::currentProfile() const
{
    if (m_current < 0)
        return std::nullopt;
    return m_drafts.at(m_current).edited;
}

bool EndpointsPanel::selectProfile(const QString &idOrName)
{
    const int index = m_drafts.indexOf(idOrName);
    if (index < 0)
        return false;
    m_list->setCurrentItem(m_list->topLevelItem(index));
    return true;
}

void EndpointsPanel::currentRowChanged()
{
    cancelTest();
    m_status->clear();
    m_current = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (m_current >= 0 && m_drafts.at(m_current).stored)
        lastProfile.setValue(m_drafts.at(m_current).original.id);
    showDraft();
}

void EndpointsPanel::showDraft()
{
    if (m_current >= 0)
        m_form->setProfile(m_drafts.at(m_current).edited, m_drafts.at(m_current).key);
    updateState();
}

void EndpointsPanel::formEdited()
{
    if (m_current < 0)
        return;
    // The result of a test no longer describes what the form says.
    cancelTest();
    m_status->clear();
    m_drafts.edit(m_current, m_form->profile(), m_form->apiKey());
    updateRow(m_current);
    updateState();
}

QStringList EndpointsPanel::problems() const
{
    return m_current < 0 ? QStringList() : m_drafts.problems(m_current);
}

bool EndpointsPanel::isModified() const
{
    return m_current >= 0 && m_drafts.at(m_current).modified();
}

void EndpointsPanel::updateState()
{
    const bool selected = m_current >= 0;
    m_stack->setCurrentIndex(selected ? 1 : 0);
    const QStringList wrong = problems();
    m_problems->setText(wrong.join(QLatin1Char('\n')));
    m_problems->setVisible(selected && !wrong.isEmpty());
    const bool modified = isModified();
    if (selected) {
        const EndpointDrafts::Draft &entry = m_drafts.at(m_current);
        m_heading->setText(entry.edited.name.isEmpty() ? tr("(unnamed)") : entry.edited.name);
        m_modified->setText(!entry.stored ? tr("New, not saved yet")
                                          : (modified ? tr("Unsaved changes") : QString()));
    }
    m_duplicate->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_save->setEnabled(selected && modified && wrong.isEmpty());
    m_save->setToolTip(wrong.isEmpty() ? tr("Keep the profile in the settings and its key in "
                                            "the keychain")
                                       : tr("Fix the problems above first"));
    m_revert->setEnabled(selected && modified);
    const bool testing = isTesting();
    m_test->setText(testing ? tr("S&top Test") : tr("&Test Connection"));
    m_test->setEnabled(selected && (testing || wrong.isEmpty()));
    m_busy->setVisible(testing);
    updateSignIn(wrong, modified);
}

void EndpointsPanel::appended(int index)
{
    new QTreeWidgetItem(m_list);
    updateRow(index);
    m_list->setCurrentItem(m_list->topLevelItem(index));
    m_form->nameEdit()->setFocus();
    m_form->nameEdit()->selectAll();
}

void EndpointsPanel::addProfile(const QString &presetId)
{
    EndpointProfile profile;
    for (const EndpointProfile &preset : endpointPresets()) {
        if (preset.preset == presetId)
            profile = preset;
    }
    if (profile.preset.isEmpty()) {
        profile.name = tr("Custom endpoint");
        profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8000/v1"));
    }
    appended(m_drafts.add(std::move(profile)));
}

void EndpointsPanel::duplicateProfile()
{
    if (m_current >= 0)
        appended(m_drafts.duplicate(m_current));
}

bool EndpointsPanel::removeProfile()
{
    if (m_current < 0)
        return false;
    const int index = m_current;
    if (m_confirmRemoval) {
        const EndpointDrafts::Draft &draft = m_drafts.at(index);
        const QString text
                = draft.stored ? tr("Remove the endpoint profile \u201c%1\u201d and its API key?")
                               : tr("Discard the new endpoint profile \u201c%1\u201d?");
        if (QMessageBox::question(this, tr("Remove Endpoint"), text.arg(draft.edited.name),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return false;
    }
    cancelTest();
    const bool stored = m_drafts.at(index).stored;
    m_drafts.remove(index, m_secrets);
    {
        // While the item goes, the list reports rows that no longer match the drafts.
        const QSignalBlocker blocker(m_list);
        delete m_list->takeTopLevelItem(index);
        const int count = m_list->topLevelItemCount();
        m_list->setCurrentItem(count > 0 ? m_list->topLevelItem(std::min(index, count - 1))
                                         : nullptr);
    }
    currentRowChanged();
    if (stored)
        Q_EMIT profilesSaved();
    return true;
}

bool EndpointsPanel::save()
{
    if (m_current < 0 || !m_drafts.save(m_current, m_secrets))
        return false;
    lastProfile.setValue(m_drafts.at(m_current).original.id);
    // The form drops a key the profile no longer uses.
    showDraft();
    updateRow(m_current);
    Q_EMIT profilesSaved();
    return true;
}

void EndpointsPanel::revert()
{
    if (m_current < 0)
        return;
    cancelTest();
    m_status->clear();
    m_drafts.revert(m_current);
    showDraft();
    updateRow(m_current);
}

void EndpointsPanel::showStatus(const QString &text, bool error)
{
    m_status->setForegroundRole(QPalette::WindowText);
    setTextColor(m_status, error ? kErrorColor : kSuccessColor);
    m_status->setText(text);
    Q_EMIT connectionTested(!error, text);
}

} // namespace Callwright
