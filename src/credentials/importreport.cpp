#include "credentials/importreport.h"

namespace credentials {

ImportReport ImportReport::failed(const QString &source, const QString &error)
{
    ImportReport report;
    report.source = source;
    report.error = error;
    return report;
}

} // namespace credentials
