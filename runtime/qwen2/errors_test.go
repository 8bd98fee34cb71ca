package qwen2

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/gguf"
	"github.com/qwenkit/qwenkit/runtime/quant"
)

// tensorEdit may change a tensor while a GGUF file is copied; returning
// false drops it.
type tensorEdit func(name string, dims []uint64, typ quant.Type, data []byte) ([]uint64, quant.Type, []byte, bool)

// rewrite copies the fixture src to a temporary file, leaving out the
// metadata keys in drop, then applying set and edit.
func rewrite(t *testing.T, src string, drop []string, set map[string]gguf.Value, edit tensorEdit) string {
	t.Helper()
	f, err := gguf.Open(filepath.Join(modelsDir(t), src))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b := gguf.NewBuilder()
	for _, kv := range f.KVs {
		if !contains(drop, kv.Key) {
			b.Set(kv.Key, kv.Value)
		}
	}
	for k, v := range set {
		b.Set(k, v)
	}
	for _, ti := range f.Tensors {
		dims, typ, data, keep := ti.Dims, ti.Type, f.Data(ti), true
		if edit != nil {
			dims, typ, data, keep = edit(ti.Name, dims, typ, data)
		}
		if keep {
			if err := b.AddTensor(ti.Name, dims, typ, data); err != nil {
				t.Fatal(err)
			}
		}
	}
	path := filepath.Join(t.TempDir(), "edited.gguf")
	if err := b.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func TestLoadErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		src  string
		drop []string
		set  map[string]gguf.Value
		edit tensorEdit
		want []string
	}{
		{name: "architecture", src: "tiny-f32.gguf", set: map[string]gguf.Value{"general.architecture": gguf.String("llama")},
			want: []string{`unsupported architecture "llama"`}},
		{name: "missing key", src: "tiny-f32.gguf", drop: []string{"qwen2.embedding_length"},
			want: []string{"qwen2.embedding_length"}},
		{name: "missing tensor", src: "tiny-f32.gguf",
			edit: func(n string, d []uint64, ty quant.Type, b []byte) ([]uint64, quant.Type, []byte, bool) {
				return d, ty, b, n != "blk.1.attn_k.bias"
			},
			want: []string{`"blk.1.attn_k.bias"`, "missing"}},
		{name: "shape", src: "tiny-f32.gguf",
			edit: func(n string, d []uint64, ty quant.Type, b []byte) ([]uint64, quant.Type, []byte, bool) {
				if n == "blk.0.ffn_up.weight" {
					d = []uint64{d[1], d[0]}
				}
				return d, ty, b, true
			},
			want: []string{`"blk.0.ffn_up.weight"`, "shape [512 256]", "want [256 512]"}},
		{name: "tensor type", src: "tiny-f32.gguf",
			edit: func(n string, d []uint64, ty quant.Type, b []byte) ([]uint64, quant.Type, []byte, bool) {
				if n == "blk.0.ffn_gate.weight" {
					sz, _ := quant.IQ2_XXS.RowSize(int(d[0]))
					return d, quant.IQ2_XXS, make([]byte, sz*int(d[1])), true
				}
				return d, ty, b, true
			},
			want: []string{`"blk.0.ffn_gate.weight"`, "unsupported tensor type IQ2_XXS"}},
		{name: "moe needs output", src: "tiny-moe-f32.gguf",
			edit: func(n string, d []uint64, ty quant.Type, b []byte) ([]uint64, quant.Type, []byte, bool) {
				return d, ty, b, n != "output.weight"
			},
			want: []string{`"output.weight"`, "missing"}},
		{name: "experts", src: "tiny-moe-f32.gguf",
			edit: func(n string, d []uint64, ty quant.Type, b []byte) ([]uint64, quant.Type, []byte, bool) {
				if n == "blk.1.ffn_down_exps.weight" {
					return []uint64{d[0], d[1] * d[2]}, ty, b, true
				}
				return d, ty, b, true
			},
			want: []string{`"blk.1.ffn_down_exps.weight"`, "3-D"}},
		{name: "gqa", src: "tiny-f32.gguf", set: map[string]gguf.Value{"qwen2.attention.head_count_kv": gguf.Uint32(3)},
			want: []string{"not a multiple"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := rewrite(t, c.src, c.drop, c.set, c.edit)
			m, err := Load(path)
			if err == nil {
				m.Close()
				t.Fatal("loaded without error")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
	if _, err := Load(filepath.Join(t.TempDir(), "none.gguf")); err == nil {
		t.Error("missing file loaded")
	}
	junk := filepath.Join(t.TempDir(), "junk.gguf")
	os.WriteFile(junk, []byte("not a model at all"), 0o644)
	if _, err := Load(junk); err == nil {
		t.Error("junk file loaded")
	}
}

// TestGGUFDefaults checks the metadata defaults (llama.cpp's) and keys that
// the fixture files do not exercise.
func TestGGUFDefaults(t *testing.T) {
	path := rewrite(t, "tiny-f32.gguf", []string{"qwen2.rope.freq_base", "qwen2.attention.head_count_kv"}, nil, func(n string, d []uint64, ty quant.Type, b []byte) ([]uint64, quant.Type, []byte, bool) {
		// n_head_kv defaults to n_head: give K and V 4 heads (as many as Q).
		if strings.Contains(n, "attn_k") || strings.Contains(n, "attn_v") {
			d = append([]uint64(nil), d...)
			if len(d) == 2 {
				d[1] *= 2
			} else {
				d[0] *= 2
			}
			b = append(append([]byte(nil), b...), b...)
		}
		return d, ty, b, true
	})
	m, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if m.Config.RopeBase != 10000 || m.Config.NHeadKV != m.Config.NHead || m.Config.RopeScaling != "" {
		t.Errorf("defaults: freq_base %v, n_head_kv %d (n_head %d), scaling %q", m.Config.RopeBase, m.Config.NHeadKV, m.Config.NHead, m.Config.RopeScaling)
	}

	// attention.key_length sets head_dim; the tensor shapes must follow.
	path = rewrite(t, "tiny-f32.gguf", nil, map[string]gguf.Value{"qwen2.attention.key_length": gguf.Uint32(32)}, nil)
	if _, err := Load(path); err == nil || !strings.Contains(err.Error(), "attn_q.weight") {
		t.Errorf("key_length 32 with 64-wide heads: error %v, want a shape error on attn_q", err)
	}

	y, err := Load(filepath.Join(modelsDir(t), "tiny-yarn-f32.gguf"))
	if err != nil {
		t.Fatal(err)
	}
	defer y.Close()
	if c := y.Config; c.RopeScaling != "yarn" || c.RopeFactor != 4 || c.RopeOrigContext != 32 || c.ContextLength != 128 {
		t.Errorf("YaRN config %+v", c)
	}
	// original_context_length defaults to context_length.
	path = rewrite(t, "tiny-yarn-f32.gguf", []string{"qwen2.rope.scaling.original_context_length"}, nil, nil)
	m2, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	defer m2.Close()
	if m2.Config.RopeOrigContext != 128 {
		t.Errorf("original context defaults to %d, want 128", m2.Config.RopeOrigContext)
	}
}

// TestMoENormTopK checks that expert_weights_norm switches on the
// renormalisation of the chosen experts' weights, which moves the logits far
// from the reference (made without it).
func TestMoENormTopK(t *testing.T) {
	path := rewrite(t, "tiny-moe-f32.gguf", nil, map[string]gguf.Value{"qwen2moe.expert_weights_norm": gguf.Bool(true)}, nil)
	m, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if !m.Config.NormTopK {
		t.Fatal("expert_weights_norm not read")
	}
	tc := referenceLogits(t, "tiny-moe-f32.gguf")[2]
	got, err := m.Forward(m.NewCache(0), tc.Tokens, true)
	if err != nil {
		t.Fatal(err)
	}
	if d := maxDiff(t, got, tc.Reference); d < 0.5 {
		t.Errorf("renormalised top-k moved the logits by only %.3g", d)
	}
}

func TestForwardErrors(t *testing.T) {
	m, err := Load(filepath.Join(modelsDir(t), "tiny-f32.gguf"))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	other, err := Load(filepath.Join(modelsDir(t), "tiny-q8_0.gguf"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	c := m.NewCache(4)
	for _, bad := range []struct {
		cache  *Cache
		tokens []int
		want   string
	}{
		{c, []int{1, 384}, "token 384 at index 1"},
		{c, []int{-1}, "token -1"},
		{c, nil, "no tokens"},
		{c, []int{1, 2, 3, 4, 5}, "exceed"},
		{other.NewCache(4), []int{1}, "another model"},
	} {
		if _, err := m.Forward(bad.cache, bad.tokens, false); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("Forward(%v): error %v, want %q", bad.tokens, err, bad.want)
		}
	}
	if c.Len() != 0 {
		t.Errorf("failed calls left %d positions in the cache", c.Len())
	}
	if _, err := m.Forward(c, []int{1, 2}, false); err != nil {
		t.Fatal(err)
	}
	if err := c.Truncate(3); err == nil {
		t.Error("Truncate past Len accepted")
	}
	if err := c.Truncate(-1); err == nil {
		t.Error("Truncate(-1) accepted")
	}
	if c.Len() != 2 || c.Cap() != 4 {
		t.Errorf("Len %d Cap %d, want 2 4", c.Len(), c.Cap())
	}
}
