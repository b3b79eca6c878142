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

resource "alicloud_pai_workspace_model_version" "model_0_v3_0_0" {
  model_id     = "model-0"
  uri          = "https://example.com/models/3.0.0"
  version_name = "3.0.0"
}

import {
  to = alicloud_pai_workspace_model_version.model_0_v3_0_0
  id = "model-0:3.0.0"
}

resource "alicloud_pai_workspace_model_version" "model_elsewhere_v0_1_0" {
  model_id     = "model-elsewhere"
  uri          = "https://example.com/models/0.1.0"
  version_name = "0.1.0"
}

import {
  to = alicloud_pai_workspace_model_version.model_elsewhere_v0_1_0
  id = "model-elsewhere:0.1.0"
}

resource "alicloud_pai_workspace_model_version" "model_elsewhere_v0_2_0" {
  model_id     = "model-elsewhere"
  uri          = "https://example.com/models/0.2.0"
  version_name = "0.2.0"
}

import {
  to = alicloud_pai_workspace_model_version.model_elsewhere_v0_2_0
  id = "model-elsewhere:0.2.0"
}
