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

// The activity log dock's contents: the table of attempts, Copy Row, Save as JSON Lines, Clear.
class ActivityLogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityLogPanel(QWidget *parent = nullptr);
    ~ActivityLogPanel() override;

    void setLog(api::ActivityLog *log);
    ActivityLogModel *model() const { return m_model; }

    // Writes the log as JSON Lines; returns a translated error, empty on success.
    QString saveTo(const QString &fileName) const;

public Q_SLOTS:
    void copySelectedRows();
    void saveAs();
    void clearLog();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitHeaders(); // widens a column whose header would be cut off
    void retranslate();
    std::unique_ptr<Ui::ActivityLogPanel> m_ui;
    ActivityLogModel *m_model;
};

} // namespace gui
