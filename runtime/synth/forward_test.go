package synth_test

import (
	"math"
	"path/filepath"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/qwen2"
	"github.com/qwenkit/qwenkit/runtime/synth"
)

// TestActivationsRealistic runs the forward pass over synthetic models and
// checks that the logits look like a trained model's: finite, a standard
// deviation of a few units at every position, and a largest magnitude
// below 30 (the fixtures, drawn the same way, have std 2.4 and max 10-15).
func TestActivationsRealistic(t *testing.T) {
	for _, opts := range []synth.Options{
		{Shape: "tiny", Seed: 1},
		{Shape: "tiny", Type: "q4_k_m", Seed: 2},
		{Shape: "qwen2moe", Seed: 3},
		{Shape: "micro", Type: "q8_0", Seed: 4},
	} {
		path := filepath.Join(t.TempDir(), "m.gguf")
		if err := synth.Write(path, opts); err != nil {
			t.Fatal(err)
		}
		m, err := qwen2.Load(path)
		if err != nil {
			t.Fatalf("%+v: %v", opts, err)
		}
		tokens := []int{256, 257, 117, 115, 101, 114, 10, 258, 72, 105, 33, 32, 32, 32, 200, 255}
		logits, err := m.Forward(m.NewCache(len(tokens)), tokens, true)
		if err != nil {
			t.Fatalf("%+v: %v", opts, err)
		}
		for pos, row := range logits {
			var s, s2, maxAbs float64
			for _, x := range row {
				s += float64(x)
				s2 += float64(x) * float64(x)
				maxAbs = math.Max(maxAbs, math.Abs(float64(x)))
			}
			n := float64(len(row))
			std := math.Sqrt(s2/n - (s/n)*(s/n))
			if !(std > 1 && std < 5) || !(maxAbs < 30) {
				t.Errorf("%+v: position %d: logit std %.3f, max |logit| %.2f; want std 1..5, max < 30", opts, pos, std, maxAbs)
			}
		}
		m.Close()
	}
}
