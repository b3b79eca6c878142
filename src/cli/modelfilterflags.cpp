#include "cli/modelfilterflags.h"

using namespace Qt::StringLiterals;

namespace cli {

void ModelFilterFlags::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"workspace"_s, tr("Only models of this workspace."), tr("ID")},
        {u"query"_s, tr("Fuzzy match on name, domain, task and labels."), tr("Q")},
        {u"domain"_s, tr("Only this domain, e.g. nlp."), tr("D")},
        {u"task"_s, tr("Only this task, e.g. text-generation."), tr("T")},
        {u"origin"_s, tr("Only this origin, e.g. ModelScope."), tr("O")},
        {u"model-type"_s, tr("Only this model type, e.g. LoRA."), tr("T")},
        {u"label"_s, tr("A label key or value contains this text."), tr("L")},
    });
}

api::ModelListQuery ModelFilterFlags::read(const QCommandLineParser &parser)
{
    api::ModelListQuery query;
    query.workspaceId = parser.value(u"workspace"_s);
    query.query = parser.value(u"query"_s);
    query.domain = parser.value(u"domain"_s);
    query.task = parser.value(u"task"_s);
    query.origin = parser.value(u"origin"_s);
    query.modelType = parser.value(u"model-type"_s);
    query.label = parser.value(u"label"_s);
    return query;
}

bool ModelFilterFlags::anySet(const QCommandLineParser &parser)
{
    const QStringList names{u"workspace"_s, u"query"_s,      u"domain"_s, u"task"_s,
                            u"origin"_s,    u"model-type"_s, u"label"_s};
    return std::any_of(names.cbegin(), names.cend(),
                       [&](const QString &name) { return parser.isSet(name); });
}

} // namespace cli
