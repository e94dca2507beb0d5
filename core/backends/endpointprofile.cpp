#include "endpointprofile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EndpointProfile)
};

QUrl below(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString p = url.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    url.setPath(p + path);
    return url;
}

EndpointProfile preset(const char *id, const char *name, const char *url, const char *model,
                       AuthKind auth, int inFlight, int rpm)
{
    EndpointProfile p;
    p.id = QString::fromLatin1(id);
    p.preset = p.id;
    p.name = QString::fromLatin1(name);
    p.baseUrl = QUrl(QString::fromLatin1(url));
    p.model = QString::fromLatin1(model);
    p.auth = auth;
    p.maxInFlight = inFlight;
    p.requestsPerMinute = rpm;
    return p;
}

} // namespace

QUrl EndpointProfile::chatCompletionsUrl() const
{
    return below(baseUrl, QStringLiteral("/chat/completions"));
}

QUrl EndpointProfile::embeddingsUrl() const
{
    return below(baseUrl, QStringLiteral("/embeddings"));
}

QUrl EndpointProfile::modelsUrl() const
{
    return below(baseUrl, QStringLiteral("/models"));
}

QStringList EndpointProfile::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << Tr::tr("The profile has no name.");
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()
        || (baseUrl.scheme() != QLatin1String("http")
            && baseUrl.scheme() != QLatin1String("https")))
        out << Tr::tr("Base URL: '%1' is not an http or https URL.")
                        .arg(baseUrl.toString(QUrl::RemoveUserInfo));
    if (model.trimmed().isEmpty())
        out << Tr::tr("Model: no model is named.");
    if (auth == AuthKind::OAuth2) {
        if (!oauthAuthorizationUrl.isValid() || oauthAuthorizationUrl.host().isEmpty())
            out << Tr::tr("OAuth2: the authorization URL is missing or invalid.");
        if (!oauthTokenUrl.isValid() || oauthTokenUrl.host().isEmpty())
            out << Tr::tr("OAuth2: the token URL is missing or invalid.");
        if (oauthClientId.trimmed().isEmpty())
            out << Tr::tr("OAuth2: the client id is missing.");
    }
    for (const auto &[header, value] : extraHeaders) {
        static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
        if (!token.match(header).hasMatch())
            out << Tr::tr("Header '%1' is not a valid header name.").arg(header);
        else if (header.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            out << Tr::tr("Header 'Authorization' is set by the authentication choice; use an API "
                          "key instead, so that it is kept in the keychain.");
        if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
            out << Tr::tr("Header '%1' has a line break in its value.").arg(header);
    }
    if (maxInFlight < 1 || maxInFlight > 4096)
        out << Tr::tr("Requests in flight must be between 1 and 4096.");
    if (requestsPerMinute < 0 || tokensPerMinute < 0)
        out << Tr::tr("Rate limits cannot be negative.");
    if (connectTimeoutMs < 100 || requestTimeoutMs < 100)
        out << Tr::tr("Timeouts must be at least 100 ms.");
    if (maxRetries < 0 || maxRetries > 20)
        out << Tr::tr("Retries must be between 0 and 20.");
    return out;
}

bool EndpointProfile::operator==(const EndpointProfile &o) const
{
    return id == o.id && name == o.name && preset == o.preset && baseUrl == o.baseUrl
           && model == o.model && embeddingModel == o.embeddingModel && auth == o.auth
           && oauthAuthorizationUrl == o.oauthAuthorizationUrl && oauthTokenUrl == o.oauthTokenUrl
           && oauthClientId == o.oauthClientId && oauthScope == o.oauthScope
           && extraHeaders == o.extraHeaders && maxInFlight == o.maxInFlight
           && requestsPerMinute == o.requestsPerMinute && tokensPerMinute == o.tokensPerMinute
           && connectTimeoutMs == o.connectTimeoutMs && requestTimeoutMs == o.requestTimeoutMs
           && maxRetries == o.maxRetries && inputPricePerMTok == o.inputPricePerMTok
           && outputPricePerMTok == o.outputPricePerMTok;
}

std::vector<EndpointProfile> endpointPresets()
{
    std::vector<EndpointProfile> out;
    out.push_back(preset("openai", "OpenAI", "https://api.openai.com/v1", "gpt-4o-mini",
                         AuthKind::ApiKey, 16, 500));
    out.back().embeddingModel = QStringLiteral("text-embedding-3-small");
    out.push_back(preset("openrouter", "OpenRouter", "https://openrouter.ai/api/v1",
                         "openai/gpt-4o-mini", AuthKind::ApiKey, 16, 200));
    out.back().extraHeaders = {{QStringLiteral("X-Title"), QStringLiteral("Callwright")}};
    out.push_back(preset("vllm", "vLLM", "http://127.0.0.1:8000/v1", "Qwen/Qwen2.5-7B-Instruct",
                         AuthKind::None, 64, 0));
    out.push_back(preset("ollama", "Ollama", "http://127.0.0.1:11434/v1", "llama3.1",
                         AuthKind::None, 4, 0));
    out.back().embeddingModel = QStringLiteral("nomic-embed-text");
    out.push_back(preset("llamacpp", "llama.cpp server", "http://127.0.0.1:8080/v1", "default",
                         AuthKind::None, 4, 0));
    out.push_back(preset("lmstudio", "LM Studio", "http://127.0.0.1:1234/v1", "local-model",
                         AuthKind::None, 4, 0));
    return out;
}

QString endpointIdFor(const QString &name)
{
    QString id;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            id += c;
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("endpoint") : id;
}

QString toString(AuthKind kind)
{
    switch (kind) {
    case AuthKind::None:
        return QStringLiteral("none");
    case AuthKind::ApiKey:
        return QStringLiteral("api-key");
    case AuthKind::OAuth2:
        return QStringLiteral("oauth2");
    }
    return {};
}

AuthKind authKindFromString(const QString &text, bool *ok)
{
    if (ok)
        *ok = true;
    if (text == QLatin1String("api-key"))
        return AuthKind::ApiKey;
    if (text == QLatin1String("oauth2"))
        return AuthKind::OAuth2;
    if (ok)
        *ok = text == QLatin1String("none");
    return AuthKind::None;
}

void to_json(Json &j, const EndpointProfile &p)
{
    Json headers = Json::array();
    for (const auto &[k, v] : p.extraHeaders)
        headers.push_back(Json::array({k, v}));
    j = Json{{"id", p.id},
             {"name", p.name},
             {"preset", p.preset},
             {"base_url", p.baseUrl.toString()},
             {"model", p.model},
             {"embedding_model", p.embeddingModel},
             {"auth", toString(p.auth)},
             {"oauth_authorization_url", p.oauthAuthorizationUrl.toString()},
             {"oauth_token_url", p.oauthTokenUrl.toString()},
             {"oauth_client_id", p.oauthClientId},
             {"oauth_scope", p.oauthScope},
             {"headers", std::move(headers)},
             {"max_in_flight", p.maxInFlight},
             {"requests_per_minute", p.requestsPerMinute},
             {"tokens_per_minute", p.tokensPerMinute},
             {"connect_timeout_ms", p.connectTimeoutMs},
             {"request_timeout_ms", p.requestTimeoutMs},
             {"max_retries", p.maxRetries},
             {"input_price_per_mtok", p.inputPricePerMTok},
             {"output_price_per_mtok", p.outputPricePerMTok}};
}

void from_json(const Json &j, EndpointProfile &p)
{
    const auto str = [&](const char *key) {
        const auto it = j.find(key);
        return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                : QString();
    };
    const auto integer = [&](const char *key, int fallback) {
        const auto it = j.find(key);
        return it != j.end() && it->is_number_integer() ? it->get<int>() : fallback;
    };
    const auto real = [&](const char *key) {
        const auto it = j.find(key);
        return it != j.end() && it->is_number() ? it->get<double>() : 0.0;
    };
    const EndpointProfile defaults;
    p.id = str("id");
    p.name = str("name");
    p.preset = str("preset");
    p.baseUrl = QUrl(str("base_url"));
    p.model = str("model");
    p.embeddingModel = str("embedding_model");
    bool ok = false;
    p.auth = authKindFromString(str("auth"), &ok);
    if (!ok)
        throw ModelError("/auth", "unknown authentication '" + str("auth").toStdString() + "'");
    p.oauthAuthorizationUrl = QUrl(str("oauth_authorization_url"));
    p.oauthTokenUrl = QUrl(str("oauth_token_url"));
    p.oauthClientId = str("oauth_client_id");
    p.oauthScope = str("oauth_scope");
    p.extraHeaders.clear();
    if (const auto h = j.find("headers"); h != j.end() && h->is_array()) {
        for (const Json &pair : *h) {
            if (pair.is_array() && pair.size() == 2 && pair[0].is_string() && pair[1].is_string())
                p.extraHeaders.append({pair[0].get<QString>(), pair[1].get<QString>()});
        }
    }
    p.maxInFlight = integer("max_in_flight", defaults.maxInFlight);
    p.requestsPerMinute = integer("requests_per_minute", 0);
    p.tokensPerMinute = integer("tokens_per_minute", 0);
    p.connectTimeoutMs = integer("connect_timeout_ms", defaults.connectTimeoutMs);
    p.requestTimeoutMs = integer("request_timeout_ms", defaults.requestTimeoutMs);
    p.maxRetries = integer("max_retries", defaults.maxRetries);
    p.inputPricePerMTok = real("input_price_per_mtok");
    p.outputPricePerMTok = real("output_price_per_mtok");
    if (p.id.isEmpty())
        p.id = endpointIdFor(p.name);
}

namespace {
const char kProfilesKey[] = "endpoints/profiles";

// One place for the workbench and the command line (whose application names differ).
QSettings profileSettings()
{
    return QSettings(QStringLiteral("Callwright"), QStringLiteral("Callwright"));
}
} // namespace

std::vector<EndpointProfile> EndpointProfiles::load()
{
    const QByteArray text = profileSettings().value(QLatin1String(kProfilesKey)).toByteArray();
    std::vector<EndpointProfile> out;
    const Json j = Json::parse(text.toStdString(), nullptr, false);
    if (!j.is_array())
        return out;
    for (const Json &p : j) {
        try {
            out.push_back(p.get<EndpointProfile>());
        } catch (const std::exception &) {
            // A profile this version cannot read is skipped, not fatal.
        }
    }
    return out;
}

void EndpointProfiles::save(const std::vector<EndpointProfile> &profiles)
{
    const Json j = profiles;
    profileSettings().setValue(QLatin1String(kProfilesKey), QByteArray::fromStdString(j.dump()));
}

std::optional<EndpointProfile> EndpointProfiles::find(const QString &idOrName)
{
    for (EndpointProfile &p : load()) {
        if (p.id == idOrName || p.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return std::move(p);
    }
    return std::nullopt;
}

} // namespace Callwright
