#pragma once

#include "pai/model.h"
#include "pai/modelversion.h"
#include "pai/workspace.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace sandbox {

class ModelStore;

// Realistic, deterministic content for the sandbox: the same IDs, names and timestamps on every
// run, so screenshots, docs and tests can rely on them.
namespace DemoData {
inline constexpr quint32 DefaultSeed = 20240501;
inline constexpr quint32 GallerySeed = 20240601;

// Three workspaces: LLM research (the default), vision and speech.
QList<pai::Workspace> workspaces();
// 78 models of well-known families (Qwen, Llama, BERT, Stable Diffusion, Whisper, ...) with
// varied domains, tasks, origins, types, labels and nested ExtraInfo.
QList<pai::Model> models();
// One to five versions of each of models(), by model ID, oldest first: OSS URIs in the Hangzhou
// region, formats and frameworks that fit the family, every approval state, sources from the
// training service and PAIFlow, and nested Metrics. Each model's LatestVersion is the last one.
QHash<QString, QList<pai::ModelVersion>> versions();
// Alibaba's public Model Gallery: 49 models (Qwen, Llama, DeepSeek, Stable Diffusion, FLUX,
// Whisper, ...) with Provider "pai", Accessibility PUBLIC and no workspace, which ListModels
// returns only for Provider=pai.
QList<pai::Model> galleryModels();
// One to three versions of each of galleryModels(), by model ID, oldest first.
QHash<QString, QList<pai::ModelVersion>> galleryVersions();
// `count` synthetic models for load tests and benchmarks, spread over `workspaceIds`, with
// creation times one minute apart. Fast: it builds values directly, without JSON.
QList<pai::Model> generate(qsizetype count, const QStringList &workspaceIds,
                           quint32 seed = DefaultSeed);

// Adds the demo workspaces (when missing), models and their versions to `store`, and the gallery.
void populate(ModelStore &store);
// Adds the gallery models (and their versions) that `store` lacks: a data file saved before the
// sandbox had a gallery gets one.
void populateGallery(ModelStore &store);
// Adds the demo workspaces (when missing) and `count` generated models.
void populateGenerated(ModelStore &store, qsizetype count, quint32 seed = DefaultSeed);
} // namespace DemoData

} // namespace sandbox
