#pragma once

#include "terraform/stateinstance.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace terraform {

// What reading one state file gave: the state, or one translated sentence that names the file
// and, for a malformed file, the place inside it ("resources[2].instances[0].index_key").
struct StateReadResult
{
    std::optional<StateFile> state;
    QString error;

    bool ok() const { return state.has_value(); }
};

// Reads a Terraform state without any provider schema, so a state written by any provider
// version (or a fork) reads the same:
// - raw state v4 (terraform.tfstate, `terraform state pull`), every module, count and for_each;
// - the state view of `terraform show -json` (format_version 1.x), and the prior_state of a
//   plan's JSON.
// Only managed instances of the three PAI types are kept; deposed objects are skipped (the
// current object at the same address is what drift is about). Unknown keys are ignored
// everywhere. A state of another major version, an encrypted one (OpenTofu), or a file with a
// missing or mistyped field that the reader needs is refused with a clear message; nothing it
// is given can crash it.
class StateReader
{
    Q_DECLARE_TR_FUNCTIONS(terraform::StateReader)

public:
    // `fileName` names the source in messages and in each instance's sourceFile.
    static StateReadResult read(const QByteArray &bytes, const QString &fileName);
    static StateReadResult readFile(const QString &path);

    // The display address grammar of Terraform: `["key"]` with the key escaped as an HCL string.
    static QString indexSuffix(const QJsonValue &indexKey);

    // Larger files are refused before parsing: a state of 10,000 models is a few megabytes.
    static constexpr qint64 MaxFileBytes = 256 * 1024 * 1024;
};

} // namespace terraform
