package qwen2

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestDecodeAllocatesNothing decodes tokens with ForwardLast once the cache
// has room: no allocation per token (with interleaved weights too), and the
// logits equal Forward's.
func TestDecodeAllocatesNothing(t *testing.T) {
	for _, c := range []struct {
		name       string
		interleave bool
	}{{"tiny-q4_k.gguf", false}, {"tiny-moe-q8_0.gguf", false}, {"tiny-q4_0.gguf", true}} {
		name := c.name
		m, err := LoadWith(filepath.Join(modelsDir(t), name), Options{Threads: 2, Mapped: !c.interleave})
		if err != nil {
			t.Fatal(err)
		}
		tokens := referenceLogits(t, name)[2].Tokens
		kc := m.NewCache(0)
		kc.Reserve(len(tokens) + 8)
		if _, err := m.ForwardLast(kc, tokens[:len(tokens)-1]); err != nil {
			t.Fatal(err)
		}
		last := tokens[len(tokens)-1:]
		allocs := testing.AllocsPerRun(20, func() {
			kc.Truncate(len(tokens) - 1)
			if _, err := m.ForwardLast(kc, last); err != nil {
				t.Fatal(err)
			}
		})
		if allocs != 0 {
			t.Errorf("%s: %v allocations per decoded token, want 0", name, allocs)
		}
		if c.interleave {
			// Interleaved decode sums in another order than the batch's
			// row-major tiles: the comparison below is for the same kernels.
			m.Close()
			continue
		}
		got, _ := m.ForwardLast(kc, []int{5})
		want, err := m.Forward(m.NewCache(0), append(append([]int(nil), tokens...), 5), false)
		if err != nil {
			t.Fatal(err)
		}
		if d := rowsDiff([][]float32{got}, want); d != 0 {
			t.Errorf("%s: ForwardLast differs from Forward by %.3g", name, d)
		}
		m.Close()
	}
}

// TestThreadsGiveSameLogits runs the same prefill and decode on 1, 2 and 5
// threads: every thread count computes every sum in the same order, so the
// logits are identical.
func TestThreadsGiveSameLogits(t *testing.T) {
	name := "tiny-untied-q4_k_m.gguf"
	tokens := referenceLogits(t, name)[2].Tokens
	var want [][]float32
	for _, threads := range []int{1, 2, 5} {
		m, err := LoadWith(filepath.Join(modelsDir(t), name), Options{Threads: threads})
		if err != nil {
			t.Fatal(err)
		}
		if m.Threads() != threads {
			t.Errorf("Threads() = %d, want %d", m.Threads(), threads)
		}
		c := m.NewCache(0)
		got, err := m.Forward(c, tokens[:30], true)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range tokens[30:] {
			row, err := m.Forward(c, []int{tok}, false)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, row[0])
		}
		m.Close()
		if want == nil {
			want = got
		} else if d := rowsDiff(got, want); d != 0 {
			t.Errorf("%d threads: logits differ from 1 thread by %.3g", threads, d)
		}
	}
}

// TestF16KVCache compares logits with a half-precision KV cache against the
// float32 cache on every fixture sequence, in both product modes. The
// difference must be nonzero (the values really are rounded) and, with the
// default quantized products, within the bound the fixtures' manifest
// records for llama.cpp's F16 cache (f16_kv_cache_max_abs_diff_vs_f32_kv,
// measured the same way) with 50% slack for the different summation order.
// With exact products it must stay under 0.01: the rounding itself moves
// logits by ~5e-3, and only the 8-bit activation rounding of the quantized
// products amplifies it.
func TestF16KVCache(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(modelsDir(t), "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var mf struct {
		Files map[string]struct {
			F16KV float64 `json:"f16_kv_cache_max_abs_diff_vs_f32_kv"`
		} `json:"files"`
	}
	if err := json.Unmarshal(b, &mf); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"tiny-f32.gguf", "tiny-q8_0.gguf", "tiny-q4_k.gguf", "tiny-moe-q8_0.gguf", "tiny-yarn-f32.gguf"} {
		for _, exact := range []bool{false, true} {
			m, err := LoadWith(filepath.Join(modelsDir(t), name), Options{Exact: exact})
			if err != nil {
				t.Fatal(err)
			}
			bound := 0.01
			if !exact {
				bound = 1.5 * mf.Files[name].F16KV
			}
			var worst float64
			for _, tc := range referenceLogits(t, name) {
				want, err := m.Forward(m.NewCache(0), tc.Tokens, true)
				if err != nil {
					t.Fatal(err)
				}
				c := m.NewCacheWith(CacheOptions{F16: true})
				got, err := m.Forward(c, tc.Tokens, true)
				if err != nil {
					t.Fatal(err)
				}
				worst = max(worst, rowsDiff(got, want))
			}
			if worst == 0 || worst > bound {
				t.Errorf("%s exact=%v: F16 KV cache changes logits by %.3g, want (0, %.3g]", name, exact, worst, bound)
			}
			t.Logf("%s exact=%v: F16 KV cache: max |Δlogit| vs F32 cache = %.3g (llama.cpp's, from the manifest: %.3g)", name, exact, worst, mf.Files[name].F16KV)
			m.Close()
		}
	}
}
