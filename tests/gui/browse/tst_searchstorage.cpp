// The quick filter's storage: SearchKeyStore (keys packed in one buffer), SlotBitmap (accepted
// slots) and StringPool (one shared copy of a field's common values).
#include "gui/models/searchkeystore.h"
#include "gui/models/slotbitmap.h"
#include "gui/models/stringpool.h"

#include <QRandomGenerator>
#include <QTest>

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
    void stringPoolSharesFirstValues_data();
    void stringPoolSharesFirstValues();
    void stringPoolIgnoresEmptyAndClears();
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

void TestSearchStorage::stringPoolSharesFirstValues_data()
{
    QTest::addColumn<int>("distinct");

    QTest::newRow("one") << 1;
    QTest::newRow("one short of capacity") << int(gui::StringPool::Capacity - 1);
    QTest::newRow("capacity") << int(gui::StringPool::Capacity);
    QTest::newRow("one past capacity") << int(gui::StringPool::Capacity + 1);
    QTest::newRow("many past capacity") << int(gui::StringPool::Capacity * 3);
}

void TestSearchStorage::stringPoolSharesFirstValues()
{
    QFETCH(int, distinct);
    QCOMPARE(gui::StringPool::Capacity, 24);

    gui::StringPool pool;
    QStringList firsts;
    for (int i = 0; i < distinct; ++i) {
        QString value = u"value-%1"_s.arg(i);
        pool.intern(value);
        firsts.append(value);
    }
    QCOMPARE(pool.size(), std::min<qsizetype>(distinct, gui::StringPool::Capacity));

    // Later equal strings share the first copy, but only of the values the pool remembers.
    for (int i = 0; i < distinct; ++i) {
        QString later = freshCopy(firsts.at(i));
        QVERIFY(!later.isSharedWith(firsts.at(i)));
        pool.intern(later);
        QCOMPARE(later, u"value-%1"_s.arg(i));
        QCOMPARE(later.isSharedWith(firsts.at(i)), i < gui::StringPool::Capacity);
    }
    QCOMPARE(pool.size(), std::min<qsizetype>(distinct, gui::StringPool::Capacity));

    // A value that differs only in its last character or its case is a value of its own.
    QString near = firsts.constFirst() + u'x';
    pool.intern(near);
    QCOMPARE(near, firsts.constFirst() + u'x');
    QVERIFY(!near.isSharedWith(firsts.constFirst()));
    QString upper = firsts.constFirst().toUpper();
    pool.intern(upper);
    QCOMPARE(upper, u"VALUE-0"_s);
}

void TestSearchStorage::stringPoolIgnoresEmptyAndClears()
{
    gui::StringPool pool;
    QString empty;
    pool.intern(empty);
    QString alsoEmpty = u""_s;
    pool.intern(alsoEmpty);
    QCOMPARE(pool.size(), 0);

    QString first = u"nlp"_s + u"-x"_s;
    pool.intern(first);
    QCOMPARE(pool.size(), 1);
    pool.clear();
    QCOMPARE(pool.size(), 0);
    // After clear() the old value is forgotten: a new copy becomes the shared one.
    QString second = freshCopy(first);
    pool.intern(second);
    QVERIFY(!second.isSharedWith(first));
    QString third = freshCopy(first);
    pool.intern(third);
    QVERIFY(third.isSharedWith(second));
    QCOMPARE(pool.size(), 1);
}

QTEST_GUILESS_MAIN(TestSearchStorage)
#include "tst_searchstorage.moc"
