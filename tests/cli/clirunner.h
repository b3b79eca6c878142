#pragma once

// Running the real paidesk-cli from a test: its exit code and output, a clean environment, and
// the IDs in a JSON listing. Each test target defines PAIDESK_CLI_PATH.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

namespace clitest {

struct CliResult
{
    int exitCode = -1; // -1: did not start or finish in time; -2: crashed
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
};

// The environment of a shell with no cloud credentials and no proxy (a developer's proxy must not
// stand between the CLI and the sandbox unless a test puts it there).
inline QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList names = environment.keys();
    for (const QString &name : names) {
        if (name.startsWith(QStringLiteral("ALIBABA_CLOUD_")) ||
            name.startsWith(QStringLiteral("ALICLOUD_")) ||
            name.endsWith(QStringLiteral("_proxy"), Qt::CaseInsensitive))
            environment.remove(name);
    }
    return environment;
}

// Runs paidesk-cli and spins the event loop meanwhile, so an in-process sandbox can answer.
inline CliResult runCli(const QStringList &arguments, const QProcessEnvironment &environment,
                        int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(PAIDESK_CLI_PATH), arguments);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// The ModelId of every entry of a `models` listing, in order.
inline QStringList modelIds(const QJsonObject &listing)
{
    QStringList ids;
    const QJsonArray models = listing.value(QStringLiteral("Models")).toArray();
    for (const QJsonValue &model : models)
        ids.append(model.toObject().value(QStringLiteral("ModelId")).toString());
    return ids;
}

} // namespace clitest
