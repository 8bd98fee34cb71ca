package qwen2

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/gguf"
	"github.com/qwenkit/qwenkit/runtime/quant"
	"github.com/qwenkit/qwenkit/runtime/safetensors"
)

// hfConfigJSON writes the config.json that transformers would have for c.
func hfConfigJSON(c Config) map[string]any {
	cfg := map[string]any{
		"architectures": []string{"Qwen2ForCausalLM"}, "model_type": "qwen2",
		"hidden_size": c.NEmbd, "num_hidden_layers": c.NLayer, "num_attention_heads": c.NHead,
		"num_key_value_heads": c.NHeadKV, "intermediate_size": c.NFF, "vocab_size": c.NVocab,
		"max_position_embeddings": c.ContextLength, "rope_theta": c.RopeBase, "rms_norm_eps": c.RMSEps,
		"tie_word_embeddings": c.TiedOutput, "hidden_act": "silu", "torch_dtype": "float32",
	}
	if c.RopeScaling == "yarn" {
		cfg["rope_scaling"] = map[string]any{"type": "yarn", "factor": c.RopeFactor, "original_max_position_embeddings": c.RopeOrigContext}
	}
	if c.MoE() {
		cfg["architectures"] = []string{"Qwen2MoeForCausalLM"}
		cfg["model_type"] = "qwen2_moe"
		cfg["num_experts"] = c.NExpert
		cfg["num_experts_per_tok"] = c.NExpertUsed
		cfg["moe_intermediate_size"] = c.NFFExpert
		cfg["shared_expert_intermediate_size"] = c.NFFShared
		cfg["norm_topk_prob"] = c.NormTopK
		cfg["decoder_sparse_step"] = 1
		cfg["mlp_only_layers"] = []int{}
	}
	return cfg
}

// writeHF writes the GGUF model at src as a Hugging Face folder in a new
// temporary directory: config.json and the weights under their Hugging Face
// names, 2-D weights converted to dtype (1-D ones stay F32, as in the GGUF
// files), split into shards files with an index when shards > 1. It returns
// the folder.
func writeHF(t *testing.T, src string, dtype quant.Type, shards int) string {
	t.Helper()
	f, err := gguf.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := configFromGGUF(f)
	if err != nil {
		t.Fatal(err)
	}
	embd, _ := f.Tensor("token_embd.weight")
	cfg.NVocab = int(embd.Dims[1])
	_, untied := f.Tensor("output.weight")
	cfg.TiedOutput = !untied
	dir := t.TempDir()
	cb, _ := json.MarshalIndent(hfConfigJSON(cfg), "", "  ")
	if err := os.WriteFile(filepath.Join(dir, "config.json"), cb, 0o644); err != nil {
		t.Fatal(err)
	}
	names := hfSource{}
	var tensors []safetensors.Tensor
	add := func(name string, typ quant.Type, shape []int, data []byte) {
		vals := make([]float32, len(data)/typ.TypeSize()*typ.BlockSize())
		if err := quant.Dequantize(typ, data, vals); err != nil {
			t.Fatal(err)
		}
		out := quant.F32
		if len(shape) == 2 && shape[0] > 1 {
			out = dtype
		}
		b, err := quant.Quantize(out, vals)
		if err != nil {
			t.Fatal(err)
		}
		tensors = append(tensors, safetensors.Tensor{Name: name, Type: out, Shape: shape, Data: b})
	}
	for _, ti := range f.Tensors {
		data := f.Data(ti)
		shape := make([]int, len(ti.Dims))
		for i, d := range ti.Dims {
			shape[len(shape)-1-i] = int(d)
		}
		switch {
		case strings.HasSuffix(ti.Name, "_exps.weight"): // [n, rows, cols] → per-expert [rows, cols]
			var il int
			var proj string
			fmt.Sscanf(strings.NewReplacer(".", " ", "_", " ").Replace(ti.Name), "blk %d ffn %s", &il, &proj)
			per := len(data) / shape[0]
			for e := range shape[0] {
				add(fmt.Sprintf("model.layers.%d.mlp.experts.%d.%s_proj.weight", il, e, proj), ti.Type, shape[1:], data[e*per:(e+1)*per])
			}
		case strings.HasSuffix(ti.Name, "ffn_gate_inp_shexp.weight"): // transformers keeps it as a [1, n_embd] Linear
			add(names.fileName(ti.Name), ti.Type, append([]int{1}, shape...), data)
		default:
			add(names.fileName(ti.Name), ti.Type, shape, data)
		}
	}
	if shards <= 1 {
		writeSafetensors(t, filepath.Join(dir, "model.safetensors"), tensors)
		return dir
	}
	index := map[string]string{}
	per := (len(tensors) + shards - 1) / shards
	for s := range shards {
		part := tensors[s*per : min(len(tensors), (s+1)*per)]
		file := fmt.Sprintf("model-%05d-of-%05d.safetensors", s+1, shards)
		writeSafetensors(t, filepath.Join(dir, file), part)
		for _, tt := range part {
			index[tt.Name] = file
		}
	}
	ib, _ := json.Marshal(map[string]any{"metadata": map[string]any{}, "weight_map": index})
	if err := os.WriteFile(filepath.Join(dir, safetensors.IndexFile), ib, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func writeSafetensors(t *testing.T, path string, ts []safetensors.Tensor) {
	t.Helper()
	var buf bytes.Buffer
	if err := safetensors.Write(&buf, ts, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestHFFolder loads Hugging Face folders written from fixture GGUF files
// and checks they give the GGUF model's logits (and so the reference's).
// The BF16 and F16 folders are written from tiny-f32 by rounding, which is
// what llama-quantize did to make tiny-bf16 and tiny-f16: they must give
// those files' logits.
func TestHFFolder(t *testing.T) {
	files := manifest(t)
	dir := modelsDir(t)
	for _, c := range []struct {
		src    string
		dtype  quant.Type
		shards int
		same   string // the GGUF file whose logits the folder must give
	}{
		{"tiny-f32.gguf", quant.F32, 1, "tiny-f32.gguf"},
		{"tiny-f32.gguf", quant.F32, 3, "tiny-f32.gguf"},
		{"tiny-untied-f32.gguf", quant.F32, 1, "tiny-untied-f32.gguf"},
		{"tiny-yarn-f32.gguf", quant.F32, 1, "tiny-yarn-f32.gguf"},
		{"tiny-moe-f32.gguf", quant.F32, 2, "tiny-moe-f32.gguf"},
		{"tiny-f32.gguf", quant.BF16, 1, "tiny-bf16.gguf"},
		{"tiny-f32.gguf", quant.F16, 2, "tiny-f16.gguf"},
	} {
		t.Run(fmt.Sprintf("%s-%s-%d", c.src, c.dtype, c.shards), func(t *testing.T) {
			folder := writeHF(t, filepath.Join(dir, c.src), c.dtype, c.shards)
			hf, err := Load(folder)
			if err != nil {
				t.Fatal(err)
			}
			defer hf.Close()
			gm, err := Load(filepath.Join(dir, c.same))
			if err != nil {
				t.Fatal(err)
			}
			defer gm.Close()
			if hf.Config != gm.Config {
				t.Errorf("folder config %+v\n  GGUF config %+v", hf.Config, gm.Config)
			}
			var vsGGUF, vsRef float64
			for _, tc := range referenceLogits(t, c.same) {
				a, err := hf.Forward(hf.NewCache(0), tc.Tokens, true)
				if err != nil {
					t.Fatal(err)
				}
				b, err := gm.Forward(gm.NewCache(0), tc.Tokens, true)
				if err != nil {
					t.Fatal(err)
				}
				vsGGUF = max(vsGGUF, rowsDiff(a, b))
				vsRef = max(vsRef, maxDiff(t, a, tc.Reference))
			}
			if vsGGUF > 1e-6 {
				t.Errorf("folder logits differ from %s's by %.3g", c.same, vsGGUF)
			}
			if tol := files[c.same].TolReference; vsRef > tol {
				t.Errorf("folder logits differ from the reference by %.3g > %.3g", vsRef, tol)
			}
			t.Logf("vs %s: %.3g, vs reference: %.3g", c.same, vsGGUF, vsRef)
		})
	}
}
