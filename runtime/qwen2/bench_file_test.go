package qwen2

import (
	"os"
	"testing"
)

// benchModel loads the model named by QWENKIT_BENCH_MODEL (a large file such
// as `qwenkit synth --shape qwen2.5-0.5b` writes); the file benchmarks below
// need one and are skipped without it, to keep `go test` small.
// It is loaded with LoadWith's default options; QWENKIT_BENCH_MAPPED=1 loads
// it with Options.Mapped.
func benchModel(b *testing.B) *Model {
	path := os.Getenv("QWENKIT_BENCH_MODEL")
	if path == "" {
		b.Skip("set QWENKIT_BENCH_MODEL to a GGUF file")
	}
	m, err := LoadWith(path, Options{Mapped: os.Getenv("QWENKIT_BENCH_MAPPED") == "1"})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { m.Close() })
	return m
}

// BenchmarkFileDecode decodes one token at a 64-token context; the
// reported figure is seconds per token.
func BenchmarkFileDecode(b *testing.B) {
	m := benchModel(b)
	c := m.NewCache(128)
	c.Reserve(128)
	toks := make([]int, 64)
	for i := range toks {
		toks[i] = (i * 7919) % m.Config.NVocab
	}
	if _, err := m.ForwardLast(c, toks); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		c.Truncate(64)
		if _, err := m.ForwardLast(c, toks[:1]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFilePrefill runs a 128-token prefill from an empty cache.
func BenchmarkFilePrefill(b *testing.B) {
	m := benchModel(b)
	c := m.NewCache(128)
	toks := make([]int, 128)
	for i := range toks {
		toks[i] = (i * 7919) % m.Config.NVocab
	}
	for b.Loop() {
		c.Truncate(0)
		if _, err := m.ForwardLast(c, toks); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(toks)*b.N)/b.Elapsed().Seconds(), "tok/s")
}
