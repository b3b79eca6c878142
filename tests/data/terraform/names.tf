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

resource "alicloud_pai_workspace_model" "my_model_3" {
  model_name   = "My Model"
  workspace_id = "12345"
}

import {
  to = alicloud_pai_workspace_model.my_model_3
  id = "model-c"
}

resource "alicloud_pai_workspace_model" "my_model" {
  model_name   = "my-model"
  workspace_id = "12345"
}

import {
  to = alicloud_pai_workspace_model.my_model
  id = "model-a"
}

resource "alicloud_pai_workspace_model" "my_model_2" {
  model_name   = "my.model"
  workspace_id = "12345"
}

import {
  to = alicloud_pai_workspace_model.my_model_2
  id = "model-b"
}

resource "alicloud_pai_workspace_model" "model_7b_chat" {
  model_name   = "7b-chat"
  workspace_id = "12345"
}

import {
  to = alicloud_pai_workspace_model.model_7b_chat
  id = "model-d"
}

resource "alicloud_pai_workspace_model" "bare" {
  model_name = "bare"
}

import {
  to = alicloud_pai_workspace_model.bare
  id = "model-e"
}

resource "alicloud_pai_workspace_model" "zero" {
  model_name   = "zero"
  workspace_id = "12345"
  order_number = 0
}

import {
  to = alicloud_pai_workspace_model.zero
  id = "model-f"
}
