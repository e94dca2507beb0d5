#pragma once

#include "endpointprofile.h"

#include <QString>

#include <functional>
#include <memory>

namespace Callwright {

class EndpointScheduler;
class SecretStore;

/// Opens the scheduler of an endpoint profile with its credentials: the API key or the OAuth2
/// access token from the SecretStore. The environment variable CALLWRIGHT_API_KEY, when set,
/// takes the place of a stored API key (for the command line on machines with no keychain);
/// it is read, never written anywhere.
class EndpointConnector final
{
public:
    /// The key under which a profile's API key is kept.
    static QString apiKeyKey(const EndpointProfile &profile);

    /// nullptr with the reason when the profile does not exist, has problems, or lacks the
    /// credentials its authentication needs.
    static std::shared_ptr<EndpointScheduler> open(const EndpointProfile &profile,
                                                   SecretStore *secrets, QString *error);
    /// The same for a profile of the user's settings, by id or name.
    static std::shared_ptr<EndpointScheduler> open(const QString &profileIdOrName,
                                                   SecretStore *secrets, QString *error);
    /// open() by profile, as a generation job's endpoint opener.
    static std::function<std::shared_ptr<EndpointScheduler>(const QString &, QString *)>
    opener(SecretStore *secrets);
};

} // namespace Callwright
