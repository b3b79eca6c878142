#include "gui/versions/versionwriteflow.h"

#include "changes/versionwriter.h"
#include "gui/editor/reviewchangesdialog.h"
#include "gui/progress/operationprogressdialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace gui {

void VersionWriteFlow::review(QWidget *host, const changes::VersionPlan &plan, const Review &review,
                              std::function<void()> accepted, std::function<void()> declined)
{
    auto *dialog = new ReviewChangesDialog(host);
    dialog->setObjectName(review.objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showPlan(plan, review.modelName);
    if (!review.question.isEmpty())
        dialog->setQuestion(review.title, review.question, review.sendText);
    QObject::connect(dialog, &QDialog::finished, host,
                     [accepted = std::move(accepted), declined = std::move(declined)](int result) {
                         if (result == QDialog::Accepted) {
                             if (accepted)
                                 accepted();
                         } else if (declined) {
                             declined();
                         }
                     });
    dialog->open();
}

changes::VersionWriter *
VersionWriteFlow::run(QWidget *host, api::ApiClient *client, const TimeoutSettings &timeouts,
                      const changes::VersionPlan &plan, const QString &operation,
                      std::function<void(const changes::WriteOutcome &)> done)
{
    // One progress dialog at a time; the last one stays until the next operation, so its result
    // can be read again.
    for (OperationProgressDialog *old :
         host->findChildren<OperationProgressDialog *>(QString(), Qt::FindDirectChildrenOnly))
        old->deleteLater();
    auto *dialog = new OperationProgressDialog(host);
    dialog->setObjectName(u"operationProgressDialog"_s);
    dialog->setOperation(operation);

    auto *writer = new changes::VersionWriter(client, host);
    writer->setTimeouts(timeouts.toApiTimeouts());
    writer->setReadBackTimeout(std::min<std::chrono::milliseconds>(
        timeouts.read, changes::VersionWriter::DefaultReadBackTimeout));
    dialog->follow(writer);

    QObject::connect(
        writer, &changes::VersionWriter::conflictFound, dialog,
        [dialog, writer, host](const pai::ModelVersion &server) {
            auto *question = new QMessageBox(
                QMessageBox::Warning, tr("Version changed meanwhile"),
                tr("Someone else changed version %1 after it was read. Send your changes "
                   "anyway? The fields you edited take your values; every other field keeps "
                   "the server's.")
                    .arg(server.versionName),
                QMessageBox::Cancel, dialog->isVisible() ? static_cast<QWidget *>(dialog) : host);
            question->setObjectName(u"versionConflictQuestion"_s);
            question->setAttribute(Qt::WA_DeleteOnClose);
            QPushButton *send = question->addButton(tr("&Send Anyway"), QMessageBox::AcceptRole);
            send->setObjectName(u"sendAnywayButton"_s);
            question->setDefaultButton(QMessageBox::Cancel);
            QObject::connect(question, &QMessageBox::finished, writer,
                             [writer, question, send](int) {
                                 writer->resolveConflict(question->clickedButton() == send);
                             });
            question->open();
        });
    QObject::connect(
        writer, &changes::VersionWriter::finished, host,
        [dialog, writer, done = std::move(done)](const changes::WriteOutcome &outcome) {
            if (outcome.succeeded()) {
                // A plain success closes the dialog; one that needed a read-back,
                // an adoption or a second attempt stays open to say so.
                const bool noteworthy =
                    outcome.confirmedByReadBack || outcome.adopted || outcome.replans > 0;
                dialog->finishSuccess(noteworthy ? outcome.summary() : QString(), noteworthy);
            } else {
                dialog->finishFailure(outcome.summary());
            }
            writer->deleteLater();
            if (done)
                done(outcome);
        });
    writer->start(plan);
    return writer;
}

} // namespace gui
