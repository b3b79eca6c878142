// Replays every committed fuzz input through its harness: the seeds of each corpus and every
// crash a fuzzer found (tests/data/fuzz/regressions/<harness>/). A harness checks its own
// invariants and aborts when one fails, so a regression fails this test (and ASan/UBSan report
// memory errors and undefined behaviour in the ci-asan build).
#include <QDir>
#include <QFile>
#include <QTest>

#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int replay_fuzz_wirejson(const std::uint8_t *data, std::size_t size);
extern "C" int replay_fuzz_hclwriter(const std::uint8_t *data, std::size_t size);
extern "C" int replay_fuzz_credentials(const std::uint8_t *data, std::size_t size);
extern "C" int replay_fuzz_signer(const std::uint8_t *data, std::size_t size);
extern "C" int replay_fuzz_sandboxrequest(const std::uint8_t *data, std::size_t size);
extern "C" int replay_fuzz_statereader(const std::uint8_t *data, std::size_t size);
extern "C" int replay_fuzz_credentialreplies(const std::uint8_t *data, std::size_t size);

namespace {

using Harness = int (*)(const std::uint8_t *, std::size_t);

const std::pair<const char *, Harness> Harnesses[] = {
    {"fuzz_wirejson", replay_fuzz_wirejson},
    {"fuzz_hclwriter", replay_fuzz_hclwriter},
    {"fuzz_credentials", replay_fuzz_credentials},
    {"fuzz_signer", replay_fuzz_signer},
    {"fuzz_sandboxrequest", replay_fuzz_sandboxrequest},
    {"fuzz_statereader", replay_fuzz_statereader},
    {"fuzz_credentialreplies", replay_fuzz_credentialreplies},
};

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<int>("harness");
    QTest::addColumn<QString>("path");
    const QDir data(QStringLiteral(PAIDESK_TEST_DATA_DIR "/fuzz"));
    int seeds = 0;
    for (int h = 0; h < int(std::size(Harnesses)); ++h) {
        const QString name = QString::fromLatin1(Harnesses[h].first);
        for (const QString &folder : {name, u"regressions/"_s + name}) {
            const QDir dir(data.filePath(folder));
            const QStringList files = dir.entryList(QDir::Files, QDir::Name);
            for (const QString &file : files) {
                QTest::addRow("%s/%s", qPrintable(folder), qPrintable(file))
                    << h << dir.filePath(file);
                if (folder == name)
                    ++seeds;
            }
        }
    }
    // Every harness has seeds; an empty list would mean the data folder moved.
    QVERIFY(seeds >= int(std::size(Harnesses)));
}

void TestFuzzRegressions::replay()
{
    QFETCH(int, harness);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray input = file.readAll();
    QCOMPARE(Harnesses[harness].second(reinterpret_cast<const std::uint8_t *>(input.constData()),
                                       std::size_t(input.size())),
             0);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
