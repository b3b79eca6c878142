#pragma once

#include "changes/writestep.h"
#include "pai/modeldraft.h"
#include "pai/versiondraft.h"

#include <QStringList>

namespace changes {

// What reading a model or a model version back proves about a write: for each field path the write
// meant to change ("ModelDescription", "Labels[env]"), whether the server now holds the wanted
// value. Fields the write did not touch are ignored, so someone else's edit elsewhere is not
// mistaken for ours. One set of rules serves both: the version overloads compare through
// pai::VersionChange as the model ones do through pai::ModelChange.
class ReadBackComparison
{
public:
    static ReadBackComparison compare(const pai::ModelDraft &start, const pai::ModelDraft &wanted,
                                      const pai::ModelDraft &server);
    static ReadBackComparison compare(const pai::ModelVersionDraft &start,
                                      const pai::ModelVersionDraft &wanted,
                                      const pai::ModelVersionDraft &server);

    const QStringList &applied() const { return m_applied; }
    const QStringList &missing() const { return m_missing; }
    bool allApplied() const { return m_missing.isEmpty(); }
    bool noneApplied() const { return m_applied.isEmpty() && !m_missing.isEmpty(); }

    // The state one write of the plan is now known to be in: Applied, NotApplied, or Unknown when
    // the server holds neither the old nor the new values of what it wrote.
    static StepState settle(const api::RequestSpec &write, const pai::ModelDraft &start,
                            const pai::ModelDraft &wanted, const pai::ModelDraft &server);
    static StepState settle(const api::RequestSpec &write, const pai::ModelVersionDraft &start,
                            const pai::ModelVersionDraft &wanted,
                            const pai::ModelVersionDraft &server);

private:
    template<typename Change, typename Draft>
    static ReadBackComparison compareWith(const Draft &start, const Draft &wanted,
                                          const Draft &server);
    template<typename Change, typename Draft>
    static StepState settleWith(const api::RequestSpec &write, const Draft &start,
                                const Draft &wanted, const Draft &server);

    QStringList m_applied;
    QStringList m_missing;
};

} // namespace changes
