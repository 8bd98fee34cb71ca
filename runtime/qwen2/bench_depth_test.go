package qwen2

import (
	"fmt"
	"testing"

	"github.com/qwenkit/qwenkit/internal/cpuclock"
)

// BenchmarkFileDecodeDepth decodes one token after 2,048 and after 0
// tokens already in an F16 cache (the difference is attention over the
// cache), on 2 threads and on 1. Besides seconds per token it reports
// cpu-ms/token: the process's CPU time per token (all threads, a waiting
// worker's polling included), which other processes sharing the machine do
// not inflate.
func BenchmarkFileDecodeDepth(b *testing.B) {
	m := benchModel(b)
	const depth = 2048
	toks := make([]int, depth)
	for i := range toks {
		toks[i] = (i * 7919) % m.Config.NVocab
	}
	c := m.NewCacheWith(CacheOptions{MaxTokens: depth + 8, F16: true})
	if _, err := m.ForwardLast(c, toks); err != nil {
		b.Fatal(err)
	}
	for _, d := range []int{depth, 0} { // depth first: Truncate(0) drops the cache
		for _, threads := range []int{2, 1} {
			b.Run(fmt.Sprintf("depth=%d/threads=%d", d, threads), func(b *testing.B) {
				m.SetThreads(threads)
				c0 := cpuclock.Process()
				for b.Loop() {
					if err := c.Truncate(d); err != nil {
						b.Fatal(err)
					}
					if _, err := m.ForwardLast(c, toks[:1]); err != nil {
						b.Fatal(err)
					}
				}
				if c0 != 0 {
					b.ReportMetric(float64(cpuclock.Process()-c0)/1e6/float64(b.N), "cpu-ms/token")
				}
			})
		}
	}
}
