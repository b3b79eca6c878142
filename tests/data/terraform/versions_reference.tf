terraform {
  required_version = ">= 1.5.0"

  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.249.0"
    }
  }
}

provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_pai_workspace_model" "qwen_chat_7b" {
  model_name        = "qwen-chat-7b"
  workspace_id      = "12345"
  accessibility     = "PRIVATE"
  domain            = "nlp"
  task              = "text-generation"
  origin            = "ModelScope"
  model_type        = "Checkpoint"
  model_doc         = "https://example.com/qwen"
  model_description = "Fine-tuned \"chat\" model"
  order_number      = 1

  extra_info = {
    framework  = "PyTorch"
    max-tokens = "4096"
  }

  labels {
    key   = "base_model"
    value = "Qwen-7B"
  }
  labels {
    key   = "license"
    value = "apache-2.0"
  }
}

import {
  to = alicloud_pai_workspace_model.qwen_chat_7b
  id = "model-0123456789abcdef"
}

# Not exported, the provider has no attribute for: EvaluationSpec, DistillationSpec
resource "alicloud_pai_workspace_model_version" "qwen_chat_7b_v1_0_0" {
  model_id            = alicloud_pai_workspace_model.qwen_chat_7b.id
  uri                 = "oss://hz-example.oss-cn-hangzhou-internal.aliyuncs.com/checkpoints/"
  version_name        = "1.0.0"
  version_description = "First \"release\""
  format_type         = "SavedModel"
  framework_type      = "PyTorch"
  approval_status     = "Pending"
  source_type         = "TrainingService"
  source_id           = "region=$${region},workspaceId=$${workspace_id},kind=TrainingJob,id=job-id"
  options             = jsonencode({ test = "options" })

  # metrics is a map of strings in the provider; these keys are stored as strings:
  # "accuracy", "best", "Results"
  metrics = {
    Results  = jsonencode([{ Dataset = "d-1", loss = 0.4 }])
    accuracy = "0.175"
    best     = "true"
    note     = "ok"
  }

  training_spec = {
    test = "TrainingSpec"
  }

  # inference_spec is a map of strings in the provider; these keys are stored as strings:
  # "metadata"
  inference_spec = {
    metadata  = jsonencode({ cpu = 4 })
    processor = "pytorch_gpu"
  }

  extra_info = {
    test = "15"
  }

  labels {
    key   = "k1"
    value = "vs1"
  }
  labels {
    key   = "stage"
    value = "prod"
  }
}

import {
  to = alicloud_pai_workspace_model_version.qwen_chat_7b_v1_0_0
  id = "model-0123456789abcdef:1.0.0"
}

resource "alicloud_pai_workspace_model_version" "qwen_chat_7b_v1_1_0_rc" {
  model_id        = alicloud_pai_workspace_model.qwen_chat_7b.id
  uri             = "https://example.com/models/1.1.0_rc"
  version_name    = "1.1.0_rc"
  approval_status = "Approved"
  options         = jsonencode({ a = [true], b = 1 })
}

import {
  to = alicloud_pai_workspace_model_version.qwen_chat_7b_v1_1_0_rc
  id = "model-0123456789abcdef:1.1.0_rc"
}

resource "alicloud_pai_workspace_model" "resnet_50_imagenet" {
  model_name    = "Resnet 50 (ImageNet)"
  workspace_id  = "12345"
  accessibility = "PUBLIC"
  domain        = "cv"
  task          = "image-classification"
  order_number  = 20

  labels {
    key   = "team"
    value = "vision"
  }
}

import {
  to = alicloud_pai_workspace_model.resnet_50_imagenet
  id = "model-1111"
}

# Not exported, the provider has no attribute for: CompressionSpec
resource "alicloud_pai_workspace_model_version" "resnet_50_imagenet_v2_0_0" {
  model_id     = alicloud_pai_workspace_model.resnet_50_imagenet.id
  uri          = "https://example.com/models/2.0.0"
  version_name = "2.0.0"
  options      = "not json $${x}"
}

import {
  to = alicloud_pai_workspace_model_version.resnet_50_imagenet_v2_0_0
  id = "model-1111:2.0.0"
}
