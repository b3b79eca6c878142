#pragma once

#include "changes/versionplan.h"
#include "changes/writeoutcome.h"
#include "gui/settings/timeoutsettings.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>

#include <functional>

class QWidget;

namespace api {
class ApiClient;
}

namespace changes {
class VersionWriter;
}

namespace gui {

// How every write to a model version runs in the window, whoever asks for it (the version form,
// Approve, Reject, Delete): the review of the engine's exact requests, which is also the
// confirmation; the progress dialog with the operation's deadline (the create, update or delete
// timeout) and Cancel; a question when someone else changed the version meanwhile; and the
// outcome's own summary. Nothing here sends a request itself: changes::VersionWriter does.
class VersionWriteFlow
{
    Q_DECLARE_TR_FUNCTIONS(gui::VersionWriteFlow)

public:
    // The review names the model and the version. With a question, the dialog also asks it
    // (approve,
    // reject, delete) and its send button says what it does.
    struct Review
    {
        QString modelName;
        QString title;    // empty: the plain review
        QString question; // shown above the changes and the requests
        QString sendText; // "&Delete"
        QString objectName = QStringLiteral("reviewChangesDialog");
    };

    // Opens the review (window-modal, open(), no nested loop). `accepted` runs after Send,
    // `declined` after Cancel.
    static void review(QWidget *host, const changes::VersionPlan &plan, const Review &review,
                       std::function<void()> accepted, std::function<void()> declined = {});

    // Runs the plan on a changes::VersionWriter owned by `host`, followed by a progress dialog
    // ("operationProgressDialog"). `done` gets the outcome once the writer has finished; the dialog
    // then shows its summary (a plain success closes it). Returns the writer, which deletes itself
    // after `done`.
    static changes::VersionWriter *run(QWidget *host, api::ApiClient *client,
                                       const TimeoutSettings &timeouts,
                                       const changes::VersionPlan &plan, const QString &operation,
                                       std::function<void(const changes::WriteOutcome &)> done);
};

} // namespace gui
