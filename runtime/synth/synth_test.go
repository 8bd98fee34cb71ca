package synth

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/internal/fixturedir"
	"github.com/qwenkit/qwenkit/runtime/gguf"
	"github.com/qwenkit/qwenkit/runtime/quant"
)

// fixtures returns the shared fixtures folder beside the checkout.
func fixtures(t testing.TB) string { return fixturedir.Path(t) }

func openFixture(t *testing.T, rel string) *gguf.File {
	t.Helper()
	f, err := gguf.Open(filepath.Join(fixtures(t), rel))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func write(t *testing.T, opts Options) (*gguf.File, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "m.gguf")
	if err := Write(path, opts); err != nil {
		t.Fatal(err)
	}
	f, err := gguf.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, path
}

// TestTinyMatchesFixture writes the tiny shape and compares it with the
// fixture tiny-f32.gguf, which llama.cpp's tools wrote: the same metadata
// values, the same tensors with the same shapes and types, and the same 256
// byte tokens.
func TestTinyMatchesFixture(t *testing.T) {
	f, _ := write(t, Options{Shape: "tiny", Seed: 1})
	ref := openFixture(t, "models/tiny-f32.gguf")
	for _, key := range []string{"general.architecture", "qwen2.context_length", "qwen2.embedding_length",
		"qwen2.block_count", "qwen2.feed_forward_length", "qwen2.attention.head_count",
		"qwen2.attention.head_count_kv", "qwen2.attention.layer_norm_rms_epsilon", "qwen2.rope.freq_base",
		"general.file_type", "tokenizer.ggml.model", "tokenizer.ggml.pre", "tokenizer.ggml.add_bos_token"} {
		got, ok1 := f.Value(key)
		want, ok2 := ref.Value(key)
		if !ok1 || !ok2 || got.Type() != want.Type() || got.String() != want.String() {
			t.Errorf("%s: %v (%v), fixture %v (%v)", key, got, got.Type(), want, want.Type())
		}
	}
	sameTensors(t, f, ref, true)
	tokens, _ := f.Strings("tokenizer.ggml.tokens")
	refTokens, _ := ref.Strings("tokenizer.ggml.tokens")
	types, _ := f.Int32s("tokenizer.ggml.token_type")
	if len(tokens) != 384 || len(types) != 384 {
		t.Fatalf("%d tokens, %d types; want 384", len(tokens), len(types))
	}
	for id := 0; id < 256; id++ {
		if tokens[id] != refTokens[id] || types[id] != 1 {
			t.Errorf("byte token %d = %q type %d, fixture %q type 1", id, tokens[id], types[id], refTokens[id])
		}
	}
	want := map[int]string{256: "<|endoftext|>", 257: "<|im_start|>", 258: "<|im_end|>", 259: "[PAD259]", 383: "[PAD383]"}
	wantType := map[int]int32{256: 3, 257: 3, 258: 3, 259: 5, 383: 5}
	for id, s := range want {
		if tokens[id] != s || types[id] != wantType[id] {
			t.Errorf("token %d = %q type %d, want %q type %d", id, tokens[id], types[id], s, wantType[id])
		}
	}
	bos, _ := f.Uint("tokenizer.ggml.bos_token_id")
	eos, _ := f.Uint("tokenizer.ggml.eos_token_id")
	pad, _ := f.Uint("tokenizer.ggml.padding_token_id")
	if merges, ok := f.Strings("tokenizer.ggml.merges"); !ok || len(merges) != 0 || bos != 256 || eos != 258 || pad != 256 {
		t.Errorf("merges %v (present %v), bos %d eos %d pad %d", merges, ok, bos, eos, pad)
	}
	// Norms near 1, stored as F32.
	norm, _ := f.TensorData("blk.1.ffn_norm.weight")
	xs := make([]float32, 256)
	if err := quant.Dequantize(quant.F32, norm, xs); err != nil {
		t.Fatal(err)
	}
	for i, x := range xs {
		if x < 0.7 || x > 1.3 {
			t.Fatalf("ffn_norm[%d] = %g, want near 1", i, x)
		}
	}
}

// sameTensors checks that f has the tensors of ref: the same names, dims
// (when dims is set; else only the number of dimensions) and types.
func sameTensors(t *testing.T, f, ref *gguf.File, dims bool) {
	t.Helper()
	if len(f.Tensors) != len(ref.Tensors) {
		t.Errorf("%d tensors, fixture has %d", len(f.Tensors), len(ref.Tensors))
	}
	for _, r := range ref.Tensors {
		ti, ok := f.Tensor(r.Name)
		switch {
		case !ok:
			t.Errorf("tensor %s missing", r.Name)
		case ti.Type != r.Type:
			t.Errorf("tensor %s: type %v, fixture %v", r.Name, ti.Type, r.Type)
		case len(ti.Dims) != len(r.Dims) || dims && !slices.Equal(ti.Dims, r.Dims):
			t.Errorf("tensor %s: dims %v, fixture %v", r.Name, ti.Dims, r.Dims)
		}
	}
}

// TestMoEMatchesFixture compares the qwen2moe shape with tiny-moe-f32.gguf:
// the same tensor names, dimension counts and types, and the MoE keys.
func TestMoEMatchesFixture(t *testing.T) {
	f, _ := write(t, Options{Shape: "qwen2moe", Seed: 3})
	ref := openFixture(t, "models/tiny-moe-f32.gguf")
	sameTensors(t, f, ref, false)
	for key, want := range map[string]uint64{"expert_count": 4, "expert_used_count": 2,
		"expert_feed_forward_length": 256, "expert_shared_feed_forward_length": 512} {
		if got, ok := f.Uint("qwen2moe." + key); !ok || got != want {
			t.Errorf("qwen2moe.%s = %d (present %v), want %d", key, got, ok, want)
		}
	}
	e, _ := f.Tensor("blk.0.ffn_down_exps.weight")
	if !slices.Equal(e.Dims, []uint64{256, 256, 4}) {
		t.Errorf("ffn_down_exps dims %v, want [256 256 4]", e.Dims)
	}
	// Quantized, the router stays F32 as llama-quantize leaves it, like the
	// Q8_0 fixture.
	q, _ := write(t, Options{Shape: "qwen2moe", Type: "q8_0", Seed: 3})
	sameTensors(t, q, openFixture(t, "models/tiny-moe-q8_0.gguf"), false)
}

// TestQ4KMMatchesLlamaCpp checks the Q4_K_M mix against the types
// llama-quantize chose for tiny-untied-q4_k_m.gguf (manifest.json).
func TestQ4KMMatchesLlamaCpp(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(fixtures(t), "models", "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Files map[string]struct {
			WeightTypes map[string]string `json:"weight_types"`
		} `json:"files"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	want := m.Files["tiny-untied-q4_k_m.gguf"].WeightTypes
	s, _ := LookupShape("tiny")
	s.Tied = false
	wt, _ := parseWeightType("q4_k_m")
	got := map[string]string{}
	for _, p := range plan(s, wt) {
		if len(p.dims) > 1 {
			got[p.name] = p.typ.String()
		}
	}
	if len(got) != len(want) || len(want) != 16 {
		t.Fatalf("%d weight matrices, manifest lists %d", len(got), len(want))
	}
	for name, ty := range want {
		if got[name] != ty {
			t.Errorf("%s: %s, llama-quantize chose %s", name, got[name], ty)
		}
	}
	// Tied, the embedding is the output matrix and gets Q6_K.
	s.Tied = true
	for _, p := range plan(s, wt) {
		if p.name == "token_embd.weight" && p.typ != quant.Q6_K {
			t.Errorf("tied token_embd: %v, want Q6_K", p.typ)
		}
	}
}

// TestFallbackTypes checks llama.cpp's fallback for rows that do not split
// into 256-value blocks: Qwen2.5-0.5B's hidden size 896 = 3.5 × 256.
func TestFallbackTypes(t *testing.T) {
	s, _ := LookupShape("qwen2.5-0.5b")
	for _, c := range []struct{ typ, q, down string }{
		{"q4_k", "Q5_0", "Q4_K"}, {"q6_k", "Q8_0", "Q6_K"}, {"q5_k", "Q5_1", "Q5_K"}, {"q2_k", "Q4_0", "Q2_K"}, {"q8_0", "Q8_0", "Q8_0"}, {"iq4_xs", "IQ4_NL", "IQ4_XS"},
	} {
		wt, err := parseWeightType(c.typ)
		if err != nil {
			t.Fatal(err)
		}
		types := map[string]string{}
		for _, p := range plan(s, wt) {
			types[p.name] = p.typ.String()
		}
		// attn_q rows are 896 long; ffn_down rows 4864 = 19 × 256.
		if types["blk.0.attn_q.weight"] != c.q || types["blk.0.ffn_down.weight"] != c.down || types["blk.0.attn_q.bias"] != "F32" {
			t.Errorf("%s: attn_q %s, ffn_down %s, bias %s; want %s, %s, F32", c.typ,
				types["blk.0.attn_q.weight"], types["blk.0.ffn_down.weight"], types["blk.0.attn_q.bias"], c.q, c.down)
		}
	}
}

// TestEveryType writes a one-layer tiny model in every type and reads the
// weight types back.
func TestEveryType(t *testing.T) {
	for _, name := range TypeNames() {
		f, _ := write(t, Options{Shape: "tiny", Type: name, Seed: 5, Layers: 1})
		want := strings.ToUpper(name)
		if name == "q4_k_m" {
			want = "Q4_K"
		}
		q, _ := f.Tensor("blk.0.attn_q.weight")
		bias, _ := f.Tensor("blk.0.attn_q.bias")
		if q.Type.String() != want || bias.Type != quant.F32 {
			t.Errorf("%s: attn_q %v, bias %v; want %s and F32", name, q.Type, bias.Type, want)
		}
		if n, _ := f.Uint("qwen2.block_count"); n != 1 {
			t.Errorf("%s: block_count %d, want 1", name, n)
		}
		// The values dequantize to what was drawn: mean about 0, std about
		// 1/sqrt(256).
		data := f.Data(q)
		xs := make([]float32, q.Elements())
		if err := quant.Dequantize(q.Type, data, xs); err != nil {
			t.Fatal(err)
		}
		var s, s2 float64
		for _, x := range xs {
			s += float64(x)
			s2 += float64(x) * float64(x)
		}
		mean, std := s/float64(len(xs)), math.Sqrt(s2/float64(len(xs)))
		if math.Abs(mean) > 0.005 || math.Abs(std-1.0/16) > 0.01 {
			t.Errorf("%s: attn_q mean %.4f std %.4f, want 0 and 0.0625", name, mean, std)
		}
	}
}

// TestDeterministic writes the same options twice, with different numbers
// of CPUs, and expects identical bytes; another seed must change them.
func TestDeterministic(t *testing.T) {
	dir := t.TempDir()
	opts := Options{Shape: "qwen2moe", Type: "q8_0", Seed: 42}
	a, b, c := filepath.Join(dir, "a.gguf"), filepath.Join(dir, "b.gguf"), filepath.Join(dir, "c.gguf")
	old := runtime.GOMAXPROCS(1)
	err := Write(a, opts)
	runtime.GOMAXPROCS(max(old, 3))
	err2 := Write(b, opts)
	runtime.GOMAXPROCS(old)
	opts.Seed = 43
	err3 := Write(c, opts)
	if err != nil || err2 != nil || err3 != nil {
		t.Fatal(err, err2, err3)
	}
	da, _ := os.ReadFile(a)
	db, _ := os.ReadFile(b)
	dc, _ := os.ReadFile(c)
	if !bytes.Equal(da, db) {
		t.Error("same seed, different bytes")
	}
	if len(dc) != len(da) || bytes.Equal(da, dc) {
		t.Error("another seed gave the same weights (or another size)")
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		opts Options
		want string
	}{
		{Options{Shape: "qwen9"}, `unknown shape "qwen9"`},
		{Options{Type: "q7_0"}, `unsupported type "q7_0"`},
		{Options{Type: "iq2_xxs"}, `unsupported type "iq2_xxs"`},
		{Options{Vocab: 100}, "vocabulary of 100 rows is smaller than the tokenizer's 259 tokens"},
		{Options{Layers: -1}, "negative"},
		{Options{Layers: maxLayers + 1}, "layer count 1025 is negative or above 1024"},
		{Options{Vocab: -5}, "vocabulary of -5 rows is negative"},
		{Options{Vocab: maxVocab + 1}, "above 4194304"},
		{Options{Tokenizer: filepath.Join(dir, "nope.json")}, "synth: tokenizer:"},
	}
	for _, c := range cases {
		path := filepath.Join(dir, "x.gguf")
		err := Write(path, c.opts)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: error %v, want %q", c.opts, err, c.want)
		}
		if _, err := os.Stat(path); err == nil {
			t.Errorf("%+v: a failed write left a file", c.opts)
		}
	}
	if err := Write(filepath.Join(dir, "no", "such", "dir.gguf"), Options{}); err == nil {
		t.Error("writing into a missing folder succeeded")
	}
	if err := Write(dir, Options{}); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("writing onto a folder: error %v, want one saying it is a directory", err)
	}
}
