#pragma once

#include "pai/model.h"
#include "pai/modeldraft.h"
#include "pai/versiondraft.h"

#include <QString>

namespace pai {

// Alibaba's public Model Gallery: the models ListModels returns for Provider=pai (Qwen, Llama,
// Stable Diffusion, ...). They belong to Alibaba, so nobody else may change them
// (Model::isGalleryModel()); a person copies one into a workspace to have a model of their own.
namespace Gallery {

// The ListModels Provider that lists the gallery.
inline constexpr char Provider[] = "pai";
QString provider(); // Provider as a QString

// Why a gallery model cannot be edited or deleted, for a tooltip, the model pane and the CLI.
QString readOnlyReason();

// The create of a private copy of `source` in `workspaceId`, named `name` (the source's name when
// empty): the same description, doc, type, domain, task, origin, order number, labels and extra
// information. ParameterSize is no CreateModel field PaiDesk writes, so it is not copied.
ModelDraft copyDraft(const Model &source, const QString &workspaceId, const QString &name = {});

// The first version of a copy: the source version's Uri, with the FormatType and FrameworkType
// that describe the files there (set once: they cannot change after the create). The service
// numbers it (0.1.0).
ModelVersionDraft versionCopyDraft(const ModelVersion &source);

} // namespace Gallery

} // namespace pai
