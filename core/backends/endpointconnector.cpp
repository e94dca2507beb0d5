#include "endpointconnector.h"

#include "endpointscheduler.h"
#include "oauth2session.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace Callwright {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EndpointConnector)
};
} // namespace

QString EndpointConnector::apiKeyKey(const EndpointProfile &profile)
{
    return profile.secretKey() + QStringLiteral("/api-key");
}

std::shared_ptr<EndpointScheduler> EndpointConnector::open(const EndpointProfile &profile,
                                                           SecretStore *secrets, QString *error)
{
    const auto fail = [&](const QString &why) -> std::shared_ptr<EndpointScheduler> {
        if (error)
            *error = why;
        return nullptr;
    };
    if (const QStringList problems = profile.problems(); !problems.isEmpty())
        return fail(Tr::tr("the profile '%1' is not usable: %2")
                            .arg(profile.name, problems.join(QLatin1Char(' '))));
    QString token;
    switch (profile.auth) {
    case AuthKind::None:
        break;
    case AuthKind::ApiKey: {
        token = qEnvironmentVariable("CALLWRIGHT_API_KEY");
        if (token.isEmpty() && secrets)
            token = secrets->secret(apiKeyKey(profile)).value_or(QString());
        if (token.isEmpty())
            return fail(Tr::tr("the profile '%1' needs an API key: enter it in the Endpoints "
                               "panel, or set CALLWRIGHT_API_KEY")
                                .arg(profile.name));
        break;
    }
    case AuthKind::OAuth2: {
        const std::optional<QString> stored
                = secrets ? secrets->secret(OAuth2Session::tokensKey(profile.id)) : std::nullopt;
        if (stored) {
            const QJsonObject tokens = QJsonDocument::fromJson(stored->toUtf8()).object();
            token = tokens.value(QLatin1String("access_token")).toString();
        }
        if (token.isEmpty())
            return fail(Tr::tr("the profile '%1' is not signed in: sign in from the Endpoints "
                               "panel")
                                .arg(profile.name));
        break;
    }
    }
    auto scheduler = std::make_shared<EndpointScheduler>(profile);
    scheduler->setBearerToken(token);
    return scheduler;
}

std::shared_ptr<EndpointScheduler> EndpointConnector::open(const QString &profileIdOrName,
                                                           SecretStore *secrets, QString *error)
{
    const std::optional<EndpointProfile> profile = EndpointProfiles::find(profileIdOrName);
    if (!profile) {
        if (error)
            *error = Tr::tr("there is no endpoint profile '%1'").arg(profileIdOrName);
        return nullptr;
    }
    return open(*profile, secrets, error);
}

std::function<std::shared_ptr<EndpointScheduler>(const QString &, QString *)>
EndpointConnector::opener(SecretStore *secrets)
{
    QPointer<SecretStore> store = secrets;
    return [store](const QString &profile, QString *error) {
        return open(profile, store, error);
    };
}

} // namespace Callwright
