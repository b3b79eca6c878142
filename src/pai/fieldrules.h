#pragma once

#include "pai/label.h"
#include "pai/modeldraft.h"
#include "pai/versiondraft.h"

#include <QList>
#include <QString>

#include <optional>

namespace pai {

// One broken field. `field` is the API's name for it ("ModelName", "Labels[2].Key",
// "OrderNumber"), so the GUI can mark the widget and the CLI can name the flag's field.
// Messages name the API path too, indexed from 0 as in the JSON; the editor's tables reword
// them to count rows from 1, as their row headers do (gui::LabelEditModel::forDisplay).
struct FieldError
{
    QString field;
    QString message; // translated, names the field and the rule

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

// The service's own rules, checked before anything is sent (the AIWorkspace 2021-02-04 API
// reference).
namespace FieldRules {
inline constexpr int ModelNameMaxLength = 127;
inline constexpr int LabelPartMaxBytes = 128;

std::optional<FieldError> checkModelName(const QString &name);
std::optional<FieldError> checkAccessibility(const QString &accessibility); // empty is allowed
std::optional<FieldError> checkLabel(const Label &label, int index);
std::optional<FieldError> checkOrderNumber(const QString &text); // parses as qint64
// Empty, or a whole number of parameters from 0 up (parses as qint64).
std::optional<FieldError> checkParameterSize(const QString &text);
std::optional<FieldError> checkModelDoc(const QString &url); // empty is allowed
// Duplicate keys are an error: the editor flags them and label updates are keyed by Key.
QList<FieldError> checkLabels(const LabelList &labels);
// The label rules under the name Tag ("Tag[0].Key"); CreateModel's Tag has Label's shape.
QList<FieldError> checkTags(const LabelList &tags);
QList<FieldError> checkDraft(const ModelDraft &draft);

// Model versions (the ModelVersion reference: name format, Uri forms, the Metrics limit).
inline constexpr int MetricsMaxCharacters = 8192;
// major.minor.stage, all digits, with an optional _suffix of letters, digits and '_'
// ("2.3.4_beta").
inline constexpr char VersionNamePattern[] = "^[0-9]+\\.[0-9]+\\.[0-9]+(_[A-Za-z0-9_]+)?$";

bool isValidVersionName(const QString &name);
// Empty is allowed: the service then numbers the version itself.
std::optional<FieldError> checkVersionName(const QString &name);
// Required: oss://<bucket>.<endpoint>/<object> or an http(s) URL.
std::optional<FieldError> checkVersionUri(const QString &uri);
// Empty or one of Pending, Approved, Rejected.
std::optional<FieldError> checkApprovalStatus(const QString &status);
// Empty or JSON text (an object or an array): Options is JSON sent as a string.
std::optional<FieldError> checkVersionOptions(const QString &options);
// At most MetricsMaxCharacters once serialized.
std::optional<FieldError> checkMetrics(const QJsonObject &metrics);
QList<FieldError> checkVersionDraft(const ModelVersionDraft &draft);
// VersionName, Uri, FormatType and FrameworkType cannot change once the version exists: one
// error per such field that `wanted` changes.
QList<FieldError> checkImmutableVersionFields(const ModelVersionDraft &created,
                                              const ModelVersionDraft &wanted);
} // namespace FieldRules

} // namespace pai
