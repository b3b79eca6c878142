#include "credentials/importreport.h"

#include <QCoreApplication>
#include <QFile>

namespace credentials {

ImportReport ImportReport::failed(const QString &source, const QString &error)
{
    ImportReport report;
    report.source = source;
    report.error = error;
    return report;
}

ImportReport ImportReport::fromFile(const QString &path, Parser parse)
{
    QFile file(path);
    if (!file.exists()) {
        ImportReport report;
        report.source = path;
        report.notFound = true;
        report.error =
            QCoreApplication::translate("credentials::ImportReport", "%1 does not exist.")
                .arg(path);
        return report;
    }
    if (!file.open(QIODevice::ReadOnly))
        return failed(path, QCoreApplication::translate("credentials::ImportReport",
                                                        "%1 could not be read: %2")
                                .arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

} // namespace credentials
