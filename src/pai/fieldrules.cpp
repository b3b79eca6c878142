#include "pai/fieldrules.h"

#include <QCoreApplication>
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

std::optional<FieldError> checkLabel(const Label &label, int index)
{
    const QString prefix = u"Labels[%1]"_s.arg(index);
    if (label.key.isEmpty())
        return error(prefix + u".Key"_s, tr("%1.Key must not be empty.").arg(prefix));
    if (auto keyError = checkLabelPart(label.key, prefix + u".Key"_s))
        return keyError;
    return checkLabelPart(label.value, prefix + u".Value"_s);
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
    if (!parsed.isValid() || (scheme != "http"_L1 && scheme != "https"_L1) || parsed.host().isEmpty())
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
    return errors;
}

} // namespace pai::FieldRules
