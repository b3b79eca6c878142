#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ActivityLogPanel;
}

namespace api {
class ActivityLog;
}

namespace gui {

class ActivityLogModel;

// The activity log dock's contents. Collapsed (the default), a one-line strip with the last
// request: operation, status, RequestId and time. Expanded (its button, or Ctrl+Shift+L), the
// table of attempts with Copy Row, Save as JSON Lines and Clear. The choice is remembered.
// Columns fit their content as attempts arrive; the request's path takes what is left, cut in
// the middle, whole in its tooltip.
class ActivityLogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityLogPanel(QWidget *parent = nullptr);
    ~ActivityLogPanel() override;

    void setLog(api::ActivityLog *log);
    ActivityLogModel *model() const { return m_model; }

    bool isExpanded() const { return m_expanded; }
    QAction *expandAction() const { return m_expandAction; }
    // The strip's text in full (the label shows it cut to its width, with a tooltip).
    QString lastRequestText() const { return m_lastRequest; }
    static QString expandedKey();
    static QString expandedHeightKey();

    // Writes the log as JSON Lines; returns a translated error, empty on success.
    QString saveTo(const QString &fileName) const;

public Q_SLOTS:
    void setExpanded(bool expanded);
    void copySelectedRows();
    void saveAs();
    void clearLog();

Q_SIGNALS:
    void expandedChanged(bool expanded);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Widens the columns (all but the request) to their header and the rows [first, last].
    void fitColumns(int first, int last);
    void fitAllColumns();
    void updateStrip();
    void showStripText();
    void applyExpanded(bool resizeDock);
    void retranslate();
    std::unique_ptr<Ui::ActivityLogPanel> m_ui;
    ActivityLogModel *m_model;
    QAction *m_expandAction;
    QString m_lastRequest;
    bool m_expanded = false;
};

} // namespace gui
