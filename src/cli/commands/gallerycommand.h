#pragma once

#include "cli/commands/command.h"

#include <QCoreApplication>

#include <memory>

namespace cli {

// paidesk-cli gallery [filters]: Alibaba's public Model Gallery (ListModels with Provider=pai),
// printed as `models` prints. paidesk-cli gallery copy MODEL_ID --workspace WS: a private copy in
// a workspace (GalleryCopyCommand).
class GalleryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::GalleryCommand)

public:
    GalleryCommand();
    ~GalleryCommand() override;

    QString name() const override { return QStringLiteral("gallery"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;

private:
    std::unique_ptr<Command> m_copy;
};

// paidesk-cli gallery copy MODEL_ID --workspace WS [--name N] [--with-version] [--dry-run]: the
// create of a private model with the gallery model's metadata, labels and extra information,
// then, with --with-version, its first version from the Uri of the gallery model's latest one.
class GalleryCopyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::GalleryCopyCommand)

public:
    QString name() const override { return QStringLiteral("gallery copy"); }
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;
};

} // namespace cli
