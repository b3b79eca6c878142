#include "pai/fieldrules.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pai::FieldRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pai::FieldRules", text);
}

FieldError error(const QString &field, const QString &message)
{
    return FieldError{field, message};
}

std::optional<FieldError> checkLabelPart(const QString &part, const QString &field)
{
    if (part.toUtf8().size() > LabelPartMaxBytes)
        return error(field, tr("%1 must be at most %2 bytes in UTF-8 (it is %3).")
                                .arg(field)
                                .arg(LabelPartMaxBytes)
                                .arg(part.toUtf8().size()));
    if (part.contains(u'=') || part.contains(u','))
        return error(field, tr("%1 must not contain \"=\" or \",\".").arg(field));
    return std::nullopt;
}

} // namespace

std::optional<FieldError> checkModelName(const QString &name)
{
    const QString field = u"ModelName"_s;
    if (name.trimmed().isEmpty())
        return error(field, tr("ModelName is required."));
    // The service counts characters, not UTF-16 units: an emoji is one character.
    const auto length = name.toUcs4().size();
    if (length > ModelNameMaxLength)
        return error(field, tr("ModelName must be 1 to %1 characters long (it is %2).")
                                .arg(ModelNameMaxLength)
                                .arg(length));
    return std::nullopt;
}

std::optional<FieldError> checkAccessibility(const QString &accessibility)
{
    if (accessibility.isEmpty() || accessibility == "PRIVATE"_L1 || accessibility == "PUBLIC"_L1)
        return std::nullopt;
    return error(u"Accessibility"_s,
                 tr("Accessibility must be PRIVATE or PUBLIC, not \"%1\".").arg(accessibility));
}

static std::optional<FieldError> checkLabelAt(const Label &label, const QString &prefix)
{
    if (label.key.isEmpty())
        return error(prefix + u".Key"_s, tr("%1.Key must not be empty.").arg(prefix));
    if (auto keyError = checkLabelPart(label.key, prefix + u".Key"_s))
        return keyError;
    return checkLabelPart(label.value, prefix + u".Value"_s);
}

std::optional<FieldError> checkLabel(const Label &label, int index)
{
    return checkLabelAt(label, u"Labels[%1]"_s.arg(index));
}

QList<FieldError> checkTags(const LabelList &tags)
{
    QList<FieldError> errors;
    QSet<QString> seenKeys;
    for (int i = 0; i < tags.size(); ++i) {
        if (auto tagError = checkLabelAt(tags.at(i), u"Tag[%1]"_s.arg(i)))
            errors.append(*tagError);
        else if (seenKeys.contains(tags.at(i).key))
            errors.append(error(u"Tag[%1].Key"_s.arg(i),
                                tr("Tag[%1].Key \"%2\" is already used by another tag.")
                                    .arg(i)
                                    .arg(tags.at(i).key)));
        seenKeys.insert(tags.at(i).key);
    }
    return errors;
}

std::optional<FieldError> checkParameterSize(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 size = trimmed.toLongLong(&ok);
    if (!ok || size < 0)
        return error(u"ParameterSize"_s,
                     tr("ParameterSize must be a whole number from 0 up, not \"%1\".").arg(text));
    return std::nullopt;
}

std::optional<FieldError> checkOrderNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    trimmed.toLongLong(&ok);
    if (!ok)
        return error(u"OrderNumber"_s,
                     tr("OrderNumber must be a whole number, not \"%1\".").arg(text));
    return std::nullopt;
}

std::optional<FieldError> checkModelDoc(const QString &url)
{
    if (url.isEmpty())
        return std::nullopt;
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (!parsed.isValid() || (scheme != "http"_L1 && scheme != "https"_L1) ||
        parsed.host().isEmpty())
        return error(u"ModelDoc"_s,
                     tr("ModelDoc must be an http or https URL, such as https://example.com/doc."));
    return std::nullopt;
}

QList<FieldError> checkLabels(const LabelList &labels)
{
    QList<FieldError> errors;
    QSet<QString> seenKeys;
    for (int i = 0; i < labels.size(); ++i) {
        if (auto labelError = checkLabel(labels.at(i), i))
            errors.append(*labelError);
        else if (seenKeys.contains(labels.at(i).key))
            errors.append(error(u"Labels[%1].Key"_s.arg(i),
                                tr("Labels[%1].Key \"%2\" is already used by another label.")
                                    .arg(i)
                                    .arg(labels.at(i).key)));
        seenKeys.insert(labels.at(i).key);
    }
    return errors;
}

QList<FieldError> checkDraft(const ModelDraft &draft)
{
    QList<FieldError> errors;
    if (auto e = checkModelName(draft.modelName))
        errors.append(*e);
    if (auto e = checkAccessibility(draft.accessibility))
        errors.append(*e);
    if (auto e = checkModelDoc(draft.modelDoc))
        errors.append(*e);
    errors.append(checkLabels(draft.labels));
    errors.append(checkTags(draft.tags));
    if (draft.parameterSize && *draft.parameterSize < 0)
        errors.append(*checkParameterSize(QString::number(*draft.parameterSize)));
    return errors;
}

bool isValidVersionName(const QString &name)
{
    static const QRegularExpression pattern(QString::fromLatin1(VersionNamePattern));
    // '$' also matches before a final newline: "1.0.0\n" is not a name.
    return !name.endsWith(u'\n') && pattern.match(name).hasMatch();
}

std::optional<FieldError> checkVersionName(const QString &name)
{
    if (name.isEmpty() || isValidVersionName(name))
        return std::nullopt;
    return error(u"VersionName"_s,
                 tr("VersionName must look like 1.0.0 or 2.3.4_beta (major.minor.stage, digits, "
                    "with an optional _suffix of letters, digits and _), not \"%1\".")
                     .arg(name));
}

std::optional<FieldError> checkVersionUri(const QString &uri)
{
    const QString field = u"Uri"_s;
    if (uri.trimmed().isEmpty())
        return error(field, tr("Uri is required."));
    // oss://<bucket>.<endpoint>/<object>: a bucket name (3 to 63 lower-case letters, digits and
    // hyphens), then the endpoint's host name, then the object path (which may be empty).
    static const QRegularExpression oss(
        u"^oss://[a-z0-9][a-z0-9-]{1,61}[a-z0-9]\\.[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+/\\S*\\z"_s);
    if (uri.startsWith(u"oss://"_s)) {
        if (oss.match(uri).hasMatch())
            return std::nullopt;
        return error(field, tr("Uri must look like oss://bucket.oss-cn-hangzhou.aliyuncs.com/path/ "
                               "(bucket, endpoint, then the path)."));
    }
    const QUrl parsed(uri, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (parsed.isValid() && (scheme == "http"_L1 || scheme == "https"_L1) &&
        !parsed.host().isEmpty())
        return std::nullopt;
    return error(field, tr("Uri must be oss://bucket.endpoint/path or an http or https URL."));
}

std::optional<FieldError> checkApprovalStatus(const QString &status)
{
    if (status.isEmpty() || approvalStatusFromApiName(status))
        return std::nullopt;
    return error(
        u"ApprovalStatus"_s,
        tr("ApprovalStatus must be Pending, Approved or Rejected, not \"%1\".").arg(status));
}

std::optional<FieldError> checkVersionOptions(const QString &options)
{
    if (options.trimmed().isEmpty())
        return std::nullopt;
    QJsonParseError parseError;
    QJsonDocument::fromJson(options.toUtf8(), &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return std::nullopt;
    return error(u"Options"_s,
                 tr("Options must be JSON text such as {}: %1").arg(parseError.errorString()));
}

std::optional<FieldError> checkMetrics(const QJsonObject &metrics)
{
    const qsizetype length =
        QString::fromUtf8(QJsonDocument(metrics).toJson(QJsonDocument::Compact)).size();
    if (metrics.isEmpty() || length <= MetricsMaxCharacters)
        return std::nullopt;
    return error(u"Metrics"_s, tr("Metrics must be at most %1 characters as JSON (it is %2).")
                                   .arg(MetricsMaxCharacters)
                                   .arg(length));
}

QList<FieldError> checkVersionDraft(const ModelVersionDraft &draft)
{
    QList<FieldError> errors;
    if (auto e = checkVersionName(draft.versionName))
        errors.append(*e);
    if (auto e = checkVersionUri(draft.uri))
        errors.append(*e);
    if (auto e = checkApprovalStatus(draft.approvalStatus))
        errors.append(*e);
    if (auto e = checkVersionOptions(draft.options))
        errors.append(*e);
    if (auto e = checkMetrics(draft.metrics))
        errors.append(*e);
    errors.append(checkLabels(draft.labels));
    return errors;
}

QList<FieldError> checkImmutableVersionFields(const ModelVersionDraft &created,
                                              const ModelVersionDraft &wanted)
{
    QList<FieldError> errors;
    for (const VersionTextField &text : versionTextFields()) {
        if (!isImmutable(text.field) || created.*text.member == wanted.*text.member)
            continue;
        const QString field = apiName(text.field);
        errors.append(error(field, tr("%1 cannot change once the version exists; create a new "
                                      "version instead.")
                                       .arg(field)));
    }
    return errors;
}

} // namespace pai::FieldRules
