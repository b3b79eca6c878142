#include "gui/editor/modeleditor.h"

#include "api/modellistquery.h"
#include "changes/modelwriter.h"
#include "gui/common/fieldmarks.h"
#include "gui/common/rowbuttons.h"
#include "gui/editor/conflictdialog.h"
#include "gui/editor/extrainfoeditmodel.h"
#include "gui/editor/labeleditmodel.h"
#include "gui/editor/reviewchangesdialog.h"
#include "gui/progress/operationprogressdialog.h"
#include "pai/modelchange.h"
#include "ui_modeleditor.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QIcon>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTextBlock>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

// Values the service documents as examples (the AIWorkspace API reference); free text stays
// allowed.
const QStringList knownOrigins = {u"ModelScope"_s, u"HuggingFace"_s, u"Civitai"_s, u"PAI"_s};
const QStringList knownTasks = {u"text-classification"_s,     u"text-generation"_s,
                                u"text-to-image-synthesis"_s, u"image-classification"_s,
                                u"object-detection"_s,        u"speech-recognition"_s};
const QStringList knownDomains = {u"nlp"_s, u"cv"_s, u"aigc"_s, u"audio"_s, u"multimodal"_s};
const QStringList knownModelTypes = {u"Checkpoint"_s, u"LoRA"_s, u"Endpoint"_s};

// The Type column of the ExtraInfo table edits through a combo box of the four value types.
class ValueTypeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (ExtraInfoEditModel::ValueType type : ExtraInfoEditModel::allTypes())
            combo->addItem(ExtraInfoEditModel::typeName(type), int(type));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

// Where a JSON parse error is, as a person counts: line and column, both from 1.
std::optional<pai::FieldError> checkRawJson(const QString &text, QJsonObject *object, int *position)
{
    if (text.trimmed().isEmpty()) {
        *object = {};
        return std::nullopt;
    }
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = utf8.left(error.offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const int line = int(before.count('\n')) + 1;
        const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
        *position = int(QString::fromUtf8(before).size());
        return pai::FieldError{
            u"ExtraInfo"_s,
            ModelEditor::tr("ExtraInfo (raw JSON) is not valid JSON at line %1, column %2: %3.")
                .arg(line)
                .arg(column)
                .arg(error.errorString())};
    }
    if (!document.isObject()) {
        *position = 0;
        return pai::FieldError{u"ExtraInfo"_s,
                               ModelEditor::tr("ExtraInfo (raw JSON) must be a JSON object, such "
                                               "as {\"key\": \"value\"}.")};
    }
    *object = document.object();
    return std::nullopt;
}

// Written but not read back: the sent values are the best knowledge there is.
pai::Model withDraft(pai::Model model, const pai::ModelDraft &draft, const QString &modelId)
{
    if (!modelId.isEmpty())
        model.modelId = modelId;
    draft.writeTo(model);
    return model;
}

QString rawJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace

ModelEditor::ModelEditor(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ModelEditor>())
    , m_labels(new LabelEditModel(this))
    , m_extraInfo(new ExtraInfoEditModel(this))
{
    ui->setupUi(this);
    // Edit (F2) and Go to Details put the cursor in the first field.
    setFocusProxy(ui->modelNameEdit);
    setStyleSheet(FieldMarks::styleSheet());
    setUpCombos();

    ui->labelsView->setModel(m_labels);
    ui->labelsView->horizontalHeader()->setStretchLastSection(true);
    ui->extraInfoView->setModel(m_extraInfo);
    ui->extraInfoView->setItemDelegateForColumn(ExtraInfoEditModel::TypeColumn,
                                                new ValueTypeDelegate(ui->extraInfoView));
    ui->extraInfoView->horizontalHeader()->setStretchLastSection(true);

    for (QLineEdit *edit : {ui->modelNameEdit, ui->orderNumberEdit, ui->parameterSizeEdit,
                            ui->tagsEdit, ui->modelDocEdit})
        connect(edit, &QLineEdit::textChanged, this, &ModelEditor::onFormEdited);
    connect(ui->descriptionEdit, &QPlainTextEdit::textChanged, this, &ModelEditor::onFormEdited);
    for (QComboBox *combo : {ui->originCombo, ui->taskCombo, ui->domainCombo, ui->modelTypeCombo})
        connect(combo, &QComboBox::currentTextChanged, this, &ModelEditor::onFormEdited);
    connect(ui->accessibilityCombo, &QComboBox::currentIndexChanged, this,
            &ModelEditor::onFormEdited);
    connect(ui->workspaceCombo, &QComboBox::currentIndexChanged, this, &ModelEditor::onFormEdited);
    connect(m_labels, &LabelEditModel::labelsChanged, this, &ModelEditor::onFormEdited);
    connect(m_extraInfo, &ExtraInfoEditModel::edited, this, &ModelEditor::onExtraInfoTableEdited);
    connect(ui->extraInfoRawEdit, &QPlainTextEdit::textChanged, this,
            &ModelEditor::onRawJsonEdited);

    connectRowButtons(ui->addLabelButton, ui->removeLabelButton, ui->labelsView, m_labels);
    auto moveLabel = [this](int delta) {
        const QModelIndex current = ui->labelsView->currentIndex();
        if (!current.isValid())
            return;
        const int target = current.row() + delta;
        if (m_labels->moveRow(current.row(), target))
            ui->labelsView->setCurrentIndex(m_labels->index(target, current.column()));
    };
    connect(ui->moveLabelUpButton, &QPushButton::clicked, this, [moveLabel] { moveLabel(-1); });
    connect(ui->moveLabelDownButton, &QPushButton::clicked, this, [moveLabel] { moveLabel(1); });
    connectRowButtons(ui->addExtraInfoButton, ui->removeExtraInfoButton, ui->extraInfoView,
                      m_extraInfo);

    connect(ui->saveButton, &QPushButton::clicked, this, &ModelEditor::save);
    connect(ui->deleteButton, &QPushButton::clicked, this, &ModelEditor::requestDelete);
    connect(ui->revertButton, &QPushButton::clicked, this, &ModelEditor::revert);
    connect(ui->stopEditingButton, &QPushButton::clicked, this, &ModelEditor::stopEditingRequested);
    // Escape leaves the form the way the button does; the host asks about unsaved changes.
    m_stopEditingAction = new QAction(this);
    m_stopEditingAction->setObjectName(u"actionStopEditing"_s);
    m_stopEditingAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopEditingAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_stopEditingAction);
    connect(m_stopEditingAction, &QAction::triggered, this, &ModelEditor::stopEditingRequested);
    // An action rather than a bare QShortcut, so Help > Keyboard Shortcuts lists it.
    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(u"actionSaveEditedModel"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveAction);
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (ui->saveButton->isEnabled())
            save();
    });
    retranslate();

    newModel();
}

void ModelEditor::retranslate()
{
    m_saveAction->setText(tr("Save the Model in the Editor"));
    m_stopEditingAction->setText(tr("Stop Editing the Model"));
    ui->stopEditingButton->setToolTip(
        tr("Show the model instead of the form (%1)")
            .arg(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)));
    ui->saveButton->setToolTip(
        tr("Review and send the changes (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    ui->accessibilityCombo->setItemText(0, tr("Private (PRIVATE)"));
    ui->accessibilityCombo->setItemText(1, tr("Public (PUBLIC)"));
}

void ModelEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
        updateHeading();
        setWorkspaces(m_workspaces);
        refreshValidation();
    }
    QWidget::changeEvent(event);
}

void ModelEditor::updateHeading()
{
    ui->headingLabel->setText(
        m_loaded ? tr("Model \"%1\" (ID %2)").arg(m_loaded->modelName, m_loaded->modelId)
                 : tr("New model"));
}

ModelEditor::~ModelEditor() = default;

void ModelEditor::setUpCombos()
{
    ui->originCombo->addItems(knownOrigins);
    ui->taskCombo->addItems(knownTasks);
    ui->domainCombo->addItems(knownDomains);
    ui->modelTypeCombo->addItems(knownModelTypes);
    // Texts come from retranslate().
    ui->accessibilityCombo->addItem(QString(), u"PRIVATE"_s);
    ui->accessibilityCombo->addItem(QString(), u"PUBLIC"_s);
}

void ModelEditor::setApiClient(api::ApiClient *client)
{
    m_client = client;
}

void ModelEditor::setTimeouts(const TimeoutSettings &timeouts)
{
    m_timeouts = timeouts;
}

void ModelEditor::setWorkspaces(const QList<pai::Workspace> &workspaces)
{
    m_workspaces = workspaces;
    const QString current = ui->workspaceCombo->currentData().toString();
    const bool wasPopulating = std::exchange(m_populating, true);
    ui->workspaceCombo->clear();
    if (isNew())
        ui->workspaceCombo->addItem(tr("(the service's default workspace)"), QString());
    for (const pai::Workspace &workspace : m_workspaces) {
        ui->workspaceCombo->addItem(tr("%1 (%2)").arg(workspace.title(), workspace.workspaceId),
                                    workspace.workspaceId);
    }
    selectWorkspace(current);
    m_populating = wasPopulating;
}

void ModelEditor::selectWorkspace(const QString &workspaceId)
{
    int index = ui->workspaceCombo->findData(workspaceId);
    if (index < 0 && !workspaceId.isEmpty()) {
        ui->workspaceCombo->addItem(workspaceId, workspaceId);
        index = ui->workspaceCombo->count() - 1;
    }
    ui->workspaceCombo->setCurrentIndex(index);
}

void ModelEditor::newModel(const QString &workspaceId)
{
    m_loaded.reset();
    m_baseline = pai::ModelDraft{};
    m_baseline.workspaceId = workspaceId;
    m_baseline.accessibility = u"PRIVATE"_s;
    setWorkspaces(m_workspaces);
    updateHeading();
    ui->workspaceCombo->setEnabled(true);
    ui->workspaceNote->hide();
    ui->deleteButton->setEnabled(false);
    ui->tagsEdit->setEnabled(true);
    ui->sectionTabs->setCurrentWidget(ui->generalTab);
    populate(m_baseline);
}

void ModelEditor::load(const pai::Model &model)
{
    m_loaded = model;
    m_baseline = pai::ModelDraft::fromModel(model);
    setWorkspaces(m_workspaces);
    updateHeading();
    // UpdateModel has no WorkspaceId: a model stays where it was created.
    ui->workspaceCombo->setEnabled(false);
    ui->workspaceNote->show();
    ui->deleteButton->setEnabled(true);
    // UpdateModel has no Tag either: a model's tags are set when it is created.
    ui->tagsEdit->setEnabled(false);
    ui->sectionTabs->setCurrentWidget(ui->generalTab);
    populate(m_baseline);
}

void ModelEditor::openModel(const pai::Model &model, std::function<void()> opened)
{
    whenLeavable([this, model, opened] {
        load(model);
        if (opened)
            opened();
    });
}

void ModelEditor::loadById(const QString &modelId)
{
    if (!m_client || isBusy())
        return;
    OperationProgressDialog *dialog = createProgressDialog(tr("Reading model %1").arg(modelId));
    api::GetModelCall *call = m_client->getModel(modelId, QDeadlineTimer(m_timeouts.read));
    dialog->track(call, OperationProgressDialog::ReadShowDelayMs);
    connect(call, &api::ApiCall::finished, this, [this, call, modelId] {
        call->deleteLater();
        if (call->succeeded() && call->model()) {
            load(*call->model());
            return;
        }
        Q_EMIT loadFailed(modelId, call->error() ? call->error()->userText() : QString());
    });
}

void ModelEditor::openModelById(const QString &modelId)
{
    whenLeavable([this, modelId] { loadById(modelId); });
}

void ModelEditor::openNewModel(const QString &workspaceId, std::function<void()> opened)
{
    whenLeavable([this, workspaceId, opened] {
        newModel(workspaceId);
        if (opened)
            opened();
    });
}

void ModelEditor::populate(const pai::ModelDraft &draft)
{
    const bool wasPopulating = std::exchange(m_populating, true);
    ui->modelNameEdit->setText(draft.modelName);
    selectWorkspace(draft.workspaceId);
    ui->originCombo->setCurrentText(draft.origin);
    ui->taskCombo->setCurrentText(draft.task);
    ui->domainCombo->setCurrentText(draft.domain);
    ui->modelTypeCombo->setCurrentText(draft.modelType);
    int accessibility = ui->accessibilityCombo->findData(draft.accessibility);
    if (accessibility < 0 && !draft.accessibility.isEmpty()) {
        // An unknown value from the server is shown, and kept unless the person changes it.
        ui->accessibilityCombo->addItem(draft.accessibility, draft.accessibility);
        accessibility = ui->accessibilityCombo->count() - 1;
    }
    ui->accessibilityCombo->setCurrentIndex(accessibility);
    ui->orderNumberEdit->setText(draft.orderNumber ? QString::number(*draft.orderNumber)
                                                   : QString());
    ui->parameterSizeEdit->setText(draft.parameterSize ? QString::number(*draft.parameterSize)
                                                       : QString());
    // A saved model shows the tags a listing brought (GetModel has none); they cannot change.
    ui->tagsEdit->setText(
        api::ModelListQuery::tagsText(isNew() || !m_loaded ? draft.tags : m_loaded->tags));
    ui->modelDocEdit->setText(draft.modelDoc);
    ui->descriptionEdit->setPlainText(draft.modelDescription);
    m_labels->setLabels(draft.labels);
    m_extraInfo->setObject(draft.extraInfo);
    m_rawJsonLeads = false;
    m_rawObject = draft.extraInfo;
    m_rawJsonError.reset();
    refreshRawJson(draft.extraInfo);
    m_populating = wasPopulating;
    // What the widgets hold right after loading, which may differ from the server's text in
    // small ways (line breaks): only the person's edits make the form dirty.
    m_formBaseline = currentDraft();
    refreshValidation();
}

pai::ModelDraft ModelEditor::currentDraft() const
{
    pai::ModelDraft draft;
    draft.modelName = ui->modelNameEdit->text();
    draft.workspaceId = ui->workspaceCombo->currentData().toString();
    draft.modelDescription = ui->descriptionEdit->toPlainText();
    draft.modelDoc = ui->modelDocEdit->text();
    draft.modelType = ui->modelTypeCombo->currentText();
    draft.domain = ui->domainCombo->currentText();
    draft.task = ui->taskCombo->currentText();
    draft.origin = ui->originCombo->currentText();
    draft.accessibility = ui->accessibilityCombo->currentData().toString();
    bool ok = false;
    const qint64 order = ui->orderNumberEdit->text().trimmed().toLongLong(&ok);
    if (ok)
        draft.orderNumber = order;
    const qint64 parameters = ui->parameterSizeEdit->text().trimmed().toLongLong(&ok);
    if (ok)
        draft.parameterSize = parameters;
    if (isNew()) {
        QString error;
        if (auto tags = api::ModelListQuery::parseTags(ui->tagsEdit->text(), error))
            draft.tags = *tags;
    }
    draft.labels = m_labels->labels();
    draft.extraInfo = m_rawJsonLeads ? m_rawObject : m_extraInfo->toObject();
    return draft;
}

QList<pai::FieldError> ModelEditor::errors() const
{
    QList<pai::FieldError> errors = pai::FieldRules::checkDraft(currentDraft());
    for (pai::FieldError &error : errors)
        error = LabelEditModel::forDisplay(error);
    if (auto error = pai::FieldRules::checkOrderNumber(ui->orderNumberEdit->text()))
        errors.append(*error);
    if (auto error = pai::FieldRules::checkParameterSize(ui->parameterSizeEdit->text()))
        errors.append(*error);
    if (QString tagError;
        isNew() && !api::ModelListQuery::parseTags(ui->tagsEdit->text(), tagError))
        errors.append({u"Tag"_s, tagError});
    if (m_rawJsonLeads) {
        if (m_rawJsonError)
            errors.append(*m_rawJsonError);
    } else {
        errors.append(m_extraInfo->errors());
    }
    return errors;
}

bool ModelEditor::isDirty() const
{
    // Text that does not parse is a change too, even though the draft cannot hold it.
    const bool unparsedInput =
        pai::FieldRules::checkOrderNumber(ui->orderNumberEdit->text()) ||
        pai::FieldRules::checkParameterSize(ui->parameterSizeEdit->text()) ||
        (m_rawJsonLeads ? m_rawJsonError.has_value() : !m_extraInfo->errors().isEmpty());
    return unparsedInput || currentDraft() != m_formBaseline;
}

bool ModelEditor::canSave() const
{
    return !isBusy() && isDirty() && errors().isEmpty() && m_client;
}

QString ModelEditor::statusText() const
{
    return ui->statusLine->text();
}

void ModelEditor::onFormEdited()
{
    if (m_populating)
        return;
    refreshValidation();
}

void ModelEditor::onExtraInfoTableEdited()
{
    if (m_populating)
        return;
    m_rawJsonLeads = false;
    m_rawJsonError.reset();
    if (m_extraInfo->errors().isEmpty())
        refreshRawJson(m_extraInfo->toObject());
    refreshValidation();
}

void ModelEditor::onRawJsonEdited()
{
    if (m_populating)
        return;
    m_rawJsonLeads = true;
    int position = 0;
    QJsonObject object;
    m_rawJsonError = checkRawJson(ui->extraInfoRawEdit->toPlainText(), &object, &position);
    QList<QTextEdit::ExtraSelection> marks;
    if (m_rawJsonError) {
        ui->extraInfoRawProblem->setText(m_rawJsonError->message);
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(ui->extraInfoRawEdit->document());
        mark.cursor.setPosition(position);
        mark.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        mark.format.setBackground(QColor(255, 160, 160));
        marks.append(mark);
        // The table cannot show what does not parse; it waits for the JSON to be fixed.
        ui->extraInfoView->setEnabled(false);
    } else {
        ui->extraInfoRawProblem->clear();
        m_rawObject = object;
        const bool wasPopulating = std::exchange(m_populating, true);
        m_extraInfo->setObject(object);
        m_populating = wasPopulating;
        ui->extraInfoView->setEnabled(true);
    }
    ui->extraInfoRawEdit->setExtraSelections(marks);
    refreshValidation();
}

void ModelEditor::refreshRawJson(const QJsonObject &object)
{
    const bool wasPopulating = std::exchange(m_populating, true);
    ui->extraInfoRawEdit->setPlainText(rawJsonText(object));
    ui->extraInfoRawEdit->setExtraSelections({});
    ui->extraInfoRawProblem->clear();
    ui->extraInfoView->setEnabled(true);
    m_populating = wasPopulating;
}

void ModelEditor::refreshValidation()
{
    // Nothing is called wrong before the person has changed anything: a fresh "New model" form
    // is empty, not invalid. Save stays disabled either way.
    const bool dirty = isDirty();
    const QList<pai::FieldError> problems = dirty ? errors() : QList<pai::FieldError>{};
    FieldMarks::mark(ui->modelNameEdit, u"ModelName"_s, problems);
    FieldMarks::mark(ui->accessibilityCombo, u"Accessibility"_s, problems);
    FieldMarks::mark(ui->orderNumberEdit, u"OrderNumber"_s, problems);
    FieldMarks::mark(ui->parameterSizeEdit, u"ParameterSize"_s, problems);
    FieldMarks::mark(ui->tagsEdit, u"Tag"_s, problems);
    FieldMarks::mark(ui->modelDocEdit, u"ModelDoc"_s, problems);
    FieldMarks::mark(ui->labelsView, u"Labels"_s, problems);
    // The table's rows mark themselves; only the raw JSON has no rows to mark.
    FieldMarks::mark(ui->extraInfoTabs, u"ExtraInfo"_s,
                     m_rawJsonLeads ? problems : QList<pai::FieldError>{});

    QString status;
    if (isBusy())
        status = tr("Saving…");
    else if (!problems.isEmpty())
        status = problems.size() == 1 ? tr("Cannot save: %1").arg(problems.constFirst().message)
                                      : tr("Cannot save: %1 (and %n more problem(s))", nullptr,
                                           int(problems.size() - 1))
                                            .arg(problems.constFirst().message);
    else if (!dirty)
        status =
            isNew() ? tr("New model: fill in its name to save it.") : tr("No changes to save.");
    else if (!m_client)
        status = tr("Cannot save: not connected to a service.");
    else
        status = isNew() ? tr("New model, not saved yet.") : tr("Unsaved changes.");
    ui->statusLine->setText(status);
    updateSectionTabs(problems);
    ui->saveButton->setEnabled(canSave());
    ui->revertButton->setEnabled(dirty && !isBusy());
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

void ModelEditor::updateSectionTabs(const QList<pai::FieldError> &problems)
{
    // The sections share one place, so a tab names how much it holds and whether a problem
    // waits in it: the status line may name a field that is on another tab.
    auto hasProblem = [&problems](const QString &prefix) {
        return std::any_of(problems.cbegin(), problems.cend(), [&prefix](const pai::FieldError &e) {
            return e.field.startsWith(prefix);
        });
    };
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const int generalIndex = ui->sectionTabs->indexOf(ui->generalTab);
    const int labelsIndex = ui->sectionTabs->indexOf(ui->labelsTab);
    const int extraIndex = ui->sectionTabs->indexOf(ui->extraInfoTab);
    ui->sectionTabs->setTabText(labelsIndex, tr("&Labels (%1)").arg(m_labels->rowCount()));
    ui->sectionTabs->setTabText(extraIndex,
                                tr("E&xtra information (%1)").arg(m_extraInfo->rowCount()));
    const bool labelsProblem = hasProblem(u"Labels"_s);
    const bool extraProblem = hasProblem(u"ExtraInfo"_s);
    // Every other field is on the General tab.
    const bool generalProblem =
        std::any_of(problems.cbegin(), problems.cend(), [](const pai::FieldError &e) {
            return !e.field.startsWith(u"Labels"_s) && !e.field.startsWith(u"ExtraInfo"_s);
        });
    ui->sectionTabs->setTabIcon(generalIndex, generalProblem ? warning : QIcon());
    ui->sectionTabs->setTabIcon(labelsIndex, labelsProblem ? warning : QIcon());
    ui->sectionTabs->setTabIcon(extraIndex, extraProblem ? warning : QIcon());
}

void ModelEditor::revert()
{
    populate(m_baseline);
}

void ModelEditor::save()
{
    if (!canSave()) {
        Q_EMIT saveFlowEnded(false);
        return;
    }
    const pai::ModelDraft draft = currentDraft();
    // The review shows the plan the engine will run, request for request.
    const changes::ModelPlan plan =
        isNew() ? changes::ModelPlan::create(draft) : changes::ModelPlan::update(*m_loaded, draft);
    auto *review = new ReviewChangesDialog(this);
    review->setObjectName(u"reviewChangesDialog"_s);
    review->setAttribute(Qt::WA_DeleteOnClose);
    review->showPlan(plan);
    connect(review, &QDialog::finished, this, [this, plan](int result) {
        if (result != QDialog::Accepted || isBusy()) {
            Q_EMIT saveFlowEnded(false);
            return;
        }
        startSave(plan);
    });
    review->open();
}

OperationProgressDialog *ModelEditor::createProgressDialog(const QString &operation)
{
    // One progress dialog at a time; the last one stays until the next operation, so its
    // result can be read again.
    for (OperationProgressDialog *old :
         findChildren<OperationProgressDialog *>(QString(), Qt::FindDirectChildrenOnly))
        old->deleteLater();
    auto *dialog = new OperationProgressDialog(this);
    dialog->setObjectName(u"operationProgressDialog"_s);
    dialog->setOperation(operation);
    return dialog;
}

changes::ModelWriter *ModelEditor::createWriter(OperationProgressDialog *dialog)
{
    auto *writer = new changes::ModelWriter(m_client, this);
    writer->setTimeouts(m_timeouts.toApiTimeouts());
    writer->setReadBackTimeout(std::min<std::chrono::milliseconds>(
        m_timeouts.read, changes::ModelWriter::DefaultReadBackTimeout));
    m_writer = writer;
    dialog->follow(writer);
    return writer;
}

void ModelEditor::endWrite()
{
    if (m_writer)
        m_writer->deleteLater();
    m_writer = nullptr;
    setFormEnabled(true);
}

void ModelEditor::startSave(const changes::ModelPlan &plan)
{
    const QString operation =
        isNew() ? tr("Creating model \"%1\"").arg(plan.modelName())
                : tr("Saving model \"%1\" (ID %2)").arg(m_loaded->modelName, m_loaded->modelId);
    OperationProgressDialog *dialog = createProgressDialog(operation);
    setFormEnabled(false);
    changes::ModelWriter *writer = createWriter(dialog);
    connect(writer, &changes::ModelWriter::conflictFound, this,
            [this, dialog, writer, plan](const pai::Model &server) {
                auto *conflict =
                    new ConflictDialog(dialog->isVisible() ? static_cast<QWidget *>(dialog) : this);
                conflict->setObjectName(u"conflictDialog"_s);
                conflict->setAttribute(Qt::WA_DeleteOnClose);
                conflict->setModels(*m_loaded, server, plan.wanted());
                connect(conflict, &QDialog::finished, writer, [writer](int result) {
                    writer->resolveConflict(result == QDialog::Accepted);
                });
                conflict->open();
            });
    connect(writer, &changes::ModelWriter::finished, this,
            [this, dialog, plan](const changes::WriteOutcome &outcome) {
                if (outcome.succeeded()) {
                    // A plain success closes the dialog; one that needed a read-back, an
                    // adoption or a second attempt stays open to say so.
                    const bool noteworthy =
                        outcome.confirmedByReadBack || outcome.adopted || outcome.replans > 0;
                    dialog->finishSuccess(noteworthy ? outcome.summary() : QString(), noteworthy);
                } else {
                    dialog->finishFailure(outcome.summary() + u"\n\n"_s +
                                          tr("The form keeps your values."));
                }
                onSaveFinished(outcome, plan.wanted());
            });
    writer->start(plan);
    refreshValidation();
}

void ModelEditor::onSaveFinished(const changes::WriteOutcome &outcome, const pai::ModelDraft &sent)
{
    endWrite();
    if (outcome.succeeded()) {
        // The form was read-only during the save, so the server's copy can replace it.
        const pai::Model model = outcome.server.value_or(
            withDraft(m_loaded.value_or(pai::Model{}), sent, outcome.modelId));
        load(model);
        Q_EMIT modelSaved(model);
        Q_EMIT saveFlowEnded(true);
        return;
    }
    // The next save is planned against what the server holds; the form keeps what was typed.
    // When the server could not be read and a write may have landed, the person's own values
    // are the best guess, so that write is never mistaken for someone else's (a conflict).
    std::optional<pai::Model> base;
    if (outcome.server)
        base = outcome.server;
    else if (m_loaded && outcome.verdict != changes::WriteOutcome::Verdict::NotApplied)
        base = withDraft(*m_loaded, sent, QString());
    if (base && !isNew()) {
        m_loaded = base;
        m_baseline = pai::ModelDraft::fromModel(*base);
        m_formBaseline = m_baseline;
        updateHeading();
    }
    refreshValidation();
    Q_EMIT saveFlowEnded(false);
}

void ModelEditor::requestDelete()
{
    if (isNew() || isBusy() || !m_client)
        return;
    const pai::Model model = *m_loaded;
    auto *confirm = new QMessageBox(QMessageBox::Warning, tr("Delete model"),
                                    tr("Delete the model \"%1\" (ID %2)? This cannot be undone.")
                                        .arg(model.modelName, model.modelId),
                                    QMessageBox::Cancel, this);
    confirm->setObjectName(u"deleteConfirmation"_s);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *deleteButton = confirm->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(u"confirmDeleteButton"_s);
    confirm->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QMessageBox::finished, this, [this, confirm, deleteButton, model](int) {
        if (confirm->clickedButton() != deleteButton)
            return;
        OperationProgressDialog *dialog = createProgressDialog(
            tr("Deleting model \"%1\" (ID %2)").arg(model.modelName, model.modelId));
        setFormEnabled(false);
        changes::ModelWriter *writer = createWriter(dialog);
        connect(writer, &changes::ModelWriter::finished, this,
                [this, dialog, model](const changes::WriteOutcome &outcome) {
                    endWrite();
                    if (outcome.succeeded()) {
                        dialog->finishSuccess(outcome.confirmedByReadBack ? outcome.summary()
                                                                          : QString(),
                                              outcome.confirmedByReadBack);
                        newModel(model.workspaceId);
                        Q_EMIT modelDeleted(model.modelId);
                        return;
                    }
                    dialog->finishFailure(outcome.summary());
                    if (outcome.server)
                        m_loaded = outcome.server;
                    refreshValidation();
                });
        writer->start(changes::ModelPlan::remove(model));
        refreshValidation();
    });
    confirm->open();
}

void ModelEditor::whenLeavable(std::function<void()> proceed)
{
    if (isBusy())
        return;
    if (!isDirty()) {
        proceed();
        return;
    }
    auto *prompt = new QMessageBox(
        QMessageBox::Question, tr("Unsaved changes"),
        isNew() ? tr("The new model has not been saved.")
                : tr("The model \"%1\" has unsaved changes.").arg(m_loaded->modelName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    prompt->setObjectName(u"unsavedChangesPrompt"_s);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setInformativeText(tr("Do you want to save them?"));
    prompt->setDefaultButton(QMessageBox::Save);
    // Asynchronous: the prompt, the review and the save each answer through a signal, so no
    // event loop runs inside another.
    connect(prompt, &QMessageBox::finished, this, [this, prompt, proceed](int) {
        switch (prompt->standardButton(prompt->clickedButton())) {
        case QMessageBox::Save:
            if (!canSave()) {
                QMessageBox::warning(this, tr("Cannot save"), ui->statusLine->text());
                return;
            }
            connect(
                this, &ModelEditor::saveFlowEnded, this,
                [proceed](bool saved) {
                    if (saved)
                        proceed();
                },
                Qt::SingleShotConnection);
            save();
            return;
        case QMessageBox::Discard:
            revert();
            proceed();
            return;
        default:
            return;
        }
    });
    prompt->open();
}

void ModelEditor::closeEvent(QCloseEvent *event)
{
    if (m_leaveApproved || !isDirty()) {
        m_leaveApproved = false;
        event->accept();
        return;
    }
    event->ignore();
    whenLeavable([this] {
        m_leaveApproved = true;
        close();
    });
}

void ModelEditor::setFormEnabled(bool enabled)
{
    for (QWidget *widget :
         {static_cast<QWidget *>(ui->modelNameEdit), static_cast<QWidget *>(ui->originCombo),
          static_cast<QWidget *>(ui->taskCombo), static_cast<QWidget *>(ui->domainCombo),
          static_cast<QWidget *>(ui->modelTypeCombo),
          static_cast<QWidget *>(ui->accessibilityCombo),
          static_cast<QWidget *>(ui->orderNumberEdit),
          static_cast<QWidget *>(ui->parameterSizeEdit), static_cast<QWidget *>(ui->modelDocEdit),
          static_cast<QWidget *>(ui->descriptionEdit), static_cast<QWidget *>(ui->labelsTab),
          static_cast<QWidget *>(ui->extraInfoTab), static_cast<QWidget *>(ui->deleteButton)}) {
        widget->setEnabled(enabled);
    }
    ui->workspaceCombo->setEnabled(enabled && isNew());
    ui->tagsEdit->setEnabled(enabled && isNew());
    ui->deleteButton->setEnabled(enabled && !isNew());
}

} // namespace gui
