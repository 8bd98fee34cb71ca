package qwen2

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/qwenkit/qwenkit/internal/fixturedir"
)

// modelsDir finds ../shared/fixtures/models beside the repository.
func modelsDir(t testing.TB) string { return fixturedir.Path(t, "models") }

type manifestFile struct {
	Architecture string  `json:"architecture"`
	TolReference float64 `json:"tol_reference"`
	TolLlamaCpp  float64 `json:"tol_llamacpp"`
	NVocab       int     `json:"n_vocab"`
	NEmbd        int     `json:"n_embd"`
	NLayer       int     `json:"n_layer"`
	NHead        int     `json:"n_head"`
	NHeadKV      int     `json:"n_head_kv"`
	HeadDim      int     `json:"head_dim"`
	TiedOutput   bool    `json:"tied_output"`
	// TensorTypes counts the file's tensors by type name ("F32", "Q8_0").
	TensorTypes map[string]int `json:"tensor_type_counts"`
}

// batchTol is how far a model's logits may move when the same tokens are
// processed in batches of other sizes (token by token, or after a
// Truncate): exactly 0 with quantized weights, whose products give each
// token the same result whatever the batch; 1e-4 with float weights only,
// whose batched products (kernels.MatMul on six tokens or more) sum in
// another order than one token's.
func (f manifestFile) batchTol() float64 {
	for typ := range f.TensorTypes {
		if typ != "F32" && typ != "F16" && typ != "BF16" {
			return 0
		}
	}
	return 1e-4
}

func manifest(t testing.TB) map[string]manifestFile {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(modelsDir(t), "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Files map[string]manifestFile `json:"files"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Files) == 0 {
		t.Fatal("manifest lists no files")
	}
	return m.Files
}

type logitCase struct {
	Tokens    []int       `json:"tokens"`
	Reference [][]float64 `json:"reference"`
	LlamaCpp  [][]float64 `json:"llamacpp"`
}

func referenceLogits(t testing.TB, file string) []logitCase {
	t.Helper()
	name := file[:len(file)-len(".gguf")] + ".logits.json"
	b, err := os.ReadFile(filepath.Join(modelsDir(t), name))
	if err != nil {
		t.Fatal(err)
	}
	var l struct {
		Cases []logitCase `json:"cases"`
	}
	if err := json.Unmarshal(b, &l); err != nil {
		t.Fatal(err)
	}
	if len(l.Cases) != 3 {
		t.Fatalf("%s: %d cases, want 3", name, len(l.Cases))
	}
	return l.Cases
}

func sortedNames(m map[string]manifestFile) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// maxDiff returns max |got − want| over every logit of every row.
func maxDiff(t testing.TB, got [][]float32, want [][]float64) float64 {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d rows of logits, want %d", len(got), len(want))
	}
	var d float64
	for i := range got {
		if len(got[i]) != len(want[i]) {
			t.Fatalf("row %d: %d logits, want %d", i, len(got[i]), len(want[i]))
		}
		for j := range got[i] {
			e := math.Abs(float64(got[i][j]) - want[i][j])
			if math.IsNaN(e) {
				return math.Inf(1)
			}
			d = max(d, e)
		}
	}
	return d
}

func rowsDiff(a, b [][]float32) float64 {
	var d float64
	for i := range a {
		for j := range a[i] {
			d = max(d, math.Abs(float64(a[i][j]-b[i][j])))
		}
	}
	return d
}

// TestFixtureLogits checks every fixture model, with exact products, against
// the float64 reference logits at every position of every sequence, batched
// in one Forward call. It also decodes the longest sequence one token per
// call (same logits to float32 noise) and re-decodes its tail after Truncate
// (identical logits).
func TestFixtureLogits(t *testing.T) {
	files := manifest(t)
	dir := modelsDir(t)
	for _, name := range sortedNames(files) {
		mf := files[name]
		t.Run(name, func(t *testing.T) {
			m, err := LoadWith(filepath.Join(dir, name), Options{Exact: true})
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			c := m.Config
			if c.Arch != mf.Architecture || c.NVocab != mf.NVocab || c.NEmbd != mf.NEmbd || c.NLayer != mf.NLayer ||
				c.NHead != mf.NHead || c.NHeadKV != mf.NHeadKV || c.HeadDim != mf.HeadDim || c.TiedOutput != mf.TiedOutput {
				t.Errorf("config %+v disagrees with the manifest %+v", c, mf)
			}
			if c.RMSEps != 1e-6 {
				t.Errorf("RMSEps = %v, want 1e-6", c.RMSEps)
			}
			var worst, vsLlama float64
			var batched [][]float32
			for _, tc := range referenceLogits(t, name) {
				got, err := m.Forward(m.NewCache(64), tc.Tokens, true)
				if err != nil {
					t.Fatal(err)
				}
				d := maxDiff(t, got, tc.Reference)
				if d > mf.TolReference {
					t.Errorf("%d tokens: max |logit − reference| = %.3g > tol %.3g", len(tc.Tokens), d, mf.TolReference)
				}
				worst = max(worst, d)
				vsLlama = max(vsLlama, maxDiff(t, got, tc.LlamaCpp))
				batched = got
				tokens := tc.Tokens
				if len(tokens) < 40 {
					continue
				}
				// One token per call.
				cache := m.NewCache(len(tokens))
				var steps [][]float32
				for _, tok := range tokens {
					row, err := m.Forward(cache, []int{tok}, false)
					if err != nil {
						t.Fatal(err)
					}
					steps = append(steps, row[0])
				}
				if d := rowsDiff(steps, batched); d > 1e-4 {
					t.Errorf("token-by-token decode differs from the batch by %.3g", d)
				}
				t.Logf("decode vs batch: max abs diff %.3g", rowsDiff(steps, batched))
				// Cut back to position 17, decode something else, cut back again
				// and redo the original tail.
				if err := cache.Truncate(17); err != nil || cache.Len() != 17 {
					t.Fatalf("Truncate(17): %v, Len %d", err, cache.Len())
				}
				if _, err := m.Forward(cache, []int{1, 2, 3}, true); err != nil {
					t.Fatal(err)
				}
				if err := cache.Truncate(17); err != nil {
					t.Fatal(err)
				}
				tail, err := m.Forward(cache, tokens[17:], true)
				if err != nil {
					t.Fatal(err)
				}
				if d := rowsDiff(tail, batched[17:]); d > mf.batchTol() {
					t.Errorf("logits after Truncate differ from the first pass by %.3g", d)
				}
			}
			t.Logf("max |logit − reference| = %.3g (tol %.3g); max |logit − llama.cpp| = %.3g (not checked: llama.cpp quantizes activations)", worst, mf.TolReference, vsLlama)
		})
	}
}

// TestFixtureLogitsQuantized checks the default (quantized-activation)
// products against llama.cpp's logits, which were computed the same way, at
// every position of every sequence within the manifest's tol_llamacpp, both
// batched in one Forward call and decoded token by token. (The two sum in
// different orders where a batch takes vecdot's tile kernels (vecdot.HasGEMM:
// Q8_0, Q4_0, Q5_0, Q4_K and Q6_K where the CPU has them), and a float32 difference in an activation can move its 8-bit
// quantization by one level, so on these random models the two can differ
// by as much as either differs from llama.cpp.)
func TestFixtureLogitsQuantized(t *testing.T) {
	files := manifest(t)
	dir := modelsDir(t)
	for _, name := range sortedNames(files) {
		mf := files[name]
		t.Run(name, func(t *testing.T) {
			m, err := Load(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			if mf.TolLlamaCpp <= 0 {
				t.Fatalf("manifest has no tol_llamacpp for %s", name)
			}
			var worst float64
			for _, tc := range referenceLogits(t, name) {
				got, err := m.Forward(m.NewCache(64), tc.Tokens, true)
				if err != nil {
					t.Fatal(err)
				}
				d := maxDiff(t, got, tc.LlamaCpp)
				if d > mf.TolLlamaCpp {
					t.Errorf("%d tokens: max |logit − llama.cpp| = %.3g > tol %.3g", len(tc.Tokens), d, mf.TolLlamaCpp)
				}
				worst = max(worst, d)
				if len(tc.Tokens) < 40 {
					continue
				}
				d = maxDiff(t, decodeSteps(t, m, tc.Tokens), tc.LlamaCpp)
				if d > mf.TolLlamaCpp {
					t.Errorf("%d tokens decoded one by one: max |logit − llama.cpp| = %.3g > tol %.3g", len(tc.Tokens), d, mf.TolLlamaCpp)
				}
				worst = max(worst, d)
			}
			t.Logf("max |logit − llama.cpp| = %.3g (tol %.3g)", worst, mf.TolLlamaCpp)
		})
	}
}

// decodeSteps runs tokens through m one at a time from an empty cache and
// returns each step's logits.
func decodeSteps(t *testing.T, m *Model, tokens []int) [][]float32 {
	t.Helper()
	c := m.NewCache(0)
	var steps [][]float32
	for _, tok := range tokens {
		row, err := m.Forward(c, []int{tok}, false)
		if err != nil {
			t.Fatal(err)
		}
		steps = append(steps, row[0])
	}
	return steps
}
