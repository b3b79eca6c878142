#pragma once

#include "api/credentials.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace credentials {

// Credentials from the environment variables the Alibaba Cloud SDKs and CLI read
// (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_SECURITY_TOKEN,
// ALIBABA_CLOUD_REGION_ID) and the Terraform provider's legacy names (ALICLOUD_ACCESS_KEY,
// ALICLOUD_SECRET_KEY, ALICLOUD_SECURITY_TOKEN, ALICLOUD_REGION). A key pair is taken from one
// family only, never an ID from one and the secret from the other.
struct EnvironmentCredentials
{
    api::Credentials credentials;
    QString regionId;      // empty when no region variable is set
    QStringList variables; // the names that supplied the values, for "where did this come from"
    QString error;         // translated, naming the variable; set when a pair is incomplete

    bool found() const { return error.isEmpty() && credentials.isComplete(); }

    static EnvironmentCredentials
    read(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
};

} // namespace credentials
