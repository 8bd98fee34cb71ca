package qwen2

import "testing"

// TestHFNames pins the Hugging Face names (docs/qwen2.md's table) that the
// folder loader looks up, so the folder test, which writes names through the
// same table, cannot pass with a wrong one.
func TestHFNames(t *testing.T) {
	for gguf, hf := range map[string]string{
		"token_embd.weight":                "model.embed_tokens.weight",
		"output_norm.weight":               "model.norm.weight",
		"output.weight":                    "lm_head.weight",
		"blk.3.attn_norm.weight":           "model.layers.3.input_layernorm.weight",
		"blk.3.attn_q.weight":              "model.layers.3.self_attn.q_proj.weight",
		"blk.3.attn_q.bias":                "model.layers.3.self_attn.q_proj.bias",
		"blk.3.attn_k.weight":              "model.layers.3.self_attn.k_proj.weight",
		"blk.3.attn_k.bias":                "model.layers.3.self_attn.k_proj.bias",
		"blk.3.attn_v.weight":              "model.layers.3.self_attn.v_proj.weight",
		"blk.3.attn_v.bias":                "model.layers.3.self_attn.v_proj.bias",
		"blk.3.attn_output.weight":         "model.layers.3.self_attn.o_proj.weight",
		"blk.3.ffn_norm.weight":            "model.layers.3.post_attention_layernorm.weight",
		"blk.3.ffn_gate.weight":            "model.layers.3.mlp.gate_proj.weight",
		"blk.3.ffn_up.weight":              "model.layers.3.mlp.up_proj.weight",
		"blk.3.ffn_down.weight":            "model.layers.3.mlp.down_proj.weight",
		"blk.12.ffn_gate_inp.weight":       "model.layers.12.mlp.gate.weight",
		"blk.12.ffn_gate_shexp.weight":     "model.layers.12.mlp.shared_expert.gate_proj.weight",
		"blk.12.ffn_up_shexp.weight":       "model.layers.12.mlp.shared_expert.up_proj.weight",
		"blk.12.ffn_down_shexp.weight":     "model.layers.12.mlp.shared_expert.down_proj.weight",
		"blk.12.ffn_gate_inp_shexp.weight": "model.layers.12.mlp.shared_expert_gate.weight",
	} {
		if got := (hfSource{}).fileName(gguf); got != hf {
			t.Errorf("%s → %s, want %s", gguf, got, hf)
		}
	}
}
