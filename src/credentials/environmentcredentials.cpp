#include "credentials/environmentcredentials.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace credentials {

namespace {
struct Family
{
    QString id;
    QString secret;
    QString token;
};

const Family Families[] = {
    {u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s,
     u"ALIBABA_CLOUD_SECURITY_TOKEN"_s},
    {u"ALICLOUD_ACCESS_KEY"_s, u"ALICLOUD_SECRET_KEY"_s, u"ALICLOUD_SECURITY_TOKEN"_s},
};

// ALIBABA_CLOUD_REGION_ID is the SDK/CLI name, ALIBABA_CLOUD_REGION and ALICLOUD_REGION the
// provider's; the first one set wins.
const QString RegionVariables[] = {u"ALIBABA_CLOUD_REGION_ID"_s, u"ALIBABA_CLOUD_REGION"_s,
                                   u"ALICLOUD_REGION"_s};

QString tr(const char *text)
{
    return QCoreApplication::translate("credentials::EnvironmentCredentials", text);
}

QString valueOf(const QProcessEnvironment &environment, const QString &name)
{
    return environment.value(name).trimmed();
}
} // namespace

EnvironmentCredentials EnvironmentCredentials::read(const QProcessEnvironment &environment)
{
    EnvironmentCredentials result;
    for (const Family &family : Families) {
        const QString id = valueOf(environment, family.id);
        const QString secret = valueOf(environment, family.secret);
        if (id.isEmpty() && secret.isEmpty())
            continue;
        if (id.isEmpty() || secret.isEmpty()) {
            result.error = tr("%1 is set but %2 is not; set both or neither.")
                               .arg(id.isEmpty() ? family.secret : family.id,
                                    id.isEmpty() ? family.id : family.secret);
            return result;
        }
        result.credentials.accessKeyId = id;
        result.credentials.accessKeySecret = secret;
        result.variables << family.id << family.secret;
        const QString token = valueOf(environment, family.token);
        if (!token.isEmpty()) {
            result.credentials.securityToken = token;
            result.variables << family.token;
        }
        break;
    }
    for (const QString &name : RegionVariables) {
        const QString region = valueOf(environment, name);
        if (!region.isEmpty()) {
            result.regionId = region;
            result.variables << name;
            break;
        }
    }
    return result;
}

} // namespace credentials
