#include "endpointform.h"

#include "oauth2signin.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Callwright {

namespace {

QLineEdit *lineEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setClearButtonEnabled(true);
    return edit;
}

QSpinBox *spinBox(const char *name, int min, int max, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(min, max);
    box->setGroupSeparatorShown(true);
    return box;
}

QDoubleSpinBox *secondsBox(const char *name, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(0.1, 3600);
    box->setDecimals(1);
    box->setSingleStep(1);
    box->setSuffix(EndpointForm::tr(" s"));
    return box;
}

QDoubleSpinBox *priceBox(const char *name, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(0, 100000);
    box->setDecimals(3);
    box->setSingleStep(0.1);
    box->setSpecialValueText(EndpointForm::tr("Not counted"));
    return box;
}

/// A label for a field that is a layout: addRow() gives such rows no buddy.
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

EndpointForm::EndpointForm(QWidget *parent)
    : QWidget(parent)
    , m_name(lineEdit("nameEdit", this))
    , m_baseUrl(lineEdit("baseUrlEdit", this))
    , m_model(lineEdit("modelEdit", this))
    , m_embedding(lineEdit("embeddingModelEdit", this))
    , m_auth(new QComboBox(this))
    , m_apiKey(new QLineEdit(this))
    , m_showKey(new QToolButton(this))
    , m_storage(new QLabel(this))
    , m_noAuth(new QLabel(tr("Requests are sent without credentials."), this))
    , m_authUrl(lineEdit("authorizationUrlEdit", this))
    , m_tokenUrl(lineEdit("tokenUrlEdit", this))
    , m_clientId(lineEdit("clientIdEdit", this))
    , m_scope(lineEdit("scopeEdit", this))
    , m_signIn(new OAuth2SignIn(this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_addHeader(new QToolButton(this))
    , m_removeHeader(new QToolButton(this))
    , m_inFlight(spinBox("inFlightBox", 1, 4096, this))
    , m_rpm(spinBox("requestsPerMinuteBox", 0, 10000000, this))
    , m_tpm(spinBox("tokensPerMinuteBox", 0, 1000000000, this))
    , m_connectTimeout(secondsBox("connectTimeoutBox", this))
    , m_requestTimeout(secondsBox("requestTimeoutBox", this))
    , m_retries(spinBox("retriesBox", 0, 20, this))
    , m_inputPrice(priceBox("inputPriceBox", this))
    , m_outputPrice(priceBox("outputPriceBox", this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createConnectionGroup());
    layout->addWidget(createAuthGroup());
    layout->addWidget(createLimitsGroup());
    layout->addWidget(createHeadersGroup());
    layout->addStretch(1);

    for (QLineEdit *edit : {m_name, m_baseUrl, m_model, m_embedding, m_apiKey, m_authUrl,
                            m_tokenUrl, m_clientId, m_scope})
        connect(edit, &QLineEdit::textChanged, this, &EndpointForm::changed);
    for (QSpinBox *box : {m_inFlight, m_rpm, m_tpm, m_retries})
        connect(box, &QSpinBox::valueChanged, this, &EndpointForm::changed);
    for (QDoubleSpinBox *box : {m_connectTimeout, m_requestTimeout, m_inputPrice, m_outputPrice})
        connect(box, &QDoubleSpinBox::valueChanged, this, &EndpointForm::changed);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthRows();
        changed();
    });
    connect(m_headers, &QTableWidget::itemChanged, this, &EndpointForm::changed);
    updateAuthRows();
}

QWidget *EndpointForm::createConnectionGroup()
{
    auto *group = new QGroupBox(tr("Connection"), this);
    m_name->setPlaceholderText(tr("What you call it, e.g. Local vLLM"));
    m_baseUrl->setPlaceholderText(tr("http://127.0.0.1:8000/v1"));
    m_baseUrl->setToolTip(tr("Up to and including /v1: requests go to "
                             "<i>base</i>/chat/completions"));
    m_model->setPlaceholderText(tr("The model name the server expects"));
    m_embedding->setPlaceholderText(tr("None: the endpoint has no embeddings"));
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Base &URL:"), m_baseUrl);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Embedding model:"), m_embedding);
    return group;
}

QWidget *EndpointForm::createAuthGroup()
{
    auto *group = new QGroupBox(tr("Authentication"), this);
    m_auth->setObjectName(QStringLiteral("authBox"));
    m_auth->addItem(tr("None"), int(AuthKind::None));
    m_auth->addItem(tr("API key"), int(AuthKind::ApiKey));
    m_auth->addItem(tr("OAuth2 (authorization code with PKCE)"), int(AuthKind::OAuth2));

    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Sent as Authorization: Bearer \u2026"));
    m_apiKey->setToolTip(tr("Kept in the system keychain, never in the settings or the "
                            "project file"));
    m_apiKey->setAccessibleName(tr("API key"));
    m_showKey->setObjectName(QStringLiteral("showKeyButton"));
    m_showKey->setCheckable(true);
    m_showKey->setText(tr("Show"));
    m_showKey->setToolTip(tr("Show or hide the key"));
    connect(m_showKey, &QToolButton::toggled, this, [this](bool shown) {
        m_apiKey->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showKey->setText(shown ? tr("Hide") : tr("Show"));
    });
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKey, 1);
    keyRow->addWidget(m_showKey);
    m_keyRow = keyRow;
    m_storage->setObjectName(QStringLiteral("secretStorageLabel"));
    m_storage->setWordWrap(true);
    QPalette warning = m_storage->palette();
    warning.setColor(QPalette::WindowText, QColor(0xa0, 0x5a, 0x00));
    m_storage->setPalette(warning);

    m_noAuth->setForegroundRole(QPalette::PlaceholderText);
    m_authUrl->setPlaceholderText(tr("https://auth.example.com/authorize"));
    m_tokenUrl->setPlaceholderText(tr("https://auth.example.com/token"));
    m_scope->setPlaceholderText(tr("Space-separated, e.g. openid offline_access"));

    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_authRows = form;
    form->addRow(tr("Met&hod:"), m_auth);
    form->addRow(QString(), m_noAuth);
    form->addRow(buddyLabel(tr("API &key:"), m_apiKey), keyRow);
    form->addRow(QString(), m_storage);
    form->addRow(tr("Authori&zation URL:"), m_authUrl);
    form->addRow(tr("T&oken URL:"), m_tokenUrl);
    form->addRow(tr("&Client id:"), m_clientId);
    form->addRow(tr("Sco&pe:"), m_scope);
    form->addRow(QString(), m_signIn);
    return group;
}

QWidget *EndpointForm::createHeadersGroup()
{
    auto *group = new QGroupBox(tr("Extra headers"), this);
    m_headers->setObjectName(QStringLiteral("headersTable"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->verticalHeader()->hide();
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setColumnWidth(0, 180);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setAccessibleName(tr("Extra headers"));
    m_headers->setToolTip(tr("Sent with every request, e.g. HTTP-Referer or X-Title"));
    const int rowHeight = m_headers->verticalHeader()->defaultSectionSize();
    m_headers->setFixedHeight(m_headers->horizontalHeader()->sizeHint().height() + rowHeight * 3
                              + 2 * m_headers->frameWidth());

    m_addHeader->setObjectName(QStringLiteral("addHeaderButton"));
    m_addHeader->setText(QStringLiteral("+"));
    m_addHeader->setToolTip(tr("Add a header"));
    m_addHeader->setAccessibleName(tr("Add a header"));
    m_removeHeader->setObjectName(QStringLiteral("removeHeaderButton"));
    m_removeHeader->setText(QStringLiteral("\u2212"));
    m_removeHeader->setToolTip(tr("Remove the selected header"));
    m_removeHeader->setAccessibleName(tr("Remove the selected header"));
    m_removeHeader->setEnabled(false);
    connect(m_addHeader, &QToolButton::clicked, this, [this] {
        const int row = m_headers->rowCount();
        {
            const QSignalBlocker blocker(m_headers);
            m_headers->insertRow(row);
            m_headers->setItem(row, 0, new QTableWidgetItem);
            m_headers->setItem(row, 1, new QTableWidgetItem);
        }
        m_headers->setCurrentCell(row, 0);
        m_headers->editItem(m_headers->item(row, 0));
        // An empty row is not a header yet: nothing to emit.
    });
    connect(m_removeHeader, &QToolButton::clicked, this, [this] {
        const int row = m_headers->currentRow();
        if (row < 0)
            return;
        m_headers->removeRow(row);
        changed();
    });
    connect(m_headers, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_removeHeader->setEnabled(row >= 0); });

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addHeader);
    buttons->addWidget(m_removeHeader);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(group);
    layout->addWidget(m_headers, 1);
    layout->addLayout(buttons);
    return group;
}

QWidget *EndpointForm::createLimitsGroup()
{
    auto *group = new QGroupBox(tr("Limits, timeouts and prices"), this);
    m_inFlight->setToolTip(tr("Requests open at once"));
    m_rpm->setSpecialValueText(tr("Unlimited"));
    m_tpm->setSpecialValueText(tr("Unlimited"));
    m_tpm->setSingleStep(1000);
    m_tpm->setToolTip(tr("Prompt and completion tokens together"));
    m_connectTimeout->setToolTip(tr("How long to wait for the connection to open"));
    m_requestTimeout->setToolTip(tr("From sending a request to the last byte of its answer"));
    m_retries->setToolTip(tr("Retries after network errors, timeouts, 429 and 5xx answers, with "
                             "exponential backoff that honours Retry-After"));
    m_inputPrice->setToolTip(tr("Price per million prompt tokens, for the cost of a job"));
    m_outputPrice->setToolTip(tr("Price per million completion tokens, for the cost of a job"));

    auto *left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    left->addRow(tr("Requests in &flight:"), m_inFlight);
    left->addRow(tr("Requests per m&inute:"), m_rpm);
    left->addRow(tr("Tokens per minute:"), m_tpm);
    left->addRow(tr("Input price / M tokens:"), m_inputPrice);
    auto *right = new QFormLayout;
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    right->addRow(tr("Connect timeout:"), m_connectTimeout);
    right->addRow(tr("Request timeout:"), m_requestTimeout);
    right->addRow(tr("Retries:"), m_retries);
    right->addRow(tr("Output price / M tokens:"), m_outputPrice);
    auto *layout = new QHBoxLayout(group);
    layout->addLayout(left, 1);
    layout->addSpacing(12);
    layout->addLayout(right, 1);
    return group;
}

void EndpointForm::setProfile(const EndpointProfile &profile, const QString &apiKey)
{
    m_loading = true;
    m_base = profile;
    m_name->setText(profile.name);
    m_baseUrl->setText(profile.baseUrl.toString());
    m_model->setText(profile.model);
    m_embedding->setText(profile.embeddingModel);
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(int(profile.auth))));
    m_apiKey->setText(apiKey);
    m_showKey->setChecked(false);
    m_authUrl->setText(profile.oauthAuthorizationUrl.toString());
    m_tokenUrl->setText(profile.oauthTokenUrl.toString());
    m_clientId->setText(profile.oauthClientId);
    m_scope->setText(profile.oauthScope);
    {
        const QSignalBlocker blocker(m_headers);
        m_headers->setRowCount(0);
        for (const auto &[header, value] : profile.extraHeaders) {
            const int row = m_headers->rowCount();
            m_headers->insertRow(row);
            m_headers->setItem(row, 0, new QTableWidgetItem(header));
            m_headers->setItem(row, 1, new QTableWidgetItem(value));
        }
    }
    m_removeHeader->setEnabled(false);
    m_inFlight->setValue(profile.maxInFlight);
    m_rpm->setValue(profile.requestsPerMinute);
    m_tpm->setValue(profile.tokensPerMinute);
    m_connectTimeout->setValue(profile.connectTimeoutMs / 1000.0);
    m_requestTimeout->setValue(profile.requestTimeoutMs / 1000.0);
    m_retries->setValue(profile.maxRetries);
    m_inputPrice->setValue(profile.inputPricePerMTok);
    m_outputPrice->setValue(profile.outputPricePerMTok);
    updateAuthRows();
    m_loading = false;
}

EndpointProfile EndpointForm::profile() const
{
    EndpointProfile p = m_base;
    p.name = m_name->text().trimmed();
    p.baseUrl = QUrl(m_baseUrl->text().trimmed());
    p.model = m_model->text().trimmed();
    p.embeddingModel = m_embedding->text().trimmed();
    p.auth = AuthKind(m_auth->currentData().toInt());
    p.oauthAuthorizationUrl = QUrl(m_authUrl->text().trimmed());
    p.oauthTokenUrl = QUrl(m_tokenUrl->text().trimmed());
    p.oauthClientId = m_clientId->text().trimmed();
    p.oauthScope = m_scope->text().trimmed();
    p.extraHeaders.clear();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QTableWidgetItem *name = m_headers->item(row, 0);
        const QTableWidgetItem *value = m_headers->item(row, 1);
        const QString header = name ? name->text().trimmed() : QString();
        const QString text = value ? value->text() : QString();
        if (!header.isEmpty() || !text.isEmpty())
            p.extraHeaders.append({header, text});
    }
    p.maxInFlight = m_inFlight->value();
    p.requestsPerMinute = m_rpm->value();
    p.tokensPerMinute = m_tpm->value();
    // Whole milliseconds the box showed: a profile that was not edited compares equal.
    const auto ms = [](const QDoubleSpinBox *box, int shown) {
        return std::abs(box->value() - shown / 1000.0) < 0.05
                       ? shown
                       : int(std::lround(box->value() * 1000));
    };
    p.connectTimeoutMs = ms(m_connectTimeout, m_base.connectTimeoutMs);
    p.requestTimeoutMs = ms(m_requestTimeout, m_base.requestTimeoutMs);
    p.maxRetries = m_retries->value();
    const auto price = [](const QDoubleSpinBox *box, double shown) {
        return std::abs(box->value() - shown) < 0.0005 ? shown : box->value();
    };
    p.inputPricePerMTok = price(m_inputPrice, m_base.inputPricePerMTok);
    p.outputPricePerMTok = price(m_outputPrice, m_base.outputPricePerMTok);
    return p;
}

QPushButton *EndpointForm::signInButton() const
{
    return m_signIn->signInButton();
}

QString EndpointForm::apiKey() const
{
    return m_apiKey->text().trimmed();
}

void EndpointForm::setSecretStorage(bool sessionOnly, const QString &description)
{
    m_sessionOnly = sessionOnly;
    m_storage->setText(description);
    m_apiKey->setToolTip(description);
    updateAuthRows();
}

void EndpointForm::updateAuthRows()
{
    const auto auth = AuthKind(m_auth->currentData().toInt());
    const bool key = auth == AuthKind::ApiKey;
    const bool oauth = auth == AuthKind::OAuth2;
    m_authRows->setRowVisible(m_noAuth, auth == AuthKind::None);
    m_authRows->setRowVisible(m_keyRow, key);
    m_authRows->setRowVisible(m_storage, key && m_sessionOnly);
    for (QWidget *w : {m_authUrl, m_tokenUrl, m_clientId, m_scope})
        m_authRows->setRowVisible(w, oauth);
    m_authRows->setRowVisible(m_signIn, oauth);
}

void EndpointForm::changed()
{
    if (!m_loading)
        Q_EMIT edited();
}

} // namespace Callwright
