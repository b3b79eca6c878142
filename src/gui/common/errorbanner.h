#pragma once

#include "api/apierror.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ErrorBanner;
}

namespace gui {

// An error shown where it happened (above the table, in the details pane): what failed, the
// service's Code, Message and RequestId, and a Retry button.
class ErrorBanner : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    ~ErrorBanner() override;

    void showError(const QString &what, const api::ApiError &error);
    void clear();
    QString text() const;
    api::ApiError error() const { return m_error; }

    static QString describe(const api::ApiError &error);

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::ErrorBanner> m_ui;
    api::ApiError m_error;
};

} // namespace gui
