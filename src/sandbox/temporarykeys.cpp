#include "sandbox/temporarykeys.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

QString randomText(int length)
{
    static const QString alphabet =
        u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s;
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    return text;
}

} // namespace

IssuedKey TemporaryKeys::issue(const QString &roleArn, int seconds, const QDateTime &now)
{
    forgetLongExpired(now);
    IssuedKey key;
    key.accessKeyId = QLatin1StringView(IdPrefix) + randomText(24);
    key.accessKeySecret = randomText(40);
    key.securityToken = u"CAIS"_s + randomText(200);
    // The reply's Expiration has whole seconds; the key expires exactly then, not later.
    const QDateTime exact = now.toUTC().addSecs(seconds);
    key.expiration = exact.addMSecs(-exact.time().msec());
    key.roleArn = roleArn;
    m_keys.insert(key.accessKeyId, key);
    return key;
}

const IssuedKey *TemporaryKeys::find(const QString &accessKeyId) const
{
    const auto it = m_keys.constFind(accessKeyId);
    return it == m_keys.cend() ? nullptr : &*it;
}

void TemporaryKeys::forgetLongExpired(const QDateTime &now)
{
    // Kept a day past expiry so a late request still gets "expired", not "not found".
    if (m_keys.size() < 10000)
        return;
    m_keys.removeIf(
        [&now](const auto &entry) { return entry.value().expiration.addDays(1) < now; });
}

} // namespace sandbox
