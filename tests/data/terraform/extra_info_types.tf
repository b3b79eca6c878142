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

resource "alicloud_pai_workspace_model" "extra" {
  model_name   = "extra"
  workspace_id = "12345"

  # extra_info is a map of strings in the provider; these keys are stored as strings:
  # "flag", "float", "int", "neg", "off", "list", "object"
  extra_info = {
    flag   = "true"
    float  = "0.5"
    int    = "4096"
    list   = jsonencode([1, "two", [], { "for" = "$${x}" }])
    neg    = "-3"
    object = jsonencode({ "a.b" = { "" = true }, s = "%%{ if }" })
    off    = "false"
  }
}

import {
  to = alicloud_pai_workspace_model.extra
  id = "model-x"
}
