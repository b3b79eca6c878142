#pragma once

#include "api/apicall.h"
#include "pai/model.h"
#include "pai/wirejson.h"

namespace api {

// GetModel: model() is set exactly when the call succeeded.
class GetModelCall : public ApiCall
{
    Q_OBJECT

public:
    GetModelCall(const CallContext &context, RequestSpec spec, QDeadlineTimer deadline,
                 QObject *parent);
    const std::optional<pai::Model> &model() const { return m_model; }

protected:
    QString parseResult(const QJsonObject &body) override;

private:
    std::optional<pai::Model> m_model;
};

// One page of ListModels.
class ListModelsCall : public ApiCall
{
    Q_OBJECT

public:
    ListModelsCall(const CallContext &context, RequestSpec spec, QDeadlineTimer deadline,
                   QObject *parent);
    const pai::WireJson::ModelPage &page() const { return m_page; }

protected:
    QString parseResult(const QJsonObject &body) override;

private:
    pai::WireJson::ModelPage m_page;
};

// CreateModel: modelId() is the ID the service gave the new model.
class CreateModelCall : public ApiCall
{
    Q_OBJECT

public:
    CreateModelCall(const CallContext &context, RequestSpec spec, QDeadlineTimer deadline,
                    QObject *parent);
    QString modelId() const { return m_modelId; }

protected:
    QString parseResult(const QJsonObject &body) override;

private:
    QString m_modelId;
};

} // namespace api
