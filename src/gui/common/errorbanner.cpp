#include "gui/common/errorbanner.h"

#include "ui_errorbanner.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QStyle>

namespace gui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ErrorBanner>())
{
    m_ui->setupUi(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->iconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT retryRequested();
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(text()); });
    connect(m_ui->closeButton, &QToolButton::clicked, this, &ErrorBanner::clear);
    hide();
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The title came from the caller, translated then; the details are rebuilt here.
        const QString title = m_ui->titleLabel->text();
        m_ui->retranslateUi(this);
        m_ui->titleLabel->setText(title);
        if (!title.isEmpty()) {
            m_ui->messageLabel->setText(describe(m_error));
            setAccessibleDescription(text());
        }
    }
    QWidget::changeEvent(event);
}

QString ErrorBanner::describe(const api::ApiError &error)
{
    QStringList lines;
    if (!error.message.isEmpty())
        lines.append(error.message);
    if (!error.code.isEmpty())
        lines.append(tr("Code: %1").arg(error.code));
    if (error.httpStatus > 0)
        lines.append(tr("HTTP status: %1").arg(error.httpStatus));
    if (!error.requestId.isEmpty())
        lines.append(tr("RequestId: %1").arg(error.requestId));
    if (lines.isEmpty())
        lines.append(error.userText());
    return lines.join(u'\n');
}

void ErrorBanner::showError(const QString &what, const api::ApiError &error)
{
    m_error = error;
    m_ui->titleLabel->setText(what);
    m_ui->messageLabel->setText(describe(error));
    setAccessibleDescription(text());
    show();
}

void ErrorBanner::clear()
{
    m_error = {};
    m_ui->titleLabel->clear();
    m_ui->messageLabel->clear();
    hide();
}

QString ErrorBanner::text() const
{
    return m_ui->titleLabel->text() + u'\n' + m_ui->messageLabel->text();
}

} // namespace gui
