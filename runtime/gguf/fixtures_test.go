package gguf

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unsafe"
)

// manifestFile is the part of models/manifest.json these tests check.
type manifestFile struct {
	Architecture string            `json:"architecture"`
	NVocab       int               `json:"n_vocab"`
	NEmbd        int               `json:"n_embd"`
	NLayer       int               `json:"n_layer"`
	NHead        int               `json:"n_head"`
	NHeadKV      int               `json:"n_head_kv"`
	HeadDim      int               `json:"head_dim"`
	TiedOutput   bool              `json:"tied_output"`
	TypeCounts   map[string]int    `json:"tensor_type_counts"`
	WeightTypes  map[string]string `json:"weight_types"`
	RopeScaling  *struct {
		Type    string  `json:"type"`
		Factor  float64 `json:"factor"`
		OrigCtx int     `json:"original_context_length"`
	} `json:"rope_scaling"`
	MoE *struct {
		NExpert     int `json:"n_expert"`
		NExpertUsed int `json:"n_expert_used"`
	} `json:"moe"`
}

func loadManifest(t *testing.T) map[string]manifestFile {
	b, err := os.ReadFile(filepath.Join(fixtures(t), "models", "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Files map[string]manifestFile `json:"files"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Files) != 18 {
		t.Fatalf("manifest lists %d files, want 18", len(m.Files))
	}
	return m.Files
}

func TestFixtureModels(t *testing.T) {
	for name, want := range loadManifest(t) {
		t.Run(name, func(t *testing.T) {
			f, err := Open(filepath.Join(fixtures(t), "models", name))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			checkFixture(t, f, want)
		})
	}
}

func checkFixture(t *testing.T, f *File, want manifestFile) {
	if f.Version != 3 || f.Alignment != 32 {
		t.Errorf("version %d alignment %d, want 3 and 32", f.Version, f.Alignment)
	}
	arch, _ := f.String("general.architecture")
	if arch != want.Architecture {
		t.Errorf("architecture %q, want %q", arch, want.Architecture)
	}
	for key, n := range map[string]int{"embedding_length": want.NEmbd, "block_count": want.NLayer,
		"attention.head_count": want.NHead, "attention.head_count_kv": want.NHeadKV} {
		if got, ok := f.Uint(arch + "." + key); !ok || got != uint64(n) {
			t.Errorf("%s.%s = %d (ok %v), want %d", arch, key, got, ok, n)
		}
	}
	if eps, ok := f.Float(arch + ".attention.layer_norm_rms_epsilon"); !ok || math.Abs(eps-1e-6) > 1e-12 {
		t.Errorf("rms eps %g, want 1e-6", eps)
	}
	if tokens, ok := f.Strings("tokenizer.ggml.tokens"); !ok || len(tokens) != want.NVocab || tokens[72] != "H" {
		t.Errorf("tokens: %d (ok %v), want %d with tokens[72] = H", len(tokens), ok, want.NVocab)
	}
	if types, ok := f.Int32s("tokenizer.ggml.token_type"); !ok || len(types) != want.NVocab || types[382] != 3 {
		t.Errorf("token types: %d (ok %v), want %d with type[382] = 3 (control)", len(types), ok, want.NVocab)
	}

	counts := map[string]int{}
	total := 0
	for _, ti := range f.Tensors {
		counts[ti.Type.String()]++
		total++
	}
	for ty, n := range want.TypeCounts {
		if counts[ty] != n {
			t.Errorf("%d tensors of type %s, want %d (all counts %v)", counts[ty], ty, n, counts)
		}
		total -= n
	}
	if total != 0 {
		t.Errorf("type counts %v, manifest %v", counts, want.TypeCounts)
	}
	for name, ty := range want.WeightTypes {
		ti, ok := f.Tensor(name)
		if !ok || ti.Type.String() != ty {
			t.Errorf("tensor %s: type %v (present %v), want %s", name, ti.Type, ok, ty)
		}
	}
	emb, ok := f.Tensor("token_embd.weight")
	if !ok || len(emb.Dims) != 2 || emb.Dims[0] != uint64(want.NEmbd) || emb.Dims[1] != uint64(want.NVocab) {
		t.Errorf("token_embd dims %v, want [%d %d]", emb.Dims, want.NEmbd, want.NVocab)
	}
	if _, ok := f.Tensor("output.weight"); ok == want.TiedOutput {
		t.Errorf("output.weight present = %v, tied = %v", ok, want.TiedOutput)
	}
	q, _ := f.Tensor("blk.0.attn_q.weight")
	if q.Dims[0] != uint64(want.NEmbd) || q.Dims[1] != uint64(want.NHead*want.HeadDim) {
		t.Errorf("attn_q dims %v, want [%d %d]", q.Dims, want.NEmbd, want.NHead*want.HeadDim)
	}
	if want.MoE != nil {
		n, _ := f.Uint(arch + ".expert_count")
		used, _ := f.Uint(arch + ".expert_used_count")
		e, ok := f.Tensor("blk.1.ffn_down_exps.weight")
		if n != uint64(want.MoE.NExpert) || used != uint64(want.MoE.NExpertUsed) || !ok || len(e.Dims) != 3 || e.Dims[2] != n {
			t.Errorf("experts %d used %d, ffn_down_exps dims %v; want %d, %d", n, used, e.Dims, want.MoE.NExpert, want.MoE.NExpertUsed)
		}
	}
	if rs := want.RopeScaling; rs != nil {
		typ, _ := f.String(arch + ".rope.scaling.type")
		factor, _ := f.Float(arch + ".rope.scaling.factor")
		orig, _ := f.Uint(arch + ".rope.scaling.original_context_length")
		if typ != rs.Type || factor != rs.Factor || orig != uint64(rs.OrigCtx) {
			t.Errorf("rope scaling %q %g %d, want %q %g %d", typ, factor, orig, rs.Type, rs.Factor, rs.OrigCtx)
		}
	}

	// Data is a view of the mapping: its first byte is the mapping's byte at
	// the tensor's absolute offset, and its length is the size the type and
	// shape give.
	for _, ti := range f.Tensors {
		d := f.Data(ti)
		rowBytes, err := ti.Type.RowSize(int(ti.Dims[0]))
		if err != nil || uint64(len(d)) != uint64(rowBytes)*ti.Rows() || uint64(cap(d)) != ti.Size {
			t.Fatalf("%s: %d data bytes (cap %d), want %d", ti.Name, len(d), cap(d), uint64(rowBytes)*ti.Rows())
		}
		if unsafe.SliceData(d) != &f.data[f.DataOffset+int64(ti.Offset)] {
			t.Fatalf("%s: data is not a view of the mapping", ti.Name)
		}
	}
	norm, _ := f.TensorData("output_norm.weight")
	if len(norm) != 4*want.NEmbd {
		t.Fatalf("output_norm: %d bytes", len(norm))
	}
	for i := 0; i < len(norm); i += 4 {
		x := math.Float32frombits(uint32(norm[i]) | uint32(norm[i+1])<<8 | uint32(norm[i+2])<<16 | uint32(norm[i+3])<<24)
		if !(x > 0.5 && x < 1.5) {
			t.Fatalf("output_norm[%d] = %g, want near 1", i/4, x)
		}
	}
}

func TestVocabGGUF(t *testing.T) {
	path := filepath.Join(fixtures(t), "tokenizer", "qwen2.5-vocab.gguf")
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if len(f.Tensors) != 0 {
		t.Errorf("%d tensors, want 0", len(f.Tensors))
	}
	tokens, _ := f.Strings("tokenizer.ggml.tokens")
	merges, _ := f.Strings("tokenizer.ggml.merges")
	types, _ := f.Int32s("tokenizer.ggml.token_type")
	if len(tokens) != 151936 || len(merges) != 151387 || len(types) != 151936 {
		t.Fatalf("%d tokens, %d merges, %d types; want 151936, 151387, 151936", len(tokens), len(merges), len(types))
	}
	for id, want := range map[int]string{0: "!", 151643: "<|endoftext|>", 151645: "<|im_end|>", 151657: "<tool_call>", 151665: "[PAD151665]", 151935: "[PAD151935]"} {
		if tokens[id] != want {
			t.Errorf("token %d = %q, want %q", id, tokens[id], want)
		}
	}
	for id, want := range map[int]int32{0: 1, 151642: 1, 151643: 3, 151657: 4, 151664: 3, 151665: 5} {
		if types[id] != want {
			t.Errorf("token type %d = %d, want %d", id, types[id], want)
		}
	}
	if merges[0] != "Ġ Ġ" {
		t.Errorf("merge 0 = %q", merges[0])
	}
	eos, _ := f.Uint("tokenizer.ggml.eos_token_id")
	bos, _ := f.Uint("tokenizer.ggml.bos_token_id")
	addBOS, ok := f.Bool("tokenizer.ggml.add_bos_token")
	if eos != 151645 || bos != 151643 || addBOS || !ok {
		t.Errorf("eos %d bos %d add_bos %v", eos, bos, addBOS)
	}
	tmpl, _ := f.String("tokenizer.chat_template")
	if !strings.Contains(tmpl, "<|im_start|>") {
		t.Errorf("chat template lacks <|im_start|>")
	}
	if ctx, ok := f.Float("qwen2.context_length"); !ok || ctx != 32768 {
		t.Errorf("Float of an integer key: %v %v", ctx, ok)
	}
	if _, ok := f.String("qwen2.context_length"); ok {
		t.Error("String accepted a uint32 value")
	}
	if err := f.KeyError("qwen2.context_length", "string"); !strings.Contains(err.Error(), `key "qwen2.context_length": want string, got uint32 32768`) {
		t.Errorf("KeyError: %v", err)
	}
	if err := f.KeyError("nope", "string"); !IsMissing(err) || !strings.Contains(err.Error(), path) {
		t.Errorf("KeyError for a missing key: %v", err)
	}
}

// TestRewriteFixture rebuilds a fixture with Builder from what the reader
// read: every metadata value with its type, every tensor's bytes. The
// fixture was written by llama.cpp's gguf-py, so byte equality checks the
// writer's layout (header, padding, offsets) against an independent writer.
func TestRewriteFixture(t *testing.T) {
	for _, name := range []string{"tiny-moe-q8_0.gguf", "tiny-untied-q4_k_m.gguf"} {
		path := filepath.Join(fixtures(t), "models", name)
		f, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		b := NewBuilder()
		for _, kv := range f.KVs {
			b.Set(kv.Key, kv.Value)
		}
		for _, ti := range f.Tensors {
			if err := b.AddTensor(ti.Name, ti.Dims, ti.Type, f.Data(ti)); err != nil {
				t.Fatal(err)
			}
		}
		var out bytes.Buffer
		if _, err := b.WriteTo(&out); err != nil {
			t.Fatal(err)
		}
		orig, _ := os.ReadFile(path)
		if !bytes.Equal(out.Bytes(), orig) {
			t.Errorf("%s: rewritten file differs (%d bytes, original %d)", name, out.Len(), len(orig))
		}
		f.Close()
	}
}
