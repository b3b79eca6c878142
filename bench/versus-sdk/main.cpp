// Listing every model: paidesk-cli against Alibaba's official TypeScript SDK, in one run, against
// one sandbox with a fixed latency per reply. Prints both times, the ratio, the targets,
// and the peak memory of `paidesk-cli --output json models` over a large listing.
// Usage: bench_versus_sdk [MODELS=10000] [LATENCY_MS=20] [RUNS=3] [MEMORY_MODELS=100000]
// Needs node and `npm ci` in bench/versus-sdk/node. Linux: peak memory comes from wait4().

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString KeyId = u"LTAI5tBenchKeyId"_s;
const QString Secret = u"bench-secret"_s;

struct ChildRun
{
    qint64 ms = -1;
    long peakKb = 0;
    int status = -1;
};

// Runs a program with stdout to `outputPath`, and reports its wall time and peak RSS.
ChildRun runChild(const QStringList &command, const QString &outputPath)
{
    QList<QByteArray> arguments;
    for (const QString &argument : command)
        arguments.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const QByteArray output = outputPath.toLocal8Bit();
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int fd = open(output.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(fd, STDOUT_FILENO);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    ChildRun run;
    int status = 0;
    rusage usage{};
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        run.ms = timer.elapsed();
        run.peakKb = usage.ru_maxrss;
        run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return run;
}

// The sandbox as its own process (`paidesk-cli sandbox`), as a remote server would be. Not a
// thread of this process: a child's peak RSS from wait4() starts from the RSS of the process that
// forked it, so this one has to stay small.
class SandboxProcess
{
public:
    SandboxProcess(const QString &cli, qsizetype models, int latencyMs)
    {
        m_process.start(cli, {u"sandbox"_s, u"--models"_s, QString::number(models),
                              u"--latency-ms"_s, QString::number(latencyMs),
                              u"--access-key-id"_s, KeyId, u"--access-key-secret"_s, Secret});
        QElapsedTimer waited;
        waited.start();
        QByteArray printed;
        while (waited.elapsed() < 120000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(1000);
            printed += m_process.readAllStandardOutput();
            const qsizetype at = printed.indexOf("PAIDESK_SANDBOX_URL=");
            const qsizetype end = printed.indexOf('\n', at);
            if (at >= 0 && end > at) {
                m_url = QString::fromUtf8(printed.mid(at + 20, end - at - 20));
                break;
            }
        }
        // Generating the models comes before the URL is printed, so the server is ready now.
    }
    ~SandboxProcess()
    {
        m_process.terminate();
        m_process.waitForFinished(10000);
    }
    QString url() const { return m_url; }

private:
    QProcess m_process;
    QString m_url;
};

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qsizetype models = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10000;
    const int latencyMs = argc > 2 ? QByteArray(argv[2]).toInt() : 20;
    const int runs = argc > 3 ? QByteArray(argv[3]).toInt() : 3;
    const qsizetype memoryModels = argc > 4 ? QByteArray(argv[4]).toLongLong() : 100000;
    const QString nodeDir = QStringLiteral(PAIDESK_BENCH_NODE_DIR);
    const QString cli = QStringLiteral(PAIDESK_CLI_PATH);
    if (!QFileInfo::exists(nodeDir + u"/node_modules"_s)) {
        std::fprintf(stderr, "the official SDK is not installed: run npm ci in %s\n",
                     qPrintable(nodeDir));
        return 1;
    }
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", KeyId.toUtf8());
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", Secret.toUtf8());
    QTemporaryFile output;
    if (!output.open())
        return 1;
    const QString outputPath = output.fileName();

    int status = 0;
    {
        SandboxProcess sandbox(cli, models, latencyMs);
        if (sandbox.url().isEmpty()) {
            std::fprintf(stderr, "the sandbox did not start\n");
            return 1;
        }
        std::printf("Listing %lld models, %d ms latency per reply, %d runs (medians), same "
                    "sandbox for both\n",
                    static_cast<long long>(models), latencyMs, runs);
        QList<qint64> official;
        QList<qint64> officialLoop;
        QList<qint64> table;
        QList<qint64> json;
        for (int run = 0; run < runs; ++run) {
            // Interleaved, so a slower minute of a shared machine hits both sides alike.
            const ChildRun sdk = runChild(
                {u"node"_s, nodeDir + u"/list.js"_s, sandbox.url(), KeyId, Secret}, outputPath);
            output.seek(0);
            const QJsonObject reply = QJsonDocument::fromJson(output.readAll()).object();
            if (sdk.status != 0 || reply.value(u"models"_s).toInteger() != models) {
                std::fprintf(stderr, "the official SDK's listing failed\n");
                return 1;
            }
            official.append(sdk.ms);
            officialLoop.append(reply.value(u"ms"_s).toInteger());
            for (const auto &[format, times] :
                 {std::pair{u"table"_s, &table}, std::pair{u"json"_s, &json}}) {
                const ChildRun ours = runChild({cli, u"--endpoint"_s, sandbox.url(),
                                                u"--output"_s, format, u"models"_s},
                                               outputPath);
                if (ours.status != 0) {
                    std::fprintf(stderr, "paidesk-cli --output %s models failed\n",
                                 qPrintable(format));
                    return 1;
                }
                times->append(ours.ms);
            }
        }
        const qint64 pages = (models + 99) / 100;
        const double bound = 1.3 * double((pages + 5) / 6) * latencyMs + 500;
        std::printf("%-44s %10s %12s\n", "", "median ms", "SDK / this");
        std::printf("%-44s %10lld\n", "official SDK, process (node, PageSize 100)",
                    static_cast<long long>(median(official)));
        std::printf("%-44s %10lld\n", "official SDK, its loop alone",
                    static_cast<long long>(median(officialLoop)));
        for (const auto &[name, times] : {std::pair{"paidesk-cli models (table)", &table},
                                          std::pair{"paidesk-cli --output json models", &json}}) {
            const qint64 ms = median(*times);
            const double ratio = double(median(official)) / double(ms);
            std::printf("%-44s %10lld %11.2fx  target >= 4x and <= %.0f ms: %s\n", name,
                        static_cast<long long>(ms), ratio, bound,
                        ratio >= 4 && ms <= bound ? "met" : "missed");
        }
    }
    {
        SandboxProcess sandbox(cli, memoryModels, 0);
        if (sandbox.url().isEmpty()) {
            std::fprintf(stderr, "the sandbox did not start\n");
            return 1;
        }
        const ChildRun ours = runChild(
            {cli, u"--endpoint"_s, sandbox.url(), u"--output"_s, u"json"_s, u"models"_s},
            outputPath);
        rusage self{};
        getrusage(RUSAGE_SELF, &self);
        std::printf("paidesk-cli --output json models, %lld models: %lld ms, peak RSS %.1f MB "
                    "(target <= 64 MB: %s; this benchmark's own RSS, the floor of that figure: "
                    "%.1f MB)\n",
                    static_cast<long long>(memoryModels), static_cast<long long>(ours.ms),
                    double(ours.peakKb) / 1024.0, ours.peakKb <= 64 * 1024 ? "met" : "missed",
                    double(self.ru_maxrss) / 1024.0);
        if (ours.status != 0)
            status = 1;
    }
    return status;
}
