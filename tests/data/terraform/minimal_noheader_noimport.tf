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
