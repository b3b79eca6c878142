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
