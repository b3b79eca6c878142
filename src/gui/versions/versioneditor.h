#pragma once

#include "api/apiclient.h"
#include "changes/versionwriter.h"
#include "gui/settings/timeoutsettings.h"
#include "pai/fieldrules.h"
#include "pai/modelversion.h"
#include "pai/versiondraft.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QPlainTextEdit;

namespace Ui {
class VersionEditor;
}

namespace gui {

class LabelEditModel;

// The form that registers a new version of a model or edits one. It validates as the person
// types (the Uri, the name's pattern, each JSON field with its line and column), keeps Save
// disabled with a line saying why, and writes through the review, the progress dialog and the
// engine's outcome (VersionWriteFlow). Uri, name, format and framework are fixed once a version
// exists: while editing they are read-only and a note says why. Labels change through the
// engine's label plan. After a failed save the form keeps what was typed.
class VersionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit VersionEditor(QWidget *parent = nullptr);
    ~VersionEditor() override;

    void setApiClient(api::ApiClient *client);
    void setTimeouts(const TimeoutSettings &timeouts) { m_timeouts = timeouts; }

    // A blank form to register a version of the model; `existing` (the versions loaded) gives the
    // name the service will pick when none is typed, shown as the name's placeholder.
    void newVersion(const QString &modelId, const QString &modelName,
                    const QList<pai::ModelVersion> &existing);
    void load(const QString &modelId, const QString &modelName, const pai::ModelVersion &version);

    bool isNew() const { return !m_loaded.has_value(); }
    QString modelId() const { return m_modelId; }
    QString versionName() const { return m_loaded ? m_loaded->versionName : QString(); }
    const std::optional<pai::ModelVersion> &loadedVersion() const { return m_loaded; }
    // The name a version registered without one gets, as computed from the loaded versions.
    QString automaticName() const { return m_automaticName; }
    pai::ModelVersionDraft currentDraft() const;
    bool isDirty() const;
    bool isBusy() const { return m_writer != nullptr; }
    // Everything that blocks Save, each naming its field ("Uri", "TrainingSpec", "Labels[0].Key").
    QList<pai::FieldError> errors() const;
    bool canSave() const;
    QString statusText() const;

    // Save / Discard / Cancel when there are unsaved changes, without blocking: `proceed` runs
    // once the form may be left, and never after Cancel or a save that did not succeed.
    void whenLeavable(std::function<void()> proceed);

public Q_SLOTS:
    void save(); // review, then the write; asynchronous
    void discardChanges();

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    // Registered (created or adopted) or updated; `version` is the server's copy when it could be
    // read back.
    void versionSaved(const pai::ModelVersion &version, bool created);
    void saveFlowEnded(bool saved);
    // Close Form: the host shows the version again (asking first if the form is dirty).
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct JsonField
    {
        pai::VersionField field;
        QPlainTextEdit *edit;
    };

    void setUpCombos();
    void retranslate();
    void updateHeading();
    void populate(const pai::ModelVersionDraft &draft);
    void refreshValidation();
    // The JSON text fields that do not parse, or are not what the field takes.
    QList<pai::FieldError> jsonErrors() const;
    void setImmutableFieldsEditable(bool editable);
    void setFormEnabled(bool enabled);
    void onSaveFinished(const changes::WriteOutcome &outcome, const pai::ModelVersionDraft &sent,
                        bool created);

    std::unique_ptr<Ui::VersionEditor> ui;
    LabelEditModel *m_labels;
    QList<JsonField> m_jsonFields;
    QPointer<api::ApiClient> m_client;
    TimeoutSettings m_timeouts;
    QString m_modelId;
    QString m_modelName;
    QString m_automaticName;
    std::optional<pai::ModelVersion> m_loaded;
    pai::ModelVersionDraft m_baseline;     // the server's copy: what a save is diffed against
    pai::ModelVersionDraft m_formBaseline; // the widgets right after loading: what dirty means
    bool m_populating = false;
    bool m_lastDirty = false;
    QPointer<changes::VersionWriter> m_writer;
};

} // namespace gui
