#pragma once

#include <QList>
#include <QString>

namespace terraform {

// Something the exported file cannot express exactly, or a change the exporter made on the way.
// The text is already translated; the code lets callers (GUI, CLI, tests) react without parsing it.
struct ExportWarning
{
    enum class Code {
        NotNormalized,                 // a string is not NFC: Terraform will always report a diff
        KeysCollideAfterNormalization, // two map keys become equal under NFC: one is lost
        LoneSurrogate,                 // invalid UTF-16 replaced by U+FFFD
        ResourceRenamed,               // the resource name is not just the model name in snake case
        // A map(string) attribute (a model's extra_info; a version's metrics, training_spec,
        // inference_spec and extra_info) holds what a map of strings cannot:
        MapValueNested, // nested arrays/objects written as jsonencode(): they come back as strings
        MapValueStringified,      // numbers/booleans written as strings
        MapValueNullDropped,      // null values cannot be stored in a map of strings
        WorkspaceNotExported,     // reference mode, but the workspace was not given: literal used
        VersionFieldsNotExported, // EvaluationSpec, CompressionSpec, DistillationSpec: not in TF
        VersionsNotExported,      // the legacy resource type has no version resource
        OptionsReformatted,       // jsonencode() may write a version's Options other than as stored
    };

    Code code;
    QString subject; // the resource address or attribute path the warning is about
    QString message;

    friend bool operator==(const ExportWarning &, const ExportWarning &) = default;
};

using ExportWarnings = QList<ExportWarning>;

} // namespace terraform
