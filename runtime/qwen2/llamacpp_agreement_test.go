package qwen2

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// refVsLlama reads each fixture file's max_abs_diff_reference_vs_llamacpp:
// how far from llama.cpp's logits an implementation lands that does not
// quantize activations (0.17–0.32 for the 8-bit activation formats).
func refVsLlama(t *testing.T) map[string]float64 {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(modelsDir(t), "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Files map[string]struct {
			D float64 `json:"max_abs_diff_reference_vs_llamacpp"`
		} `json:"files"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for k, v := range m.Files {
		out[k] = v.D
	}
	return out
}

// TestLlamaCppAgreement measures how closely the default (quantized) products
// follow llama.cpp position by position: the fraction of positions (48 per
// file) at which every logit is within 1e-3 of llama.cpp's, logged per file
// with the largest difference (TestFixtureLogitsQuantized checks that bound).
// Where an exact implementation is far from llama.cpp (≥ 0.1: the 8-bit
// activation formats) it requires at least a tenth of the positions within
// 1e-3, which an exact implementation never reaches (it agrees at none; a
// faithful port agrees until an activation lands on the other side of a
// rounding boundary, after which the difference spreads through the KV
// cache; the fixture generator's own float64 replay of llama.cpp reached
// 50–100 %).
func TestLlamaCppAgreement(t *testing.T) {
	files := manifest(t)
	far := refVsLlama(t)
	dir := modelsDir(t)
	for _, name := range sortedNames(files) {
		t.Run(name, func(t *testing.T) {
			m, err := Load(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			var worst float64
			near, positions := 0, 0
			for _, tc := range referenceLogits(t, name) {
				got, err := m.Forward(m.NewCache(64), tc.Tokens, true)
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != len(tc.LlamaCpp) {
					t.Fatalf("%d rows of logits, want %d", len(got), len(tc.LlamaCpp))
				}
				for i, row := range got {
					d := maxDiff(t, [][]float32{row}, tc.LlamaCpp[i:i+1])
					positions++
					if d <= 1e-3 {
						near++
					}
					worst = max(worst, d)
				}
			}
			frac := float64(near) / float64(positions)
			t.Logf("max |logit − llama.cpp| = %.3g; %d/%d positions (%.0f%%) within 1e-3", worst, near, positions, 100*frac)
			if far[name] >= 0.1 && frac < 0.1 || math.IsNaN(worst) {
				t.Errorf("only %d/%d positions within 1e-3 of llama.cpp: activations are not quantized as llama.cpp does", near, positions)
			}
		})
	}
}
