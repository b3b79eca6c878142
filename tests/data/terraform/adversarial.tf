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

resource "alicloud_pai_workspace_model" "he_said_hi_c_path_next_line" {
  model_name        = "He said \"hi\" \\ C:\\path\nnext\tline\r"
  workspace_id      = "12345"
  model_doc         = "\\u0041 is not an escape"
  model_description = "uses $${var.x} and %%{ if x }yes%%{ endif } and $$${literal} 100% $"

  extra_info = {
    ""           = "empty key"
    "$${k}"      = "%%{v}"
    "1st"        = "digit"
    "a.b"        = "dotted"
    "for"        = "loop"
    "with space" = "spaced"
  }

  labels {
    key   = "q\"uote"
    value = "$${var.x}"
  }
  labels {
    key   = "tab\t"
    value = "%%{ if x }"
  }
  labels {
    key   = "emoji"
    value = "😀 👨\u200d👩\u200d👧 🇨🇳"
  }
  labels {
    key   = "中文"
    value = "值"
  }
}

import {
  to = alicloud_pai_workspace_model.he_said_hi_c_path_next_line
  id = "model-adv1"
}

resource "alicloud_pai_workspace_model" "model_adv2" {
  model_name        = "中文模型 😀"
  workspace_id      = "12345"
  model_description = "描述：模型 \u200b zero width, \u00a0 nbsp, \u2028 line sep"
  order_number      = 0
}

import {
  to = alicloud_pai_workspace_model.model_adv2
  id = "model-adv2"
}

resource "alicloud_pai_workspace_model" "ctl" {
  model_name        = "ctl"
  workspace_id      = "12345"
  model_description = "nul\u0000bel\u0007del\u007f\u0085\ufeff\ue000"
}

import {
  to = alicloud_pai_workspace_model.ctl
  id = "model-adv3"
}
