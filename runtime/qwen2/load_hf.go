package qwen2

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/qwenkit/qwenkit/runtime/safetensors"
)

// loadHF loads a Hugging Face folder: config.json and safetensors files.
func loadHF(dir string) (*Model, error) {
	data, err := os.ReadFile(filepath.Join(dir, "config.json"))
	if err != nil {
		return nil, fmt.Errorf("qwen2: %w", err)
	}
	cfg, err := configFromHF(data)
	if err != nil {
		return nil, fmt.Errorf("qwen2: %s: %w", dir, err)
	}
	d, err := safetensors.OpenDir(dir)
	if err != nil {
		return nil, fmt.Errorf("qwen2: %w", err)
	}
	m, err := build(cfg, hfSource{d})
	if err != nil {
		d.Close()
		return nil, fmt.Errorf("qwen2: %s: %w", dir, err)
	}
	m.file = d
	return m, nil
}

type hfSource struct{ d *safetensors.Dir }

// hfGlobal and hfLayer translate GGUF tensor names to Hugging Face's.
var hfGlobal = map[string]string{
	"token_embd.weight":  "model.embed_tokens.weight",
	"output_norm.weight": "model.norm.weight",
	"output.weight":      "lm_head.weight",
}

var hfLayer = map[string]string{
	"attn_norm.weight":          "input_layernorm.weight",
	"attn_q.weight":             "self_attn.q_proj.weight",
	"attn_k.weight":             "self_attn.k_proj.weight",
	"attn_v.weight":             "self_attn.v_proj.weight",
	"attn_q.bias":               "self_attn.q_proj.bias",
	"attn_k.bias":               "self_attn.k_proj.bias",
	"attn_v.bias":               "self_attn.v_proj.bias",
	"attn_output.weight":        "self_attn.o_proj.weight",
	"ffn_norm.weight":           "post_attention_layernorm.weight",
	"ffn_gate.weight":           "mlp.gate_proj.weight",
	"ffn_up.weight":             "mlp.up_proj.weight",
	"ffn_down.weight":           "mlp.down_proj.weight",
	"ffn_gate_inp.weight":       "mlp.gate.weight",
	"ffn_gate_shexp.weight":     "mlp.shared_expert.gate_proj.weight",
	"ffn_up_shexp.weight":       "mlp.shared_expert.up_proj.weight",
	"ffn_down_shexp.weight":     "mlp.shared_expert.down_proj.weight",
	"ffn_gate_inp_shexp.weight": "mlp.shared_expert_gate.weight",
}

// fileName returns the Hugging Face name of a GGUF tensor name.
func (s hfSource) fileName(name string) string {
	if n, ok := hfGlobal[name]; ok {
		return n
	}
	if rest, ok := strings.CutPrefix(name, "blk."); ok {
		if i := strings.IndexByte(rest, '.'); i > 0 {
			if _, err := strconv.Atoi(rest[:i]); err == nil {
				if n, ok := hfLayer[rest[i+1:]]; ok {
					return "model.layers." + rest[:i] + "." + n
				}
			}
		}
	}
	return name
}

func (s hfSource) find(name string) (tensorRef, bool) { return s.get(s.fileName(name)) }

// get returns a safetensors tensor with its shape reversed into ggml order.
func (s hfSource) get(name string) (tensorRef, bool) {
	t, ok := s.d.Tensor(name)
	if !ok {
		return tensorRef{}, false
	}
	dims := make([]int, len(t.Shape))
	for i, d := range t.Shape {
		dims[len(dims)-1-i] = d
	}
	return tensorRef{typ: t.Type, dims: dims, data: t.Data}, true
}

// experts returns model.layers.N.mlp.experts.E.PROJ_proj.weight for each E.
func (s hfSource) experts(il int, proj string, n int) ([]tensorRef, []string, error) {
	ts := make([]tensorRef, n)
	names := make([]string, n)
	for e := range ts {
		names[e] = fmt.Sprintf("model.layers.%d.mlp.experts.%d.%s_proj.weight", il, e, proj)
		t, ok := s.get(names[e])
		if !ok {
			return nil, nil, fmt.Errorf("tensor %q: missing", names[e])
		}
		ts[e] = t
	}
	return ts, names, nil
}
