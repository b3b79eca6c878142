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

resource "alicloud_p_a_i_workspace_workspace" "ml_team" {
  workspace_name = "ml_team"
  description    = "Models of the ML team"
  display_name   = "ML team"
  env_types      = ["prod"]
}

import {
  to = alicloud_p_a_i_workspace_workspace.ml_team
  id = "12345"
}

resource "alicloud_p_a_i_workspace_model" "qwen_chat_7b" {
  model_name        = "qwen-chat-7b"
  workspace_id      = alicloud_p_a_i_workspace_workspace.ml_team.id
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
  to = alicloud_p_a_i_workspace_model.qwen_chat_7b
  id = "model-0123456789abcdef"
}

resource "alicloud_p_a_i_workspace_model" "resnet_50_imagenet" {
  model_name    = "Resnet 50 (ImageNet)"
  workspace_id  = alicloud_p_a_i_workspace_workspace.ml_team.id
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
  to = alicloud_p_a_i_workspace_model.resnet_50_imagenet
  id = "model-1111"
}
