#pragma once

#include "pai/model.h"
#include "pai/workspace.h"
#include "terraform/exportoptions.h"
#include "terraform/modelexporter.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace api {
class ApiClient;
}

namespace gui {

class HclHighlighter;
class ModelVersionsFetcher;

// Shows the Terraform export of some models: the options of issue 5 as widgets, a highlighted
// preview that follows every option change, the exporter's warnings under it, Copy and
// "Save as .tf". The options are remembered in QSettings (group "export").
// Open it from the model selection, a workspace's context menu or File > Export:
//     gui::ExportDialog dialog(models, workspaces, region, this);
//     dialog.exec();
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `workspaces` lets the "resource" mode write the workspaces too; `region` goes into the
    // provider block.
    ExportDialog(QList<pai::Model> models, QList<pai::Workspace> workspaces, QString region,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    // With a client, "Include versions" reads every version of the models (ListModelVersions);
    // without one it is disabled. The dialog does not own the client.
    void setApiClient(api::ApiClient *client);

    terraform::ExportOptions options() const;
    void setOptions(const terraform::ExportOptions &options);

    const terraform::ExportResult &result() const { return m_result; }
    QString previewText() const;

    // Writes the current export atomically (QSaveFile). On failure returns false and sets
    // *errorMessage to a translated sentence naming the file.
    bool saveTo(const QString &path, QString *errorMessage) const;
    // saveTo() as Save As does it: a failure is shown, a success is announced.
    bool save(const QString &path);

Q_SIGNALS:
    void previewUpdated();
    // The window confirms these in its status bar, where the person looks after the dialog.
    void savedToFile(const QString &path);
    void copiedToClipboard();

private:
    void refresh();
    void copyToClipboard();
    void saveAs();
    void fetchVersions();
    void loadSettings();
    void storeSettings() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    HclHighlighter *m_highlighter = nullptr;
    QList<pai::Model> m_models;
    QList<pai::Workspace> m_workspaces;
    QString m_region;
    terraform::ExportResult m_result;
    bool m_loading = false;
    ModelVersionsFetcher *m_versionFetcher = nullptr;
    terraform::VersionsByModel m_versions;
    bool m_versionsLoaded = false;
};

} // namespace gui
