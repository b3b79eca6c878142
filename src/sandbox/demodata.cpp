#include "sandbox/demodata.h"

#include "pai/gallery.h"
#include "pai/wirejson.h"
#include "sandbox/modelstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

#include <array>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace sandbox::DemoData {

namespace {

struct Family
{
    const char *name;
    const char *domain;
    const char *task;
    const char *origin;
    const char *license;
    const char *framework;
    const char *language;
    qint64 parameterSize; // in millions
    const char *description;
    const char *doc;
    int workspace; // index into workspaces()
};

// Public model families, with the tasks and origins they are known for.
constexpr std::array Families{
    Family{"Qwen2.5-7B-Instruct", "nlp", "text-generation", "ModelScope", "apache-2.0", "PyTorch",
           "zh,en", 7600, "Instruction-tuned Qwen2.5 chat model with 128K context.",
           "https://modelscope.cn/models/qwen/Qwen2.5-7B-Instruct", 0},
    Family{"Qwen2.5-72B-Instruct", "nlp", "text-generation", "ModelScope", "qwen", "PyTorch",
           "zh,en", 72700, "The largest open Qwen2.5 chat model.",
           "https://modelscope.cn/models/qwen/Qwen2.5-72B-Instruct", 0},
    Family{"Qwen2-VL-7B-Instruct", "multimodal", "image-text-to-text", "ModelScope", "apache-2.0",
           "PyTorch", "zh,en", 8290, "Vision-language Qwen2 model for images and video.",
           "https://modelscope.cn/models/qwen/Qwen2-VL-7B-Instruct", 1},
    Family{"Llama-3.1-8B-Instruct", "nlp", "text-generation", "HuggingFace", "llama3.1", "PyTorch",
           "en", 8030, "Meta Llama 3.1 instruction model.",
           "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct", 0},
    Family{"Llama-3.1-70B-Instruct", "nlp", "text-generation", "HuggingFace", "llama3.1", "PyTorch",
           "en", 70600, "Meta Llama 3.1 70B instruction model.",
           "https://huggingface.co/meta-llama/Llama-3.1-70B-Instruct", 0},
    Family{"Llama-3.2-3B", "nlp", "text-generation", "HuggingFace", "llama3.2", "PyTorch", "en",
           3210, "Small Llama 3.2 base model for on-device use.",
           "https://huggingface.co/meta-llama/Llama-3.2-3B", 0},
    Family{"bert-base-chinese", "nlp", "fill-mask", "HuggingFace", "apache-2.0", "PyTorch", "zh",
           102, "BERT base pretrained on Chinese Wikipedia.",
           "https://huggingface.co/google-bert/bert-base-chinese", 0},
    Family{"bert-base-uncased", "nlp", "text-classification", "HuggingFace", "apache-2.0",
           "PyTorch", "en", 110, "The original uncased BERT base model.",
           "https://huggingface.co/google-bert/bert-base-uncased", 0},
    Family{"roberta-large", "nlp", "text-classification", "HuggingFace", "mit", "PyTorch", "en",
           355, "RoBERTa large, robustly optimised BERT pretraining.",
           "https://huggingface.co/FacebookAI/roberta-large", 0},
    Family{"bge-large-zh-v1.5", "nlp", "sentence-embedding", "ModelScope", "mit", "PyTorch", "zh",
           326, "BAAI general embedding for Chinese retrieval.",
           "https://modelscope.cn/models/BAAI/bge-large-zh-v1.5", 0},
    Family{"chatglm3-6b", "nlp", "text-generation", "ModelScope", "chatglm3", "PyTorch", "zh,en",
           6240, "ChatGLM3 bilingual dialogue model.",
           "https://modelscope.cn/models/ZhipuAI/chatglm3-6b", 0},
    Family{"Baichuan2-13B-Chat", "nlp", "text-generation", "ModelScope", "baichuan2", "PyTorch",
           "zh,en", 13900, "Baichuan2 13B chat model.",
           "https://modelscope.cn/models/baichuan-inc/Baichuan2-13B-Chat", 0},
    Family{"DeepSeek-V2-Lite-Chat", "nlp", "text-generation", "HuggingFace", "deepseek", "PyTorch",
           "zh,en", 15700, "Mixture-of-experts chat model with 2.4B active parameters.",
           "https://huggingface.co/deepseek-ai/DeepSeek-V2-Lite-Chat", 0},
    Family{"Mistral-7B-Instruct-v0.3", "nlp", "text-generation", "HuggingFace", "apache-2.0",
           "PyTorch", "en,fr", 7250, "Mistral 7B instruct with function calling.",
           "https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3", 0},
    Family{"t5-base", "nlp", "translation", "HuggingFace", "apache-2.0", "TensorFlow", "en,de,fr",
           223, "Text-to-text transfer transformer, base size.",
           "https://huggingface.co/google-t5/t5-base", 0},
    Family{"stable-diffusion-xl-base-1.0", "aigc", "text-to-image", "HuggingFace", "openrail++",
           "PyTorch", "en", 3500, "SDXL base model for 1024px images.",
           "https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0", 1},
    Family{"stable-diffusion-v1-5", "aigc", "text-to-image", "HuggingFace", "creativeml-openrail-m",
           "PyTorch", "en", 983, "Stable Diffusion 1.5 latent text-to-image model.",
           "https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5", 1},
    Family{"anime-illustration-xl", "aigc", "text-to-image", "Civitai", "openrail++", "PyTorch",
           "en", 3500, "Community SDXL fine-tune for anime illustration.",
           "https://civitai.com/models/anime-illustration-xl", 1},
    Family{"clip-vit-large-patch14", "multimodal", "zero-shot-image-classification", "HuggingFace",
           "mit", "PyTorch", "en", 428, "OpenAI CLIP ViT-L/14.",
           "https://huggingface.co/openai/clip-vit-large-patch14", 1},
    Family{"resnet-50", "cv", "image-classification", "HuggingFace", "apache-2.0", "PyTorch", "",
           26, "ResNet-50 trained on ImageNet-1k.", "https://huggingface.co/microsoft/resnet-50",
           1},
    Family{"yolov8n", "cv", "object-detection", "ModelScope", "agpl-3.0", "PyTorch", "", 3,
           "Nano YOLOv8 detector for edge devices.",
           "https://modelscope.cn/models/ultralytics/yolov8n", 1},
    Family{"sam-vit-huge", "cv", "image-segmentation", "HuggingFace", "apache-2.0", "PyTorch", "",
           641, "Segment Anything with a ViT-H image encoder.",
           "https://huggingface.co/facebook/sam-vit-huge", 1},
    Family{"whisper-large-v3", "audio", "automatic-speech-recognition", "HuggingFace", "apache-2.0",
           "PyTorch", "multilingual", 1550, "Whisper large v3 speech recognition.",
           "https://huggingface.co/openai/whisper-large-v3", 2},
    Family{"whisper-small", "audio", "automatic-speech-recognition", "HuggingFace", "apache-2.0",
           "PyTorch", "multilingual", 244, "Whisper small speech recognition.",
           "https://huggingface.co/openai/whisper-small", 2},
    Family{"paraformer-zh", "audio", "automatic-speech-recognition", "ModelScope", "apache-2.0",
           "PyTorch", "zh", 220, "Non-autoregressive Chinese ASR from FunASR.",
           "https://modelscope.cn/models/iic/"
           "speech_paraformer-large_asr_nat-zh-cn-16k-common-vocab8404-pytorch",
           2},
    Family{"CosyVoice-300M", "audio", "text-to-speech", "ModelScope", "apache-2.0", "PyTorch",
           "zh,en", 300, "Multilingual zero-shot speech synthesis.",
           "https://modelscope.cn/models/iic/CosyVoice-300M", 2},
};

struct Variant
{
    const char *suffix;
    const char *modelType;
    const char *stage;
    const char *purpose;
};

constexpr std::array Variants{
    Variant{"", "Checkpoint", "prod", "base"},
    Variant{"-lora-support", "LoRA", "dev", "customer-support fine-tune"},
    Variant{"-int4", "Quantized", "staging", "4-bit quantized for inference"},
};

constexpr std::array Teams{"search", "assistant", "vision", "speech", "platform"};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString slug(const QString &name)
{
    return name.toLower().replace(u'.', u'-');
}

QString modelId(QRandomGenerator &random)
{
    static constexpr char Alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    char id[26] = {'m', 'o', 'd', 'e', 'l', '-'};
    for (int i = 6; i < 26; ++i)
        id[i] = Alphabet[random.bounded(int(sizeof(Alphabet) - 1))];
    return QString::fromLatin1(id, 26);
}

QDateTime demoEpoch()
{
    return QDateTime(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC);
}

// The versions of the model at `index` of models(): deterministic, from the model's own values.
QList<pai::ModelVersion> versionsOf(const pai::Model &model, const Family &family, int index)
{
    const int count = 1 + (index * 7 + 3) % 5;
    const bool torch = QByteArray(family.framework) == "PyTorch";
    const QStringList formats = torch ? QStringList{u"TorchScript"_s, u"ONNX"_s}
                                      : QStringList{u"SavedModel"_s, u"Frozen Pb"_s};
    const QString framework = torch ? u"Pytorch"_s : u"TensorFlow"_s;
    const QString bucket = u"oss://paidesk-demo.oss-cn-hangzhou.aliyuncs.com"_s;
    QDateTime created = QDateTime::fromString(model.gmtCreateTime, Qt::ISODate).addSecs(3 * 3600);
    QList<pai::ModelVersion> result;
    for (int v = 0; v < count; ++v) {
        pai::ModelVersion version;
        // Most models follow the service's own numbering; every sixth was named by hand.
        version.versionName =
            index % 6 == 5 ? (v == 0 ? u"1.0.0"_s : u"1.%1.0"_s.arg(v)) : u"0.%1.0"_s.arg(v + 1);
        if (index % 6 == 5 && v == count - 1 && count > 1)
            version.versionName = u"1.%1.0_rc"_s.arg(v);
        version.versionDescription =
            v == 0 ? u"First import of %1."_s.arg(model.modelName)
                   : u"Retrained on %1 with %2 more steps."_s
                         .arg(v % 2 ? u"internal-sft-v%1"_s.arg(v + 1) : u"public-mix"_s)
                         .arg(1000 * (v + 1));
        version.uri = u"%1/models/%2/%3/"_s.arg(bucket, slug(model.modelName), version.versionName);
        version.formatType = formats.at((index + v) % formats.size());
        version.frameworkType = framework;
        // Older versions are decided; the newest often waits for approval.
        const bool newest = v == count - 1;
        version.approvalStatus = newest && index % 3 != 0 ? u"Pending"_s
                                 : (index + v) % 7 == 4   ? u"Rejected"_s
                                                          : u"Approved"_s;
        const QString region = u"cn-hangzhou"_s;
        switch ((index + v) % 3) {
        case 0:
            version.sourceType = u"TrainingService"_s;
            version.sourceId = u"region=%1,workspaceId=%2,kind=ServiceJob,id=dlc-%3"_s.arg(
                region, model.workspaceId, model.modelId.mid(6, 10) + QString::number(v));
            break;
        case 1:
            version.sourceType = u"PAIFlow"_s;
            version.sourceId = u"region=%1,workspaceId=%2,kind=PipelineRun,id=flow-%3"_s.arg(
                region, model.workspaceId, model.modelId.mid(8, 10) + QString::number(v));
            break;
        default:
            version.sourceType = u"Custom"_s;
            version.sourceId = u"upload-%1"_s.arg(v + 1);
            break;
        }
        version.options = v % 2 ? u"{\"autoscale\":true}"_s : u"{}"_s;
        version.inferenceSpec =
            QJsonObject{{u"processor"_s, torch ? u"pytorch_gpu_1.10"_s : u"tensorflow_gpu_1.12"_s},
                        {u"metadata"_s, QJsonObject{{u"instance"_s, 1 + v % 2},
                                                    {u"cpu"_s, 4 << (v % 2)},
                                                    {u"memory"_s, 16000 << (v % 2)}}}};
        version.metrics = QJsonObject{
            {u"Results"_s,
             QJsonArray{QJsonObject{
                 {u"Dataset"_s, QJsonObject{{u"DatasetId"_s, u"d-demo%1eval"_s.arg(index % 9)}}},
                 {u"Metrics"_s, QJsonObject{{u"accuracy"_s, (800 + 20 * v + index % 17) / 1000.0},
                                            {u"loss"_s, (400 - 30 * v) / 1000.0}}}}}}};
        if (v > 0) {
            version.trainingSpec = QJsonObject{
                {u"BaseVersion"_s, result.constLast().versionName},
                {u"Hyperparameters"_s,
                 QJsonObject{{u"learning_rate"_s, 0.0001 * (v + 1)}, {u"epochs"_s, 2 + v}}}};
        }
        if (index % 4 == 1)
            version.extraInfo = QJsonObject{
                {u"CoverUris"_s, QJsonArray{u"%1/covers/%2-%3.png"_s.arg(
                                     bucket, slug(model.modelName), version.versionName)}}};
        version.labels.append({u"stage"_s, newest ? u"staging"_s : u"prod"_s});
        if (v % 2 == 0)
            version.labels.append({u"quantized"_s, v == 2 ? u"int8"_s : u"none"_s});
        version.ownerId = model.ownerId;
        version.userId = model.userId;
        version.gmtCreateTime = ModelStore::versionTimestamp(created.addMSecs(index * 37 + v));
        version.gmtModifiedTime =
            ModelStore::versionTimestamp(created.addSecs(600 * (v + 1)).addMSecs(index * 11));
        result.append(version);
        created = created.addDays(2 + (index + v) % 5).addSecs(977 * v);
    }
    return result;
}

} // namespace

namespace {

struct GalleryEntry
{
    const char *name;
    const char *domain;
    const char *task;
    const char *origin;
    const char *license;
    const char *framework;
    qint64 parameterSize; // in millions
    const char *description;
    const char *doc;
};

// Alibaba's public Model Gallery (Provider=pai): well-known open models as PAI offers them.
constexpr std::array GalleryEntries{
    GalleryEntry{"Qwen2.5-0.5B-Instruct", "nlp", "text-generation", "ModelScope", "apache-2.0",
                 "PyTorch", 494, "The smallest Qwen2.5 chat model, for edge devices.",
                 "https://modelscope.cn/models/qwen/Qwen2.5-0.5B-Instruct"},
    GalleryEntry{"Qwen2.5-1.5B-Instruct", "nlp", "text-generation", "ModelScope", "apache-2.0",
                 "PyTorch", 1540, "Compact Qwen2.5 chat model.",
                 "https://modelscope.cn/models/qwen/Qwen2.5-1.5B-Instruct"},
    GalleryEntry{"Qwen2.5-3B-Instruct", "nlp", "text-generation", "ModelScope", "qwen-research",
                 "PyTorch", 3090, "Qwen2.5 chat model, 3B.",
                 "https://modelscope.cn/models/qwen/Qwen2.5-3B-Instruct"},
    GalleryEntry{"Qwen2.5-7B-Instruct", "nlp", "text-generation", "ModelScope", "apache-2.0",
                 "PyTorch", 7620, "Instruction-tuned Qwen2.5 chat model with 128K context.",
                 "https://modelscope.cn/models/qwen/Qwen2.5-7B-Instruct"},
    GalleryEntry{"Qwen2.5-14B-Instruct", "nlp", "text-generation", "ModelScope", "apache-2.0",
                 "PyTorch", 14700, "Qwen2.5 chat model, 14B.",
                 "https://modelscope.cn/models/qwen/Qwen2.5-14B-Instruct"},
    GalleryEntry{"Qwen2.5-32B-Instruct", "nlp", "text-generation", "ModelScope", "apache-2.0",
                 "PyTorch", 32800, "Qwen2.5 chat model, 32B.",
                 "https://modelscope.cn/models/qwen/Qwen2.5-32B-Instruct"},
    GalleryEntry{"Qwen2.5-72B-Instruct", "nlp", "text-generation", "ModelScope", "qwen", "PyTorch",
                 72700, "The largest open Qwen2.5 chat model.",
                 "https://modelscope.cn/models/qwen/Qwen2.5-72B-Instruct"},
    GalleryEntry{"Qwen2.5-Coder-7B-Instruct", "nlp", "code-generation", "ModelScope", "apache-2.0",
                 "PyTorch", 7620, "Qwen2.5 tuned for code generation and repair.",
                 "https://modelscope.cn/models/qwen/Qwen2.5-Coder-7B-Instruct"},
    GalleryEntry{"Qwen2.5-Math-7B-Instruct", "nlp", "text-generation", "ModelScope", "apache-2.0",
                 "PyTorch", 7620, "Qwen2.5 for mathematical reasoning.",
                 "https://modelscope.cn/models/qwen/Qwen2.5-Math-7B-Instruct"},
    GalleryEntry{"QwQ-32B", "nlp", "text-generation", "ModelScope", "apache-2.0", "PyTorch", 32800,
                 "Qwen reasoning model.", "https://modelscope.cn/models/qwen/QwQ-32B"},
    GalleryEntry{"Qwen3-8B", "nlp", "text-generation", "ModelScope", "apache-2.0", "PyTorch", 8190,
                 "Qwen3 with thinking and non-thinking modes.",
                 "https://modelscope.cn/models/qwen/Qwen3-8B"},
    GalleryEntry{"Qwen3-30B-A3B", "nlp", "text-generation", "ModelScope", "apache-2.0", "PyTorch",
                 30500, "Qwen3 mixture-of-experts model with 3B active parameters.",
                 "https://modelscope.cn/models/qwen/Qwen3-30B-A3B"},
    GalleryEntry{"Qwen2-VL-2B-Instruct", "multimodal", "image-text-to-text", "ModelScope",
                 "apache-2.0", "PyTorch", 2210, "Small vision-language Qwen2 model.",
                 "https://modelscope.cn/models/qwen/Qwen2-VL-2B-Instruct"},
    GalleryEntry{"Qwen2-VL-7B-Instruct", "multimodal", "image-text-to-text", "ModelScope",
                 "apache-2.0", "PyTorch", 8290, "Vision-language Qwen2 model for images and video.",
                 "https://modelscope.cn/models/qwen/Qwen2-VL-7B-Instruct"},
    GalleryEntry{"Qwen2-Audio-7B-Instruct", "audio", "audio-text-to-text", "ModelScope",
                 "apache-2.0", "PyTorch", 8400, "Qwen2 that listens: speech and sound to text.",
                 "https://modelscope.cn/models/qwen/Qwen2-Audio-7B-Instruct"},
    GalleryEntry{"Meta-Llama-3.1-8B-Instruct", "nlp", "text-generation", "HuggingFace", "llama3.1",
                 "PyTorch", 8030, "Meta Llama 3.1 instruction model.",
                 "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct"},
    GalleryEntry{"Meta-Llama-3.1-70B-Instruct", "nlp", "text-generation", "HuggingFace", "llama3.1",
                 "PyTorch", 70600, "Meta Llama 3.1 70B instruction model.",
                 "https://huggingface.co/meta-llama/Llama-3.1-70B-Instruct"},
    GalleryEntry{"Meta-Llama-3.1-405B-Instruct", "nlp", "text-generation", "HuggingFace",
                 "llama3.1", "PyTorch", 406000, "The largest Llama 3.1 model.",
                 "https://huggingface.co/meta-llama/Llama-3.1-405B-Instruct"},
    GalleryEntry{"Llama-3.2-1B-Instruct", "nlp", "text-generation", "HuggingFace", "llama3.2",
                 "PyTorch", 1240, "Small Llama 3.2 model for on-device use.",
                 "https://huggingface.co/meta-llama/Llama-3.2-1B-Instruct"},
    GalleryEntry{"Llama-3.2-3B-Instruct", "nlp", "text-generation", "HuggingFace", "llama3.2",
                 "PyTorch", 3210, "Llama 3.2 3B instruction model.",
                 "https://huggingface.co/meta-llama/Llama-3.2-3B-Instruct"},
    GalleryEntry{"Llama-3.2-11B-Vision-Instruct", "multimodal", "image-text-to-text", "HuggingFace",
                 "llama3.2", "PyTorch", 10600, "Llama 3.2 with image input.",
                 "https://huggingface.co/meta-llama/Llama-3.2-11B-Vision-Instruct"},
    GalleryEntry{"Llama-3.3-70B-Instruct", "nlp", "text-generation", "HuggingFace", "llama3.3",
                 "PyTorch", 70600, "Llama 3.3 70B instruction model.",
                 "https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct"},
    GalleryEntry{"DeepSeek-R1-Distill-Qwen-7B", "nlp", "text-generation", "ModelScope", "mit",
                 "PyTorch", 7620, "DeepSeek-R1 reasoning distilled into Qwen2.5 7B.",
                 "https://modelscope.cn/models/deepseek-ai/DeepSeek-R1-Distill-Qwen-7B"},
    GalleryEntry{"DeepSeek-R1-Distill-Qwen-32B", "nlp", "text-generation", "ModelScope", "mit",
                 "PyTorch", 32800, "DeepSeek-R1 reasoning distilled into Qwen2.5 32B.",
                 "https://modelscope.cn/models/deepseek-ai/DeepSeek-R1-Distill-Qwen-32B"},
    GalleryEntry{"DeepSeek-V3", "nlp", "text-generation", "ModelScope", "deepseek", "PyTorch",
                 671000, "Mixture-of-experts model with 37B active parameters.",
                 "https://modelscope.cn/models/deepseek-ai/DeepSeek-V3"},
    GalleryEntry{"Mistral-7B-Instruct-v0.3", "nlp", "text-generation", "HuggingFace", "apache-2.0",
                 "PyTorch", 7250, "Mistral 7B instruct with function calling.",
                 "https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3"},
    GalleryEntry{"Mixtral-8x7B-Instruct-v0.1", "nlp", "text-generation", "HuggingFace",
                 "apache-2.0", "PyTorch", 46700, "Sparse mixture of eight Mistral experts.",
                 "https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1"},
    GalleryEntry{"gemma-2-9b-it", "nlp", "text-generation", "HuggingFace", "gemma", "PyTorch", 9240,
                 "Google Gemma 2 instruction model.",
                 "https://huggingface.co/google/gemma-2-9b-it"},
    GalleryEntry{"glm-4-9b-chat", "nlp", "text-generation", "ModelScope", "glm-4", "PyTorch", 9400,
                 "GLM-4 bilingual chat model.",
                 "https://modelscope.cn/models/ZhipuAI/glm-4-9b-chat"},
    GalleryEntry{"Yi-1.5-9B-Chat", "nlp", "text-generation", "ModelScope", "apache-2.0", "PyTorch",
                 8830, "Yi 1.5 bilingual chat model.",
                 "https://modelscope.cn/models/01ai/Yi-1.5-9B-Chat"},
    GalleryEntry{"internlm2_5-7b-chat", "nlp", "text-generation", "ModelScope", "apache-2.0",
                 "PyTorch", 7740, "InternLM 2.5 chat model.",
                 "https://modelscope.cn/models/Shanghai_AI_Laboratory/internlm2_5-7b-chat"},
    GalleryEntry{"Baichuan2-7B-Chat", "nlp", "text-generation", "ModelScope", "baichuan2",
                 "PyTorch", 7510, "Baichuan2 7B chat model.",
                 "https://modelscope.cn/models/baichuan-inc/Baichuan2-7B-Chat"},
    GalleryEntry{"bge-m3", "nlp", "sentence-embedding", "ModelScope", "mit", "PyTorch", 568,
                 "Multilingual dense, sparse and multi-vector embeddings.",
                 "https://modelscope.cn/models/BAAI/bge-m3"},
    GalleryEntry{"bge-reranker-v2-m3", "nlp", "text-ranking", "ModelScope", "apache-2.0", "PyTorch",
                 568, "Multilingual reranker for retrieval.",
                 "https://modelscope.cn/models/BAAI/bge-reranker-v2-m3"},
    GalleryEntry{"gte-Qwen2-7B-instruct", "nlp", "sentence-embedding", "ModelScope", "apache-2.0",
                 "PyTorch", 7610, "General text embedding built on Qwen2.",
                 "https://modelscope.cn/models/iic/gte_Qwen2-7B-instruct"},
    GalleryEntry{"bert-base-chinese", "nlp", "fill-mask", "HuggingFace", "apache-2.0", "PyTorch",
                 102, "BERT base pretrained on Chinese Wikipedia.",
                 "https://huggingface.co/google-bert/bert-base-chinese"},
    GalleryEntry{"stable-diffusion-v1-5", "aigc", "text-to-image", "HuggingFace",
                 "creativeml-openrail-m", "PyTorch", 983,
                 "Stable Diffusion 1.5 latent text-to-image model.",
                 "https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5"},
    GalleryEntry{"stable-diffusion-xl-base-1.0", "aigc", "text-to-image", "HuggingFace",
                 "openrail++", "PyTorch", 3500, "SDXL base model for 1024px images.",
                 "https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0"},
    GalleryEntry{"stable-diffusion-3-medium", "aigc", "text-to-image", "HuggingFace",
                 "stabilityai-nc", "PyTorch", 2000, "Stable Diffusion 3, medium size.",
                 "https://huggingface.co/stabilityai/stable-diffusion-3-medium"},
    GalleryEntry{"FLUX.1-dev", "aigc", "text-to-image", "HuggingFace", "flux-1-dev-nc", "PyTorch",
                 12000, "Rectified-flow transformer for text-to-image.",
                 "https://huggingface.co/black-forest-labs/FLUX.1-dev"},
    GalleryEntry{"FLUX.1-schnell", "aigc", "text-to-image", "HuggingFace", "apache-2.0", "PyTorch",
                 12000, "Fast FLUX.1 for one to four steps.",
                 "https://huggingface.co/black-forest-labs/FLUX.1-schnell"},
    GalleryEntry{"Kolors", "aigc", "text-to-image", "ModelScope", "kolors", "PyTorch", 2600,
                 "Bilingual latent diffusion text-to-image model.",
                 "https://modelscope.cn/models/Kwai-Kolors/Kolors"},
    GalleryEntry{"clip-vit-large-patch14", "multimodal", "zero-shot-image-classification",
                 "HuggingFace", "mit", "PyTorch", 428, "OpenAI CLIP ViT-L/14.",
                 "https://huggingface.co/openai/clip-vit-large-patch14"},
    GalleryEntry{"sam2-hiera-large", "cv", "image-segmentation", "HuggingFace", "apache-2.0",
                 "PyTorch", 224, "Segment Anything 2 for images and video.",
                 "https://huggingface.co/facebook/sam2-hiera-large"},
    GalleryEntry{"yolov8s", "cv", "object-detection", "ModelScope", "agpl-3.0", "PyTorch", 11,
                 "Small YOLOv8 detector.", "https://modelscope.cn/models/ultralytics/yolov8s"},
    GalleryEntry{"resnet-50", "cv", "image-classification", "HuggingFace", "apache-2.0",
                 "TensorFlow", 26, "ResNet-50 trained on ImageNet-1k.",
                 "https://huggingface.co/microsoft/resnet-50"},
    GalleryEntry{"whisper-large-v3", "audio", "automatic-speech-recognition", "HuggingFace",
                 "apache-2.0", "PyTorch", 1550, "Whisper large v3 speech recognition.",
                 "https://huggingface.co/openai/whisper-large-v3"},
    GalleryEntry{"SenseVoiceSmall", "audio", "automatic-speech-recognition", "ModelScope",
                 "apache-2.0", "PyTorch", 234,
                 "Speech recognition with language, emotion and event detection.",
                 "https://modelscope.cn/models/iic/SenseVoiceSmall"},
    GalleryEntry{"CosyVoice2-0.5B", "audio", "text-to-speech", "ModelScope", "apache-2.0",
                 "PyTorch", 500, "Streaming multilingual speech synthesis.",
                 "https://modelscope.cn/models/iic/CosyVoice2-0.5B"},
};

// The gallery's versions of the entry at `index`: PAI's own copies of the published weights in
// its Hangzhou bucket, one to three per model, every one approved.
QList<pai::ModelVersion> galleryVersionsOf(const pai::Model &model, const GalleryEntry &entry,
                                           int index)
{
    const int count = 1 + index % 3;
    const bool torch = QByteArray(entry.framework) == "PyTorch";
    const QString bucket = u"oss://pai-quickstart-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com"_s;
    const QString source =
        QByteArray(entry.origin) == "ModelScope" ? u"modelscope"_s : u"huggingface"_s;
    QDateTime created = QDateTime::fromString(model.gmtCreateTime, Qt::ISODate).addSecs(1800);
    QList<pai::ModelVersion> result;
    for (int v = 0; v < count; ++v) {
        pai::ModelVersion version;
        version.versionName = u"0.%1.0"_s.arg(v + 1);
        version.versionDescription = v == 0 ? u"Published weights of %1."_s.arg(model.modelName)
                                            : u"Refreshed weights, revision %1."_s.arg(v + 1);
        version.uri =
            u"%1/%2/models/%3/%4/"_s.arg(bucket, source, model.modelName, version.versionName);
        version.formatType = torch ? u"TorchScript"_s : u"SavedModel"_s;
        version.frameworkType = torch ? u"Pytorch"_s : u"TensorFlow"_s;
        version.approvalStatus = u"Approved"_s;
        version.sourceType = u"Custom"_s;
        version.options = u"{}"_s;
        version.inferenceSpec =
            QJsonObject{{u"processor"_s, torch ? u"pytorch_gpu_1.10"_s : u"tensorflow_gpu_1.12"_s}};
        version.labels.append({u"license"_s, text(entry.license)});
        version.gmtCreateTime = ModelStore::versionTimestamp(created.addMSecs(index * 13 + v));
        version.gmtModifiedTime = version.gmtCreateTime;
        result.append(version);
        created = created.addDays(20 + index % 11);
    }
    return result;
}

// Gallery models are dated before the demo workspaces' models, in a steady rhythm.
QDateTime galleryEpoch()
{
    return demoEpoch().addDays(-200);
}

} // namespace

QList<pai::Model> galleryModels()
{
    QRandomGenerator random(GallerySeed);
    QList<pai::Model> result;
    result.reserve(qsizetype(GalleryEntries.size()));
    QDateTime created = galleryEpoch();
    int index = 0;
    for (const GalleryEntry &entry : GalleryEntries) {
        pai::Model model;
        model.modelId = modelId(random);
        model.modelName = text(entry.name);
        model.modelDescription = text(entry.description);
        model.modelDoc = text(entry.doc);
        model.modelType = u"Checkpoint"_s;
        model.domain = text(entry.domain);
        model.task = text(entry.task);
        model.origin = text(entry.origin);
        model.provider = pai::Gallery::provider();
        model.accessibility = u"PUBLIC"_s;
        model.orderNumber = qint64(1000 - index * 10);
        model.parameterSize = entry.parameterSize * 1000000;
        // No workspace and no owner of the caller's: the gallery is Alibaba's.
        model.gmtCreateTime = ModelStore::modelTimestamp(created);
        model.gmtModifiedTime = ModelStore::modelTimestamp(created.addDays(3));
        model.labels.append({u"license"_s, text(entry.license)});
        model.labels.append({u"framework"_s, text(entry.framework)});
        model.labels.append({u"collection"_s, index % 4 == 0 ? u"QuickStart"_s : u"AI4D"_s});
        model.extraInfo = QJsonObject{
            {u"Rating"_s, (40 + index % 10) / 10.0},
            {u"RatingCount"_s, 120 + index * 37},
            {u"DownloadCount"_s, 25000 + index * 4111},
            {u"FavoriteCount"_s, 800 + index * 53},
            {u"CoverUris"_s,
             QJsonArray{
                 u"oss://pai-quickstart-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/covers/%1.png"_s
                     .arg(slug(model.modelName))}},
        };
        const QList<pai::ModelVersion> modelVersions = galleryVersionsOf(model, entry, index);
        model.latestVersion = pai::WireJson::versionToJson(modelVersions.constLast());
        model.gmtLatestVersionModifiedTime = modelVersions.constLast().gmtModifiedTime;
        result.append(model);
        created = created.addSecs(26 * 3600 + 17 * 60);
        ++index;
    }
    return result;
}

QHash<QString, QList<pai::ModelVersion>> galleryVersions()
{
    const QList<pai::Model> all = galleryModels();
    QHash<QString, QList<pai::ModelVersion>> result;
    result.reserve(all.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        result.insert(all.at(i).modelId,
                      galleryVersionsOf(all.at(i), GalleryEntries.at(std::size_t(i)), int(i)));
    return result;
}

void populateGallery(ModelStore &store)
{
    QList<pai::Model> missing;
    QHash<QString, QList<pai::ModelVersion>> versions;
    const QHash<QString, QList<pai::ModelVersion>> all = galleryVersions();
    for (const pai::Model &model : galleryModels()) {
        if (store.model(model.modelId))
            continue;
        missing.append(model);
        versions.insert(model.modelId, all.value(model.modelId));
    }
    if (missing.isEmpty())
        return;
    store.addModels(missing);
    store.addVersions(versions);
}

QList<pai::Workspace> workspaces()
{
    const auto make = [](const char *id, const char *name, const char *display,
                         const char *description, QStringList envTypes, bool isDefault,
                         int dayOffset) {
        pai::Workspace workspace;
        workspace.workspaceId = text(id);
        workspace.workspaceName = text(name);
        workspace.displayName = text(display);
        workspace.description = text(description);
        workspace.creator = u"1557702098000000"_s;
        workspace.status = u"ENABLED"_s;
        workspace.envTypes = std::move(envTypes);
        workspace.adminNames = {u"pai-admin"_s};
        workspace.isDefault = isDefault;
        workspace.extraInfos = QJsonObject{{u"TenantId"_s, u"3024000000001"_s}};
        workspace.resourceGroupId = u"rg-acfmdemo%1"_s.arg(text(id));
        const QDateTime created = demoEpoch().addDays(-90 + dayOffset);
        workspace.gmtCreateTime = ModelStore::workspaceTimestamp(created.addMSecs(232));
        workspace.gmtModifiedTime = ModelStore::workspaceTimestamp(created.addDays(30));
        workspace.owner = QJsonObject{{u"UserId"_s, u"1557702098000000"_s},
                                      {u"UserKp"_s, u"1557702098000000"_s},
                                      {u"UserName"_s, u"pai-admin"_s},
                                      {u"DisplayName"_s, u"PAI Admin"_s}};
        return workspace;
    };
    return {
        make("23801", "llm_research", "LLM Research", "Large language models: training and evals",
             {u"dev"_s, u"prod"_s}, true, 0),
        make("23802", "vision_lab", "Vision Lab", "Image generation and computer vision",
             {u"dev"_s, u"prod"_s}, false, 3),
        make("23803", "speech_prod", "Speech Production", "Speech recognition and synthesis",
             {u"prod"_s}, false, 7),
    };
}

QList<pai::Model> models()
{
    const QList<pai::Workspace> spaces = workspaces();
    QRandomGenerator random(DefaultSeed);
    QList<pai::Model> result;
    result.reserve(qsizetype(Families.size() * Variants.size()));
    QDateTime created = demoEpoch();
    int index = 0;
    for (const Variant &variant : Variants) {
        for (const Family &family : Families) {
            pai::Model model;
            model.modelId = modelId(random);
            model.modelName = text(family.name) + text(variant.suffix);
            model.modelDescription = text(family.description);
            if (*variant.purpose != 'b')
                model.modelDescription += u" Variant: %1."_s.arg(text(variant.purpose));
            model.modelDoc = text(family.doc);
            model.modelType = text(variant.modelType);
            model.domain = text(family.domain);
            model.task = text(family.task);
            model.origin = text(family.origin);
            model.accessibility = index % 4 == 0 ? u"PUBLIC"_s : u"PRIVATE"_s;
            model.orderNumber = index % 5 == 0 ? std::optional<qint64>() : qint64(100 + index);
            model.parameterSize = family.parameterSize * 1000000;
            model.workspaceId = spaces.at(family.workspace).workspaceId;
            model.ownerId = u"1557702098000000"_s;
            model.userId = index % 3 == 0 ? u"1557702098000001"_s : model.ownerId;
            model.gmtCreateTime = ModelStore::modelTimestamp(created);
            model.gmtModifiedTime =
                ModelStore::modelTimestamp(created.addSecs(3600 * (index % 48)));

            model.labels.append({u"license"_s, text(family.license)});
            model.labels.append({u"framework"_s, text(family.framework)});
            if (*family.language)
                model.labels.append({u"language"_s, text(family.language).replace(u',', u' ')});
            model.labels.append({u"stage"_s, text(variant.stage)});
            model.labels.append({u"team"_s, text(Teams[std::size_t(index) % Teams.size()])});
            if (index % 7 == 3)
                model.tags.append({u"featured"_s, u"true"_s});

            const QString cover =
                u"oss://paidesk-demo.oss-cn-hangzhou.aliyuncs.com/covers/%1.png"_s.arg(
                    slug(model.modelName));
            model.extraInfo = QJsonObject{
                {u"Rating"_s, (35 + index % 15) / 10.0},
                {u"DownloadCount"_s, 1200 + index * 377},
                {u"CoverUris"_s, QJsonArray{cover}},
                {u"Training"_s,
                 QJsonObject{{u"Dataset"_s, index % 2 ? u"internal-sft-v3"_s : u"public-mix"_s},
                             {u"Epochs"_s, 1 + index % 4},
                             {u"Hyperparameters"_s, QJsonObject{{u"LearningRate"_s, 0.0002},
                                                                {u"BatchSize"_s, 16 << (index % 3)},
                                                                {u"Warmup"_s, index % 2 == 0}}}}},
                {u"Evaluation"_s, QJsonArray{QJsonObject{{u"Metric"_s, u"accuracy"_s},
                                                         {u"Value"_s, (70 + index % 25) / 100.0}},
                                             QJsonObject{{u"Metric"_s, u"latency_ms"_s},
                                                         {u"Value"_s, 20 + index % 90}}}},
            };
            if (variant.suffix[0] == '-' && variant.modelType[0] == 'L')
                model.extraInfo.insert(u"BaseModel"_s, text(family.name));

            const QList<pai::ModelVersion> modelVersions = versionsOf(model, family, index);
            model.latestVersion = pai::WireJson::versionToJson(modelVersions.constLast());
            model.gmtLatestVersionModifiedTime = modelVersions.constLast().gmtModifiedTime;
            result.append(model);
            created = created.addSecs(7 * 3600 + 13 * 60);
            ++index;
        }
    }
    return result;
}

QHash<QString, QList<pai::ModelVersion>> versions()
{
    // models() draws its IDs from the same seed, in the same order.
    const QList<pai::Model> all = models();
    QHash<QString, QList<pai::ModelVersion>> result;
    result.reserve(all.size());
    int index = 0;
    for (std::size_t variant = 0; variant < Variants.size(); ++variant) {
        for (const Family &family : Families) {
            const pai::Model &model = all.at(index);
            result.insert(model.modelId, versionsOf(model, family, index));
            ++index;
        }
    }
    return result;
}

namespace {

// "2024-03-01T08:00:00Z" without QDateTime formatting, which would dominate a large run.
QString utcTimestamp(qint64 secondsSinceEpoch)
{
    const qint64 days = secondsSinceEpoch / 86400;
    const qint64 secondOfDay = secondsSinceEpoch % 86400;
    int year = 0, month = 0, day = 0;
    QDate::fromJulianDay(QDate(1970, 1, 1).toJulianDay() + days).getDate(&year, &month, &day);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day,
                  int(secondOfDay / 3600), int(secondOfDay / 60 % 60), int(secondOfDay % 60));
    return QString::fromLatin1(text);
}

} // namespace

QList<pai::Model> generate(qsizetype count, const QStringList &workspaceIds, quint32 seed)
{
    struct FamilyText
    {
        QString name, description, domain, task, origin, license;
    };
    QList<FamilyText> families;
    for (const Family &family : Families) {
        families.append({text(family.name), text(family.description), text(family.domain),
                         text(family.task), text(family.origin), text(family.license)});
    }
    const QStringList modelTypes{u"Checkpoint"_s, u"LoRA"_s, u"Quantized"_s, u"ONNX"_s};
    const QStringList stages{u"dev"_s, u"staging"_s, u"prod"_s};
    const QString owner = u"1557702098000000"_s;
    const QString accessibility = u"PRIVATE"_s;
    const QString loadInfix = u"-load-"_s;
    const QString licenseKey = u"license"_s, stageKey = u"stage"_s, batchKey = u"batch"_s;
    const QJsonObject source{{u"Generator"_s, u"load"_s}, {u"Seed"_s, qint64(seed)}};

    QRandomGenerator random(seed);
    QList<pai::Model> result;
    result.reserve(count);
    const qint64 epochSeconds = demoEpoch().toSecsSinceEpoch();
    for (qsizetype i = 0; i < count; ++i) {
        const FamilyText &family = families.at(random.bounded(int(families.size())));
        pai::Model model;
        model.modelId = modelId(random);
        model.modelName = family.name + loadInfix + QString::number(i + 1).rightJustified(6, u'0');
        model.modelDescription = family.description;
        model.modelType = modelTypes.at(i % modelTypes.size());
        model.domain = family.domain;
        model.task = family.task;
        model.origin = family.origin;
        model.accessibility = accessibility;
        model.orderNumber = i;
        if (!workspaceIds.isEmpty())
            model.workspaceId = workspaceIds.at(i % workspaceIds.size());
        model.ownerId = owner;
        model.userId = owner;
        model.gmtCreateTime = utcTimestamp(epochSeconds + i * 60);
        model.gmtModifiedTime = model.gmtCreateTime;
        model.labels = {{licenseKey, family.license},
                        {stageKey, stages.at(i % stages.size())},
                        {batchKey, QString::number(i / 1000)}};
        model.extraInfo = QJsonObject{{u"Index"_s, qint64(i)}, {u"Source"_s, source}};
        result.append(std::move(model));
    }
    return result;
}

void populate(ModelStore &store)
{
    for (const pai::Workspace &workspace : workspaces()) {
        if (!store.hasWorkspace(workspace.workspaceId))
            store.addWorkspace(workspace);
    }
    store.addModels(models());
    store.addVersions(versions());
    populateGallery(store);
}

void populateGenerated(ModelStore &store, qsizetype count, quint32 seed)
{
    QStringList ids;
    for (const pai::Workspace &workspace : workspaces()) {
        ids.append(workspace.workspaceId);
        if (!store.hasWorkspace(workspace.workspaceId))
            store.addWorkspace(workspace);
    }
    store.addModels(generate(count, ids, seed));
}

} // namespace sandbox::DemoData
