package qwen2

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

func TestHFConfig(t *testing.T) {
	base := `"architectures":["Qwen2ForCausalLM"],"hidden_size":896,"num_hidden_layers":24,"num_attention_heads":14,"intermediate_size":4864,"vocab_size":151936,"max_position_embeddings":32768`
	c, err := configFromHF([]byte(`{` + base + `}`))
	if err != nil {
		t.Fatal(err)
	}
	if c.Arch != "qwen2" || c.NHeadKV != 14 || c.HeadDim != 64 || c.RopeBase != 10000 || c.RMSEps != 1e-6 || c.TiedOutput || c.RopeScaling != "" {
		t.Errorf("defaults: %+v", c)
	}
	c, err = configFromHF([]byte(`{` + base + `,"num_key_value_heads":2,"rope_theta":1000000.0,"tie_word_embeddings":true,
		"rope_scaling":{"type":"yarn","factor":4.0,"original_max_position_embeddings":8192}}`))
	if err != nil {
		t.Fatal(err)
	}
	if c.NHeadKV != 2 || c.RopeBase != 1e6 || !c.TiedOutput || c.RopeScaling != "yarn" || c.RopeFactor != 4 || c.RopeOrigContext != 8192 {
		t.Errorf("explicit values: %+v", c)
	}
	// transformers 5 spells rope settings as rope_parameters; attention_factor
	// is the whole magnitude scale there.
	c, err = configFromHF([]byte(`{` + base + `,"rope_parameters":{"rope_type":"yarn","rope_theta":500000.0,"factor":2.0,"attention_factor":1.5}}`))
	if err != nil {
		t.Fatal(err)
	}
	if c.RopeBase != 5e5 || c.RopeScaling != "yarn" || c.RopeOrigContext != 32768 || math.Abs(c.RopeAttnFactor*(1+0.1*math.Log(2))-1.5) > 1e-12 {
		t.Errorf("rope_parameters: %+v", c)
	}
	moe := `"architectures":["Qwen2MoeForCausalLM"],"hidden_size":64,"num_hidden_layers":2,"num_attention_heads":2,"num_key_value_heads":1,"vocab_size":384,"max_position_embeddings":4096,"num_experts":4,"num_experts_per_tok":2,"moe_intermediate_size":256,"shared_expert_intermediate_size":384`
	c, err = configFromHF([]byte(`{` + moe + `,"norm_topk_prob":true}`))
	if err != nil {
		t.Fatal(err)
	}
	if !c.MoE() || c.NExpert != 4 || c.NExpertUsed != 2 || c.NFFExpert != 256 || c.NFFShared != 384 || !c.NormTopK {
		t.Errorf("MoE: %+v", c)
	}
	for _, bad := range []struct{ json, want string }{
		{`{"architectures":["LlamaForCausalLM"]}`, "unsupported architecture"},
		{`{"architectures":["Qwen2ForCausalLM"]}`, "missing hidden_size"},
		{`{` + strings.Replace(base, `"vocab_size":151936,`, "", 1) + `}`, "missing vocab_size"},
		{`{` + base + `,"rope_scaling":{"type":"longrope","factor":2}}`, `unsupported rope_scaling type "longrope"`},
		{`{` + base + `,"rope_scaling":{"type":"yarn"}}`, "without factor"},
		{`{` + base + `,"hidden_act":"gelu"}`, "hidden_act"},
		{`{` + moe + `,"decoder_sparse_step":2}`, "decoder_sparse_step"},
		{`{` + strings.Replace(moe, `"num_experts":4,`, "", 1) + `}`, "missing num_experts"},
		{`{"architectures":`, "config.json"},
	} {
		if _, err := configFromHF([]byte(bad.json)); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%s: error %v, want %q", bad.json, err, bad.want)
		}
	}
}

// TestHFFolderErrors checks that a folder's defects are reported with the
// Hugging Face names.
func TestHFFolderErrors(t *testing.T) {
	dir := writeHF(t, filepath.Join(modelsDir(t), "tiny-untied-f32.gguf"), quant.F32, 1)
	cfg, _ := os.ReadFile(filepath.Join(dir, "config.json"))
	// Claim a tied output: lm_head is then ignored, and the model loads.
	tied := strings.Replace(string(cfg), `"tie_word_embeddings": false`, `"tie_word_embeddings": true`, 1)
	os.WriteFile(filepath.Join(dir, "config.json"), []byte(tied), 0o644)
	if m, err := Load(dir); err != nil || !m.Config.TiedOutput {
		t.Fatalf("tied folder: %v", err)
	} else {
		m.Close()
	}
	// A wrong hidden size: the embedding's shape no longer fits.
	wide := strings.Replace(string(cfg), `"hidden_size": 256`, `"hidden_size": 512`, 1)
	os.WriteFile(filepath.Join(dir, "config.json"), []byte(wide), 0o644)
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "model.embed_tokens.weight") {
		t.Errorf("wrong hidden_size: error %v", err)
	}
	os.Remove(filepath.Join(dir, "config.json"))
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "config.json") {
		t.Errorf("no config.json: error %v", err)
	}
}
