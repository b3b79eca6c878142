#include "cli/cliapplication.h"

#include "api/networksettings.h"
#include "cli/commandcontext.h"
#include "cli/commands/bulkcommand.h"
#include "cli/commands/driftcommand.h"
#include "cli/commands/exportcommand.h"
#include "cli/commands/gallerycommand.h"
#include "cli/commands/modelcommand.h"
#include "cli/commands/modelscommand.h"
#include "cli/commands/sandboxcommand.h"
#include "cli/commands/signcommand.h"
#include "cli/commands/versioncommand.h"
#include "cli/commands/versionscommand.h"
#include "cli/commands/workspacescommand.h"
#include "cli/credentialsource.h"
#include "credentials/profile.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace cli {

CliApplication::CliApplication()
    : m_credentials(std::make_unique<DefaultChainCredentialSource>())
{
    addCommand(std::make_unique<WorkspacesCommand>());
    addCommand(std::make_unique<ModelsCommand>());
    addCommand(std::make_unique<GalleryCommand>());
    addCommand(std::make_unique<ModelCommand>());
    addCommand(std::make_unique<BulkCommand>());
    addCommand(std::make_unique<VersionsCommand>());
    addCommand(std::make_unique<VersionCommand>());
    addCommand(std::make_unique<ExportCommand>());
    addCommand(std::make_unique<DriftCommand>());
    addCommand(std::make_unique<SignCommand>());
    addCommand(std::make_unique<SandboxCommand>());
}

CliApplication::~CliApplication() = default;

void CliApplication::setCredentialSource(std::unique_ptr<CredentialSource> source)
{
    m_credentials = std::move(source);
}

void CliApplication::addCommand(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

QString CliApplication::commandList() const
{
    QString text = tr("Commands:") + u'\n';
    for (const auto &command : m_commands)
        text += u"  "_s + command->name().leftJustified(12) + command->summary() + u'\n';
    text += u'\n' + tr("Run \"paidesk-cli COMMAND --help\" for the options of a command.") + u'\n';
    return text;
}

int CliApplication::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("PaiDesk command line: browse and edit Alibaba Cloud PAI workspaces, models and model "
           "versions.\n"
           "Credentials come from --profile NAME, a profile saved in PaiDesk whose secret is in "
           "the system keychain, or --aliyun-profile NAME, a profile of the aliyun CLI's "
           "config.json in any mode; without either, from the default chain: "
           "ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and "
           "ALIBABA_CLOUD_SECURITY_TOKEN; ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN "
           "and ALIBABA_CLOUD_OIDC_TOKEN_FILE; config.json (ALIBABA_CLOUD_CONFIG_FILE, profile "
           "ALIBABA_CLOUD_PROFILE or current); ALIBABA_CLOUD_ECS_METADATA; "
           "ALIBABA_CLOUD_CREDENTIALS_URI.\n"
           "Requests go through the profile's proxy, else HTTPS_PROXY (or https_proxy), except "
           "to the hosts in NO_PROXY.\n"
           "Exit codes: 0 success; 1 API, network or keychain error; 2 usage or validation "
           "error, or no such profile (nothing sent); 3 timeout; 4 drift found (drift)."));
    // Global options stop at COMMAND; everything after it belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption version(u"version"_s, tr("Show the version and exit."));
    const QCommandLineOption profile(
        u"profile"_s,
        tr("Use this saved profile: its region, endpoint and AccessKey, the secret read from the "
           "system keychain."),
        tr("NAME"));
    const QCommandLineOption endpoint(
        u"endpoint"_s,
        tr("Send requests to this URL (http only on loopback); overrides the profile's endpoint."),
        tr("URL"));
    const QCommandLineOption region(
        u"region"_s, tr("Region ID, e.g. cn-hangzhou; overrides the profile's region."), tr("ID"));
    const QCommandLineOption timeout(u"timeout"_s,
                                     tr("Give up when the whole command has run this many seconds, "
                                        "saying what was done (exit code 3)."),
                                     tr("SECONDS"));
    const QCommandLineOption output(u"output"_s, tr("Output format: table or json."),
                                    tr("json|table"), u"table"_s);
    const QCommandLineOption caFile(
        u"ca-file"_s,
        tr("Also trust the CA certificates in this PEM file (for a proxy that inspects TLS); the "
           "system CAs stay trusted."),
        tr("FILE"));
    const QCommandLineOption aliyunProfile(
        u"aliyun-profile"_s,
        tr("Use this profile of the aliyun CLI's config.json (or ALIBABA_CLOUD_CONFIG_FILE) "
           "directly, in any of its modes (AK, StsToken, RamRoleArn, ChainableRamRoleArn, "
           "EcsRamRole, OIDC, CredentialsURI, External); temporary credentials are refreshed "
           "before they expire and kept in memory only."),
        tr("NAME"));
    const QCommandLineOption stsEndpoint(
        u"sts-endpoint"_s,
        tr("Send STS requests (AssumeRole, AssumeRoleWithOIDC) to this URL (http only on "
           "loopback); overrides the profile's sts_endpoint."),
        tr("URL"));
    parser.addOptions({help, version, profile, aliyunProfile, endpoint, region, timeout, output,
                       caFile, stsEndpoint});
    parser.addPositionalArgument(u"COMMAND"_s, tr("The command to run."), tr("COMMAND [options]"));

    GlobalOptions options;
    CommandContext usage(options, *m_credentials, out, err);
    if (!parser.parse(arguments))
        return usage.usageError(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText() << u'\n' << commandList();
        out.flush();
        return Success;
    }
    if (parser.isSet(version)) {
        // Not translated: scripts read this line.
        out << u"paidesk-cli "_s << QStringLiteral(PAIDESK_VERSION) << u'\n';
        out.flush();
        return Success;
    }

    options.endpoint = parser.value(endpoint);
    options.stsEndpoint = parser.value(stsEndpoint);
    options.region = parser.value(region);
    if (parser.isSet(timeout)) {
        options.timeoutSeconds = GlobalOptions::parseTimeout(parser.value(timeout));
        if (!options.timeoutSeconds) {
            return usage.usageError(tr("--timeout: \"%1\" is not a number of seconds from 1")
                                        .arg(parser.value(timeout)));
        }
    }
    const std::optional<OutputFormat> format = GlobalOptions::parseOutput(parser.value(output));
    if (!format) {
        return usage.usageError(
            tr("--output: \"%1\" is not json or table").arg(parser.value(output)));
    }
    options.output = *format;
    if (parser.isSet(caFile)) {
        options.caFile = parser.value(caFile);
        QString why;
        options.caCertificates = api::NetworkSettings::readCaFile(options.caFile, &why);
        if (!why.isEmpty())
            return usage.usageError(tr("--ca-file: %1").arg(why));
    }

    // A saved profile replaces the environment for this run only.
    std::unique_ptr<CredentialSource> profileSource;
    CredentialSource *credentialSource = m_credentials.get();
    if (parser.isSet(profile)) {
        const QString name = parser.value(profile);
        if (const QString why = credentials::validateProfileName(name); !why.isEmpty())
            return usage.usageError(tr("--profile: %1").arg(why));
        profileSource = std::make_unique<ProfileCredentialSource>(name);
        credentialSource = profileSource.get();
    }
    if (parser.isSet(aliyunProfile)) {
        if (parser.isSet(profile))
            return usage.usageError(tr("--profile and --aliyun-profile cannot be combined"));
        profileSource =
            std::make_unique<AliyunProfileCredentialSource>(parser.value(aliyunProfile));
        credentialSource = profileSource.get();
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << tr("paidesk-cli: a command is required.") << u"\n\n"_s << commandList();
        err.flush();
        return UsageError;
    }
    CommandContext context(options, *credentialSource, out, err);
    for (const auto &command : m_commands) {
        if (command->name() == positional.constFirst())
            return command->run(positional.mid(1), context);
    }
    return usage.usageError(tr("unknown command \"%1\"").arg(positional.constFirst()));
}

} // namespace cli
