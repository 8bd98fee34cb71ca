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

// TestIQ4Logits runs the same drawn weights as F32, as Q4_0 and Q4_K, and
// as IQ4_NL and IQ4_XS, and checks that the non-linear formats' logits are
// as close to the F32 model's as the linear 4-bit formats' (their levels
// fit Gaussian weights better: on random rows their relative RMS error is
// 0.076 against Q4_0's 0.086), within a fifth.
func TestIQ4Logits(t *testing.T) {
	tokens := []int{256, 257, 117, 115, 101, 114, 10, 258, 72, 105, 33, 32}
	logits := func(typ string) [][]float32 {
		path := filepath.Join(t.TempDir(), typ+".gguf")
		if err := synth.Write(path, synth.Options{Shape: "tiny", Type: typ, Seed: 9}); err != nil {
			t.Fatal(err)
		}
		m, err := qwen2.Load(path)
		if err != nil {
			t.Fatalf("%s: %v", typ, err)
		}
		defer m.Close()
		out, err := m.Forward(m.NewCache(len(tokens)), tokens, true)
		if err != nil {
			t.Fatalf("%s: %v", typ, err)
		}
		return out
	}
	ref := logits("f32")
	rmsDiff := func(got [][]float32) float64 {
		var d2, n float64
		for p := range ref {
			for i, v := range ref[p] {
				d := float64(got[p][i] - v)
				d2 += d * d
				n++
			}
		}
		return math.Sqrt(d2 / n)
	}
	for _, c := range []struct{ iq, linear string }{{"iq4_nl", "q4_0"}, {"iq4_xs", "q4_k"}} {
		iq, lin := rmsDiff(logits(c.iq)), rmsDiff(logits(c.linear))
		t.Logf("RMS logit difference from F32: %s %.4f, %s %.4f", c.iq, iq, c.linear, lin)
		if !(iq > 0) || iq > 1.2*lin {
			t.Errorf("%s: RMS logit difference from F32 %.4f, %s's %.4f", c.iq, iq, c.linear, lin)
		}
	}
}
