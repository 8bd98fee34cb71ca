package qwen2

import (
	"path/filepath"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/vecdot"
)

// TestInterleavedFixtureLogits loads the Q8_0, Q4_0 and Q5_0 fixtures (dense,
// and a mixture of experts) with Options.Interleave and checks that every
// matrix the CPU can read interleaved got its copy (none where it cannot),
// and that the logits, batched and decoded token by token (the interleaved
// products), stay within the manifest's tol_llamacpp of llama.cpp's.
func TestInterleavedFixtureLogits(t *testing.T) {
	files := manifest(t)
	dir := modelsDir(t)
	for _, name := range []string{"tiny-q8_0.gguf", "tiny-q4_0.gguf", "tiny-q5_0.gguf", "tiny-moe-q8_0.gguf"} {
		mf, ok := files[name]
		if !ok {
			t.Fatalf("%s is not in the manifest", name)
		}
		t.Run(name, func(t *testing.T) {
			m, err := LoadWith(filepath.Join(dir, name), Options{Threads: 2, Interleave: true})
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			copies, can := 0, 0
			for _, w := range m.matrices() {
				if vecdot.Interleavable(w.Type) && w.Rows%vecdot.GroupRows == 0 {
					can++
				}
				if w.Interleaved != nil {
					copies++
				}
			}
			if copies != can {
				t.Fatalf("%d matrices interleaved, %d could be", copies, can)
			}
			if vecdot.Interleavable(m.embd.Type) && can == 0 {
				t.Fatal("no matrix of this model can be interleaved: the test checks nothing")
			}
			for _, tc := range referenceLogits(t, name) {
				got, err := m.Forward(m.NewCache(64), tc.Tokens, true)
				if err != nil {
					t.Fatal(err)
				}
				if d := maxDiff(t, got, tc.LlamaCpp); d > mf.TolLlamaCpp {
					t.Errorf("%d tokens: max |logit − llama.cpp| = %.3g > tol %.3g", len(tc.Tokens), d, mf.TolLlamaCpp)
				}
				if d := maxDiff(t, decodeSteps(t, m, tc.Tokens), tc.LlamaCpp); d > mf.TolLlamaCpp {
					t.Errorf("%d tokens decoded one by one: max |logit − llama.cpp| = %.3g > tol %.3g", len(tc.Tokens), d, mf.TolLlamaCpp)
				}
			}
		})
	}
}
