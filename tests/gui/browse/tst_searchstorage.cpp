// What the table and the quick filter keep per row: SearchKeyStore (keys packed in one buffer),
// SlotBitmap (accepted slots), InternPool (one shared copy of each value of a field, by index)
// and PackedTimestamp (times as numbers).
#include "gui/models/internpool.h"
#include "gui/models/packedtimestamp.h"
#include "gui/models/searchkeystore.h"
#include "gui/models/slotbitmap.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

// Applies one step of a SearchKeyStore script to the store and to a plain list of keys.
// "+text" appends, "=slot:text" replaces, "-slot" removes, "clear" clears, "merge:a,b" appends
// another store holding a and b. A text "@slot" stands for the store's own view of that slot.
void applyStep(gui::SearchKeyStore &store, QByteArrayList &reference, const QString &step)
{
    const auto isOwnKey = [](const QString &text) { return text.startsWith(u'@'); };
    const auto ownSlot = [](const QString &text) { return text.mid(1).toInt(); };
    if (step == u"clear"_s) {
        store.clear();
        reference.clear();
    } else if (step.startsWith(u"merge:"_s)) {
        gui::SearchKeyStore other;
        const QStringList keys = step.mid(6).split(u',');
        for (const QString &key : keys) {
            other.append(key.toUtf8());
            reference.append(key.toUtf8());
        }
        store.append(other);
    } else if (step.startsWith(u'+')) {
        const QString text = step.mid(1);
        if (isOwnKey(text)) {
            reference.append(reference.at(ownSlot(text)));
            store.append(store.at(ownSlot(text)));
        } else {
            reference.append(text.toUtf8());
            store.append(text.toUtf8());
        }
    } else if (step.startsWith(u'=')) {
        const qsizetype colon = step.indexOf(u':');
        const int slot = step.mid(1, colon - 1).toInt();
        const QString text = step.mid(colon + 1);
        if (isOwnKey(text)) {
            reference[slot] = reference.at(ownSlot(text));
            store.replace(slot, store.at(ownSlot(text)));
        } else {
            reference[slot] = text.toUtf8();
            store.replace(slot, text.toUtf8());
        }
    } else if (step.startsWith(u'-')) {
        const int slot = step.mid(1).toInt();
        store.remove(slot);
        reference.removeAt(slot);
    } else {
        QFAIL(qPrintable(u"unknown step "_s + step));
    }
}

QByteArrayList keysOf(const gui::SearchKeyStore &store)
{
    QByteArrayList keys;
    for (qsizetype slot = 0; slot < store.size(); ++slot)
        keys.append(store.at(slot).toByteArray());
    return keys;
}

qsizetype liveBytes(const QByteArrayList &keys)
{
    qsizetype bytes = 0;
    for (const QByteArray &key : keys)
        bytes += key.size();
    return bytes;
}

QList<int> setSlots(const gui::SlotBitmap &bitmap)
{
    QList<int> slots;
    bitmap.forEachSet([&slots](qsizetype slot) { slots.append(int(slot)); });
    return slots;
}

QList<int> setSlotsOf(const QList<bool> &reference)
{
    QList<int> slots;
    for (qsizetype slot = 0; slot < reference.size(); ++slot) {
        if (reference.at(slot))
            slots.append(int(slot));
    }
    return slots;
}

// A string with its own allocation, equal to `text` but not sharing it.
QString freshCopy(const QString &text)
{
    return QString(text.constData(), text.size());
}

} // namespace

class TestSearchStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchKeyStoreFollowsScript_data();
    void searchKeyStoreFollowsScript();
    void searchKeyStoreRandomEdits();
    void slotBitmapAgreesWithReference_data();
    void slotBitmapAgreesWithReference();
    void slotBitmapPartsCoverWholeWords();
    void internPoolGivesOneIndexPerValue_data();
    void internPoolGivesOneIndexPerValue();
    void internPoolKeepsEmptyAtZeroAndClears();
    void packedTimestampRoundTrips_data();
    void packedTimestampRoundTrips();
    void packedTimestampRefusesOtherSpellings_data();
    void packedTimestampRefusesOtherSpellings();
    void packedTimestampsSortAsTheirText();
};

void TestSearchStorage::searchKeyStoreFollowsScript_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<qsizetype>("bufferBytes");
    QTest::addColumn<qsizetype>("unusedBytes");

    QTest::newRow("appends end to end")
        << QStringList{u"+alpha"_s, u"+"_s, u"+beta\nx"_s, u"+über"_s} << qsizetype(5 + 0 + 6 + 5)
        << qsizetype(0);
    QTest::newRow("appends another store")
        << QStringList{u"+ab"_s, u"merge:cd,,efg"_s} << qsizetype(7) << qsizetype(0);
    QTest::newRow("replace keeps old bytes")
        << QStringList{u"+aaaaa"_s, u"+bbbbb"_s, u"=0:xxxxx"_s} << qsizetype(15) << qsizetype(5);
    QTest::newRow("replace in the middle")
        << QStringList{u"+a1"_s, u"+b22"_s, u"+c333"_s, u"=1:zz"_s} << qsizetype(11)
        << qsizetype(3);
    // Exactly half unused is not yet more than half.
    QTest::newRow("half unused stays")
        << QStringList{u"+aaaaa"_s, u"+bbbbb"_s, u"-0"_s} << qsizetype(10) << qsizetype(5);
    QTest::newRow("more than half compacts")
        << QStringList{u"+aaaaaa"_s, u"+bbbb"_s, u"-0"_s} << qsizetype(4) << qsizetype(0);
    QTest::newRow("replace tips it over")
        << QStringList{u"+aaaaa"_s, u"+bbbbb"_s, u"-0"_s, u"=0:c"_s} << qsizetype(1)
        << qsizetype(0);
    QTest::newRow("shorter then longer")
        << QStringList{u"+hello"_s, u"=0:hi"_s, u"=0:hello world"_s} << qsizetype(13)
        << qsizetype(2);
    QTest::newRow("remove every key")
        << QStringList{u"+ab"_s, u"+cd"_s, u"-1"_s, u"-0"_s} << qsizetype(0) << qsizetype(0);
    QTest::newRow("remove first keeps order")
        << QStringList{u"+k0"_s, u"+k1"_s, u"+k2"_s, u"+k3"_s, u"-0"_s} << qsizetype(8)
        << qsizetype(2);
    QTest::newRow("clear then append")
        << QStringList{u"+abc"_s, u"=0:de"_s, u"clear"_s, u"+f"_s} << qsizetype(1) << qsizetype(0);
    // A key handed back from the store's own buffer, which may move while it is copied.
    QTest::newRow("own key appended")
        << QStringList{u"+abcdef"_s, u"+@0"_s, u"+@1"_s} << qsizetype(18) << qsizetype(0);
    QTest::newRow("own key replaces another")
        << QStringList{u"+abcdef"_s, u"+x"_s, u"=1:@0"_s} << qsizetype(13) << qsizetype(1);
}

void TestSearchStorage::searchKeyStoreFollowsScript()
{
    QFETCH(QStringList, steps);
    QFETCH(qsizetype, bufferBytes);
    QFETCH(qsizetype, unusedBytes);

    gui::SearchKeyStore store;
    QByteArrayList reference;
    for (const QString &step : std::as_const(steps)) {
        applyStep(store, reference, step);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(store.size(), reference.size());
        QCOMPARE(keysOf(store), reference);
        QCOMPARE(store.bufferBytes() - store.unusedBytes(), liveBytes(reference));
    }
    QCOMPARE(store.bufferBytes(), bufferBytes);
    QCOMPARE(store.unusedBytes(), unusedBytes);
}

void TestSearchStorage::searchKeyStoreRandomEdits()
{
    // Many edits in a fixed pseudo-random order: keys always read back as written, and waste
    // never stays above half the buffer.
    QRandomGenerator random(20240611);
    gui::SearchKeyStore store;
    QByteArrayList reference;
    int compactions = 0;
    for (int step = 0; step < 3000; ++step) {
        const int op = reference.isEmpty() ? 0 : random.bounded(10);
        QByteArray key(random.bounded(0, 40), char('a' + step % 26));
        key += QByteArray::number(step);
        const qsizetype unusedBefore = store.unusedBytes();
        if (op < 5) {
            store.append(key);
            reference.append(key);
        } else if (op < 8) {
            const int slot = random.bounded(int(reference.size()));
            store.replace(slot, key);
            reference[slot] = key;
        } else {
            const int slot = random.bounded(int(reference.size()));
            store.remove(slot);
            reference.removeAt(slot);
        }
        if (store.unusedBytes() < unusedBefore)
            ++compactions;
        QCOMPARE(store.size(), reference.size());
        QCOMPARE(store.bufferBytes() - store.unusedBytes(), liveBytes(reference));
        QVERIFY2(store.unusedBytes() * 2 <= store.bufferBytes(),
                 qPrintable(
                     u"%1 of %2 bytes unused"_s.arg(store.unusedBytes()).arg(store.bufferBytes())));
        if (step % 100 == 0)
            QCOMPARE(keysOf(store), reference);
    }
    QCOMPARE(keysOf(store), reference);
    QVERIFY(compactions > 0); // the edits did reach the compaction
}

void TestSearchStorage::slotBitmapAgreesWithReference_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QList<int>>("set");
    QTest::addColumn<QList<int>>("unset");
    QTest::addColumn<QList<int>>("resizes");

    QTest::newRow("empty") << 0 << QList<int>{} << QList<int>{} << QList<int>{5, 0};
    QTest::newRow("one word") << 10 << QList<int>{0, 3, 9} << QList<int>{3} << QList<int>{};
    QTest::newRow("word edges") << 200 << QList<int>{0, 63, 64, 127, 128, 199} << QList<int>{64}
                                << QList<int>{};
    // Shrinking drops the slots past the new end; growing again must not bring them back.
    QTest::newRow("shrink inside a word, grow")
        << 130 << QList<int>{5, 70, 100, 129} << QList<int>{} << QList<int>{80, 200};
    QTest::newRow("shrink to a word edge, grow")
        << 130 << QList<int>{63, 64, 70} << QList<int>{} << QList<int>{64, 130};
    QTest::newRow("shrink to nothing, grow")
        << 70 << QList<int>{1, 69} << QList<int>{} << QList<int>{0, 70};
    QTest::newRow("grow keeps set slots")
        << 64 << QList<int>{0, 63} << QList<int>{} << QList<int>{65, 1000};
    QTest::newRow("every slot") << 150 << [] {
        QList<int> all(150);
        std::iota(all.begin(), all.end(), 0);
        return all;
    }() << QList<int>{1, 149} << QList<int>{149, 150};
}

void TestSearchStorage::slotBitmapAgreesWithReference()
{
    QFETCH(int, size);
    QFETCH(QList<int>, set);
    QFETCH(QList<int>, unset);
    QFETCH(QList<int>, resizes);

    gui::SlotBitmap bitmap(size);
    QList<bool> reference(size, false);
    const auto check = [&] {
        QCOMPARE(bitmap.size(), reference.size());
        QCOMPARE(bitmap.wordCount(), (reference.size() + 63) / 64);
        for (qsizetype slot = 0; slot < reference.size(); ++slot)
            QCOMPARE(bitmap.test(slot), reference.at(slot));
        QCOMPARE(setSlots(bitmap), setSlotsOf(reference));
    };

    check();
    for (const int slot : std::as_const(set)) {
        bitmap.set(slot);
        reference[slot] = true;
    }
    check();
    for (const int slot : std::as_const(unset)) {
        bitmap.set(slot, false);
        reference[slot] = false;
    }
    check();
    for (const int newSize : std::as_const(resizes)) {
        bitmap.resize(newSize);
        reference.resize(newSize, false);
        check();
    }
}

void TestSearchStorage::slotBitmapPartsCoverWholeWords()
{
    // The filter splits a scan at word boundaries: the parts together visit each set slot once,
    // and no part visits a slot outside its words.
    gui::SlotBitmap bitmap(1000);
    QList<int> expected;
    for (int slot = 0; slot < 1000; slot += 7) {
        bitmap.set(slot);
        expected.append(slot);
    }
    const qsizetype words = bitmap.wordCount();
    for (const int parts : {1, 2, 3, 5, 16}) {
        QList<int> visited;
        int outside = 0;
        for (int part = 0; part < parts; ++part) {
            const qsizetype first = words * part / parts;
            const qsizetype end = words * (part + 1) / parts;
            bitmap.forEachSetInWords(first, end, [&](qsizetype slot) {
                if (slot < first * gui::SlotBitmap::SlotsPerWord ||
                    slot >= end * gui::SlotBitmap::SlotsPerWord)
                    ++outside;
                visited.append(int(slot));
            });
        }
        QCOMPARE(outside, 0);
        QCOMPARE(visited, expected);
    }
}

void TestSearchStorage::internPoolGivesOneIndexPerValue_data()
{
    QTest::addColumn<int>("distinct");

    QTest::newRow("one") << 1;
    QTest::newRow("one short of the scan") << int(gui::InternPool::ScanLimit - 1);
    QTest::newRow("the scan") << int(gui::InternPool::ScanLimit);
    QTest::newRow("one past the scan") << int(gui::InternPool::ScanLimit + 1);
    QTest::newRow("many past the scan") << int(gui::InternPool::ScanLimit * 40);
}

void TestSearchStorage::internPoolGivesOneIndexPerValue()
{
    QFETCH(int, distinct);

    gui::InternPool pool;
    QStringList firsts;
    QList<quint32> indices;
    for (int i = 0; i < distinct; ++i) {
        const QString value = u"value-%1"_s.arg(i);
        indices.append(pool.intern(value));
        firsts.append(value);
    }
    QCOMPARE(pool.size(), distinct + 1);
    for (int i = 0; i < distinct; ++i) {
        QCOMPARE(indices.at(i), quint32(i + 1));
        QCOMPARE(pool.at(indices.at(i)), firsts.at(i));
    }

    // Later equal strings, in any order, get the first one's index and its one shared copy.
    QList<int> order(distinct);
    std::iota(order.begin(), order.end(), 0);
    std::reverse(order.begin(), order.end());
    for (const int i : std::as_const(order)) {
        const QString later = freshCopy(firsts.at(i));
        QVERIFY(!later.isSharedWith(firsts.at(i)));
        QCOMPARE(pool.intern(later), indices.at(i));
        QCOMPARE(pool.intern(later), indices.at(i)); // the last value found, again
        QVERIFY(pool.at(indices.at(i)).isSharedWith(firsts.at(i)));
    }
    QCOMPARE(pool.size(), distinct + 1);

    // A value that differs only in its last character or its case is a value of its own.
    const quint32 near = pool.intern(firsts.constFirst() + u'x');
    QCOMPARE(pool.at(near), firsts.constFirst() + u'x');
    QVERIFY(near != indices.constFirst());
    const quint32 upper = pool.intern(firsts.constFirst().toUpper());
    QCOMPARE(pool.at(upper), u"VALUE-0"_s);
    QVERIFY(upper != indices.constFirst() && upper != near);
    QCOMPARE(pool.size(), distinct + 3);
}

void TestSearchStorage::internPoolKeepsEmptyAtZeroAndClears()
{
    gui::InternPool pool;
    QCOMPARE(pool.size(), 1);
    QCOMPARE(pool.intern(QString()), 0u);
    QCOMPARE(pool.intern(u""_s), 0u);
    QVERIFY(pool.at(0).isEmpty());
    QCOMPARE(pool.size(), 1);

    const QString first = u"nlp"_s + u"-x"_s;
    QCOMPARE(pool.intern(first), 1u);
    QCOMPARE(pool.size(), 2);
    pool.clear();
    QCOMPARE(pool.size(), 1);
    // After clear() the old value is forgotten: a new copy becomes the shared one.
    const QString second = freshCopy(first);
    QCOMPARE(pool.intern(second), 1u);
    QVERIFY(pool.at(1).isSharedWith(second));
    QVERIFY(!pool.at(1).isSharedWith(first));
}

void TestSearchStorage::packedTimestampRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("msecs");

    const auto msecsOf = [](const QString &text) {
        return QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch();
    };
    for (const QString &text :
         {u"1970-01-01T00:00:00Z"_s, u"2024-03-01T08:00:00Z"_s, u"2024-02-29T23:59:59Z"_s,
          u"2000-02-29T12:30:45Z"_s, u"2100-03-01T00:00:00Z"_s, u"1969-12-31T23:59:59Z"_s,
          u"1900-01-01T00:00:00Z"_s, u"9999-12-31T23:59:59Z"_s, u"2021-01-21T17:12:35.232Z"_s,
          u"2021-01-21T17:12:35.000Z"_s, u"1969-12-31T23:59:59.999Z"_s}) {
        QTest::newRow(qPrintable(text)) << text << msecsOf(text);
    }
    QTest::newRow("year 0001") << u"0001-01-01T00:00:00Z"_s << qint64(-62135596800000);
}

void TestSearchStorage::packedTimestampRoundTrips()
{
    QFETCH(QString, text);
    QFETCH(qint64, msecs);

    const auto packed = gui::PackedTimestamp::pack(text);
    QVERIFY(packed);
    QCOMPARE(packed->msecsSinceEpoch, msecs);
    QCOMPARE(packed->withMilliseconds, text.size() == 24);
    QCOMPARE(gui::PackedTimestamp::unpack(packed->msecsSinceEpoch, packed->withMilliseconds), text);
}

void TestSearchStorage::packedTimestampRefusesOtherSpellings_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("offset") << u"2024-03-01T08:00:00+08:00"_s;
    QTest::newRow("no zone") << u"2024-03-01T08:00:00"_s;
    QTest::newRow("lower-case z") << u"2024-03-01T08:00:00z"_s;
    QTest::newRow("space") << u"2024-03-01 08:00:00Z"_s;
    QTest::newRow("microseconds") << u"2024-03-01T08:00:00.123456Z"_s;
    QTest::newRow("one digit of msecs") << u"2024-03-01T08:00:00.1Z"_s;
    QTest::newRow("31 February") << u"2024-02-31T08:00:00Z"_s;
    QTest::newRow("29 February, no leap year") << u"2023-02-29T08:00:00Z"_s;
    QTest::newRow("month 13") << u"2024-13-01T08:00:00Z"_s;
    QTest::newRow("day 0") << u"2024-03-00T08:00:00Z"_s;
    QTest::newRow("hour 24") << u"2024-03-01T24:00:00Z"_s;
    QTest::newRow("leap second") << u"2016-12-31T23:59:60Z"_s;
    QTest::newRow("sign") << u"+024-03-01T08:00:00Z"_s;
    QTest::newRow("letters") << u"abcd-ef-ghTij:kl:mnZ"_s;
    QTest::newRow("Arabic-Indic digits") << u"\u0662024-03-01T08:00:00Z"_s;
    QTest::newRow("date only") << u"2024-03-01"_s;
}

void TestSearchStorage::packedTimestampRefusesOtherSpellings()
{
    QFETCH(QString, text);
    QVERIFY(!gui::PackedTimestamp::pack(text));
}

void TestSearchStorage::packedTimestampsSortAsTheirText()
{
    // Of one spelling, the numbers sort as the text does: what the table's sort relies on.
    QRandomGenerator random(17);
    for (const bool withMilliseconds : {false, true}) {
        QStringList texts;
        for (int i = 0; i < 500; ++i) {
            const qint64 msecs = qint64(random.bounded(253402300799.0)) * 1000 +
                                 (withMilliseconds ? random.bounded(1000) : 0);
            texts.append(gui::PackedTimestamp::unpack(msecs, withMilliseconds));
        }
        for (int i = 1; i < texts.size(); ++i) {
            const auto a = gui::PackedTimestamp::pack(texts.at(i - 1));
            const auto b = gui::PackedTimestamp::pack(texts.at(i));
            QVERIFY(a && b);
            const int byText = texts.at(i - 1).compare(texts.at(i));
            const int byNumber = a->msecsSinceEpoch < b->msecsSinceEpoch
                                     ? -1
                                     : (a->msecsSinceEpoch > b->msecsSinceEpoch ? 1 : 0);
            QCOMPARE(byNumber, byText < 0 ? -1 : (byText > 0 ? 1 : 0));
        }
    }
}

QTEST_GUILESS_MAIN(TestSearchStorage)
#include "tst_searchstorage.moc"
