#include "cli/modelfilterflags.h"

#include "cli/labelflags.h"
#include "pai/gallery.h"

using namespace Qt::StringLiterals;

namespace cli {

void ModelFilterFlags::addOptions(QCommandLineParser &parser, Scope scope)
{
    if (scope == Scope::Account) {
        parser.addOptions({
            {u"workspace"_s, tr("Only models of this workspace."), tr("ID")},
            {u"provider"_s,
             tr("Only models published by this provider, e.g. pai (Provider). Without it, only "
                "your own models."),
             tr("P")},
        });
    }
    parser.addOptions({
        {u"query"_s, tr("Fuzzy match on name, domain, task and labels."), tr("Q")},
        {u"domain"_s, tr("Only this domain, e.g. nlp."), tr("D")},
        {u"task"_s, tr("Only this task, e.g. text-generation."), tr("T")},
        {u"origin"_s, tr("Only this origin, e.g. ModelScope."), tr("O")},
        {u"model-type"_s, tr("Only this model type, e.g. LoRA."), tr("T")},
        {u"label"_s, tr("A label key or value contains this text."), tr("L")},
        {u"name"_s, tr("Only models whose name matches this (ModelName)."), tr("NAME")},
        {u"collections"_s, tr("Comma-separated collection names, e.g. AI4D,QuickStart."), tr("C")},
        {u"tag"_s,
         tr("A tag the model must carry, KEY=VALUE or KEY for any value; repeat for more."),
         tr("KEY=VALUE")},
        {u"conditions"_s, tr("Conditions as JSON: [{\"Column\":..,\"Operator\":..,\"Value\":..}]."),
         tr("JSON")},
        {u"sort-by"_s,
         tr("Sort field (SortBy): %1.").arg(api::ModelListQuery::sortByValues().join(u", "_s)),
         tr("FIELD")},
        {u"order"_s, tr("Sort order (Order): ASC or DESC."), tr("ASC|DESC")},
    });
}

std::optional<api::ModelListQuery> ModelFilterFlags::read(const QCommandLineParser &parser,
                                                          QString *flagError, Scope scope)
{
    api::ModelListQuery query;
    if (scope == Scope::Account) {
        query.workspaceId = parser.value(u"workspace"_s);
        query.provider = parser.value(u"provider"_s);
    } else {
        query.provider = pai::Gallery::provider();
    }
    query.query = parser.value(u"query"_s);
    query.domain = parser.value(u"domain"_s);
    query.task = parser.value(u"task"_s);
    query.origin = parser.value(u"origin"_s);
    query.modelType = parser.value(u"model-type"_s);
    query.label = parser.value(u"label"_s);
    query.modelName = parser.value(u"name"_s);
    query.collections = parser.value(u"collections"_s);
    query.sortBy = parser.value(u"sort-by"_s);
    query.order = parser.value(u"order"_s);
    // Bad values stop here, before anything is sent, with the flag and its rule.
    auto fail = [flagError](const QString &flag, const QString &rule) {
        if (flagError)
            *flagError = LabelFlags::flagError(flag, rule);
        return std::nullopt;
    };
    if (auto error = api::ModelListQuery::checkSortBy(query.sortBy))
        return fail(u"sort-by"_s, *error);
    if (auto error = api::ModelListQuery::checkOrder(query.order))
        return fail(u"order"_s, *error);
    QString error;
    if (auto tags = api::ModelListQuery::parseTags(parser.values(u"tag"_s).join(u','), error))
        query.tags = *tags;
    else
        return fail(u"tag"_s, error);
    if (parser.isSet(u"tag"_s) && query.tags.isEmpty())
        return fail(u"tag"_s, tr("A tag needs a key (KEY or KEY=VALUE)."));
    if (auto conditions =
            api::ModelListQuery::parseConditions(parser.value(u"conditions"_s), error))
        query.conditions = *conditions;
    else
        return fail(u"conditions"_s, error);
    return query;
}

bool ModelFilterFlags::anySet(const QCommandLineParser &parser, Scope scope)
{
    QStringList names{u"query"_s,      u"domain"_s,  u"task"_s,        u"origin"_s,
                      u"model-type"_s, u"label"_s,   u"collections"_s, u"tag"_s,
                      u"conditions"_s, u"sort-by"_s, u"order"_s,       u"name"_s};
    if (scope == Scope::Account)
        names << u"workspace"_s << u"provider"_s;
    return std::any_of(names.cbegin(), names.cend(),
                       [&](const QString &name) { return parser.isSet(name); });
}

} // namespace cli
