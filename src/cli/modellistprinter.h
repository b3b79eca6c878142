#pragma once

#include "api/apierror.h"
#include "cli/globaloptions.h"
#include "pai/model.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace cli {

// Prints a model listing while its pages arrive, so `models` neither waits for the last page to
// start writing nor holds every model until then.
//
// JSON is written model by model, byte for byte what Output::models() writes for the same
// models; memory stays at one page whatever the listing's size. A listing that fails after
// output began is closed as valid JSON with an "Error" object (Code, Message, RequestId) after
// the models read so far, so a script that reads stdout cannot mistake it for a whole listing.
//
// A table has to know every row to align its columns, so its rows are kept, as cell text only,
// and prepared while later pages are still on their way; finish() pads and writes them.
class ModelListPrinter
{
    Q_DECLARE_TR_FUNCTIONS(cli::ModelListPrinter)

public:
    ModelListPrinter(QTextStream &out, OutputFormat format);

    void add(const QList<pai::Model> &models);
    // The listing is complete.
    void finish();
    // The listing failed: JSON already begun is closed with the error; a table is not printed.
    void finishWithError(const api::ApiError &error);

    static QStringList tableHeaders();
    static QStringList tableRow(const pai::Model &model);

private:
    void beginJson();
    void write(const QByteArray &utf8);

    QTextStream &m_out;
    OutputFormat m_format;
    bool m_begun = false;
    qint64 m_count = 0;
    QList<QStringList> m_rows;
};

} // namespace cli
