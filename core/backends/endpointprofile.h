#pragma once

#include "model/json.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <vector>

namespace Callwright {

/// How requests to an endpoint prove who sends them. The secret itself (an API key, OAuth
/// tokens, a client secret) lives in the SecretStore under secretKey(), never in the profile.
enum class AuthKind { None, ApiKey, OAuth2 };

/// An OpenAI-compatible endpoint and how to use it: where it is, which model, how to sign
/// requests, and how hard it may be driven. Profiles are user settings (QSettings), shared by
/// every project; they hold no secret.
struct EndpointProfile
{
    QString id;     ///< stable key, also the secret's key; made from the name when empty
    QString name;   ///< what the curator calls it ("Local vLLM")
    QString preset; ///< the preset it started from, or empty
    QUrl baseUrl;   ///< up to and including /v1, e.g. http://127.0.0.1:8000/v1
    QString model;
    QString embeddingModel; ///< empty: the endpoint has no embeddings
    AuthKind auth = AuthKind::None;
    /// OAuth2 (AuthKind::OAuth2): the authorization code flow with PKCE.
    QUrl oauthAuthorizationUrl;
    QUrl oauthTokenUrl;
    QString oauthClientId;
    QString oauthScope;
    QList<QPair<QString, QString>> extraHeaders;

    int maxInFlight = 8;       ///< requests open at once
    int requestsPerMinute = 0; ///< 0: unlimited
    int tokensPerMinute = 0;   ///< 0: unlimited (prompt and completion tokens together)
    int connectTimeoutMs = 10000;
    int requestTimeoutMs = 120000; ///< from sending to the last byte of the answer
    int maxRetries = 4;
    /// Prices per million tokens, for the cost counted per job (0: not counted).
    double inputPricePerMTok = 0;
    double outputPricePerMTok = 0;

    QString secretKey() const { return QStringLiteral("endpoint/%1").arg(id); }
    QUrl chatCompletionsUrl() const;
    QUrl embeddingsUrl() const;
    QUrl modelsUrl() const;

    /// What is wrong with the profile, one translated sentence per field; empty when usable.
    QStringList problems() const;

    bool operator==(const EndpointProfile &o) const;
    bool operator!=(const EndpointProfile &o) const { return !(*this == o); }
};

/// The starting points offered for a new profile: OpenAI, OpenRouter, vLLM, Ollama, llama.cpp
/// server and LM Studio, with their usual URLs, auth and limits.
std::vector<EndpointProfile> endpointPresets();

/// A lower-case, dash-separated id made from a name ("Local vLLM" -> "local-vllm").
QString endpointIdFor(const QString &name);

QString toString(AuthKind kind);
AuthKind authKindFromString(const QString &text, bool *ok = nullptr);

void to_json(Json &j, const EndpointProfile &p);
void from_json(const Json &j, EndpointProfile &p);

/// The endpoint profiles kept in the user's settings (QSettings of organisation and application
/// "Callwright", key "endpoints/profiles", as JSON), shared by the workbench and the CLI.
class EndpointProfiles final
{
public:
    static std::vector<EndpointProfile> load();
    static void save(const std::vector<EndpointProfile> &profiles);
    static std::optional<EndpointProfile> find(const QString &idOrName);
};

} // namespace Callwright
