#include "gui/versions/versioneditor.h"

#include "changes/versionplan.h"
#include "changes/versionwriter.h"
#include "gui/common/fieldmarks.h"
#include "gui/common/rowbuttons.h"
#include "gui/editor/labeleditmodel.h"
#include "gui/versions/versiontablemodel.h"
#include "gui/versions/versionwriteflow.h"
#include "ui_versioneditor.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

// The values the service documents (the AIWorkspace ModelVersion reference); free text stays
// allowed, as the service stores what it is given.
const QStringList knownFormats = {
    u"OfflineModel"_s, u"SavedModel"_s, u"Keras H5"_s, u"Frozen Pb"_s,  u"Caffe Prototxt"_s,
    u"TorchScript"_s,  u"XGBoost"_s,    u"PMML"_s,     u"AlinkModel"_s, u"ONNX"_s};
const QStringList knownFrameworks = {u"Pytorch"_s, u"XGBoost"_s, u"Keras"_s,     u"Caffe"_s,
                                     u"Alink"_s,   u"Xflow"_s,   u"TensorFlow"_s};
const QStringList knownSourceTypes = {u"Custom"_s, u"PAIFlow"_s, u"TrainingService"_s};

QString objectText(const QJsonObject &object)
{
    return object.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

// A JSON parse error as a person counts: line and column, both from 1.
std::optional<pai::FieldError> parseError(const QString &field, const QString &text,
                                          QJsonDocument *document)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    *document = QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError)
        return std::nullopt;
    const QByteArray before = utf8.left(error.offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return pai::FieldError{field,
                           VersionEditor::tr("%1 is not valid JSON at line %2, column %3: %4.")
                               .arg(field)
                               .arg(line)
                               .arg(column)
                               .arg(error.errorString())};
}

// An object field's text: empty is an empty object; anything else must be a JSON object.
std::optional<pai::FieldError> checkObjectText(const QString &field, const QString &text,
                                               QJsonObject *object)
{
    *object = {};
    if (text.trimmed().isEmpty())
        return std::nullopt;
    QJsonDocument document;
    if (auto error = parseError(field, text, &document))
        return error;
    if (!document.isObject())
        return pai::FieldError{field, VersionEditor::tr("%1 must be a JSON object, such as "
                                                        "{\"key\": \"value\"}.")
                                          .arg(field)};
    *object = document.object();
    return std::nullopt;
}

// Options is JSON text sent as a string: empty, or an object or an array.
std::optional<pai::FieldError> checkOptionsText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    QJsonDocument document;
    if (auto error = parseError(u"Options"_s, text, &document))
        return error;
    if (!document.isObject() && !document.isArray())
        return pai::FieldError{u"Options"_s,
                               VersionEditor::tr("Options must be a JSON object or array.")};
    return std::nullopt;
}

bool isObjectField(pai::VersionField field)
{
    return field != pai::VersionField::Options;
}

QJsonObject pai::ModelVersionDraft::*memberOf(pai::VersionField field)
{
    for (const pai::VersionObjectField &object : pai::versionObjectFields()) {
        if (object.field == field)
            return object.member;
    }
    return nullptr;
}

// Written but not read back: the sent values are the best knowledge there is.
pai::ModelVersion withDraft(pai::ModelVersion version, const pai::ModelVersionDraft &draft)
{
    const QString name = version.versionName;
    draft.writeTo(version);
    if (version.versionName.isEmpty())
        version.versionName = name;
    return version;
}

} // namespace

VersionEditor::VersionEditor(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::VersionEditor>())
    , m_labels(new LabelEditModel(this))
{
    ui->setupUi(this);
    setFocusProxy(ui->uriEdit);
    setStyleSheet(FieldMarks::styleSheet());
    setUpCombos();
    m_jsonFields = {
        {pai::VersionField::Options, ui->optionsEdit},
        {pai::VersionField::Metrics, ui->metricsEdit},
        {pai::VersionField::TrainingSpec, ui->trainingSpecEdit},
        {pai::VersionField::InferenceSpec, ui->inferenceSpecEdit},
        {pai::VersionField::EvaluationSpec, ui->evaluationSpecEdit},
        {pai::VersionField::CompressionSpec, ui->compressionSpecEdit},
        {pai::VersionField::DistillationSpec, ui->distillationSpecEdit},
        {pai::VersionField::ExtraInfo, ui->extraInfoEdit},
    };
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const JsonField &json : std::as_const(m_jsonFields)) {
        json.edit->setFont(fixed);
        connect(json.edit, &QPlainTextEdit::textChanged, this, &VersionEditor::refreshValidation);
    }

    ui->labelsView->setModel(m_labels);
    ui->labelsView->horizontalHeader()->setStretchLastSection(true);

    for (QLineEdit *edit : {ui->uriEdit, ui->nameEdit, ui->sourceIdEdit})
        connect(edit, &QLineEdit::textChanged, this, &VersionEditor::refreshValidation);
    for (QComboBox *combo : {ui->formatCombo, ui->frameworkCombo, ui->sourceTypeCombo})
        connect(combo, &QComboBox::currentTextChanged, this, &VersionEditor::refreshValidation);
    connect(ui->approvalCombo, &QComboBox::currentIndexChanged, this,
            &VersionEditor::refreshValidation);
    connect(ui->descriptionEdit, &QPlainTextEdit::textChanged, this,
            &VersionEditor::refreshValidation);
    connect(m_labels, &LabelEditModel::labelsChanged, this, &VersionEditor::refreshValidation);

    connectRowButtons(ui->addLabelButton, ui->removeLabelButton, ui->labelsView, m_labels);
    connect(ui->saveButton, &QPushButton::clicked, this, &VersionEditor::save);
    connect(ui->discardButton, &QPushButton::clicked, this, &VersionEditor::discardChanges);
    connect(ui->closeButton, &QPushButton::clicked, this, &VersionEditor::closeRequested);
    connect(ui->jsonTabs, &QTabWidget::currentChanged, this, &VersionEditor::refreshValidation);
    retranslate();
    newVersion(QString(), QString(), {});
}

VersionEditor::~VersionEditor() = default;

void VersionEditor::setUpCombos()
{
    ui->formatCombo->addItem(QString());
    ui->formatCombo->addItems(knownFormats);
    ui->frameworkCombo->addItem(QString());
    ui->frameworkCombo->addItems(knownFrameworks);
    ui->sourceTypeCombo->addItem(QString());
    ui->sourceTypeCombo->addItems(knownSourceTypes);
    // Texts come from retranslate().
    ui->approvalCombo->addItem(QString(), QString());
    for (const pai::ApprovalStatus status :
         {pai::ApprovalStatus::Pending, pai::ApprovalStatus::Approved,
          pai::ApprovalStatus::Rejected})
        ui->approvalCombo->addItem(QString(), pai::apiName(status));
}

void VersionEditor::retranslate()
{
    ui->approvalCombo->setItemText(0, tr("(not set)"));
    for (int i = 1; i < ui->approvalCombo->count(); ++i) {
        const QString value = ui->approvalCombo->itemData(i).toString();
        const QString text = VersionTableModel::approvalText(value);
        ui->approvalCombo->setItemText(i, text == value ? value : tr("%1 (%2)").arg(text, value));
    }
    ui->saveButton->setToolTip(tr("Review the exact requests, then send them"));
    ui->closeButton->setToolTip(tr("Show the version instead of the form"));
    ui->nameEdit->setToolTip(
        tr("major.minor.stage, such as 1.0.0 or 2.3.4_beta. Leave it empty and the service "
           "names the version."));
    ui->uriEdit->setToolTip(tr("Where the model files are: oss://<bucket>.<endpoint>/<path> or "
                               "an http(s) URL"));
}

void VersionEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
        updateHeading();
        refreshValidation();
    }
    QWidget::changeEvent(event);
}

void VersionEditor::setApiClient(api::ApiClient *client)
{
    m_client = client;
    refreshValidation();
}

void VersionEditor::updateHeading()
{
    if (m_loaded)
        ui->headingLabel->setText(
            tr("Version %1 of the model \"%2\"").arg(m_loaded->versionName, m_modelName));
    else
        ui->headingLabel->setText(tr("New version of the model \"%1\"").arg(m_modelName));
    ui->nameEdit->setPlaceholderText(isNew() ? tr("%1 if left empty").arg(m_automaticName)
                                             : QString());
    ui->saveButton->setText(isNew() ? tr("Regi&ster") : tr("&Save"));
}

void VersionEditor::setImmutableFieldsEditable(bool editable)
{
    ui->uriEdit->setReadOnly(!editable);
    ui->nameEdit->setReadOnly(!editable);
    ui->formatCombo->setEnabled(editable);
    ui->frameworkCombo->setEnabled(editable);
    ui->immutableNote->setVisible(!editable);
}

void VersionEditor::newVersion(const QString &modelId, const QString &modelName,
                               const QList<pai::ModelVersion> &existing)
{
    m_modelId = modelId;
    m_modelName = modelName;
    m_loaded.reset();
    m_automaticName = nextAutomaticVersionName(existing);
    m_baseline = pai::ModelVersionDraft{};
    setImmutableFieldsEditable(true);
    updateHeading();
    ui->sectionTabs->setCurrentWidget(ui->generalTab);
    populate(m_baseline);
}

void VersionEditor::load(const QString &modelId, const QString &modelName,
                         const pai::ModelVersion &version)
{
    m_modelId = modelId;
    m_modelName = modelName;
    m_loaded = version;
    m_automaticName.clear();
    m_baseline = pai::ModelVersionDraft::fromVersion(version);
    setImmutableFieldsEditable(false);
    updateHeading();
    populate(m_baseline);
}

void VersionEditor::populate(const pai::ModelVersionDraft &draft)
{
    const bool wasPopulating = std::exchange(m_populating, true);
    ui->uriEdit->setText(draft.uri);
    ui->nameEdit->setText(draft.versionName);
    ui->formatCombo->setCurrentText(draft.formatType);
    ui->frameworkCombo->setCurrentText(draft.frameworkType);
    int approval = ui->approvalCombo->findData(draft.approvalStatus);
    if (approval < 0) {
        // An unknown value from the server is shown, and kept unless the person changes it.
        ui->approvalCombo->addItem(draft.approvalStatus, draft.approvalStatus);
        approval = ui->approvalCombo->count() - 1;
    }
    ui->approvalCombo->setCurrentIndex(approval);
    ui->sourceTypeCombo->setCurrentText(draft.sourceType);
    ui->sourceIdEdit->setText(draft.sourceId);
    ui->descriptionEdit->setPlainText(draft.versionDescription);
    m_labels->setLabels(draft.labels);
    for (const JsonField &json : std::as_const(m_jsonFields)) {
        if (isObjectField(json.field))
            json.edit->setPlainText(objectText(draft.*memberOf(json.field)));
        else
            json.edit->setPlainText(draft.options);
    }
    m_populating = wasPopulating;
    // What the widgets hold right after loading: only the person's edits make the form dirty.
    m_formBaseline = currentDraft();
    refreshValidation();
}

pai::ModelVersionDraft VersionEditor::currentDraft() const
{
    pai::ModelVersionDraft draft = m_baseline;
    draft.uri = ui->uriEdit->text().trimmed();
    draft.versionName = ui->nameEdit->text().trimmed();
    draft.formatType = ui->formatCombo->currentText();
    draft.frameworkType = ui->frameworkCombo->currentText();
    draft.approvalStatus = ui->approvalCombo->currentData().toString();
    draft.sourceType = ui->sourceTypeCombo->currentText();
    draft.sourceId = ui->sourceIdEdit->text();
    draft.versionDescription = ui->descriptionEdit->toPlainText();
    draft.labels = m_labels->labels();
    for (const JsonField &json : m_jsonFields) {
        if (!isObjectField(json.field)) {
            draft.options = json.edit->toPlainText();
            continue;
        }
        QJsonObject object;
        // Text that does not parse keeps the last good value in the draft; errors() blocks Save.
        if (!checkObjectText(pai::apiName(json.field), json.edit->toPlainText(), &object))
            draft.*memberOf(json.field) = object;
    }
    return draft;
}

QList<pai::FieldError> VersionEditor::jsonErrors() const
{
    QList<pai::FieldError> errors;
    for (const JsonField &json : m_jsonFields) {
        const QString text = json.edit->toPlainText();
        QJsonObject object;
        const std::optional<pai::FieldError> error =
            isObjectField(json.field) ? checkObjectText(pai::apiName(json.field), text, &object)
                                      : checkOptionsText(text);
        if (error)
            errors.append(*error);
    }
    return errors;
}

QList<pai::FieldError> VersionEditor::errors() const
{
    QList<pai::FieldError> errors = jsonErrors();
    const auto hasErrorFor = [&errors](const QString &field) {
        return std::any_of(errors.cbegin(), errors.cend(),
                           [&field](const pai::FieldError &e) { return e.field == field; });
    };
    const pai::ModelVersionDraft draft = currentDraft();
    QList<pai::FieldError> rules = pai::FieldRules::checkVersionDraft(draft);
    if (m_loaded)
        rules += pai::FieldRules::checkImmutableVersionFields(m_baseline, draft);
    for (const pai::FieldError &error : std::as_const(rules)) {
        // A JSON field that does not parse is named once, with its line and column.
        if (!hasErrorFor(error.field))
            errors.append(LabelEditModel::forDisplay(error));
    }
    // The rules list their fields in form order: the Uri and the name first.
    std::stable_sort(errors.begin(), errors.end(),
                     [](const pai::FieldError &a, const pai::FieldError &b) {
                         const auto rank = [](const QString &field) {
                             if (field == u"Uri"_s)
                                 return 0;
                             if (field == u"VersionName"_s)
                                 return 1;
                             return 2;
                         };
                         return rank(a.field) < rank(b.field);
                     });
    return errors;
}

bool VersionEditor::isDirty() const
{
    // Text that does not parse is a change too, even though the draft cannot hold it.
    return !jsonErrors().isEmpty() || currentDraft() != m_formBaseline;
}

bool VersionEditor::canSave() const
{
    return !isBusy() && isDirty() && errors().isEmpty() && m_client && !m_modelId.isEmpty();
}

QString VersionEditor::statusText() const
{
    return ui->statusLine->text();
}

void VersionEditor::refreshValidation()
{
    if (m_populating)
        return;
    // Nothing is called wrong before the person has changed anything: a fresh form is empty, not
    // invalid. Save stays disabled either way.
    const bool dirty = isDirty();
    const QList<pai::FieldError> problems = dirty ? errors() : QList<pai::FieldError>{};
    FieldMarks::mark(ui->uriEdit, u"Uri"_s, problems);
    FieldMarks::mark(ui->nameEdit, u"VersionName"_s, problems);
    FieldMarks::mark(ui->approvalCombo, u"ApprovalStatus"_s, problems);
    FieldMarks::mark(ui->labelsView, u"Labels"_s, problems);
    QStringList jsonProblems;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    bool anyJsonProblem = false;
    for (const JsonField &json : std::as_const(m_jsonFields)) {
        const QString field = pai::apiName(json.field);
        // The JSON editors show their problem under the tabs; a tooltip would cover the text.
        FieldMarks::mark(json.edit, field, problems, FieldMarks::ToolTip::None);
        const bool bad = FieldMarks::isMarked(json.edit);
        anyJsonProblem = anyJsonProblem || bad;
        const int tab = ui->jsonTabs->indexOf(json.edit->parentWidget());
        ui->jsonTabs->setTabIcon(tab, bad ? warning : QIcon());
        if (bad && ui->jsonTabs->currentIndex() == tab)
            jsonProblems.append(json.edit->accessibleDescription());
    }
    ui->jsonProblemLabel->setText(jsonProblems.join(u'\n'));
    ui->jsonProblemLabel->setVisible(!jsonProblems.isEmpty());

    const auto hasProblem = [&problems](const QStringList &prefixes) {
        return std::any_of(problems.cbegin(), problems.cend(), [&](const pai::FieldError &e) {
            return std::any_of(prefixes.cbegin(), prefixes.cend(),
                               [&e](const QString &p) { return e.field.startsWith(p); });
        });
    };
    ui->sectionTabs->setTabIcon(ui->sectionTabs->indexOf(ui->labelsTab),
                                hasProblem({u"Labels"_s}) ? warning : QIcon());
    ui->sectionTabs->setTabIcon(ui->sectionTabs->indexOf(ui->jsonTab),
                                anyJsonProblem ? warning : QIcon());
    ui->sectionTabs->setTabIcon(
        ui->sectionTabs->indexOf(ui->generalTab),
        hasProblem({u"Uri"_s, u"VersionName"_s, u"ApprovalStatus"_s, u"VersionDescription"_s,
                    u"Source"_s, u"FormatType"_s, u"FrameworkType"_s})
            ? warning
            : QIcon());

    QString status;
    if (isBusy())
        status = tr("Saving…");
    else if (!problems.isEmpty())
        status = problems.size() == 1 ? tr("Cannot save: %1").arg(problems.constFirst().message)
                                      : tr("Cannot save: %1 (and %n more problem(s))", nullptr,
                                           int(problems.size() - 1))
                                            .arg(problems.constFirst().message);
    else if (!dirty)
        status = isNew() ? tr("New version: fill in its Uri to register it.")
                         : tr("No changes to save.");
    else if (!m_client)
        status = tr("Cannot save: not connected to a service.");
    else
        status = isNew() ? tr("New version, not registered yet.") : tr("Unsaved changes.");
    ui->statusLine->setText(status);
    // Room for a problem that wraps, so the line never cuts what blocks Save.
    ui->statusLine->setMinimumHeight(ui->statusLine->fontMetrics().lineSpacing() * 3);
    ui->saveButton->setEnabled(canSave());
    ui->discardButton->setEnabled(dirty && !isBusy());
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

void VersionEditor::discardChanges()
{
    populate(m_baseline);
}

void VersionEditor::save()
{
    if (!canSave()) {
        Q_EMIT saveFlowEnded(false);
        return;
    }
    const pai::ModelVersionDraft draft = currentDraft();
    const bool created = isNew();
    const changes::VersionPlan plan =
        created ? changes::VersionPlan::create(m_modelId, draft)
                : changes::VersionPlan::update(m_modelId, *m_loaded, draft);
    VersionWriteFlow::Review review;
    review.modelName = m_modelName;
    VersionWriteFlow::review(
        this, plan, review,
        [this, plan, draft, created] {
            if (isBusy()) {
                Q_EMIT saveFlowEnded(false);
                return;
            }
            const QString operation =
                created ? tr("Registering a version of the model \"%1\"").arg(m_modelName)
                        : tr("Saving version %1 of the model \"%2\"")
                              .arg(m_loaded->versionName, m_modelName);
            setFormEnabled(false);
            m_writer =
                VersionWriteFlow::run(this, m_client, m_timeouts, plan, operation,
                                      [this, draft, created](const changes::WriteOutcome &outcome) {
                                          onSaveFinished(outcome, draft, created);
                                      });
            refreshValidation();
        },
        [this] { Q_EMIT saveFlowEnded(false); });
}

void VersionEditor::onSaveFinished(const changes::WriteOutcome &outcome,
                                   const pai::ModelVersionDraft &sent, bool created)
{
    m_writer = nullptr;
    setFormEnabled(true);
    if (outcome.succeeded()) {
        pai::ModelVersion base = m_loaded.value_or(pai::ModelVersion{});
        if (created)
            base.versionName = outcome.versionName;
        const pai::ModelVersion version = outcome.serverVersion.value_or(withDraft(base, sent));
        load(m_modelId, m_modelName, version);
        Q_EMIT versionSaved(version, created);
        Q_EMIT saveFlowEnded(true);
        return;
    }
    // The next save is planned against what the server holds; the form keeps what was typed.
    if (!created) {
        std::optional<pai::ModelVersion> base;
        if (outcome.serverVersion)
            base = outcome.serverVersion;
        else if (outcome.verdict != changes::WriteOutcome::Verdict::NotApplied)
            base = withDraft(*m_loaded, sent);
        if (base) {
            m_loaded = base;
            m_baseline = pai::ModelVersionDraft::fromVersion(*base);
            m_formBaseline = m_baseline;
        }
    }
    refreshValidation();
    Q_EMIT saveFlowEnded(false);
}

void VersionEditor::setFormEnabled(bool enabled)
{
    ui->sectionTabs->setEnabled(enabled);
    ui->closeButton->setEnabled(enabled);
    if (enabled)
        setImmutableFieldsEditable(isNew());
}

void VersionEditor::whenLeavable(std::function<void()> proceed)
{
    if (isBusy())
        return;
    if (!isDirty()) {
        proceed();
        return;
    }
    auto *prompt = new QMessageBox(
        QMessageBox::Question, tr("Unsaved changes"),
        isNew()
            ? tr("The new version of the model \"%1\" has not been registered.").arg(m_modelName)
            : tr("Version %1 of the model \"%2\" has unsaved changes.")
                  .arg(m_loaded->versionName, m_modelName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    prompt->setObjectName(u"unsavedVersionPrompt"_s);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setInformativeText(tr("Do you want to save them?"));
    prompt->setDefaultButton(QMessageBox::Save);
    connect(prompt, &QMessageBox::finished, this, [this, prompt, proceed](int) {
        switch (prompt->standardButton(prompt->clickedButton())) {
        case QMessageBox::Save:
            if (!canSave()) {
                auto *warning = new QMessageBox(QMessageBox::Warning, tr("Cannot save"),
                                                ui->statusLine->text(), QMessageBox::Ok, this);
                warning->setAttribute(Qt::WA_DeleteOnClose);
                warning->open();
                return;
            }
            connect(
                this, &VersionEditor::saveFlowEnded, this,
                [proceed](bool saved) {
                    if (saved)
                        proceed();
                },
                Qt::SingleShotConnection);
            save();
            return;
        case QMessageBox::Discard:
            discardChanges();
            proceed();
            return;
        default:
            return;
        }
    });
    prompt->open();
}

} // namespace gui
