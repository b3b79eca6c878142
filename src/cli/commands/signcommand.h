#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

namespace cli {

// paidesk-cli sign --request FILE: signs a request described like the "input" of a signing test
// vector and prints what PaiDesk would send, to compare with the StringToSign and
// CanonicalRequest the service quotes in a SignatureDoesNotMatch error.
class SignCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::SignCommand)

public:
    QString name() const override { return QStringLiteral("sign"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace cli
