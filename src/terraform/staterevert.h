#pragma once

#include "pai/model.h"
#include "pai/modeldraft.h"
#include "terraform/stateinstance.h"

namespace terraform {

// What a live model should hold to match its state again: the live model's writable fields with
// every differing attribute taken from the state. The change engine turns it into a plan
// (changes::ModelPlan::update(live, draft)); nothing here sends anything.
class StateRevert
{
public:
    // workspace_id is left as it is live: the provider forces a new model for it, and UpdateModel
    // cannot move a model. An extra_info value whose string form the state holds keeps its live
    // JSON type (15 stays a number when the state says "15").
    static pai::ModelDraft modelDraft(const StateInstance &instance, const pai::Model &live);
};

} // namespace terraform
