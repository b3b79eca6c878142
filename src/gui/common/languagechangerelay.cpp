#include "gui/common/languagechangerelay.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>

namespace gui {

namespace {

// Watches the application object; a child of the model, so it goes with it.
class Relay : public QObject
{
public:
    Relay(QAbstractItemModel *model, RetranslatedParts parts)
        : QObject(model)
        , m_model(model)
        , m_parts(parts)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
            announce();
        return false;
    }

private:
    void announce()
    {
        const int columns = m_model->columnCount();
        if (columns > 0)
            Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
        // Only top-level rows: the models relayed this way keep translated text there.
        const int rows = m_model->rowCount();
        if (m_parts == RetranslatedParts::HeadersAndData && rows > 0 && columns > 0)
            Q_EMIT m_model->dataChanged(m_model->index(0, 0), m_model->index(rows - 1, columns - 1));
    }

    QAbstractItemModel *m_model;
    RetranslatedParts m_parts;
};

} // namespace

void relayLanguageChange(QAbstractItemModel *model, RetranslatedParts parts)
{
    if (QCoreApplication::instance())
        new Relay(model, parts);
}

} // namespace gui
