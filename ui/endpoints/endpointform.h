#pragma once

#include "backends/endpointprofile.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace Callwright {

class OAuth2SignIn;

/// The fields of one endpoint profile: where it is, the model, how requests are signed, extra
/// headers, limits, timeouts and prices. The API key is edited here but kept apart from the
/// profile: the caller stores it in the SecretStore, never with the profile.
class EndpointForm final : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointForm(QWidget *parent = nullptr);

    /// Shows profile and its API key without emitting edited().
    void setProfile(const EndpointProfile &profile, const QString &apiKey);
    /// The profile the fields describe; id and preset are those of the profile last set.
    EndpointProfile profile() const;
    QString apiKey() const;
    /// Where secrets are kept; said under the key field when they last only this session.
    void setSecretStorage(bool sessionOnly, const QString &description);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *modelEdit() const { return m_model; }
    QLineEdit *embeddingModelEdit() const { return m_embedding; }
    QComboBox *authBox() const { return m_auth; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }
    QToolButton *showKeyButton() const { return m_showKey; }
    QLabel *secretStorageLabel() const { return m_storage; }
    QPushButton *signInButton() const;
    /// Sign In, Cancel, Sign Out and the sign-in status of an OAuth2 profile.
    OAuth2SignIn *oauth2SignIn() const { return m_signIn; }
    QTableWidget *headersTable() const { return m_headers; }
    QSpinBox *inFlightBox() const { return m_inFlight; }
    QSpinBox *requestsPerMinuteBox() const { return m_rpm; }
    QSpinBox *tokensPerMinuteBox() const { return m_tpm; }
    QDoubleSpinBox *connectTimeoutBox() const { return m_connectTimeout; }
    QDoubleSpinBox *requestTimeoutBox() const { return m_requestTimeout; }
    QSpinBox *retriesBox() const { return m_retries; }
    QDoubleSpinBox *inputPriceBox() const { return m_inputPrice; }
    QDoubleSpinBox *outputPriceBox() const { return m_outputPrice; }

Q_SIGNALS:
    /// The user changed a field (or the key).
    void edited();

private:
    QWidget *createConnectionGroup();
    QWidget *createAuthGroup();
    QWidget *createHeadersGroup();
    QWidget *createLimitsGroup();
    void updateAuthRows();
    void changed();

    EndpointProfile m_base; ///< the profile last set: what the fields do not show
    bool m_loading = false;
    bool m_sessionOnly = false;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_model;
    QLineEdit *m_embedding;
    QComboBox *m_auth;
    QFormLayout *m_authRows = nullptr;
    QLayout *m_keyRow = nullptr;
    QLineEdit *m_apiKey;
    QToolButton *m_showKey;
    QLabel *m_storage;
    QLabel *m_noAuth;
    QLineEdit *m_authUrl;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_scope;
    OAuth2SignIn *m_signIn;
    QTableWidget *m_headers;
    QToolButton *m_addHeader;
    QToolButton *m_removeHeader;
    QSpinBox *m_inFlight;
    QSpinBox *m_rpm;
    QSpinBox *m_tpm;
    QDoubleSpinBox *m_connectTimeout;
    QDoubleSpinBox *m_requestTimeout;
    QSpinBox *m_retries;
    QDoubleSpinBox *m_inputPrice;
    QDoubleSpinBox *m_outputPrice;
};

} // namespace Callwright
